/**
 * The parts of the library that load on demand. In the folder build they are
 * the chunks beside `news-widgets.js`; the one-file and classic builds have
 * them inlined, so there they cannot go missing. A part that cannot be
 * fetched (a file not uploaded, the reader offline) rejects with a `network`
 * error whose message says which part, which file and what fixes it.
 */
import { NewsError } from './errors.js';

/** What each part does, and its file's name in dist/ (the hash varies by build). */
export const PARTS = {
  sanitizer: 'the article body sanitizer, with DOMPurify (sanitize-*.js)',
  formats: 'the reader of WordPress, Liferay, RSS and Atom feeds (formats-*.js)',
  xml: 'the XML reader (read-xml-*.js)',
  jsonLd: 'the JSON-LD writer (trusted-types-*.js)',
  hydrate: 'the take-over of prerendered markup, Lit\'s hydration (hydrate-*.js)',
  paging: 'the pagination of lists (paging-*.js)',
  sources: 'the merging of several sources (sources-*.js)',
  refresh: 'the live refresh of feeds (refresh-*.js)',
  unfetched: 'the diagnosis of a feed that could not be fetched (unfetched-*.js)',
  filter: 'the filters of lists (filtering-*.js)',
  layout: 'a layout of lists (featured-*.js, ticker-*.js, carousel-*.js)',
} as const;

export class MissingPart extends NewsError {
  constructor(
    /** The part, as in `PARTS`. */
    readonly part: string,
    cause: unknown,
  ) {
    // The browser's message names the URL it could not fetch (Chromium, Firefox); where the part is there but a
    // file it imports is not, it names the part all the same (its console's own 404 names the file).
    super(
      'network',
      `news-widgets could not load ${part}, or a file it imports: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'Upload every file of dist/ into the same folder as news-widgets.js (the folder recipe), ' +
        'or upload the one-file build news-widgets.all.js (or news-widgets.iife.js) instead.',
    );
  }
}

/** Runs a part's `import()`; a failure becomes a `MissingPart`. */
export async function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new MissingPart(part, error);
  }
}
