/** `news-widgets/news-list.js`: defines `<news-list>` only (guarded), for an app that bundles the library. */
import { NewsList } from '../components/news-list/news-list.js';
import { define } from './define.js';

define('news-list', NewsList);

export { NewsList };
// The events and tags, typed for the page's code (events.ts).
export type * from '../events.js';
