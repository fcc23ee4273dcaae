import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { NewsFeed } from '../../data/model.js';
import { renderCard, renderCardSkeleton, type CardVariant } from '../../render/card.js';
import { renderMessage } from '../../render/states.js';
import { CardsElement } from '../cards-element.js';
import { intIn, oneOf } from '../news-element.js';
import { styles } from './news-list.styles.js';

export type ListLayout = 'list' | 'grid' | 'compact';
const LAYOUTS: readonly ListLayout[] = ['list', 'grid', 'compact'];
const VARIANT_OF: Record<ListLayout, CardVariant> = { list: 'horizontal', grid: 'vertical', compact: 'compact' };
/** Skeleton cards beyond this many would only be below the fold. */
const MAX_SKELETONS = 12;

/**
 * @tagname news-list
 * @summary A listing of news articles from a feed: a list, a grid of cards or a compact list of titles.
 *
 * @event news-load - The feed loaded. `detail`: the feed (`NewsFeed`).
 * @event news-error - The feed failed to load. `detail`: `{ error }`, a `NewsError` with a `code`.
 * @event news-select - A reader clicked an article. `detail`: `{ article, href }`. Cancelable: `preventDefault()` stops the link so the page can route by itself.
 *
 * @csspart list - The `<ul>` of articles.
 * @csspart item - Each `<li>`.
 * @csspart card - The card of each article.
 * @csspart image - The article image.
 * @csspart title - The article title (a heading).
 * @csspart link - The title link.
 * @csspart meta - The line with date and authors.
 * @csspart date - The `<time>` of publication.
 * @csspart author - The authors.
 * @csspart category - The category label.
 * @csspart summary - The summary.
 * @csspart status - The empty and error messages.
 * @csspart button - The retry button.
 *
 * @cssprop [--news-font-family=inherit] - Font of the whole widget.
 * @cssprop [--news-color-text=inherit] - Text colour.
 * @cssprop [--news-color-muted=color-mix(in srgb, currentColor 72%, transparent)] - Dates, authors, secondary text.
 * @cssprop [--news-color-accent=#0b57d0] - Links on hover, categories, the focus ring, the retry button.
 * @cssprop [--news-color-surface=transparent] - Card background.
 * @cssprop [--news-color-border=color-mix(in srgb, currentColor 15%, transparent)] - Card borders and separators.
 * @cssprop [--news-radius=8px] - Corner radius of cards and images.
 * @cssprop [--news-gap=1.25rem] - Space between articles.
 * @cssprop [--news-title-font-size=1.125rem] - Size of article titles.
 * @cssprop [--news-title-font-weight=650] - Weight of article titles.
 * @cssprop [--news-image-aspect-ratio=16 / 9] - Shape of article images.
 * @cssprop [--news-focus-ring=2px solid var(--news-color-accent)] - Outline of focused links and buttons.
 */
export class NewsList extends CardsElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    layout: {},
  };

  /** How many articles to show (a positive integer). */
  limit = 10;

  /** `list` (image beside text), `grid` (cards) or `compact` (titles and dates). */
  layout: ListLayout = 'list';

  private get variant(): CardVariant {
    return VARIANT_OF[oneOf(this.layout, LAYOUTS, 'list')];
  }

  private get count(): number {
    return intIn(this.limit, 1, Number.MAX_SAFE_INTEGER, 10);
  }

  protected override renderLoading(): TemplateResult {
    const ctx = this.cardContext(this.variant);
    const skeleton = renderCardSkeleton(ctx);
    const items = Array.from({ length: Math.min(this.count, MAX_SKELETONS) }, () => html`<li part="item" class="item">${skeleton}</li>`);
    return html`<ul part="list" class="list ${this.variant}" role="list" aria-busy="true" aria-label=${ctx.strings.loading}>${items}</ul>`;
  }

  protected override renderFeed(feed: NewsFeed): TemplateResult {
    const articles = feed.items.slice(0, this.count);
    const ctx = this.cardContext(this.variant);
    if (!articles.length) return renderMessage(ctx.strings.empty);
    return html`<ul part="list" class="list ${this.variant}" role="list">
      ${articles.map((article) => html`<li part="item" class="item">${renderCard(article, ctx)}</li>`)}
    </ul>`;
  }
}
