/**
 * The public `loadPage`: the same function as the paging part's (load-page.ts), fetched with that part on
 * first use, so that a page that never pages a feed never downloads it.
 */
import type { NewsFeed } from './model.js';
import type { LoadOptions } from './load.js';
import { loadPart, PARTS } from './parts.js';

/**
 * Page `page` (1-based) of a feed that pages on the server: by query parameters where the format has them
 * (WordPress `page`/`per_page`, Liferay `page`/`pageSize`), else by following each page's `next` link from
 * the first page (JSON Feed `next_url`, RSS and Atom `rel="next"`). Pages are cached like feeds.
 */
export async function loadPage(src: string, page: number, options?: LoadOptions & { pageSize?: number }): Promise<NewsFeed> {
  const part = await loadPart(PARTS.paging, () => import('../components/news-list/paging.js'));
  return part.loadPage(src, page, options);
}
