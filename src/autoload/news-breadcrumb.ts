/** `<news-breadcrumb>`, loaded by the autoloader (src/autoload.ts) when the tag first appears. */
import { NewsBreadcrumb } from '../components/news-breadcrumb/news-breadcrumb.js';
import { define } from '../define/define.js';

define('news-breadcrumb', NewsBreadcrumb);
