/**
 * `layout="carousel"`, a part loaded on first use: a row of cards that scrolls sideways, snapping to a card,
 * for photo stories. Touch scrolls it; the keyboard too (the row takes focus, and its arrow keys scroll it;
 * each card's link stays in the tab order, and scrolls into view when focused); the previous and next
 * buttons scroll it by what it shows, and say when there is nothing more that way. It never moves by itself.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { NewsArticle } from '../../../data/model.js';
import { renderCard, renderCardSkeleton, type CardContext } from '../../../render/card.js';
import { adoptStyles } from '../../../styles/adopt.js';
import { carouselStyles } from './carousel.styles.js';
import type { Layout, LayoutHost } from './layout.js';
import { layoutStrings } from './layout-strings.js';

class Carousel implements Layout, ReactiveController {
  private readonly host: LayoutHost;
  /** The row is at its start, at its end (both when it has nothing to scroll). */
  private atStart = true;
  private atEnd = true;

  constructor(host: LayoutHost) {
    this.host = host;
    adoptStyles(host.renderRoot, carouselStyles);
    host.addController(this);
  }

  /** The row the observer follows: a new one comes with the articles (the skeleton's is not it). */
  private observed: HTMLElement | null = null;
  /** A new width of the row (the page's, its column's; shown after being hidden) moves its end. */
  private readonly resize = new ResizeObserver(() => this.measure());

  hostConnected(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.resize.disconnect();
    this.observed = null;
  }

  /** After each render: the buttons follow the row (new articles). */
  hostUpdated(): void {
    this.follow();
    this.measure();
  }

  private follow(): void {
    const row = this.row;
    if (row === this.observed) return;
    this.resize.disconnect();
    this.observed = row;
    if (row) this.resize.observe(row);
  }

  private get row(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.list.carousel:not([aria-hidden])');
  }

  /**
   * Where the row is. The buttons are set here, not by a render: this runs after each render (a render
   * requested from there is a second one, each time). In RTL `scrollLeft` runs from 0 down to negative.
   */
  private readonly measure = (): void => {
    const row = this.row;
    const scrolled = row ? Math.abs(row.scrollLeft) : 0;
    // Hidden (no width): nothing to scroll yet; the observer measures again once it is shown.
    this.atStart = scrolled < 1;
    this.atEnd = !row || scrolled + row.clientWidth >= row.scrollWidth - 1;
    const root = this.host.renderRoot;
    root.querySelector('button.carousel-step.previous')?.setAttribute('aria-disabled', String(this.atStart));
    root.querySelector('button.carousel-step.next')?.setAttribute('aria-disabled', String(this.atEnd));
  };

  render(articles: NewsArticle[], ctx: CardContext, pending = 0): TemplateResult {
    const words = layoutStrings(ctx.locale);
    const skeleton = pending ? renderCardSkeleton(ctx) : nothing;
    const items = [
      ...articles.map((article) => html`<li part="item" class="item">${renderCard(article, ctx)}</li>`),
      ...Array.from({ length: pending }, () => html`<li part="item" class="item" aria-hidden="true">${skeleton}</li>`),
    ];
    return html`<div class="carousel">
      <ul part="list" class="list carousel" role="list" tabindex="0" aria-label=${words.stories} @scroll=${this.measure} @scrollend=${this.measure}>
        ${items}
      </ul>
      <div class="carousel-controls">
        ${this.button(words.previousStory, 'previous', this.atStart, -1)} ${this.button(words.nextStory, 'next', this.atEnd, 1)}
      </div>
    </div>`;
  }

  skeleton(ctx: CardContext, count: number): TemplateResult {
    const skeleton = renderCardSkeleton(ctx);
    return html`<div class="carousel" aria-hidden="true">
      <ul class="list carousel" role="list" aria-hidden="true">
        ${Array.from({ length: count }, () => html`<li class="item">${skeleton}</li>`)}
      </ul>
      <div class="carousel-controls"><span class="icon-button carousel-step"></span> <span class="icon-button carousel-step"></span></div>
    </div>`;
  }

  /**
   * A button that stays focusable at the end of the row (`aria-disabled`, not `disabled`): focus would
   * otherwise fall to the page's start from under a reader who pressed it to the end. Its state is read at
   * the press: `measure` sets it between renders.
   */
  private button(label: string, kind: 'previous' | 'next', end: boolean, way: 1 | -1): TemplateResult {
    return html`<button part="button" class="icon-button carousel-step ${kind}" type="button" aria-label=${label} aria-disabled=${end ? 'true' : 'false'} @click=${() =>
      (way < 0 ? this.atStart : this.atEnd) || this.scroll(way)}>
      <span class="carousel-arrow" aria-hidden="true"></span>
    </button>`;
  }

  /** By what the row shows (its width, less a card's peek), towards its end (`1`) or its start; mirrored in RTL. */
  private scroll(way: 1 | -1): void {
    const row = this.row;
    if (!row) return;
    const rtl = getComputedStyle(row).direction === 'rtl';
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    row.scrollBy({ left: way * (rtl ? -1 : 1) * row.clientWidth * 0.9, behavior: still ? 'auto' : 'smooth' });
  }
}

export const createLayout = (host: unknown): Layout => new Carousel(host as LayoutHost);
