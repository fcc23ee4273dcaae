/**
 * The filters of `<news-list>` (`category`, `tag`, `search`, `sort`, `filterable`), a part loaded on first
 * use: a plain list never downloads it. The list hands itself over (its glue: news-list.ts), applies the
 * query to the articles it may show (`candidates()`, before `limit` and before pages), and renders what
 * this part adds: a reader's filter as a chip above the list, its announcements, and the message of an
 * empty result.
 *
 * What the source's server can answer (WordPress and Liferay: `search`, Liferay `tag`, both `sort`:
 * data/server-query.ts) is written into the URL the list loads (`source()`), so that a search covers
 * every page of the source and the pages are the result's; the rest happens in the browser, over what is
 * loaded: a source that pages on the server has each page filtered as it comes (paging.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { applyQuery, isFiltering, parseList, type FeedQuery } from '../../data/filter.js';
import type { NewsArticle, NewsFeed } from '../../data/model.js';
import { serverQuery } from '../../data/server-query.js';
import type { CardContext, CardVariant } from '../../render/card.js';
import { renderMessage } from '../../render/states.js';
import { adoptStyles } from '../../styles/adopt.js';
import { textAttr } from '../attributes.js';
import type { Source } from '../source.js';
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
  candidates(feed: unknown): NewsArticle[];
}

/** A reader's filter: a category chosen on a card (the event's detail names a tag the same way, for a later card that shows tags). */
interface ReaderFilter {
  category?: string;
  tag?: string;
}

/** How long a new server query waits for the next keystroke before it is asked (a search box types into `search`). */
const TYPING_MS = 300;

export class Filter {
  private readonly list: FilteredList;
  private reader?: ReaderFilter;
  /**
   * The polite region: outside what Lit renders (before its content), so that it stays the same node when
   * the list turns into an empty result and back; a region rendered anew with its words would say them late,
   * or never, or say a reader's last filter again after a search.
   */
  private readonly region = document.createElement('p');
  /** The search last announced (as written, spaces collapsed). */
  private searched = '';

