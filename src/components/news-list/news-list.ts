import { html, isServer, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { NewsArticle, NewsFeed } from '../../data/model.js';
import { loadPart, PARTS } from '../../data/parts.js';
import { renderCard, renderCardSkeleton, type CardVariant } from '../../render/card.js';
import { renderMessage } from '../../render/states.js';
import { CardsElement } from '../cards-element.js';
import { intIn, oneOf } from '../news-element.js';
import type { Source } from '../source.js';
import { asksServer } from '../../data/server-api.js';
import type { Layout, LayoutModule } from './layouts/layout.js';
import { styles } from './news-list.styles.js';

export type ListLayout = 'list' | 'grid' | 'compact' | 'featured' | 'ticker' | 'carousel';
const LAYOUTS: readonly ListLayout[] = ['list', 'grid', 'compact', 'featured', 'ticker', 'carousel'];
/** Each layout's cards: an image beside the text (list), titles and dates (compact, ticker), or cards. */
const variantOf = (layout: ListLayout): CardVariant => (layout == 'list' ? 'horizontal' : /compact|ticker/.test(layout) ? 'compact' : 'vertical');
/** The layouts that are parts of their own (layouts/), loaded on first use: a plain list never downloads them. */
const LAYOUT_PARTS: Partial<Record<ListLayout, () => Promise<LayoutModule>>> = {
  featured: () => import('./layouts/featured.js'),
  ticker: () => import('./layouts/ticker.js'),
  carousel: () => import('./layouts/carousel.js'),
};
export type Pagination = 'none' | 'pages' | 'more' | 'infinite';
/** Skeleton cards beyond this many would only be below the fold. */
const MAX_SKELETONS = 12;

/**
 * @tagname news-list
 * @summary A listing of news articles from a feed: a list, a grid of cards or a compact list of titles.
 *
 * @event news-load - The feed loaded, or a refresh brought a changed feed (with `refresh`, when the reader shows its new articles). `detail`: the feed (`NewsFeed`). A paged list (`pagination`) fires it again for each
 * further page it shows (a page chosen, a page more, the page a URL opened): `detail` is then `{ ...feed, page }`, the feed
 * of that page (the whole feed, where the list pages in the browser) and its number, from 1.
 * @event news-error - The feed, or a further page of it, or a refresh, failed to load. `detail`: `{ error }`, a `NewsError` with a `code`. With several URLs in `src`: also once for each source that failed, `{ error, src }` (the URL as written; with a server's query written in, where `search`, `tag` or `sort` asked a WordPress or Liferay source), while the others show; when every one failed, the first one's error follows as the element's.
 * @event news-select - A reader clicked an article. `detail`: `{ article, href, target }` (the link's `target`, '' for this window). Cancelable: `preventDefault()` stops the link so the page can route by itself.
 * @event news-filter - A reader chose a category to filter by, or removed their filter (`filterable`): `detail` `{ category, active }` (`active`: false when removed); or pressed "Clear search" on an empty result of `search`: `{ search, active: false }` (the list then removes its `search`: a page with a search box empties it on this event). Cancelable: `preventDefault()` leaves the list as it is, so that the page can route by itself (e.g. set `category`).
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
 * @csspart category - The category label; a button that filters the list by it, with `filterable`.
 * @csspart chip - Above the list, the reader's filter (`filterable`), with its × button that removes it.
 * @csspart summary - The summary.
 * @csspart status - The empty and error messages.
 * @csspart button - The retry button; the "load more" button (`pagination="more"` or `infinite`); the "N new articles" button a refresh brings (`refresh`); the retry of a source that failed.
 * @csspart notice - Above the list, the sources of a `src` of several URLs that could not be loaded, each with a retry button.
 * @csspart pagination - The `<nav>` of page links (`pagination="pages"`).
 *
 * @cssprop [--news-font-family=inherit] - Font of the whole widget.
 * @cssprop [--news-font-size=1em] - Base text size of the widget: every size in it follows. Default: the text size where the element stands.
 * @cssprop [--news-color-text=inherit] - Text colour.
 * @cssprop [--news-color-muted=color-mix(in srgb, currentColor 85%, transparent)] - Dates, authors, secondary text.
 * @cssprop [--news-color-accent=oklch(from currentColor clamp(0.42, l, 0.92) 0.16 262)] - Links on hover, categories, the focus ring, the retry button. The default, a blue as light as the text (#0b57d0 in browsers without relative colours), reads wherever the text does.
 * @cssprop [--news-color-on-accent=white or black, whichever reads on the accent (white without relative colours)] - Text on the accent colour (the retry button).
 * @cssprop [--news-color-surface=transparent] - Card background.
 * @cssprop [--news-color-border=color-mix(in srgb, currentColor 15%, transparent)] - Card borders and separators.
 * @cssprop [--news-radius=8px] - Corner radius of cards and images.
 * @cssprop [--news-gap=1.25em] - Space between articles.
 * @cssprop [--news-title-font-size=1.125em] - Size of article titles.
 * @cssprop [--news-title-font-weight=650] - Weight of article titles.
 * @cssprop [--news-image-aspect-ratio=16 / 9] - Shape of article images.
 * @cssprop [--news-image-position=50% 30%] - Where images are cropped (`object-position`): the default keeps the upper part, where faces are.
 * @cssprop [--news-focus-ring=2px solid var(--news-color-accent)] - Outline of focused links and buttons.
 */
export class NewsList extends CardsElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    offset: { type: Number },
    skipOpen: { attribute: 'skip-open', type: Boolean },
    layout: {},
    pagination: {},
    pageSize: { attribute: 'page-size', type: Number },
    pageParam: { attribute: 'page-param' },
    category: {},
    tag: {},
    search: {},
    sort: {},
    filterable: { type: Boolean },
  };

  /** How many articles to show (a positive integer). Not with `pagination`, whose pages go on past it. */
  limit = 10;

  /**
   * How many of the feed's first articles to leave out (e.g. the lead story shown above the list). Counted
   * in the feed as loaded: where the source's server searches or orders (`search`, `sort` of a WordPress or
   * Liferay source), in its answer; to leave out an article shown elsewhere on the page, use `skip-open`.
   */
  offset = 0;

  /** Leaves out the article the page has open (by `article-param`), shown elsewhere on the page. */
  skipOpen = false;

  /**
   * `list` (image beside text), `grid` (cards) or `compact` (titles and dates); `featured` (the first article
   * large, the next ones beside it, or below it on a narrow screen), `ticker` (one moving line of headlines,
   * with a pause button; a still list of them where the reader asks for reduced motion; `pagination` does not
   * apply), `carousel` (a row of cards that scrolls sideways, with previous and next buttons).
   */
  layout: ListLayout = 'list';

  /**
   * `none`: the first `limit` articles. `pages`: a page of `page-size` articles at a time, with previous, next
   * and numbered pages in a `<nav>`. `more`: a "load more" button after the list adds the next page.
   * `infinite`: the next page is added as the end of the list comes near the screen (3 pages, then the button,
   * so the page's footer stays reachable; once the reader has pressed it, each page comes by the button only).
   * Over a whole feed the list pages in the browser (the articles after
   * `offset` and `skip-open`; `limit` does not apply); a source that pages on the server (WordPress
   * `X-WP-TotalPages`, Liferay `lastPage`, JSON Feed `next_url`, RSS/Atom `rel="next"`) is asked for each
   * page, with the page size of its first answer (set it in `src`, e.g. `per_page=20`; at most 100).
   */
  pagination: Pagination = 'none';

  /** Articles per page, when the list pages in the browser (a positive integer). */
  pageSize = 10;

  /**
   * With `pagination="pages"`: a query parameter of the page's URL that keeps the page shown (e.g. `trang` for
   * `?trang=3`), so that a link or a reload opens that page and the back button returns to the one before. The
   * page controls are then links. One list per parameter on a page: a later list with a parameter another list
   * already keeps leaves the URL alone (and says so in the console). Default: none; the URL is left alone.
   */
  pageParam?: string;

  /**
   * Only articles of these categories: names separated by commas, an article in any of them. Names compare
   * without regard to case and accents (`Dao tao` is `Đào tạo`). Filtered in the browser, over what is
   * loaded (WordPress and Liferay take categories by id only: put `categories=12` or a `filter` in `src`).
   * Default: every category.
   */
  category?: string;

  /**
   * Only articles with these tags: names separated by commas, an article with any of them; compared as
   * `category`. A Liferay source is asked for them (`filter=keywords/any(…)`; Liferay compares tags as
   * written, in lower case: write the accents); elsewhere filtered in the browser. Default: any.
   */
  tag?: string;

  /**
   * Only articles whose title, summary or text holds every word of this, without regard to case and accents
   * (`tin tuc` finds "Tin tức", `d` finds "đ"). A WordPress or Liferay source (by its URL, `/wp-json/wp/v2/`,
   * `rest_route=/wp/v2/`, `/o/headless-delivery/`, or `format`) is asked for it (`search=`), so the search
   * covers all of it and its pages are the result's; the server's matching applies then. Any other source
   * is filtered in the browser, over what is loaded (a source that pages on the server: each page as it
   * comes). Default: none.
   */
  search?: string;

  /**
   * The order: `feed` (the feed's own, default), `newest`, `oldest` (by date published, else updated; undated
   * articles last), `title` (alphabetical in the list's language: Vietnamese A Ă Â B C D Đ E Ê …). A
   * WordPress or Liferay source is asked for that order too (`orderby`/`order`, `sort`), so that its pages
   * follow it; each page is then ordered in the browser as well.
   */
  sort?: string;

  /**
   * A reader may filter the list: the category of each card becomes a button that shows only that category's
   * articles, the filter shown above the list as a chip with a button that removes it (`news-filter` fires
   * first; cancel it to route by yourself). The reader's filter applies on top of `category`, `tag`, `search`.
   */
  filterable?: boolean;

  /**
   * The filter part (filtering.ts), loaded once a filter attribute is set; null on its way; where it could not
   * come, why. @internal (paging.ts)
   */
  filter?: Partial<import('./filtering.js').Filter & Error> | null;

  /** The pager (paging.ts, loaded with the feed on first use), or what stands for it until it is there. */
  private pager?: { render(feed: NewsFeed): TemplateResult } & Partial<import('./paging.js').Pager>;

  /**
   * Loads the feed again from the server (the error state's retry button): from the error state, showing
   * the loading state meanwhile; where a feed is shown, the same as `refresh()`. A paged list whose page shown
   * failed asks for that page again instead. The promise settles when the load is done (it never rejects: a
   * failure fires `news-error`, and shows the error in place).
   */
  override retry(): Promise<void> {
    return this.pager?.retryPage?.() ?? super.retry();
  }

  /**
   * Shows page 1, where the new articles of a refresh are: for the "N new articles" button (refresher.ts calls
   * it, when there is one). Set by the pager when it comes (paging.ts), so that a plain list carries none of it.
   * @internal
   */
  declare showFirstPage?: () => void;

  /**
   * The source, with what its server answers of the query written into its URL (WordPress, Liferay: the
   * filter part's). While that part is on its way, a list that will ask (`search`, `tag`, `sort` of such a
   * source) waits with its load: one request, to the URL of the answer. @internal
   */
  override source(): Source | undefined {
    const source = super.source()!;
    const filter = this.filter;
    // Articles given directly are shown, whatever `src` says: nothing to ask.
    if (this.articles) return source;
    if (filter?.source) return filter.source(source);
    return filter === null && (this.search || this.tag || this.sort) && asksServer(source.src, source.format) ? undefined : source;
  }

  protected override articleById(id: string): NewsArticle | undefined {
    return this.pager?.articleById?.(id) ?? super.articleById(id);
  }

  /** The layout parts asked for, by layout: the part, or why it could not come; absent until it is asked for. */
  private layouts: Partial<Record<ListLayout, Layout | Error | 0>> = {};

  /** The layout's part; undefined for the list's own layouts, and while it is on its way. @internal (paging.ts) */
  layoutPart(): Layout | undefined {
    const part = this.layouts[this.layoutName];
    if (part instanceof Error) throw part;
    return part || undefined;
  }

  /** For the custom state `pending` (willUpdate); none on a server. */
  private readonly internals = isServer ? undefined : this.attachInternals();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // As the pager, below: asked for with the feed; a part that cannot be fetched shows as the error state.
    if (this.filter === undefined && (this.category || this.tag || this.search || this.sort || this.filterable)) {
      this.filter = null;
      // A part that cannot be fetched, or cannot start: the error state, never a skeleton for good.
      loadPart(PARTS.filter, () => import('./filtering.js'))
        .then((part) => new part.Filter(this))
        .catch((error: Error) => error)
        .then((filter) => ((this.filter = filter), this.requestUpdate()));
    }
    const name = this.layoutName;
    const load = LAYOUT_PARTS[name];
    // Asked for with the feed, in the same update: the part's own render shows its skeleton.
    if (load && this.layouts[name] === undefined) {
      this.layouts[name] = 0;
      loadPart(PARTS.layout, load)
        .then((part) => part.createLayout(this))
        .catch((error: Error) => error)
        .then((layout) => ((this.layouts[name] = layout), this.requestUpdate()));
    }
    // Until it comes the list renders nothing of its own: the head stylesheet (news-widgets.css) holds its room
    // by the custom state `pending`, as it does before the element is defined. (A browser that names states
    // otherwise, `--pending`, throws: the room is then not held.)
    try {
      this.internals?.states[this.layouts[name] === 0 ? 'add' : 'delete']('pending');
    } catch {}
    if (!this.pager && this.paged) {
      // Asked for now, in the same update that starts the feed's load, so that it arrives with it; meanwhile
      // the skeleton. A part that cannot be fetched: the element's error state (render() catches what
      // render throws), its detail in the console.
      let failure: unknown;
      this.pager = {
        render: () => {
          if (failure) throw failure;
          return html`<div aria-busy="true">${this.renderLoading()}</div>`;
        },
      };
      loadPart(PARTS.paging, () => import('./paging.js')).then(
        (part) => ((this.pager = new part.Pager(this)), this.requestUpdate()),
        (error: unknown) => ((failure = error), this.requestUpdate()),
      );
    }
  }

  /** With `pagination`; never a ticker. */
  private get paged(): boolean {
    return this.layoutName !== 'ticker' && /^(pages|more|infinite)$/.test(this.pagination);
  }

  private get layoutName(): ListLayout {
    return oneOf(this.layout, LAYOUTS, 'list');
  }

  private get variant(): CardVariant {
    return variantOf(this.layoutName);
  }

  /** Articles shown at once: `limit`, or a paged list's `page-size`. */
  private get count(): number {
    return intIn(this.paged ? this.pageSize : this.limit, 1, Number.MAX_SAFE_INTEGER, 10);
  }

  /** The skeleton, hidden from assistive technology: the live region says "Loading news…" once. */
  protected override renderLoading(): TemplateResult {
    const ctx = this.cardContext(this.variant);
    const count = Math.min(this.count, MAX_SKELETONS);
    const part = this.layoutPart();
    // A layout whose part is on its way: its skeleton comes with it.
    if (!part && LAYOUT_PARTS[this.layoutName]) return html``;
    const skeleton = renderCardSkeleton(ctx);
    const items = Array.from({ length: count }, () => html`<li part="item" class="item">${skeleton}</li>`);
    // A paged list keeps the room of its pager (or its button), which comes with the articles.
    return html`${part ? part.skeleton(ctx, count) : html`<ul part="list" class="list ${this.variant}" role="list" aria-hidden="true">${items}</ul>`}${
      this.paged ? html`<div class="pager-room"></div>` : ''
    }`;
  }

  /**
   * The articles that may be shown: after the feed's first `offset` (the lead story shown
   * above the list), without the open one (`skip-open`). A list shows the first `limit`; a paged list, pages of them.
   */
  private candidates(feed: NewsFeed): NewsArticle[] {
    const open = this.skipOpen ? this.openId : '';
    let items = feed.items.slice(intIn(this.offset, 0, Number.MAX_SAFE_INTEGER, 0));
    // Then the filters and the order (filtering.ts), before `limit` and pages.
    items = open ? items.filter((item) => item.id !== open) : items;
    return this.filter?.apply?.(items) ?? items;
  }

  protected override renderFeed(feed: NewsFeed): TemplateResult {
    const filter = this.filter;
    if (filter instanceof Error) throw filter;
    if (filter === null) return html`<div aria-busy="true">${this.renderLoading()}</div>`;
    if (this.pager && this.paged) return this.pager.render(feed);
    const articles = this.candidates(feed).slice(0, this.count);
    const ctx = this.cardContext(this.variant);
    if (!articles.length) return this.filter?.empty?.() ?? renderMessage(ctx.strings.empty);
    const part = this.layoutPart();
    if (!part && LAYOUT_PARTS[this.layoutName]) return html``;
    return html`${this.renderAbove(feed)}${part
      ? part.render(articles, ctx)
      : html`<ul part="list" class="list ${this.variant}" role="list">
          ${articles.map((article) => html`<li part="item" class="item">${renderCard(article, ctx)}</li>`)}
        </ul>`}`;
  }
}
