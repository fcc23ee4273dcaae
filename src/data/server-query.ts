/**
 * The part of a list's query that its source can answer itself, written into the source's URL: pure,
 * no DOM, nothing thrown. A source that pages on the server is only complete there: a search over
 * the pages loaded would miss the rest, and the pages of the result would not be the result's pages.
 *
 * - WordPress (`/wp-json/wp/v2/…`, `?rest_route=/wp/v2/…`, or `format="wordpress"`): `search`
 *   (WordPress requires every word, in title, excerpt or content), and `sort` (`orderby`, `order`).
 *   Categories and tags are filtered in the browser: WordPress takes them by id only.
 * - Liferay (`/o/headless-delivery/…`, or `format="liferay"`): `search` (Liferay's full-text
 *   search), `tag` (`filter=keywords/any(…)`, joined to a `filter` the URL has with `and`), and `sort`
 *   (`sort=datePublished:desc`). Categories are filtered in the browser: Liferay takes them by id.
 * - Any other source: nothing; the list filters and orders what it loaded (filter.ts).
 *
 * The browser then applies the rest of the query as usual, and the server's answer to a `search` as
 * it is (the server may match on fields the feed does not carry).
 */
import type { FeedFormat } from './adapters/types.js';
import type { SortOrder } from './filter.js';
import { LIFERAY_API, WORDPRESS_API } from './server-api.js';

/** What a list asks for, as its attributes are written (untrusted text). */
export interface ServerQueryInput {
  search?: unknown;
  tag?: unknown;
  sort?: unknown;
}

export interface ServerQuery {
  /** The source's URL, or each of several (separated by spaces), with what its server answers written in. */
  src: string;
  /** Every source was asked the search: the browser does not search again. */
  searched: boolean;
}


/** How each server orders, by our `sort`. */
const WORDPRESS_SORT: Partial<Record<SortOrder, [string, string]>> = { newest: ['date', 'desc'], oldest: ['date', 'asc'], title: ['title', 'asc'] };
const LIFERAY_SORT: Partial<Record<SortOrder, string>> = { newest: 'datePublished:desc', oldest: 'datePublished:asc', title: 'title:asc' };

/** The server a URL is an API of, by the format given, else by its path. */
function serverOf(url: string, format: FeedFormat | undefined): 'wordpress' | 'liferay' | undefined {
  if (format) return format === 'wordpress' || format === 'liferay' ? format : undefined;
  return WORDPRESS_API.test(url) ? 'wordpress' : LIFERAY_API.test(url) ? 'liferay' : undefined;
}

/** A string of OData: in quotes, a quote doubled. */
const odata = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * `src` (one URL, or several separated by white space) with the query each of its servers answers.
 * URLs are resolved against `base`; one that is not a URL is left as it is (its load says why).
 */
export function serverQuery(src: string, format: FeedFormat | undefined, query: ServerQueryInput, base: string): ServerQuery {
  const search = typeof query.search === 'string' ? query.search.replace(/\s+/g, ' ').trim() : '';
  // Liferay keeps its tags in lower case, and compares them as written.
  const tags = typeof query.tag === 'string' ? query.tag.split(',').map((tag) => tag.replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean) : [];
  const sort = (typeof query.sort === 'string' ? query.sort.trim() : '') as SortOrder;
  let searched = !!search;
  const urls = src.split(/\s+/).filter(Boolean);
  const rewritten = urls.map((written) => {
    const server = serverOf(written, format);
    let url: URL;
    try {
      if (!server) throw 0;
      url = new URL(written, base);
    } catch {
      searched = false;
      return written;
    }
    const asWritten = url.href;
    const params = url.searchParams;
    // A search the URL has already (a page's own restriction) stays: WordPress requires every word of both.
    const given = params.get('search')?.trim();
    if (search) params.set('search', given ? `${given} ${search}` : search);
    if (server === 'wordpress') {
      const order = WORDPRESS_SORT[sort];
      if (order) params.set('orderby', order[0]), params.set('order', order[1]);
    } else {
      const order = LIFERAY_SORT[sort];
      if (order) params.set('sort', order);
      if (tags.length) {
        const keywords = tags.map((tag) => `keywords/any(k:k eq ${odata(tag)})`).join(' or ');
        const given = params.get('filter')?.trim();
        params.set('filter', given ? `(${given}) and (${keywords})` : keywords);
      }
    }
    // Nothing to ask: the URL as written (the same request as the script-tag entry's early load).
    return url.href === asWritten ? written : url.href;
  });
  return { src: rewritten.join(' '), searched: searched && urls.length > 0 };
}
