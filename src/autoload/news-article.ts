/** `<news-article>`, loaded by the autoloader (src/autoload.ts) when the tag first appears. */
import { NewsArticleElement } from '../components/news-article/news-article.js';
import { define } from '../define/define.js';

define('news-article', NewsArticleElement);
