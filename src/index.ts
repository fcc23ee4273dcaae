/** The library's classes, types and data helpers. No side effects: importing defines no element. */
export { NewsList, type ListLayout } from './components/news-list/news-list.js';
export { NewsCard } from './components/news-card/news-card.js';
export { NewsBreadcrumb } from './components/news-breadcrumb/news-breadcrumb.js';
export { NewsArticleElement } from './components/news-article/news-article.js';
export { NewsElement } from './components/news-element.js';
export type { NewsArticle, NewsAuthor, NewsFeed, NewsImage, NewsLink, NewsPaging } from './data/model.js';
export { NewsError, type NewsErrorCode } from './data/errors.js';
export { loadFeed, clearFeedCache, LOAD_TIMEOUT_MS, type LoadOptions } from './data/load.js';
export { loadPage } from './data/load-page-api.js';
export { adaptPayload, parseFeed, type ParseOptions } from './data/parse.js';
export type { FeedFormat } from './data/adapters/types.js';
export type { CardVariant, CardPart } from './render/card.js';
export type { DateFormat } from './render/format.js';
export type { NewsLoadDetail, NewsErrorDetail, NewsSelectDetail, NewsFilterDetail } from './events.js';
export { setStrings } from './i18n/locale.js';
export type { NewsWidgetsStrings } from './i18n/all-strings.js';
