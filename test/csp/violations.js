// Served with the strict CSP (see web-test-runner.config.mjs): records every
// Content-Security-Policy and Trusted Types violation the page raises.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile });
});
