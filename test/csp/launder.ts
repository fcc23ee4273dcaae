// A script of a strict page that imports the library's Trusted Types module (a
// file anyone can import) to launder markup of its own: it must get nothing
// trusted, and no element that could act. (Its own misuse may make the page
// report violations: this page checks what it gets, not the reports.)
import * as policyModule from '../../src/render/trusted-types.js';

declare global {
  interface Window {
    __laundered?: string[];
    __pwned?: number;
  }
}

/** What a script could get out of the module's exports: never a Trusted* value, never an active element. */
function tryToLaunder(): string[] {
  // Well-formed XHTML (a parse error would make the browser's own error element, which carries a style attribute).
  const evil = '<html xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="window.__pwned = 1"/><script>window.__pwned = 2</script></html>';
  const found: string[] = [];
  const types = window as unknown as Record<'TrustedHTML' | 'TrustedScript' | 'TrustedScriptURL', new () => unknown>;
  const trusted = (value: unknown) => value instanceof types.TrustedHTML || value instanceof types.TrustedScript || value instanceof types.TrustedScriptURL;
  for (const [name, exported] of Object.entries(policyModule)) {
    if (typeof exported !== 'function') continue;
    for (const args of [[evil], [evil, 'text/html'], [document.createElement('script'), evil]]) {
      try {
        const result = (exported as (...args: unknown[]) => unknown)(...args);
        if (trusted(result) || (result instanceof Document && result.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', '*').length)) found.push(name);
      } catch {
        // Refused: as it should be.
      }
    }
  }
  // JSON-LD of the page's own choosing, to be turned into an import map once written: refused.
  const host = document.createElement('div');
  if (policyModule.writeJsonLdScript(host, { imports: { x: 'data:text/javascript,window.__pwned=3' } })) found.push('writeJsonLdScript of an import map');
  return found;
}
window.__laundered = tryToLaunder();
// Long enough for an image error or a script to have run, had either been made.
setTimeout(() => document.documentElement.setAttribute('data-done', ''), 300);
