import type { PropertyDeclarations, PropertyValues } from 'lit';
import { DATE_FORMATS, formatDate, type DateFormat } from '../render/format.js';
import { intIn, NewsElement, oneOf } from './news-element.js';

/** An element that shows articles: their dates, and titles as headings. */
export abstract class ArticlesElement extends NewsElement {
  static override properties: PropertyDeclarations = {
    dateFormat: { attribute: 'date-format' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** How dates read: `long`, `short` or `relative`. */
  dateFormat: DateFormat = 'long';

  /** The heading level (1–6) of article titles, to fit the page's outline. */
  headingLevel = 3;

  /** The heading level, valid. */
  protected level(fallback: number): number {
    return intIn(this.headingLevel, 1, 6, fallback);
  }

  /**
   * The first date formatter of a page costs tens of milliseconds on a phone
   * (the browser loads its calendar data): it is built while the feed is on
   * its way, in a task after the skeleton's first render, not on the way to
   * the first articles.
   */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    setTimeout(() => {
      const { locale, dateFormat } = this.dates();
      formatDate(new Date(0), locale, dateFormat);
    });
  }

    /** What a date needs to be written: the language, and the date format, valid. */
  protected dates(): { locale: string; dateFormat: DateFormat } {
    return { locale: this.locale, dateFormat: oneOf(this.dateFormat, DATE_FORMATS, 'long') };
  }
}
