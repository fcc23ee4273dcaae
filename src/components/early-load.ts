/**
 * Loads that start as the script-tag entry runs: the feed of every news
 * element already in the document is asked for before the elements are
 * defined and render, beside the rest of the start-up. Each element then
 * finds its feed in the shared cache, in flight or loaded: one request per
 * URL still. Elements with data of their own (`articles`, inline JSON) but no
 * `src` load nothing here.
 */
import { loadFeed } from '../data/load.js';
import { sourceOfAttributes } from './source.js';

export function loadEarly(tags: readonly string[]): void {
  for (const element of document.querySelectorAll(tags.map((tag) => `${tag}[src]`).join(', '))) {
    // Defined already (another copy of the library, a second run): it loads by itself.
    if (customElements.get(element.localName)) continue;
    // Rendered by the prerender (a declarative shadow root) with its data inline: it takes that over, and fetches nothing.
    if (element.shadowRoot && element.querySelector(':scope > script[type="application/json"]')) continue;
    const { src, credentials, format, urlBase, proxy } = sourceOfAttributes(element);
    // A failure is the element's to show, when it asks for the same load; none is left unhandled here.
    if (src) loadFeed(src, { credentials, format, urlBase, proxy }).catch(() => {});
  }
}
