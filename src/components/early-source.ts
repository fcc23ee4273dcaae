/**
 * Which elements already in the document may have their feed asked for before they are defined (the
 * script-tag entry's early load, early-load.ts; the autoloader's preload, autoload.ts): the same rule for
 * both, read from attributes only, so that neither asks for a feed the element would not use.
 */
import { asksServer } from '../data/server-api.js';
import { sourceOfAttributes, type Source } from './source.js';

/** The element's source, where its feed may be asked for now; undefined where it must not be. */
export function earlySource(element: Element): Source | undefined {
  // Defined already (another copy of the library, a second run): it loads by itself.
  if (customElements.get(element.localName)) return undefined;
  // Rendered by the prerender (a declarative shadow root) with its data inline: it takes that over, and fetches nothing.
  if (element.shadowRoot && element.querySelector(':scope > script[type="application/json"]')) return undefined;
  // Lazy: it waits to come near the viewport.
  if (element.getAttribute('loading') == 'lazy') return undefined;
  const source = sourceOfAttributes(element);
  // A list that will ask its server to search, filter or order: its URL is known with its filter part (news-list.ts).
  if (element.matches('[search],[tag],[sort]') && asksServer(source.src, source.format)) return undefined;
  return source.src ? source : undefined;
}
