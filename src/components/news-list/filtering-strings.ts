/** The filter part's own words (in its part, so that a plain list never downloads them). */
import { pickStrings } from '../../i18n/locale.js';

export interface FilteringStrings {
  /** A card's category button, named for what it does (the category's name is its visible text, and in its name). */
  filterBy: (name: string) => string;
  /** The chip's × button. */
  remove: (name: string) => string;
  /** Announced once a reader's filter applies. */
  filtered: (name: string) => string;
  /** Announced once a reader's filter is removed. */
  cleared: string;
  /** An empty result: what was searched, or filtered by, each quoted. */
  noMatch: (terms: string) => string;
  /** The button that clears a reader's filter from an empty result. */
  clear: string;
  /** The button that clears the search from an empty result. */
  clearSearch: string;
  /** Announced once a search changes: how many articles it found (at least one). */
  found: (count: number, terms: string) => string;
}

const en: FilteringStrings = {
  filterBy: (name) => `Filter by ${name}`,
  remove: (name) => `Remove filter ${name}`,
  filtered: (name) => `Filtered by: ${name}`,
  cleared: 'Filter removed, showing all news',
  noMatch: (terms) => `No news matches ${terms}.`,
  clear: 'Clear filter',
  clearSearch: 'Clear search',
  found: (count, terms) => `${count} ${count === 1 ? 'article' : 'articles'} found for ${terms}.`,
};

const vi: FilteringStrings = {
  filterBy: (name) => `Lọc theo ${name}`,
  remove: (name) => `Bỏ lọc ${name}`,
  filtered: (name) => `Đang lọc theo: ${name}`,
  cleared: 'Đã bỏ lọc, hiện tất cả tin',
  noMatch: (terms) => `Không có tin nào khớp với ${terms}.`,
  clear: 'Bỏ lọc',
  clearSearch: 'Xóa tìm kiếm',
  found: (count, terms) => `Tìm thấy ${count} tin cho ${terms}.`,
};

/** One table for the life of the page: the merge of a page's words (setStrings) is made once per locale. */
const WORDS = { en, vi };

export const filteringStrings = (locale: string): FilteringStrings => pickStrings(WORDS, locale);

/** The English words, for the README's list of keys (test/i18n/set-strings.test.ts checks it). */
export { en as filteringEnglish };
