/** `<news-list>`, loaded by the autoloader (src/autoload.ts) when the tag first appears. */
import { NewsList } from '../components/news-list/news-list.js';
import { define } from '../define/define.js';

define('news-list', NewsList);