  constructor(host: unknown) {
    this.list = host as FilteredList;
    const root = this.list.renderRoot;
    adoptStyles(root, filterStyles);
    this.region.className = 'sr-only filter-status';
    this.region.setAttribute('role', 'status');
    root.prepend(this.region);
    // The list's hooks, from here (as the pager's showFirstPage): a plain list carries none of this code.
    // Above the list, the reader's filter; in each card, the category as a button.
    const list = this.list;
    const { renderAbove, cardContext } = list;
    list.renderAbove = (feed) => (this.heard(feed), [renderAbove.call(list, feed), this.above()]);
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

  /** The URL the list was given to load (`src` as written, and with the server's query), and whether that server searched. */
  private asked?: { given: string; src: string; searched: boolean };
  /** A new server query waits for the reader's next keystroke (TYPING_MS): one request for a word, not one per letter. */
  private typing?: ReturnType<typeof setTimeout>;
  /** The wait is over: the next `source()` gives the new query's URL. */
  private due = false;

  /**
   * The list's source, with what its server answers of the query written into its URL (the list loads
   * that: news-list.ts `source()`). The same object where there is nothing to ask. A new query for the
   * same source is given once it has stood still for TYPING_MS; meanwhile the list keeps what it shows.
   */
  source(source: Source): Source {
    const next = serverQuery(source.src, source.format, this.list, document.baseURI);
    const asked = this.asked;
    clearTimeout(this.typing);
    this.typing = undefined;
    if (asked && asked.given === source.src && asked.src !== next.src && !this.due) {
      this.typing = setTimeout(() => ((this.due = true), this.list.requestUpdate()), TYPING_MS);
    } else {
      this.due = false;
      this.asked = { given: source.src, ...next };
    }
    const { src } = this.asked!;
    return src === source.src ? source : { ...source, src };
  }

  /** The server searched (every source of the list's), for the feed shown: its answer is not searched again here. */
  private get serverSearched(): boolean {
    return !!this.asked?.searched;
  }

  /** The articles that match, in the order asked: the list's `candidates()`, and each server page (paging.ts). */
  apply(items: NewsArticle[]): NewsArticle[] {
    const query = this.query;
    return applyQuery(items, this.serverSearched ? { ...query, search: undefined } : query, this.list.locale);
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

  /** The empty result's "Clear search", for a `search` the page set: `news-filter` first (the page empties its box), then the attribute. */
  private clearSearch(): void {
    const list = this.list;
    if (!this.emit({ search: textAttr(list.search), active: false })) return;
    list.removeAttribute('search');
    list.search = undefined;
    void this.settled().then(() => focusIn(list.renderRoot));
  }

  /**
   * Once the list shows the answer to its query: at once where it filters what it has; after the server's
   * answer where the query went to the server (its wait for the next keystroke, then its load).
   */
  private async settled(): Promise<void> {
    const list = this.list;
    await list.updateComplete;
    while (this.typing || list.renderRoot.querySelector('.busy')) {
      await new Promise((done) => {
        list.addEventListener('news-load', done, { once: true });
        list.addEventListener('news-error', done, { once: true });
      });
      await list.updateComplete;
    }
  }

  private emit(detail: ReaderFilter & { search?: string; active: boolean }): boolean {
    return this.list.dispatchEvent(new CustomEvent('news-filter', { detail, bubbles: true, composed: true, cancelable: true }));
  }

  /**
   * The reader's filter becomes `filter`, announced. Focus follows, once shown: onto the chip's ×
   * (the way back); or, removed, onto the category the reader had chosen, else into the list (focusIn).
   */
  private set(filter: ReaderFilter | undefined, name: string): void {
    this.reader = filter;
    this.region.textContent = filter ? this.words.filtered(name) : this.words.cleared;
    this.list.requestUpdate();
    void this.list.updateComplete.then(() => {
      const root = this.list.renderRoot;
      const buttons = [...root.querySelectorAll<HTMLElement>('button[data-category]')];
      const target = filter ? root.querySelector<HTMLElement>('.chip > button') : buttons.find((button) => button.dataset.category === name);
      if (target) target.focus();
      else if (!filter) focusIn(root);
    });
  }

  /**
   * A render with `search` changed: the polite region says how many articles it found (none: the empty
   * result's message says so, in the element's own live region; a search removed: nothing).
   */
  private heard(feed: unknown, found?: number): void {
    const search = textAttr(this.list.search).replace(/\s+/g, ' ');
    // A search that waits for the server: what is shown is the answer to the one before.
    if (search === this.searched || this.typing) return;
    this.searched = search;
    const shown = found ?? this.list.candidates(feed).length;
    // The server searched, and nothing of its page was left out here: the number it found in all (X-WP-Total, totalCount).
    const total = (feed as NewsFeed | undefined)?.paging?.total;
    const count = this.serverSearched && total && shown === (feed as NewsFeed).items.length ? Math.max(total, shown) : shown;
    this.region.textContent = search && count ? this.words.found(count, `“${search}”`) : '';
  }

  /** Above the list: the reader's filter as a chip with its × button. */
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
    return chip;
  }

  /**
   * The message of an empty result while something filters: what was searched, or filtered by, and a button:
   * for a reader's filter, one that clears it; else for a `search`, one that clears it (clearSearch); the
   * page's `category` and `tag` are its sections: no button. Undefined where nothing filters: the list's own
   * "no news" then.
   */
  empty(): TemplateResult | undefined {
    const query = this.query;
    if (!isFiltering(query)) return undefined;
    this.heard(undefined, 0);
    const terms = [textAttr(query.search), ...rawList(query.category), ...rawList(query.tag), query.reader?.category, query.reader?.tag]
      .filter((term): term is string => !!term?.trim())
      .map((term) => `“${term.trim().replace(/\s+/g, ' ')}”`)
      .join(', ');
    const words = this.words;
    const button = this.chosen
      ? html`<button part="button" class="button" type="button" @click=${() => this.clear()}><span>${words.clear}</span></button>`
      : textAttr(query.search)
        ? html`<button part="button" class="button" type="button" @click=${() => this.clearSearch()}><span>${words.clearSearch}</span></button>`
        : nothing;
    return renderMessage(words.noMatch(terms), button);
  }
}

/** The names of a comma-separated attribute as written (for the reader's eyes), blanks dropped. */
function rawList(value: unknown): string[] {
  return parseList(value).length ? String(value).split(',').map((name) => name.trim()).filter(Boolean) : [];
}

/**
 * Focus into the list once shown: its first article's link; else the list itself (focusable by script only,
 * as the pager's); else, still empty, the empty result's button. Never lost to the page's body.
 */
function focusIn(root: HTMLElement | DocumentFragment): void {
  // Never the skeleton's (hidden from assistive technology, and gone when the articles come).
  const list = root.querySelector<HTMLElement>('[part="list"]:not([aria-hidden])');
  if (list && !list.hasAttribute('tabindex')) list.tabIndex = -1;
  (root.querySelector<HTMLElement>('[part="link"]') ?? list ?? root.querySelector<HTMLElement>('[part="status"] button'))?.focus();
}
