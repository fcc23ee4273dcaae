// Lists every CSP and Trusted Types violation of the page, for a person to see:
// at /strict.html, the demo page is served with the strict policy (vite.config.ts).
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
  let out = document.getElementById('violations');
  if (!out) {
    out = document.createElement('pre');
    out.id = 'violations';
    document.body.prepend(out);
  }
  out.textContent = violations.join('\n');
});
