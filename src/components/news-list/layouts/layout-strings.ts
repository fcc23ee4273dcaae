/** The layouts' own words (in their parts, so that a plain list never downloads them). */
import { pickStrings } from '../../../i18n/locale.js';

export interface LayoutStrings {
  /** The ticker's region. */
  latest: string;
  /** The ticker's button, while it moves, and while it is paused. */
  pause: string;
  play: string;
  /** The carousel's row, and its buttons. */
  stories: string;
  previousStory: string;
  nextStory: string;
}

const en: LayoutStrings = {
  latest: 'Latest news',
  pause: 'Pause',
  play: 'Play',
  stories: 'News',
  previousStory: 'Previous',
  nextStory: 'Next',
};

const vi: LayoutStrings = {
  latest: 'Tin mới',
  pause: 'Tạm dừng',
  play: 'Chạy tiếp',
  stories: 'Tin tức',
  previousStory: 'Tin trước',
  nextStory: 'Tin sau',
};

/** One table for the life of the page: the merge of a page's words (setStrings) is made once per locale. */
const WORDS = { en, vi };

export const layoutStrings = (locale: string): LayoutStrings => pickStrings(WORDS, locale);

/** The English words, for the README's list of keys (test/i18n/set-strings.test.ts checks it). */
export { en as layoutEnglish };
