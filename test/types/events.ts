/**
 * Compiled, never run (`npm run typecheck`, in CI): the elements' events and tags type-check in a page's
 * code once the package is imported. A line marked @ts-expect-error fails the check if it compiles.
 */
import type { NewsArticle, NewsFeed, NewsList } from '../../src/index.js';

declare const list: NewsList;

list.addEventListener('news-select', (event) => {
  const article: NewsArticle = event.detail.article;
  const href: string = event.detail.href;
  event.preventDefault();
  // @ts-expect-error: no such field
  event.detail.url;
  return [article, href];
});
list.addEventListener('news-load', (event) => {
  const feed: NewsFeed = event.detail;
  const page: number | undefined = event.detail.page;
  return [feed, page];
});
document.addEventListener('news-error', (event) => {
  const error: Error = event.detail.error;
  const src: string | undefined = event.detail.src;
  return [error, src];
});
window.addEventListener('news-filter', (event) => {
  const active: boolean = event.detail.active;
  // @ts-expect-error: `active` is a boolean
  const wrong: string = event.detail.active;
  return [active, wrong];
});
const found: NewsList | null = document.querySelector('news-list');
// @ts-expect-error: a news-card is not a news-list
const card: NewsList | null = document.querySelector('news-card');
export { found, card };
