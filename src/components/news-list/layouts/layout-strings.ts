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
  previous: string;
  next: string;
}

const en: LayoutStrings = {
  latest: 'Latest news',
  pause: 'Pause',
  play: 'Play',
  stories: 'News',
  previous: 'Previous',
  next: 'Next',
};

const vi: LayoutStrings = {
  latest: 'Tin mới',
  pause: 'Tạm dừng',
  play: 'Chạy tiếp',
  stories: 'Tin tức',
  previous: 'Tin trước',
  next: 'Tin sau',
};

export const layoutStrings = (locale: string): LayoutStrings => pickStrings({ en, vi }, locale);
