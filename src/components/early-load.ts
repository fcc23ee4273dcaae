/**
 * Loads that start as the script-tag entry runs: the feed of every news
 * element already in the document is asked for before the elements are
 * defined and render, beside the rest of the start-up. Each element then
 * finds its feed in the shared cache, in flight or loaded: one request per
 * URL still. Elements with data of their own (`articles`, inline JSON) but no
 * `src` load nothing here, nor do lazy ones (`loading="lazy"`), which wait to
 * come near the viewport, nor lists with `search`, `tag` or `sort` of a WordPress or Liferay source,
 * whose server is asked for them (news-list.ts). A `src` of several URLs starts each of them.
 */
import { loadFeed } from '../data/load.js';
import { asksServer } from '../data/server-api.js';
import { sourceOfAttributes } from './source.js';

export function loadEarly(tags: readonly string[]): void {
  for (const element of document.querySelectorAll(tags.map((tag) => `${tag}[src]`).join(', '))) {
    // Defined already (another copy of the library, a second run): it loads by itself.
    if (customElements.get(element.localName)) continue;
    // Rendered by the prerender (a declarative shadow root) with its data inline: it takes that over, and fetches nothing.
    if (element.shadowRoot && element.querySelector(':scope > script[type="application/json"]')) continue;
    if (element.getAttribute('loading') == 'lazy') continue;
    const { src, credentials, format, urlBase, proxy } = sourceOfAttributes(element);
    // A list that will ask its server to search, filter or order: its URL is known with its filter part (news-list.ts).
    if (element.matches('[search],[tag],[sort]') && asksServer(src, format)) continue;
    // A failure is the element's to show, when it asks for the same load; none is left unhandled here.
    for (const url of src.split(/\s+/)) if (url) loadFeed(url, { credentials, format, urlBase, proxy }).catch(() => {});
  }
}
