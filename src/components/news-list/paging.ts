/**
 * The pagination of `<news-list>` (`pagination="pages" | "more" | "infinite"`), a part loaded on first use:
 * a plain list never downloads it. The list hands itself over (its glue: news-list.ts) and renders with it.
 *
 * - Over a whole feed the list pages in the browser: the pages are slices of the articles the list may show.
 * - A source that pages on the server (its first answer says there are more pages: WordPress
 *   `X-WP-TotalPages`, Liferay `lastPage`, a `total` beyond its items, a `next_url` or `rel="next"`) is asked
 *   for each page (loadPage), with the page size of its first answer, so that its page count holds.
 *   Several URLs in `src` (a merged feed) page in the browser.
 * - A page on its way shows as that page's skeleton in place; a page that fails, as its own error and
 *   retry in place (the pages already shown stay); each page shown fires `news-load`, and is announced.
 *   A page that comes (or fails) after the reader has left it is kept for their return, without a word.
 * - A refresh that changes the first page keeps the further pages shown, and asks for each again quietly.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { NewsArticle, NewsFeed } from '../../data/model.js';
import { loadPage } from '../../data/load-page.js';
import { pageCount, pageRange, pageSlice } from '../../data/query.js';
import type { NewsStrings } from '../../i18n/strings.js';
import { renderCard, renderCardSkeleton, type CardContext, type CardVariant } from '../../render/card.js';
import { renderError, renderMessage } from '../../render/states.js';
import { intIn, oneOf, textAttr } from '../attributes.js';
import type { LoadStatus } from '../load-controller.js';
import type { Source } from '../source.js';
import type { Layout } from './layouts/layout.js';
import type { Pagination } from './news-list.js';
import { pagingStrings, type PagingStrings } from './paging-strings.js';
import { PageWatcher } from './page-watcher.js';
import { hereHref, pageFromUrl, pageHref } from './page-url.js';
import { adoptStyles } from '../../styles/adopt.js';
import { pagerStyles } from './paging.styles.js';

type Mode = Exclude<Pagination, 'none'>;
const MODES: readonly Mode[] = ['pages', 'more', 'infinite'];

/** Pages an infinite list adds by itself before it waits for the button (the footer must stay reachable). */
export const AUTO_PAGES = 3;
/** A server's page size is at most this (WordPress refuses more). */
const MAX_SERVER_PAGE = 100;

/** What the pager reads of its list: protected members there, which the list hands over with itself. */
interface PagedList extends ReactiveControllerHost, HTMLElement {
  /** Where the feed comes from, with what its server answers of the filters written in (news-list.ts). */
  source(): Source | undefined;
  pagination: unknown;
  pageSize: unknown;
  pageParam: unknown;
  articles?: unknown;
  readonly locale: string;
  readonly strings: NewsStrings;
  readonly variant: CardVariant;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly feed: { status: LoadStatus; value?: NewsFeed };
  cardContext(variant: CardVariant): CardContext;
  skipOpen: boolean;
  readonly openId: string;
  candidates(feed: NewsFeed): NewsArticle[];
  renderAbove(feed: NewsFeed): unknown;
  showFirstPage?: () => void;
  /** A layout of its own (featured, carousel), which renders the pages' articles instead of the pager's `<ul>`. */
  layoutPart(): Layout | undefined;
  /**
   * The filters (category, tag, search, sort: filtering.ts): applied to each server page as it comes; their
   * change starts over; an empty result says what was searched.
   */
  readonly filter?: Partial<Pick<import('./filtering.js').Filter, 'apply' | 'key' | 'empty'>> | null;
}

/** One page of a source that pages on the server. */
interface ServerPage {
  feed?: NewsFeed;
  error?: unknown;
  /** Its `feed` is from before a refresh (or a load cut short): shown as it is, and asked for again when shown. */
  stale?: boolean;
  /** Its load is on its way. */
  loading?: boolean;
}

/**
 * Which list keeps each page parameter of the URL: the first to use it. Two lists on one parameter would
 * each push their page into it and both follow every back and forward.
 */
const owners = new Map<string, PagedList>();

export class Pager implements ReactiveController {
  private readonly list: PagedList;
  /** The first page's feed (the element's own load), and the settings it was paged with. */
  private base?: NewsFeed;
  private key = '';
  private mode: Mode = 'pages';
  /** Pages asked of the server, by number (page 1 is `base`): a page absent here is not asked for yet. */
  private pages = new Map<number, ServerPage>();
  private server = false;
  /** `pages`: the page shown; `more`, `infinite`: the last page shown (1 to it are). */
  private current = 1;
  /** Pages an infinite list has added by itself. */
  private auto = 0;
  /** What the polite region says, and the number of its last announcement. */
  private message = '';
  private said = 0;
  /** The console was told that this list's page parameter is another list's. */
  private warned = false;
  /** Where focus goes once this page is shown, after a reader's choice. */
  private focusPage = 0;
  private abort = new AbortController();
  private readonly watcher: PageWatcher;

