/** `news-widgets/news-article.js`: defines `<news-article>` only (guarded), for an app that bundles the library. */
import { NewsArticleElement } from '../components/news-article/news-article.js';
import { define } from './define.js';

define('news-article', NewsArticleElement);

export { NewsArticleElement };
// The events and tags, typed for the page's code (events.ts).
export type * from '../events.js';
