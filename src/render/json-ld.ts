/**
 * schema.org structured data (JSON-LD) for search engines, which read it from
 * the page's DOM but not from shadow roots: so it goes into the element's light
 * DOM, as `<script type="application/ld+json" data-news-widgets>`.
 */
import { trustedScript } from './trusted-types.js';

/** Ours (one a server rendered in the element is taken over too). */
const JSON_LD = 'script[type="application/ld+json"][data-news-widgets]';

/** Is this node our JSON-LD script? (An observer of the light DOM ignores our own writes.) */
export const isJsonLd = (node: Node): boolean => node instanceof Element && node.matches(JSON_LD);

/**
 * Writes `data` as the host's JSON-LD, updating its script in place (and only
 * when the text changed); no data removes it. Where the page's Trusted Types
 * refuse our policy, nothing is written (nor thrown).
 */
export function writeJsonLd(host: Element, data: object | undefined): void {
  let script = host.querySelector(`:scope > ${JSON_LD}`);
  if (!data) return script?.remove();
  const text = trustedScript(JSON.stringify(data));
  if (!text) return;
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.toggleAttribute('data-news-widgets', true);
    host.append(script);
  }
  // `text` is a TrustedScript on a page with Trusted Types: compared and written as the DOM takes it.
  if (script.textContent !== String(text)) script.textContent = text;
}
