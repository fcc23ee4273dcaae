/**
 * The elements' events and tags, typed for the page's own code: `el.addEventListener('news-select', (e) =>
 * e.detail.article)` and `document.querySelector('news-list')` type-check wherever the package is imported
 * (index.ts brings this in). Types only: nothing here runs.
 */
import type { NewsArticleElement } from './components/news-article/news-article.js';
import type { NewsBreadcrumb } from './components/news-breadcrumb/news-breadcrumb.js';
import type { NewsCard } from './components/news-card/news-card.js';
import type { NewsList } from './components/news-list/news-list.js';
import type { NewsArticle, NewsFeed } from './data/model.js';

/** `news-load`: the feed shown; a paged list's further pages carry their number (from 1). */
export type NewsLoadDetail = NewsFeed & { page?: number };

/** `news-error`: why (a `NewsError`, with its `code`); with several URLs in `src`, the source that failed. */
export interface NewsErrorDetail {
  error: Error;
  src?: string;
}

/** `news-select` (cancelable): the article a reader clicked, the link's URL and its `target` ('' for this window). */
export interface NewsSelectDetail {
  article: NewsArticle;
  href: string;
  target: string;
}

/** `news-filter` (cancelable): a reader's filter chosen or removed (`active`), or a search cleared. */
export interface NewsFilterDetail {
  category?: string;
  tag?: string;
  search?: string;
  active: boolean;
}

declare global {
  // Document, window and every element: the events bubble out of their shadow roots (composed).
  interface GlobalEventHandlersEventMap {
    'news-load': CustomEvent<NewsLoadDetail>;
    'news-error': CustomEvent<NewsErrorDetail>;
    'news-select': CustomEvent<NewsSelectDetail>;
    'news-filter': CustomEvent<NewsFilterDetail>;
  }
  interface HTMLElementTagNameMap {
    'news-list': NewsList;
    'news-card': NewsCard;
    'news-breadcrumb': NewsBreadcrumb;
    'news-article': NewsArticleElement;
  }
}
