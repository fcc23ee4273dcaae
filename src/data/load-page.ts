/**
 * Server paging: a page of a feed that pages on the server, for `<news-list pagination>`. In the paging
 * part (components/news-list/paging.ts imports it, and exports it again), so a plain list's entry does not
 * carry it; the public `loadPage` (load-page-api.ts, exported by index.ts) loads that part on first use.
 */
import { safeUrl } from '../render/safe.js';
import { loadFormats } from './adapters/index.js';
import { NewsError } from './errors.js';
import { loadFeed, type LoadOptions } from './load.js';
import type { NewsFeed } from './model.js';

/**
 * Page `page` (1-based) of a feed, for listings that page on the server: by
 * query parameters where the format has them (WordPress, Liferay), else by
 * following each page's `next` link from the first page (JSON Feed
 * `next_url`, RSS and Atom `rel="next"`). Pages are cached like feeds. `fresh` asks the server again for
 * page `page` only: the pages on the way to it (the first, whose answer says how to page) as cached.
 */
export async function loadPage(src: string, page: number, options: LoadOptions & { pageSize?: number } = {}): Promise<NewsFeed> {
  const { pageSize, fresh, ...load } = options;
  const first = await loadFeed(src, page <= 1 ? { ...load, fresh } : load);
  if (page <= 1) return first;
  const adapter = first.format === 'json-feed' ? undefined : (await loadFormats()).find((candidate) => candidate.format === first.format);
  const firstUrl = new URL(src, document.baseURI);
  if (adapter?.pageUrl) return loadFeed(adapter.pageUrl(firstUrl.href, page, pageSize), { ...load, fresh });
  let feed = first;
  for (let n = 2; n <= page; n++) {
    const next = safeUrl(feed.paging?.nextUrl);
    if (!next) throw new NewsError('format', `${src}: there is no page ${page}`);
    feed = await loadFeed(next, linkOptions(next, firstUrl.origin, { ...load, fresh: n === page && fresh }));
  }
  return feed;
}

/** Options for a URL a feed chose: the page's own on the first page's origin; elsewhere no credentials, no proxy. */
function linkOptions(url: string, origin: string, options: LoadOptions): LoadOptions {
  return new URL(url).origin === origin ? options : { ...options, credentials: 'omit', proxy: undefined };
}
