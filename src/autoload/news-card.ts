/** `<news-card>`, loaded by the autoloader (src/autoload.ts) when the tag first appears. */
import { NewsCard } from '../components/news-card/news-card.js';
import { define } from '../define/define.js';

define('news-card', NewsCard);
