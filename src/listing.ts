/**
 * The listing script-tag entry: `<news-list>` and `<news-card>` only, for
 * pages that show no article and no breadcrumb. It loads none of their code
 * (nor the sanitizer, which only an article body needs). Defining is guarded
 * as in the full entry, and the feeds of the elements already in the page
 * start loading before they are defined.
 */
import { loadEarly } from './components/early-load.js';
import { define } from './define/define.js';
import { NewsCard } from './components/news-card/news-card.js';
import { NewsList } from './components/news-list/news-list.js';

export { NewsList, NewsCard };
// A page's own words (README, "Your own language"); the events and tags, typed.
export { setStrings } from './i18n/locale.js';
export type * from './events.js';

const ELEMENTS: [string, CustomElementConstructor][] = [
  ['news-list', NewsList],
  ['news-card', NewsCard],
];

loadEarly(ELEMENTS.map(([name]) => name));

for (const [name, element] of ELEMENTS) define(name, element);
