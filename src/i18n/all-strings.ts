/**
 * Every word the widgets show, in one flat table: the core strings (strings.ts) and those of each part
 * (pages, filters, layouts, the notice of a source that failed, new articles). What a page gives
 * `setStrings()` is typed by it. Types only: the parts keep their own tables, loaded with them.
 */
import type { LayoutStrings } from '../components/news-list/layouts/layout-strings.js';
import type { FilteringStrings } from '../components/news-list/filtering-strings.js';
import type { PagingStrings } from '../components/news-list/paging-strings.js';
import type { NewItemsWords } from '../render/new-items.js';
import type { NoticeWords } from '../render/notice.js';
import type { NewsStrings } from './strings.js';

export type NewsWidgetsStrings = NewsStrings & PagingStrings & FilteringStrings & LayoutStrings & NoticeWords & NewItemsWords;
