/** `news-widgets/news-card.js`: defines `<news-card>` only (guarded), for an app that bundles the library. */
import { NewsCard } from '../components/news-card/news-card.js';
import { define } from './define.js';

define('news-card', NewsCard);

export { NewsCard };
// The events and tags, typed for the page's code (events.ts).
export type * from '../events.js';
