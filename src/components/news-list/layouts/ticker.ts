/**
 * `layout="ticker"`, a part loaded on first use: one line of headlines that moves, for announcements.
 *
 * WCAG 2.2.2 (pause, stop, hide): a visible button pauses and starts it; it pauses while the pointer is on
 * the moving line (not on the button, whose own state rules: a press on "play" starts it at once), and it
 * stops while focus is on a headline, which then scrolls into view (WCAG 2.4.11: a focused link is never cut
 * off by the line's edge); where the reader asks for reduced motion, nothing moves at all: the headlines
 * stand still, one a line. The loop runs over two copies of the line; the second is hidden from assistive
 * technology and inert (never focused, never read twice). `pagination` does not apply (news-list.ts).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { NewsArticle } from '../../../data/model.js';
import type { CardContext } from '../../../render/card.js';
import { truncate } from '../../../render/format.js';
import { newTabHint } from '../../../render/new-tab.js';
import { articleHref, relFor } from '../../../render/safe.js';
import { adoptStyles } from '../../../styles/adopt.js';
import type { Layout, LayoutHost } from './layout.js';
import { layoutStrings } from './layout-strings.js';
import { tickerStyles } from './ticker.styles.js';

/** The query the ticker follows, as the reader's setting changes. */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
/** Characters a reader follows in a second of the moving line (about 60 px a second at 16 px). */
const CHARS_PER_SECOND = 7;

class Ticker implements Layout, ReactiveController {
  private readonly host: LayoutHost;
  /** Paused by the button. */
  private paused = false;
  /** The pointer is on the moving line (the `:hover` of the styles, as a class too). */
  private hovered = false;
  private readonly motion = matchMedia(REDUCED_MOTION);

  constructor(host: LayoutHost) {
    this.host = host;
    adoptStyles(host.renderRoot, tickerStyles);
    host.addController(this);
  }

  hostConnected(): void {
    this.motion.addEventListener('change', this.onMotion);
  }

  hostDisconnected(): void {
    this.motion.removeEventListener('change', this.onMotion);
  }

  private readonly onMotion = (): void => this.host.requestUpdate();

  /** Whether the reader asks for reduced motion: then nothing moves. */
  private get still(): boolean {
    return this.motion.matches;
  }

  render(articles: NewsArticle[], ctx: CardContext): TemplateResult {
    const words = layoutStrings(ctx.locale);
    const still = this.still;
    const titles = articles.map((article) => article.title ?? truncate(article.summary ?? article.text ?? ctx.strings.untitled, 120));
    const line = (copy: boolean) =>
      articles.map((article, i) => html`<li part="item" class="headline">${this.headline(article, titles[i], ctx, copy)}</li>`);
    const chars = titles.reduce((sum, title) => sum + title.length + 3, 0);
    const duration = { '--_duration': `${Math.max(10, Math.round(chars / CHARS_PER_SECOND))}s` };
    return html`<section
      class="ticker ${still ? 'still' : 'moving'}${this.paused ? ' paused' : ''}"
      aria-label=${words.latest}
    >
      ${still
        ? nothing
        : html`<button part="button" class="icon-button toggle" type="button" aria-label=${this.paused ? words.play : words.pause} @click=${this.toggle}>
            <span class="icon" aria-hidden="true"></span>
          </button>`}
      <div
        class="viewport${this.hovered ? ' hovered' : ''}"
        @mouseenter=${() => this.hover(true)}
        @mouseleave=${() => this.hover(false)}
        @focusin=${this.reveal}
        @focusout=${this.rewind}
      >
        <div class="track" style=${styleMap(still ? {} : duration)}>
          <ul part="list" class="list headlines" role="list">${line(false)}</ul>
          ${still ? nothing : html`<ul class="list headlines copy" role="list" aria-hidden="true" inert>${line(true)}</ul>`}
        </div>
      </div>
    </section>`;
  }

  /** The line's room: the button and a line (moving); a line for each headline (still). */
  skeleton(_ctx: CardContext, count: number): TemplateResult {
    const still = this.still;
    const bones = Array.from({ length: still ? count : 1 }, () => html`<li class="headline"><span class="bone"></span></li>`);
    return html`<div class="ticker skeleton ${still ? 'still' : 'moving'}" aria-hidden="true">
      ${still ? nothing : html`<span class="icon-button toggle"></span>`}
      <div class="viewport"><ul class="list headlines" role="list">${bones}</ul></div>
    </div>`;
  }

  private headline(article: NewsArticle, title: string, ctx: CardContext, copy: boolean): unknown {
    const href = articleHref(article, ctx.hrefTemplate);
    if (!href) return html`<span>${title}</span>`;
    return html`<a
      part="link"
      href=${href}
      target=${ctx.target || nothing}
      rel=${relFor(ctx.target) ?? nothing}
      aria-current=${ctx.currentId === article.id && !copy ? 'page' : nothing}
      data-id=${article.id}
      >${title}${newTabHint(ctx.target, ctx.strings)}</a
    >`;
  }

  private hover(on: boolean): void {
    this.hovered = on;
    this.host.requestUpdate();
  }

  /**
   * A headline took focus: the styles have stopped the line at its start (`:focus-within`); the browser
   * scrolled the viewport for the line as it moved, so it is scrolled again, now that it stands still: to
   * the link's start, which a headline wider than a phone's line keeps in sight (`nearest` would show its end).
   */
  private readonly reveal = (event: FocusEvent): void => {
    (event.target as Element).scrollIntoView({ block: 'nearest', inline: 'start' });
  };

  /** Focus left the line: back to its start, where the moving line begins again. */
  private readonly rewind = (event: FocusEvent): void => {
    const viewport = event.currentTarget as Element;
    if (!viewport.contains(event.relatedTarget as Node | null)) viewport.scrollLeft = 0;
  };

  private readonly toggle = (): void => {
    this.paused = !this.paused;
    this.host.requestUpdate();
  };
}

export const createLayout = (host: unknown): Layout => new Ticker(host as LayoutHost);
