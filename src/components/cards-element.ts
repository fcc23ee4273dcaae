import type { PropertyDeclarations } from 'lit';
import { stringsFor } from '../i18n/locale.js';
import { parseShow, type CardContext, type CardVariant } from '../render/card.js';
import { ArticlesElement } from './articles-element.js';
import { textAttr } from './news-element.js';

/** An element that shows articles as cards (the list, the card): what a card shows, and where it links. */
export abstract class CardsElement extends ArticlesElement {
  static override properties: PropertyDeclarations = {
    articleHref: { attribute: 'article-href' },
    show: {},
  };

  /** A link template for articles, `{id}` replaced by the article's id (e.g. `?tin={id}`); default: the article's own URL. */
  articleHref = '';

  /** Which optional parts of a card to show, space-separated: `image date summary author category`. Default: all. */
  show: string | null = null;

  protected cardContext(variant: CardVariant): CardContext {
    const dates = this.dates();
    return {
      ...dates,
      variant,
      show: parseShow(this.show),
      strings: stringsFor(dates.locale),
      headingLevel: this.level(3),
      hrefTemplate: textAttr(this.articleHref) || null,
      target: this.linkTarget,
    };
  }
}
