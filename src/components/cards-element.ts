import type { PropertyDeclarations } from 'lit';
import { stringsFor } from '../i18n/locale.js';
import { parseShow, type CardContext, type CardVariant } from '../render/card.js';
import { ArticlesElement } from './articles-element.js';
import { textAttr } from './news-element.js';
import { OpenArticleController, openArticleId } from './open-article.js';

/** An element that shows articles as cards (the list, the card): what a card shows, and where it links. */
export abstract class CardsElement extends ArticlesElement {
  static override properties: PropertyDeclarations = {
    articleHref: { attribute: 'article-href' },
    articleParam: { attribute: 'article-param' },
    show: {},
  };

  /** A link template for articles, `{id}` replaced by the article's id (e.g. `?tin={id}`); default: the article's own URL. */
  articleHref = '';

  /**
   * A query parameter of the page's URL that names the open article (e.g. `tin` for `?tin=ID`, as on
   * `<news-article>`): that article's link is marked as the current page (`aria-current="page"`), and
   * follows it. Default: none.
   */
  articleParam = '';

  constructor() {
    super();
    // Renders again when the open article changes (back, forward, or a <news-article> opening another in place).
    new OpenArticleController(this);
  }

  /** The id of the article the page has open, by `article-param`; '' when none. */
  protected get openId(): string {
    return openArticleId(textAttr(this.articleParam));
  }

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
      currentId: this.openId || undefined,
      metaPending: this.metaPending(dates.locale, dates.dateFormat),
    };
  }
}
