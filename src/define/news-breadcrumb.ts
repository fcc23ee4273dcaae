/** `news-widgets/news-breadcrumb.js`: defines `<news-breadcrumb>` only (guarded), for an app that bundles the library. */
import { NewsBreadcrumb } from '../components/news-breadcrumb/news-breadcrumb.js';
import { define } from './define.js';

define('news-breadcrumb', NewsBreadcrumb);

export { NewsBreadcrumb };
// The events and tags, typed for the page's code (events.ts).
export type * from '../events.js';
