import type { CSSResult } from 'lit';

/**
 * Adds a part's styles to an element's shadow root when the part comes (the pager, a layout): a constructed
 * sheet where the browser adopts them, else a `<style>`. Only parts import it: an element that never
 * loads one never downloads it.
 */
export function adoptStyles(root: Node, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // As Lit does without adoptedStyleSheets: a <style>, with the page's nonce for its CSP.
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.append(style);
}
