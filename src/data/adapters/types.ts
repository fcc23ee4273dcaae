/**
 * What every feed format's adapter is: a pure function from a payload (parsed
 * JSON, or an XML Document) to the model, and a test of whether a payload is
 * its format. Adapters render nothing and fetch nothing.
 */
import type { NewsFeed } from '../model.js';

export type FeedFormat = 'json-feed' | 'wordpress' | 'liferay' | 'rss' | 'atom';

export interface AdapterContext {
  /** The feed's own URL: relative URLs in it resolve against this. */
  base?: string;
  /** The response's headers, where a format puts paging in them (WordPress: X-WP-Total, X-WP-TotalPages). */
  headers?: { get(name: string): string | null };
  /** Liferay: the site URL that `friendlyUrlPath` is relative to (the `url-base` attribute). */
  urlBase?: string;
}

export interface Adapter {
  format: FeedFormat;
  /** Whether a payload is this format: JSON adapters get parsed JSON, XML ones a Document. */
  detect(payload: unknown): boolean;
  parse(payload: unknown, context: AdapterContext): NewsFeed;
  /**
   * The URL of page `page` (1-based) of this source, for formats that page by
   * query parameters (WordPress `page`/`per_page`, Liferay `page`/`pageSize`).
   * Formats that page by links (JSON Feed `next_url`, RSS/Atom) have none.
   */
  pageUrl?(url: string, page: number, pageSize?: number): string;
}
