/** `<news-article>`, loaded by the autoloader (src/autoload.ts) when the tag first appears: its define entry. */
import '../define/news-article.js';
