/** The pager's own words (in its part, so that a plain list never downloads them). */
import { pickStrings } from '../../i18n/locale.js';

export interface PagingStrings {
  /** The name of the `<nav>` of pages. */
  pages: string;
  previous: string;
  next: string;
  /** A page's number, as its link is named ("Page 3"). */
  page: (n: number) => string;
  /** The page now shown, announced: of how many, when that is known. */
  pageOf: (n: number, total?: number) => string;
  more: string;
  /** The articles a "load more" added, announced. */
  added: (count: number) => string;
}

const en: PagingStrings = {
  pages: 'Pages',
  previous: 'Previous',
  next: 'Next',
  page: (n) => `Page ${n}`,
  pageOf: (n, total) => (total ? `Page ${n} of ${total}` : `Page ${n}`),
  more: 'Load more',
  added: (count) => (count === 1 ? 'Loaded 1 more article' : `Loaded ${count} more articles`),
};

const vi: PagingStrings = {
  pages: 'Phân trang',
  previous: 'Trang trước',
  next: 'Trang sau',
  page: (n) => `Trang ${n}`,
  pageOf: (n, total) => (total ? `Trang ${n} / ${total}` : `Trang ${n}`),
  more: 'Xem thêm',
  added: (count) => `Đã tải thêm ${count} tin`,
};

/** One table for the life of the page: the merge of a page's words (setStrings) is made once per locale. */
const WORDS = { en, vi };

export const pagingStrings = (locale: string): PagingStrings => pickStrings(WORDS, locale);

/** The English words, for the README's list of keys (test/i18n/set-strings.test.ts checks it). */
export { en as pagingEnglish };
