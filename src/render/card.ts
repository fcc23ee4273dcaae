/**
 * The one article card. `<news-list>` renders each item with it and
 * `<news-card>` renders its one article with it, in the same markup, so a
 * part or a style that works on one works on the other. The skeleton is the
 * same card with placeholder bones in the same boxes, so it already takes the
 * final size.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { NewsArticle } from '../data/model.js';
import type { NewsStrings } from '../i18n/strings.js';
import { formatDate, formatList, textOf, truncate, validDate, type DateFormat } from './format.js';
import { articleHref, relFor, safeUrl } from './safe.js';

export type CardVariant = 'vertical' | 'horizontal' | 'compact';
export const CARD_VARIANTS: readonly CardVariant[] = ['vertical', 'horizontal', 'compact'];

/** The optional parts of a card, chosen with the `show` attribute. */
export type CardPart = 'image' | 'date' | 'summary' | 'author' | 'category';
export const CARD_PARTS: readonly CardPart[] = ['image', 'date', 'summary', 'author', 'category'];

/** The `show` attribute as a set of parts; no attribute shows every part, unknown words are ignored. */
export function parseShow(value: string | null | undefined): ReadonlySet<CardPart> {
  if (value == null) return new Set(CARD_PARTS);
  return new Set(value.split(/[\s,]+/).filter((token): token is CardPart => CARD_PARTS.includes(token as CardPart)));
}

export interface CardContext {
  variant: CardVariant;
  show: ReadonlySet<CardPart>;
  /** 1–6: the level of the card's title among the page's headings. */
  headingLevel: number;
  /** `article-href`: a link template with `{id}`; without it, the article's own URL. */
  hrefTemplate?: string | null;
  target?: string;
  locale: string;
  strings: NewsStrings;
  dateFormat: DateFormat;
}

/** What a card shows, worked out once from the article and the context. */
function cardContent(article: NewsArticle, ctx: CardContext) {
  const { show, variant } = ctx;
  const full = variant !== 'compact';
  const title = textOf(article.title);
  const summary = textOf(article.summary);
  const text = textOf(article.text);
  const names = Array.isArray(article.authors) ? article.authors.map((author) => textOf(author?.name)).filter((name): name is string => !!name) : [];
  return {
    // An item without a title is named by its summary or text, never left as an empty heading.
    title: title ?? truncate(summary ?? text ?? ctx.strings.untitled, 120),
    summary: full && show.has('summary') && title ? (summary ?? (text && truncate(text, 240))) : undefined,
    image: full && show.has('image') ? safeUrl(article.image?.url) : undefined,
    alt: textOf(article.image?.alt) ?? '',
    category: show.has('category') ? textOf(article.category?.title) : undefined,
    date: show.has('date') ? validDate(article.published) : undefined,
    authors: show.has('author') && names.length ? formatList(names, ctx.locale) : undefined,
    href: articleHref(article, ctx.hrefTemplate),
  };
}

/**
 * The card's classes: its variant, and which optional rows it reserves room
 * for. The styles give every card (and skeleton) of one element the same
 * height from these, whatever its text, so nothing shifts when data arrives.
 */
function cardClass({ variant, show }: CardContext): string {
  const full = variant !== 'compact';
  return `card ${variant}${show.has('category') ? ' with-category' : ''}${show.has('date') || show.has('author') ? ' with-meta' : ''}${
    full && show.has('summary') ? ' with-summary' : ''
  }`;
}

export function renderCard(article: NewsArticle, ctx: CardContext): TemplateResult {
  const card = cardContent(article, ctx);
  const rel = relFor(ctx.target);
  return html`<article part="card" class=${cardClass(ctx)}>
    ${card.image
      ? html`<div class="media"><img part="image" src=${card.image} alt=${card.alt} loading="lazy" decoding="async" /></div>`
      : nothing}
    <div class="body">
      ${card.category ? html`<span part="category" class="category">${card.category}</span>` : nothing}
      <div part="title" class="title" role="heading" aria-level=${ctx.headingLevel}>
        ${card.href
          ? html`<a part="link" href=${card.href} target=${ctx.target || nothing} rel=${rel ?? nothing} data-id=${article.id}>${card.title}</a>`
          : card.title}
      </div>
      ${card.date || card.authors
        ? html`<div part="meta" class="meta">
            ${card.date ? renderDate(card.date, ctx) : nothing}
            ${card.authors ? html`<span part="author" class="author">${card.authors}</span>` : nothing}
          </div>`
        : nothing}
      ${card.summary ? html`<p part="summary" class="summary">${card.summary}</p>` : nothing}
    </div>
  </article>`;
}

export function renderDate(date: Date, ctx: Pick<CardContext, 'locale' | 'dateFormat'>): TemplateResult {
  const relative = ctx.dateFormat === 'relative';
  return html`<time part="date" datetime=${date.toISOString()} title=${relative ? formatDate(date, ctx.locale, 'long') : nothing}
    >${formatDate(date, ctx.locale, ctx.dateFormat)}</time
  >`;
}

/** The card's loading placeholder: the same boxes, each line a bone, at the most lines each row can take. */
export function renderCardSkeleton(ctx: CardContext): TemplateResult {
  const { show, variant } = ctx;
  const full = variant !== 'compact';
  const line = html`<span class="bone"></span>`;
  const short = html`<span class="bone short"></span>`;
  return html`<article part="card" class="${cardClass(ctx)} skeleton" aria-hidden="true">
    ${full && show.has('image') ? html`<div class="media"></div>` : nothing}
    <div class="body">
      ${show.has('category') ? html`<span class="category">${short}</span>` : nothing}
      <div class="title">${line}${full ? line : nothing}${short}</div>
      ${show.has('date') || show.has('author') ? html`<div class="meta">${short}</div>` : nothing}
      ${full && show.has('summary') ? html`<p class="summary">${line}${line}${short}</p>` : nothing}
    </div>
  </article>`;
}