  constructor(host: unknown) {
    this.list = host as PagedList;
    this.list.addController(this);
    adoptStyles(this.list.renderRoot, pagerStyles);
    this.watcher = new PageWatcher(() => this.more(true));
    // The list's own, from here: a list that never pages carries none of it.
    this.list.showFirstPage = () => this.showFirstPage();
  }

  private get words(): PagingStrings {
    return pagingStrings(this.list.locale);
  }

  /** The page parameter of the URL, with `pages` only ('' for none, or when another list on the page keeps it). */
  private get param(): string {
    const name = this.list.pagination === 'pages' ? textAttr(this.list.pageParam) : '';
    const owner = name && owners.get(name);
    if (owner && owner !== this.list && owner.isConnected && textAttr(owner.pageParam) === name && owner.pagination === 'pages') {
      if (!this.warned) console.warn(this.list, `news-widgets: page-param "${name}" is another list's on this page; this list leaves the URL alone`);
      this.warned = true;
      return '';
    }
    if (name) owners.set(name, this.list);
    return name;
  }

  /** Articles per page: the server's (its first answer's), else `page-size`. */
  private get size(): number {
    if (this.server && this.base) return Math.min(Math.max(1, this.base.items.length), MAX_SERVER_PAGE);
    return intIn(this.list.pageSize, 1, Number.MAX_SAFE_INTEGER, 10);
  }

  hostConnected(): void {
    addEventListener('popstate', this.onPopState);
    // The page parameter goes to the lists in the order they come.
    void this.param;
    // A page whose load a disconnect cut short is asked for again.
    this.list.requestUpdate();
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
    this.watcher.stop();
    this.abort.abort();
    this.abort = new AbortController();
    for (const [name, owner] of owners) if (owner === this.list) owners.delete(name);
    for (const [n, page] of this.pages) {
      if (!page.loading) continue;
      page.loading = false;
      if (page.feed) page.stale = true;
      else this.pages.delete(n);
    }
  }

  /** Before each render: a new feed or new settings start paging again; a server page needed is asked for. */
  hostUpdate(): void {
    const { feed, pagination, pageSize, pageParam } = this.list;
    const mode = oneOf(pagination, MODES, 'pages');
    // Another source starts over too.
    const key = JSON.stringify([mode, pageSize, pageParam, this.list.source(), this.list.filter?.key?.()]);
    // New settings (a new search) while their feed loads: the pages asked for under the old ones are dropped
    // now, so that a late one is neither shown nor announced.
    if (this.key && key !== this.key) this.abort.abort();
    // The filter part on its way (the list shows its loading state): its query would change the key, and the
    // first page, named by the URL, would be left for page 1.
    if (feed.status !== 'complete' || !feed.value || this.list.filter === null) return;
    if (feed.value !== this.base || key !== this.key) this.reset(feed.value, mode, key);
    if (this.server) for (const n of this.shownPages()) if (n > 1 && (!this.pages.has(n) || this.pages.get(n)!.stale)) void this.fetch(n);
  }

  /** After each render: focus where a reader's choice led, and the watch of an infinite list's end. */
  hostUpdated(): void {
    const root = this.list.renderRoot;
    if (this.focusPage && !this.pending(this.focusPage)) {
      const n = this.focusPage;
      this.focusPage = 0;
      focusOn(root, this.mode === 'pages' ? undefined : n);
    }
    const sentinel = root.querySelector<HTMLElement>('.sentinel');
    if (sentinel && this.auto < AUTO_PAGES && !this.pending(this.current)) this.watcher.watch(sentinel, this.current);
    else this.watcher.stop();
  }

