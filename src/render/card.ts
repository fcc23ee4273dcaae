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
import { formatDate, formatList, truncate, type DateFormat } from './format.js';
import { newTabHint } from './new-tab.js';
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
  /** The id of the article the page has open (`article-param`): its link says it is the current page. */
  currentId?: string;
  locale: string;
  strings: NewsStrings;
  dateFormat: DateFormat;
  /** Dates and authors wait for their formatters (ArticlesElement.metaPending): their line is held, empty. */
  metaPending?: boolean;
  /**
   * A filterable list: the category as a control that filters the list by it (`part="category"`, in the
   * label's place), rendered by the list's filter part, so that a plain card carries none of it.
   */
  filter?: (category: string) => unknown;
}

/** What a card shows, worked out once from the article (valid by the adapter) and the context. */
function cardContent(article: NewsArticle, ctx: CardContext) {
  const { show, variant } = ctx;
  const full = variant !== 'compact';
  const { title, summary, text, authors } = article;
  return {
    // An item without a title is named by its summary or text, never left as an empty heading.
    title: title ?? truncate(summary ?? text ?? ctx.strings.untitled, 120),
    summary: full && show.has('summary') && title ? (summary ?? (text && truncate(text, 240))) : undefined,
    image: full && show.has('image') ? safeUrl(article.image?.url) : undefined,
    category: show.has('category') ? article.category?.title : undefined,
    date: show.has('date') ? article.published : undefined,
    authors: show.has('author') && authors.length ? authors.map((author) => author.name) : undefined,
    href: articleHref(article, ctx.hrefTemplate),
    // The article's language where it differs from the widget's, for screen readers' voices and hyphenation.
    lang: article.language && article.language.toLowerCase() !== ctx.locale.toLowerCase() ? article.language : undefined,
  };
}

/**
 * The card's classes: its variant, and which optional rows it reserves room
 * for. The styles give every card (and skeleton) of one element the same
 * height from these, whatever its text, so nothing shifts when data arrives.
 */
function cardClass({ variant, show }: CardContext, hasImage: boolean): string {
  const full = variant !== 'compact';
  const image = full && show.has('image') ? (hasImage ? ' with-image' : ' with-image no-image') : '';
  return `card ${variant}${image}${show.has('category') ? ' with-category' : ''}${show.has('date') || show.has('author') ? ' with-meta' : ''}${
    full && show.has('summary') ? ' with-summary' : ''
  }`;
}

/** What fills the card's rows: text and links for an article, bones for the skeleton. */
interface CardRows {
  /** The article's language, where it differs from the widget's. */
  lang?: string;
  media?: unknown;
  category?: unknown;
  /** The category as a button that filters (a filterable list), in its place. */
  filter?: unknown;
  title: unknown;
  meta?: unknown;
  summary?: unknown;
}

/** The one card template, for articles and skeletons alike (a falsy row is left out). */
function cardTemplate(ctx: CardContext, rows: CardRows, skeleton = false): TemplateResult {
  // A skeleton reserves the image's box; an article without one keeps that room, without a box (the styles).
  const hasImage = skeleton || !!rows.media;
  return html`<article part="card" class="${cardClass(ctx, hasImage)}${skeleton ? ' skeleton' : ''}" lang=${rows.lang ?? nothing} aria-hidden=${
    skeleton ? 'true' : nothing
  }>
    ${rows.media || nothing}
    <div class="body">
      ${rows.filter || (rows.category ? html`<span part="category" class="category">${rows.category}</span>` : nothing)}
      <div part="title" class="title" role="heading" aria-level=${ctx.headingLevel}>${rows.title}</div>
      ${rows.meta ? html`<div part="meta" class="meta">${rows.meta}</div>` : nothing}
      ${rows.summary ? html`<p part="summary" class="summary">${rows.summary}</p>` : nothing}
    </div>
  </article>`;
}

export function renderCard(article: NewsArticle, ctx: CardContext): TemplateResult {
  const card = cardContent(article, ctx);
  return cardTemplate(ctx, {
    lang: card.lang,
    media: card.image && html`<div class="media"><img part="image" src=${card.image} alt=${article.image!.alt} loading="lazy" decoding="async" /></div>`,
    category: card.category,
    filter: card.category && ctx.filter?.(card.category),
    title: card.href
      ? html`<a
          part="link"
          href=${card.href}
          target=${ctx.target || nothing}
          rel=${relFor(ctx.target) ?? nothing}
          aria-current=${ctx.currentId === article.id ? 'page' : nothing}
          data-id=${article.id}
          >${card.title}${newTabHint(ctx.target, ctx.strings)}</a
        >`
      : card.title,
    meta:
      (card.date || card.authors) &&
      (ctx.metaPending
        ? html`<span class="pending">&nbsp;</span>`
        : html`${card.date ? renderDate(card.date, ctx) : nothing}${card.authors
            ? html`<span part="author" class="author">${formatList(card.authors, ctx.locale)}</span>`
            : nothing}`),
    summary: card.summary,
  });
}

export function renderDate(date: Date, ctx: Pick<CardContext, 'locale' | 'dateFormat'>): TemplateResult {
  const relative = ctx.dateFormat === 'relative';
  return html`<time part="date" datetime=${date.toISOString()} title=${relative ? formatDate(date, ctx.locale, 'long') : nothing}
    >${formatDate(date, ctx.locale, ctx.dateFormat)}</time
  >`;
}

/** The card's loading placeholder: the same template, each row filled with bones, one per line it can take. */
export function renderCardSkeleton(ctx: CardContext): TemplateResult {
  const { show } = ctx;
  const full = ctx.variant !== 'compact';
  const line = html`<span class="bone"></span>`;
  const short = html`<span class="bone short"></span>`;
  return cardTemplate(
    ctx,
    {
      media: full && show.has('image') && html`<div class="media"></div>`,
      category: show.has('category') && short,
      title: [line, full ? line : nothing, short],
      meta: (show.has('date') || show.has('author')) && short,
      summary: full && show.has('summary') && [line, line, short],
    },
    true,
  );
}
