import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { NewsFeed } from '../../data/model.js';
import { CARD_VARIANTS, renderCard, renderCardSkeleton, type CardVariant } from '../../render/card.js';
import { renderError, renderMessage } from '../../render/states.js';
import { CardsElement } from '../cards-element.js';
import { oneOf, textAttr } from '../news-element.js';
import { styles } from './news-card.styles.js';

/**
 * @tagname news-card
 * @summary One article from a feed, as a card.
 *
 * @event news-load - The feed loaded, or a refresh brought a changed feed (shown in place). `detail`: the feed (`NewsFeed`).
 * @event news-error - The feed failed to load. `detail`: `{ error }`, a `NewsError` with a `code`. With several URLs in `src`: also once for each source that failed, `{ error, src }` (the URL as written), while the others show; when every one failed, the first one's error follows as the element's.
 * @event news-select - A reader clicked the article. `detail`: `{ article, href, target }` (the link's `target`, '' for this window). Cancelable: `preventDefault()` stops the link so the page can route by itself.
 *
 * @csspart card - The card.
 * @csspart image - The article image.
 * @csspart title - The article title (a heading).
 * @csspart link - The title link.
 * @csspart meta - The line with date and authors.
 * @csspart date - The `<time>` of publication.
 * @csspart author - The authors.
 * @csspart category - The category label.
 * @csspart summary - The summary.
 * @csspart status - The empty, not-found and error messages.
 * @csspart button - The retry button.
 *
 * @cssprop [--news-font-family=inherit] - Font of the whole widget.
 * @cssprop [--news-font-size=1em] - Base text size of the widget: every size in it follows. Default: the text size where the element stands.
 * @cssprop [--news-color-text=inherit] - Text colour.
 * @cssprop [--news-color-muted=color-mix(in srgb, currentColor 85%, transparent)] - Dates, authors, secondary text.
 * @cssprop [--news-color-accent=oklch(from currentColor clamp(0.42, l, 0.92) 0.16 262)] - Links on hover, the category, the focus ring, the retry button. The default, a blue as light as the text (#0b57d0 in browsers without relative colours), reads wherever the text does.
 * @cssprop [--news-color-on-accent=white or black, whichever reads on the accent (white without relative colours)] - Text on the accent colour (the retry button).
 * @cssprop [--news-color-surface=transparent] - Card background.
 * @cssprop [--news-color-border=color-mix(in srgb, currentColor 15%, transparent)] - Card border.
 * @cssprop [--news-radius=8px] - Corner radius of the card and image.
 * @cssprop [--news-gap=1.25em] - Space between image and text (horizontal variant).
 * @cssprop [--news-title-font-size=1.125em] - Size of the title.
 * @cssprop [--news-title-font-weight=650] - Weight of the title.
 * @cssprop [--news-image-aspect-ratio=16 / 9] - Shape of the image.
 * @cssprop [--news-image-position=50% 30%] - Where images are cropped (`object-position`): the default keeps the upper part, where faces are.
 * @cssprop [--news-focus-ring=2px solid var(--news-color-accent)] - Outline of focused links and buttons.
 */
export class NewsCard extends CardsElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    articleId: { attribute: 'article-id' },
    variant: {},
  };

  /** The id of the article to show; default: the feed's first item. */
  articleId = '';

  /** `vertical` (image above), `horizontal` (image beside) or `compact` (title and date). */
  variant: CardVariant = 'vertical';

  private context() {
    return this.cardContext(oneOf(this.variant, CARD_VARIANTS, 'vertical'));
  }

  protected override renderLoading(): TemplateResult {
    // Hidden from assistive technology: the live region says "Loading news…" once.
    return html`<div class="frame" aria-hidden="true">${renderCardSkeleton(this.context())}</div>`;
  }

  protected override renderFeed(feed: NewsFeed): TemplateResult {
    const ctx = this.context();
    if (!feed.items.length) return renderMessage(ctx.strings.empty);
    const id = textAttr(this.articleId);
    const article = id ? feed.items.find((item) => item.id === id) : feed.items[0];
    // Not in the sources that loaded: it may be in one that failed (a `src` of several), which a retry may bring.
    if (!article) return feed.failures?.length ? renderError(feed.failures[0].error, ctx.strings, () => this.retry()) : renderMessage(ctx.strings.notFound);
    return renderCard(article, ctx);
  }
}
