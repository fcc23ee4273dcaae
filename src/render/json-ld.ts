/**
 * schema.org structured data (JSON-LD) for search engines, which read it from
 * the page's DOM but not from shadow roots: so it goes into the element's light
 * DOM, as `<script type="application/ld+json" data-news-widgets>`.
 */

import { loadPart, PARTS } from '../data/parts.js';

/** Ours (one a server rendered in the element is taken over too). */
export const JSON_LD = 'script[type="application/ld+json"][data-news-widgets]';

/** Is this node our JSON-LD script? (An observer of the light DOM ignores our own writes.) */
export const isJsonLd = (node: Node): boolean => node instanceof Element && node.matches(JSON_LD);

/** The writer's file could not be fetched, and the console has been told. */
let warnedMissing = false;

/** What each host is to show, for the write that runs once the writer has loaded. */
const wanted = new WeakMap<Element, object | undefined>();

/**
 * Writes `data` as the host's JSON-LD, updating its script in place (and only
 * when the text changed); no data removes it. The writer (with the Trusted
 * Types policy) loads on first use, so a page without structured data never
 * fetches it; where the page refuses the policy, nothing is written (nor thrown).
 */
export function writeJsonLd(host: Element, data: object | undefined): void {
  wanted.set(host, data);
  if (!data) return host.querySelector(`:scope > ${JSON_LD}`)?.remove();
  void loadPart(PARTS.jsonLd, () => import('./trusted-types.js')).then(
    ({ writeJsonLdScript }) => {
      // A later call may have changed what the host shows: the latest wins.
      if (wanted.get(host) === data) writeJsonLdScript(host, data);
    },
    // Its file could not be fetched: no structured data, and the page's developer learns (once) which file and the fix.
    (error: unknown) => {
      if (!warnedMissing) console.warn(host, error);
      warnedMissing = true;
    },
  );
}
