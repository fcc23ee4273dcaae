import { isServer, type PropertyDeclarations } from 'lit';
import { DATE_FORMATS, formattersReady, prepareFormatters, type DateFormat } from '../render/format.js';
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
   * Whether dates and authors wait for their formatters (see prepareFormatters): the first `Intl` formatter
   * of a page costs a phone 50–100 ms, so the first articles paint without them and they follow a frame
   * later; while the feed is on the network, they are built in the wait. A server (the
   * prerender) and the take-over of its markup write them at once: there is no first paint to protect.
   */
  protected metaPending(locale: string, dateFormat: DateFormat): boolean {
    if (isServer || this.serverRendered || formattersReady(locale, dateFormat)) return false;
    const { status } = this.feed;
    // Data at hand (inline, `articles`) renders first; a feed on the network leaves a round trip to fill.
    const src = this.source()?.src ?? '';
    const fetching = status === 'pending' && !this.articles && this.inlineData() === undefined && !!src && !arrived(src);
    if (status === 'complete' || fetching)
      void prepareFormatters(locale, dateFormat, fetching ? 'while-fetching' : 'after-paint').then(() => this.requestUpdate());
    return true;
  }

  /** What a date needs to be written: the language, and the date format, valid. */
  protected dates(): { locale: string; dateFormat: DateFormat } {
    return { locale: this.locale, dateFormat: oneOf(this.dateFormat, DATE_FORMATS, 'long') };
  }
}

/** Whether the page has this URL's response already (a preload that finished): it is on its way to the screen. */
function arrived(src: string): boolean {
  try {
    return performance.getEntriesByName(new URL(src, document.baseURI).href, 'resource').length > 0;
  } catch {
    return false;
  }
}
