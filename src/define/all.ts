/** `news-widgets/define.js`: defines every element (guarded), for an app that bundles the library. */
import './news-list.js';
import './news-card.js';
import './news-breadcrumb.js';
import './news-article.js';

export * from '../index.js';
