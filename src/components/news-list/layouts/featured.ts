/**
 * `layout="featured"`, a part loaded on first use: a portal's front block. The first article large (a
 * vertical card with a larger title), the next ones beside it as horizontal cards where the list is wide
 * (the styles' container query), below it where it is narrow; beyond the few that stand beside it, the rest
 * follow below in two columns. Paged (`pagination="pages"`), each page is such a block, led by its own first
 * article, so that a page takes the room of the one before; `more` and `infinite` add theirs below the first.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { NewsArticle } from '../../../data/model.js';
import { renderCard, renderCardSkeleton, type CardContext } from '../../../render/card.js';
import { adoptStyles } from '../../../styles/adopt.js';
import { featuredStyles } from './featured.styles.js';
import type { Layout, LayoutHost } from './layout.js';

/** Articles beside the lead where the list is wide; the styles give the lead as many rows. */
const BESIDE = 4;

class Featured implements Layout {
  constructor(host: LayoutHost) {
    adoptStyles(host.renderRoot, featuredStyles);
  }

  render(articles: NewsArticle[], ctx: CardContext, pending = 0): TemplateResult {
    const lead = { ...ctx, variant: 'vertical' as const };
    const rest = { ...ctx, variant: 'horizontal' as const };
    const cards = articles.map((article, i) => renderCard(article, i ? rest : lead));
    for (let i = 0; i < pending; i++) cards.push(renderCardSkeleton(cards.length ? rest : lead));
    return this.block(cards, !articles.length);
  }

  skeleton(ctx: CardContext, count: number): TemplateResult {
    return this.block(
      Array.from({ length: count }, (_, i) => renderCardSkeleton({ ...ctx, variant: i ? 'horizontal' : 'vertical' })),
      true,
    );
  }

  /** The block: the lead spans the rows of the cards beside it (`beside-N`). */
  private block(cards: TemplateResult[], hidden: boolean): TemplateResult {
    const beside = Math.min(BESIDE, cards.length - 1);
    return html`<div class="featured">
      <ul part="list" class="list featured beside-${beside}" role="list" tabindex=${hidden ? nothing : '-1'} aria-hidden=${hidden ? 'true' : nothing}>
        ${cards.map((card, i) => html`<li part="item" class="item${i ? '' : ' lead'}">${card}</li>`)}
      </ul>
    </div>`;
  }
}

export const createLayout = (host: unknown): Layout => new Featured(host as LayoutHost);
