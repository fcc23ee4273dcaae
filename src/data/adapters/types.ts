/**
 * What every feed format's adapter is: a test of whether a payload is its
 * format, and a pure function from a payload (parsed JSON, or an XML
 * Document) to the feed's own fields and its entries, with a pure reader of
 * one entry. Adapters render nothing and fetch nothing; collect.ts reads the
 * entries (bounded, deduplicated, a bad one dropped, in slices).
 */
import type { NewsArticle, NewsFeed } from '../model.js';

export type FeedFormat = 'json-feed' | 'wordpress' | 'liferay' | 'rss' | 'atom';

export interface AdapterContext {
  /** The feed's own URL: relative URLs in it resolve against this. */
  base?: string;
  /** The response's headers, where a format puts paging in them (WordPress: X-WP-Total, X-WP-TotalPages). */
  headers?: { get(name: string): string | null };
  /** Liferay: the site URL that `friendlyUrlPath` is relative to (the `url-base` attribute). */
  urlBase?: string;
}

/** A feed as an adapter reads it: its own fields, and its entries still unread. */
export interface AdaptedFeed<E = unknown> extends Omit<NewsFeed, 'items' | 'url' | 'format'> {
  entries: readonly E[];
  /** One entry as an article; undefined when it has nothing to show (no title, text or link). */
  readItem(entry: E, index: number): NewsArticle | undefined;
}

export interface Adapter {
  format: FeedFormat;
  /** Whether a payload is this format: JSON adapters get parsed JSON, XML ones a Document. */
  detect(payload: unknown): boolean;
  /** The feed's fields and entries (throws a `format` NewsError for a payload that is not this format). */
  read(payload: unknown, context: AdapterContext): AdaptedFeed;
  /**
   * The URL of page `page` (1-based) of this source, for formats that page by
   * query parameters (WordPress `page`/`per_page`, Liferay `page`/`pageSize`).
   * Formats that page by links (JSON Feed `next_url`, RSS/Atom) have none.
   */
  pageUrl?(url: string, page: number, pageSize?: number): string;
}
