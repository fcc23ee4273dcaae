// Lists every CSP and Trusted Types violation of this page, for a person to see.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
  const out = document.getElementById('violations');
  if (out) out.textContent = violations.join('\n');
});
