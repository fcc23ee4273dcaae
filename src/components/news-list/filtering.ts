/**
 * The filters of `<news-list>` (`category`, `tag`, `search`, `sort`, `filterable`), a part loaded on first
 * use: a plain list never downloads it. The list hands itself over (its glue: news-list.ts), applies the
 * query to the articles it may show (`candidates()`, before `limit` and before pages), and renders what
 * this part adds: a reader's filter as a chip above the list, its announcements, and the message of an
 * empty result.
 *
 * All filtering happens in the browser, over what is loaded: a source that pages on the server has each
 * page filtered as it comes (paging.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { applyQuery, isFiltering, parseList, type FeedQuery } from '../../data/filter.js';
import type { NewsArticle } from '../../data/model.js';
import type { CardContext, CardVariant } from '../../render/card.js';
import { renderMessage } from '../../render/states.js';
import { adoptStyles } from '../../styles/adopt.js';
import { textAttr } from '../attributes.js';
import { filteringStrings, type FilteringStrings } from './filtering-strings.js';
import { filterStyles } from './filtering.styles.js';

/** What the part reads of its list: public attributes, and protected members the list hands over with itself. */
interface FilteredList extends HTMLElement {
  category?: unknown;
  tag?: unknown;
  search?: unknown;
  sort?: unknown;
  filterable?: unknown;
  readonly locale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  renderAbove(feed: unknown): unknown;
  cardContext(variant: CardVariant): CardContext;
}

/** A reader's filter: a category chosen on a card (the event's detail names a tag the same way, for a later card that shows tags). */
interface ReaderFilter {
  category?: string;
  tag?: string;
}

export class Filter {
  private readonly list: FilteredList;
  private reader?: ReaderFilter;
  /** What the polite region says. */
  private said = '';

  constructor(host: unknown) {
    this.list = host as FilteredList;
    const root = this.list.renderRoot;
    adoptStyles(root, filterStyles);
    // The list's hooks, from here (as the pager's showFirstPage): a plain list carries none of this code.
    // Above the list, the reader's filter; in each card, the category as a button.
    const list = this.list;
    const { renderAbove, cardContext } = list;
    list.renderAbove = (feed) => [renderAbove.call(list, feed), this.above()];
    list.cardContext = (variant) => ({ ...cardContext.call(list, variant), filter: this.button() });
    root.addEventListener('click', (event) => {
      const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-category]');
      if (button) this.choose(button.dataset.category!);
    });
  }

  private get words(): FilteringStrings {
    return filteringStrings(this.list.locale);
  }

  /** A reader's filter applies only where the page made the list filterable. */
  private get chosen(): ReaderFilter | undefined {
    return this.list.filterable ? this.reader : undefined;
  }

  private get query(): FeedQuery {
    const { category, tag, search, sort } = this.list;
    return { category, tag, search, sort, reader: this.chosen };
  }

  /** The articles that match, in the order asked: the list's `candidates()`, and each server page (paging.ts). */
  apply(items: NewsArticle[]): NewsArticle[] {
    return applyQuery(items, this.query, this.list.locale);
  }

  /** What the query is: when it changes, a paged list starts over at page 1 (paging.ts). */
  key(): string {
    return JSON.stringify(this.query);
  }

  /** For the card template, on a filterable list: the category as a button, pressed while it filters, named for what it does. */
  private button(): CardContext['filter'] {
    if (!this.list.filterable) return undefined;
    const { filterBy } = this.words;
    const active = this.chosen?.category;
    return (name) =>
      html`<button part="category" class="category filter" type="button" data-category=${name} aria-pressed=${active === name} aria-label=${filterBy(
        name,
      )}><span>${name}</span></button>`;
  }

  /** A reader's click on a category: that filter, or (the one active) none. `news-filter` first, which the page may cancel. */
  private choose(category: string): void {
    const active = this.chosen?.category !== category;
    if (!this.emit({ category, active })) return;
    this.set(active ? { category } : undefined, category);
  }

  /** The chip's ×, or the empty result's button: the reader's filter removed. */
  private clear(): void {
    const filter = this.chosen;
    if (!filter || !this.emit({ ...filter, active: false })) return;
    this.set(undefined, filter.category ?? filter.tag ?? '');
  }

  private emit(detail: ReaderFilter & { active: boolean }): boolean {
    return this.list.dispatchEvent(new CustomEvent('news-filter', { detail, bubbles: true, composed: true, cancelable: true }));
  }

  /**
   * The reader's filter becomes `filter`, announced. Focus follows, once shown: onto the chip's ×
   * (the way back); or, removed, onto the category the reader had chosen, else the first article.
   */
  private set(filter: ReaderFilter | undefined, name: string): void {
    this.reader = filter;
    this.said = filter ? this.words.filtered(name) : this.words.cleared;
    this.list.requestUpdate();
    void this.list.updateComplete.then(() => {
      const root = this.list.renderRoot;
      const buttons = [...root.querySelectorAll<HTMLElement>('button[data-category]')];
      const target = filter
        ? root.querySelector<HTMLElement>('.chip > button')
        : (buttons.find((button) => button.dataset.category === name) ?? root.querySelector<HTMLElement>('[part="link"], [part="list"]'));
      target?.focus();
    });
  }

  /** Above the list: the reader's filter as a chip with its × button, and the polite region that announces changes. */
  above(): TemplateResult | typeof nothing {
    if (!this.list.filterable) return nothing;
    const name = this.chosen?.category ?? this.chosen?.tag;
    const words = this.words;
    const chip = name
      ? html`<div class="filters">
          <span part="chip" class="chip"
            >${name} <button type="button" aria-label=${words.remove(name)} @click=${() => this.clear()}><span aria-hidden="true">×</span></button></span
          >
        </div>`
      : nothing;
    return html`${chip}<p class="sr-only filter-status" role="status">${this.said}</p>`;
  }

  /**
   * The message of an empty result while something filters: what was searched, or filtered by, and for a
   * reader's filter a button that clears it (the page's own attributes are the page's: no button). Undefined
   * where nothing filters: the list's own "no news" then.
   */
  empty(): TemplateResult | undefined {
    const query = this.query;
    if (!isFiltering(query)) return undefined;
    const terms = [textAttr(query.search), ...rawList(query.category), ...rawList(query.tag), query.reader?.category, query.reader?.tag]
      .filter((term): term is string => !!term?.trim())
      .map((term) => `“${term.trim().replace(/\s+/g, ' ')}”`)
      .join(', ');
    const words = this.words;
    const button = this.chosen
      ? html`<button part="button" class="button" type="button" @click=${() => this.clear()}><span>${words.clear}</span></button>`
      : nothing;
    return renderMessage(words.noMatch(terms), button);
  }
}

/** The names of a comma-separated attribute as written (for the reader's eyes), blanks dropped. */
function rawList(value: unknown): string[] {
  return parseList(value).length ? String(value).split(',').map((name) => name.trim()).filter(Boolean) : [];
}
