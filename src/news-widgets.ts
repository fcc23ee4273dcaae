/**
 * The script-tag entry: defines every element. A tag that is already defined
 * (another copy of the library on the page) is skipped, never thrown on.
 */
import { NewsArticleElement } from './components/news-article/news-article.js';
import { NewsBreadcrumb } from './components/news-breadcrumb/news-breadcrumb.js';
import { NewsCard } from './components/news-card/news-card.js';
import { NewsList } from './components/news-list/news-list.js';
import { loadEarly } from './components/early-load.js';
import { define } from './define/define.js';

export * from './index.js';

const ELEMENTS: [string, CustomElementConstructor][] = [
  ['news-list', NewsList],
  ['news-card', NewsCard],
  ['news-breadcrumb', NewsBreadcrumb],
  ['news-article', NewsArticleElement],
];

// The feeds of the elements already in the page start loading now, before the elements are defined.
loadEarly(ELEMENTS.map(([name]) => name));

for (const [name, element] of ELEMENTS) define(name, element);