  private reset(feed: NewsFeed, mode: Mode, key: string): void {
    const first = !this.base;
    const settings = key !== this.key;
    this.base = feed;
    this.key = key;
    this.mode = mode;
    this.abort.abort();
    this.abort = new AbortController();
    const before = this.pages;
    this.pages = new Map();
    const { paging } = feed;
    const src = this.list.source()?.src;
    // One URL: several are merged in the browser (sources.ts), and page there.
    this.server =
      !this.list.articles &&
      !!src &&
      !/\s/.test(src) &&
      ((paging?.pages ?? 0) > 1 || !!paging?.nextUrl || (paging?.total ?? 0) > feed.items.length);
    // A refresh of the first page: the further pages stay as they are shown (no skeletons), each asked for
    // again quietly when shown (hostUpdate); a page that failed stays so until its retry.
    if (!settings && this.server)
      for (const [n, page] of before) if (page.feed || page.error) this.pages.set(n, page.feed ? { feed: page.feed, stale: true } : page);
    // A new feed of the same list (a refresh) keeps the reader where they are; new settings start over.
    if (settings) {
      this.current = 1;
      this.auto = 0;
      this.message = '';
    }
    const total = this.total();
    // The URL names the page on the first load only: a new query (a search typed) starts at page 1, which the
    // URL then names, in place (no history entry for each keystroke).
    if (this.param && first) this.current = this.fromUrl();
    else if (total && !settings) this.current = Math.min(this.current, total);
    if (this.param && settings) this.syncUrl();
    // A page other than the first, opened from the URL: it is shown, as the first was.
    if (first && this.current > 1 && !this.server) this.shown(this.current);
  }

  /** The page the URL names; junk is page 1, beyond the last page (when the number of pages is known) the last. */
  private fromUrl(): number {
    return pageFromUrl(this.param, this.total());
  }

  /** The number of pages, where it is known. */
  private total(): number | undefined {
    const feed = this.base!;
    if (!this.server) return pageCount(this.list.candidates(feed).length, this.size);
    const { pages, total } = feed.paging ?? {};
    if (pages) return pages;
    return total ? pageCount(total, feed.items.length) : undefined;
  }

  /** The last page known to exist: the total, or (next links only) the furthest page seen, and the one after it. */
  private last(): number {
    const total = this.total();
    if (total) return total;
    let seen = 1;
    for (const [n, page] of this.pages) if (page.feed && n > seen) seen = n;
    return seen + (this.feedOf(seen)?.paging?.nextUrl ? 1 : 0);
  }

  private hasNext(n: number): boolean {
    const total = this.total();
    return total ? n < total : !!this.feedOf(n)?.paging?.nextUrl;
  }

  private feedOf(n: number): NewsFeed | undefined {
    return n === 1 ? this.base : this.pages.get(n)?.feed;
  }

  private shownPages(): number[] {
    if (this.mode === 'pages') return [this.current];
    return Array.from({ length: this.current }, (_, i) => i + 1);
  }

  /** Page `n` is shown now (a result for another one is kept without a word). */
  private isShown(n: number): boolean {
    return this.mode === 'pages' ? n === this.current : n <= this.current;
  }

  private pending(n: number): boolean {
    if (!this.server || n === 1) return false;
    const page = this.pages.get(n);
    return !page || (!page.feed && !page.error);
  }

  /** The articles of page `n`; undefined while it loads or when it failed. */
  private items(n: number): NewsArticle[] | undefined {
    const feed = this.base!;
    if (!this.server) return pageSlice(this.list.candidates(feed), n, this.size);
    if (n === 1) return this.list.candidates(feed);
    // A further page of the server's: without the open article (`skip-open`); `offset` was the first page's.
    const open = this.list.skipOpen && this.list.openId;
    const items = this.feedOf(n)?.items.filter((item) => !open || item.id !== open);
    return items && (this.list.filter?.apply?.(items) ?? items);
  }

  /**
   * Asks the server for page `n`. A page kept from before a refresh (`stale`) stays shown meanwhile, and its
   * new version is shown quietly: the reader asked for nothing. A page that comes (or fails) once the reader
   * has left it is kept (its failure forgotten: it is asked for again on their return), and not announced.
   */
  private async fetch(n: number): Promise<void> {
    const old = this.pages.get(n)?.feed;
    const page: ServerPage = { feed: old, loading: true };
    this.pages.set(n, page);
    const { signal } = this.abort;
    const { src, credentials, format, urlBase, proxy } = this.list.source()!;
    try {
      const feed = await loadPage(src, n, { signal, credentials, format, urlBase, proxy, pageSize: this.size, fresh: !!old });
      if (signal.aborted) return;
      page.feed = feed;
    } catch (error) {
      if (signal.aborted) return;
      console.warn(this.list, error);
      if (old || !this.isShown(n)) {
        if (!old && this.pages.get(n) === page) this.pages.delete(n);
        return;
      }
      // A page beyond the last of a source with next links only (a URL's page): its first page instead.
      if (this.mode === 'pages' && !this.total() && this.pages.size === 1 && this.param) {
        this.pages.delete(n);
        this.current = 1;
        this.syncUrl();
        this.list.requestUpdate();
        return;
      }
      page.error = error;
      this.announce(this.list.strings.error);
      this.emit('news-error', { error });
      this.list.requestUpdate();
      return;
    } finally {
      page.loading = false;
    }
    if (!old && this.isShown(n)) this.shown(n);
    this.list.requestUpdate();
  }

