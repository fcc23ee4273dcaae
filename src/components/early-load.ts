/**
 * Loads that start as the script-tag entry runs: the feed of every news
 * element already in the document is asked for before the elements are
 * defined and render, beside the rest of the start-up. Each element then
 * finds its feed in the shared cache, in flight or loaded: one request per
 * URL still. Which elements (earlySource): not those with data of their own
 * (`articles`, inline JSON, a prerendered one) and no `src`, nor lazy ones,
 * nor lists whose server is asked for their query. A `src` of several URLs
 * starts each of them.
 */
import { loadFeed } from '../data/load.js';
import { earlySource } from './early-source.js';

export function loadEarly(tags: readonly string[]): void {
  for (const element of document.querySelectorAll(tags.map((tag) => `${tag}[src]`).join(', '))) {
    const source = earlySource(element);
    if (!source) continue;
    const { src, credentials, format, urlBase, proxy } = source;
    // A failure is the element's to show, when it asks for the same load; none is left unhandled here.
    for (const url of src.split(/\s+/)) if (url) loadFeed(url, { credentials, format, urlBase, proxy }).catch(() => {});
  }
}