  /** Page `n` is shown: `news-load`, and the announcement. */
  private shown(n: number): void {
    const words = this.words;
    this.announce(this.mode === 'pages' ? words.pageOf(n, this.total()) : words.added(this.items(n)?.length ?? 0));
    this.emit('news-load', { ...(this.feedOf(n) ?? this.base!), page: n });
  }

  /**
   * Says `text` in the polite region. The same words again ("Đã tải thêm 2 tin", twice) would change nothing
   * there, and nothing would be said: the region is emptied first, and filled once a frame has shown it empty.
   */
  private announce(text: string): void {
    const turn = ++this.said;
    if (text !== this.message) {
      this.message = text;
      return;
    }
    this.message = '';
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (turn !== this.said) return;
        this.message = text;
        this.list.requestUpdate();
      }),
    );
  }

  private emit(name: string, detail: unknown): void {
    this.list.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** A reader's (or the URL's) choice of page `n`; `push`: a new history entry, and focus to the new page. */
  private go(n: number, push: boolean): void {
    const last = this.last();
    const page = Math.max(1, last ? Math.min(n, last) : n);
    if (page === this.current) return;
    this.current = page;
    if (push) {
      this.pushUrl();
      this.focusPage = page;
    }
    // A server page not asked for yet is shown when it arrives (fetch).
    if (!this.pending(page) && !this.pages.get(page)?.error) this.shown(page);
    this.list.requestUpdate();
  }

  /** The next page, added after the ones shown (`more`, `infinite`); `auto`: by the watch, not the reader. */
  private more(auto: boolean): void {
    if (this.pending(this.current) || !this.hasNext(this.current)) return;
    if (auto) {
      if (this.auto >= AUTO_PAGES) return;
      this.auto++;
    } else this.focusPage = this.current + 1;
    this.current++;
    if (!this.server) this.shown(this.current);
    this.list.requestUpdate();
  }

  /** A new history entry for the page shown, unless the URL names it already (a list that keeps no parameter: none). */
  private pushUrl(): void {
    const href = this.param && pageHref(this.param, this.current);
    if (href && href !== hereHref()) history.pushState(history.state, '', href);
  }

  /** The URL names the page shown: a value that is junk, or beyond the last page, is replaced, without a history entry. */
  private syncUrl(): void {
    const href = this.param && pageHref(this.param, this.current);
    if (href && href !== hereHref()) history.replaceState(history.state, '', href + location.hash);
  }

  /** The list's `retry()`: a page shown that failed is asked for again (the promise of its load); undefined when none did. */
  retryPage(): Promise<void> | undefined {
    const failed = this.list.feed.status === 'complete' ? this.shownPages().find((n) => this.pages.get(n)?.error) : undefined;
    if (!failed) return undefined;
    this.pages.delete(failed);
    const done = this.fetch(failed);
    this.list.requestUpdate();
    return done;
  }

  /** The list's `showFirstPage()`: page 1 (`pages`; the others show it already), where a refresh's new articles are; focus is the caller's. */
  showFirstPage(): void {
    if (this.mode !== 'pages' || this.current === 1) return;
    this.current = 1;
    this.pushUrl();
    this.list.requestUpdate();
  }

  /** The list's `articleById()`: an article of the first page or of any page loaded since. */
  articleById(id: string): NewsArticle | undefined {
    for (const feed of [this.base, ...[...this.pages.values()].map((page) => page.feed)]) {
      const found = feed?.items.find((item) => item.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** The retry of a page that failed, pressed: focus goes to that page once it is there. */
  private retry(n: number): void {
    this.focusPage = n;
    void this.retryPage();
  }

  private readonly onPopState = (): void => {
    if (!this.param || !this.base) return;
    this.go(this.fromUrl(), false);
    this.syncUrl();
  };

  private readonly onLink = (event: MouseEvent, n: number): void => {
    // A new tab or window opens the page's link as it is.
    if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.go(n, true);
  };

  render(feed: NewsFeed): TemplateResult {
    // The first render with this feed comes before hostUpdate has seen it only if the pager arrived after it.
    if (feed !== this.base) this.hostUpdate();
    const ctx = this.list.cardContext(this.list.variant);
    const first = this.items(1) ?? [];
    if (!first.length && this.current === 1) return this.list.filter?.empty?.() ?? renderMessage(ctx.strings.empty);
    const pages = this.shownPages();
    const failed = pages.find((n) => this.pages.get(n)?.error);
    const busy = pages.some((n) => this.pending(n));
    const skeleton = renderCardSkeleton(ctx);
    const rows = pages.map((n) => {
      if (this.pending(n))
        return Array.from({ length: this.size }, () => html`<li part="item" class="item" aria-hidden="true">${skeleton}</li>`);
      // A page's first article takes focus when a reader asked for that page (`more`).
      return (this.items(n) ?? []).map(
        (article, i) => html`<li part="item" class="item" data-page=${n} tabindex=${i || n === 1 ? nothing : '-1'}>${renderCard(article, ctx)}</li>`,
      );
    });
    const error = failed && renderError(this.pages.get(failed)!.error, this.list.strings, () => this.retry(failed));
    const layout = this.list.layoutPart();
    const list =
      this.mode === 'pages' && failed
        ? nothing
        : layout
          ? // The layout's own markup, over the articles of the pages shown (each page of `pages` a block of its own),
            // and a page on its way as its skeleton cards.
            html`<div aria-busy=${busy ? 'true' : nothing}>${layout.render(
              pages.flatMap((n) => (this.pending(n) ? [] : (this.items(n) ?? []))),
              ctx,
              pages.filter((n) => this.pending(n)).length * this.size,
            )}</div>`
          : html`<ul part="list" class="list ${ctx.variant}" role="list" tabindex="-1" aria-busy=${busy ? 'true' : nothing}>${rows}</ul>`;
    return html`${this.list.renderAbove(feed)}${list}${error}${this.mode === 'pages' ? this.renderNav() : this.renderMore(busy, !!failed)}
      <p class="sr-only" role="status">${this.message}</p>`;
  }

  /** Previous, the page numbers (long ranges elided), next; links with `page-param`, else buttons. */
  private renderNav(): TemplateResult | typeof nothing {
    const last = this.last() ?? this.current;
    const next = this.hasNext(this.current);
    if (last <= 1 && !next) return nothing;
    const words = this.words;
    const entries = pageRange(this.current, Math.max(last, this.current + (next ? 1 : 0)));
    return html`<nav part="pagination" class="pager" aria-label=${words.pages}>
      ${this.current > 1 ? this.control(this.current - 1, words.previous, words.previous, 'step') : nothing}
      ${entries.map((entry) =>
        entry === 'gap' ? html`<span class="gap" aria-hidden="true">…</span>` : this.control(entry, String(entry), words.page(entry), 'number'),
      )}
      ${next ? this.control(this.current + 1, words.next, words.next, 'step') : nothing}
    </nav>`;
  }

  private control(n: number, text: string, label: string, kind: string): TemplateResult {
    const current = kind === 'number' && n === this.current ? 'page' : nothing;
    return this.param
      ? html`<a class="page ${kind}" href=${pageHref(this.param, n)} aria-label=${label} aria-current=${current} @click=${(event: MouseEvent) =>
          this.onLink(event, n)}>${text}</a>`
      : html`<button class="page ${kind}" type="button" aria-label=${label} aria-current=${current} @click=${() => this.go(n, true)}>${text}</button>`;
  }

  /** The "load more" button while there is more (and, for `infinite`, the watched end of the list before it). */
  private renderMore(busy: boolean, failed: boolean): TemplateResult | typeof nothing {
    if (failed || !this.hasNext(this.current)) return nothing;
    const sentinel = this.mode === 'infinite' && !busy ? html`<div class="sentinel"></div>` : nothing;
    return html`${sentinel}<button part="button" class="button more" type="button" @click=${() => this.more(false)}><span>${this.words.more}</span></button>`;
  }
}

/** Focus on the list (`pages`), or on the first new article of page `n` (`more`: a screen reader reads it whole), and into view. */
function focusOn(root: HTMLElement | DocumentFragment, n?: number): void {
  const list = root.querySelector<HTMLElement>('[part="list"]');
  const item = n && root.querySelector<HTMLElement>(`[data-page="${n}"]`);
  const target = item || list || root.querySelector<HTMLElement>('[part="button"]');
  if (!target) return;
  target.focus({ preventScroll: true });
  const box = (list ?? target).getBoundingClientRect();
  if (n === undefined && box.top < 0) (list ?? target).scrollIntoView({ block: 'start' });
  else if (n !== undefined && target.getBoundingClientRect().bottom > innerHeight) target.scrollIntoView({ block: 'nearest' });
}

/** The public `loadPage` (data/load-page-api.ts) comes from here, with this part. */
export { loadPage };
