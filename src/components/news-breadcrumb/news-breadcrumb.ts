import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { NewsFeed, NewsLink } from '../../data/model.js';
import { newTabHint } from '../../render/new-tab.js';
import { isJsonLd, writeJsonLd } from '../../render/json-ld.js';
import { relFor, safeUrl } from '../../render/safe.js';
import { NewsElement, textAttr } from '../news-element.js';
import { OpenArticleController, openArticleId } from '../open-article.js';
import { styles } from './news-breadcrumb.styles.js';

/**
 * @tagname news-breadcrumb
 * @summary The breadcrumb header of a page: the trail from a feed, from the open article, or from the page's own links.
 *
 * **Progressive enhancement.** The `<a>` elements inside the element are what
 * readers and search engines get before the script runs, while a feed loads,
 * and when it fails: they are shown as the trail until the feed's trail
 * replaces them, on the same one-line height. Without a feed (no `src`,
 * `articles` or inline JSON) they stay the trail, followed as they change.
 * Without links, a one-line skeleton the size of the trail holds the place
 * while the feed loads: for assistive technology, one busy region and one
 * status that says "Loading news…". The links shown while a feed loads are
 * not marked busy: they are a trail a reader can use.
 * A failed load never shows a message in the breadcrumb: the failure goes to
 * the `news-error` event and the console, and the page's links (or nothing)
 * stay.
 *
 * **The trail from a feed.** The feed's `_news.breadcrumb`, else the page's
 * links, else the feed's title linked to its home page (else the word "News"
 * in the element's language): never nothing. With several URLs in `src`, the feed's
 * trail, title and home page are the first source's (the first that loaded,
 * when it failed); an article's own trail is found in any of them.
 *
 * **An article's trail.** With `article-param` (the article the page URL's
 * query names, e.g. `?tin=ID`, followed as it changes by the back and forward
 * buttons or as a `<news-article>` opens another one in place) or with
 * `article-id`, the trail is that article's own `_news.breadcrumb`, else the
 * feed's trail (or its fallback) ending with the article's category as a link;
 * its last crumb is the article's title (the words for an untitled article
 * when it has none), as on the article's page. `article-param` wins over
 * `article-id`; with neither, or when the URL names no article of the feed,
 * the trail is the feed's.
 *
 * `current`, when set, is the last crumb's text (in place of an article's
 * title). The last crumb is the current page (`aria-current="page"`), text,
 * never a link; a crumb equal to it just before it is not repeated.
 *
 * The trail is one line: a crumb too long for it ends with "…" (the current
 * page's first, the links keep their words while it has room). When the
 * element is narrower than 30rem, a trail of more than three crumbs shows the
 * first one, a "…" button and the last two; the button shows them all, whole.
 * The element is a CSS size container in the inline axis: it takes its width
 * from where it is placed (in a flex row, give it `flex: 1` or a width).
 *
 * With `structured-data`, the trail shown is written as schema.org
 * BreadcrumbList JSON-LD into the light DOM (while the skeleton shows, the
 * former one stays).
 *
 * @event news-load - The feed loaded, or a refresh brought a changed feed (shown in place). `detail`: the feed (`NewsFeed`).
 * @event news-error - The feed failed to load (nothing shows it in the breadcrumb). `detail`: `{ error }`, a `NewsError` with a `code`. With several URLs in `src`: also once for each source that failed, `{ error, src }` (the URL as written), while the others show; when every one failed, the first one's error follows as the element's.
 *
 * @csspart nav - The `<nav>` landmark; while the skeleton shows, its box in the same place.
 * @csspart list - The `<ol>` of crumbs.
 * @csspart crumb - Each crumb's `<li>`.
 * @csspart link - A crumb's link.
 * @csspart separator - The glyph between crumbs (its `::before`), hidden from assistive technology.
 * @csspart button - The "…" button of a collapsed trail.
 *
 * @cssprop [--news-breadcrumb-separator="›"] - The glyph between crumbs, a CSS string (e.g. `"/"`). The default chevron is mirrored in right-to-left text; a glyph of your own is shown as given, never mirrored (a right-to-left page that wants an arrow sets the one pointing its way, e.g. `"‹"`).
 * @cssprop [--news-font-family=inherit] - Font of the whole widget.
 * @cssprop [--news-font-size=1em] - Base text size of the widget: every size in it follows. Default: the text size where the element stands.
 * @cssprop [--news-color-text=inherit] - Text colour.
 * @cssprop [--news-color-muted=color-mix(in srgb, currentColor 85%, transparent)] - The current crumb and the separators.
 * @cssprop [--news-color-accent=oklch(from currentColor clamp(0.42, l, 0.92) 0.16 262)] - Links on hover, the focus ring. The default, a blue as light as the text (#0b57d0 in browsers without relative colours), reads wherever the text does.
 * @cssprop [--news-focus-ring=2px solid var(--news-color-accent)] - Outline of focused links and buttons.
 */
export class NewsBreadcrumb extends NewsElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    articleId: { attribute: 'article-id' },
    articleParam: { attribute: 'article-param' },
    current: {},
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /**
   * The id of the article whose trail to show: its own, else the feed's ending with its category, then its title.
   * Default: none, the feed's trail.
   */
  articleId = '';

  /**
   * A query parameter of the page's URL that names the open article (e.g. `tin` for `?tin=ID`), as on
   * `<news-article>`: the trail is that article's, and follows it. It wins over `article-id`. Default: none.
   */
  articleParam = '';

  /** The last crumb's text, the current page's title (with an article shown, in place of its title). Default: none. */
  current = '';

  /** Writes the trail shown as schema.org BreadcrumbList JSON-LD into the element's light DOM, for search engines. */
  structuredData = false;

  /** The reader asked for every crumb of a collapsed trail. */
  private expanded = false;

  /** The trail is the page's own links: there is nothing to load. */
  private fromLinks = false;

  /** The crumbs the last render showed; undefined while the skeleton shows. */
  private onScreen?: NewsLink[];

  // Links and their text are the data when there is no feed; a feed's inline JSON too. (None on a server, the
  // prerender's: no light DOM, and no MutationObserver in Node.)
  private readonly observer = isServer
    ? undefined
    : new MutationObserver((records) => {
        // Our own JSON-LD writes are not a change of trail.
        const changed = records.some((r) => !isJsonLd(r.target) && !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isJsonLd)));
        if (changed) this.requestUpdate();
      });

  constructor() {
    super();
    // Renders again when the open article changes (back, forward, or a <news-article> opening another in place).
    new OpenArticleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer?.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['href'] });
    // The light DOM may have changed while away, and the JSON-LD was removed.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    writeJsonLd(this, undefined);
  }

  /**
   * Without src, articles or inline JSON, the base class's load would fail with
   * a 'config' error (and report it). When the page gave links (or `current`)
   * instead, that is not an error: the load controller is detached, so it
   * neither loads nor reports, and `render()` draws the links. It is attached
   * again (Lit's addController) as soon as a feed is given.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const fromLinks =
      !textAttr(this.src) &&
      !this.articles &&
      this.inlineData() === undefined &&
      !!(this.querySelector('a') || textAttr(this.current));
    if (fromLinks === this.fromLinks) return;
    this.fromLinks = fromLinks;
    if (!fromLinks) return this.addController(this.feed);
    this.removeController(this.feed);
    // As if it left the page: a load in flight for a former src is aborted.
    this.feed.hostDisconnected();
  }

  /**
   * The trail, never the base class's error message: the page's links stand
   * in for it, and for the skeleton while they are there (see shown()). Only
   * the skeleton is the base class's loading state: one busy region, and the
   * live region that says "Loading news…" once.
   */
  protected override render(): TemplateResult {
    try {
      this.onScreen = this.shown();
    } catch (failure) {
      // What no one foresaw: the page's own trail, the detail in the console. Never a throw into the host page.
      console.warn(this, failure);
      this.onScreen = this.pageTrail();
    }
    // An article page whose article is not known yet (loading, or the feed failed): the page's
    // links stand for the trail above the article, every one a link, none of them the current page.
    const abovePage = !this.fromLinks && this.feed.status !== 'complete' && !!this.wantedId() && !textAttr(this.current);
    return this.onScreen ? this.renderTrail(this.onScreen, abovePage) : super.render();
  }

  /**
   * One line, the trail's height, hidden from assistive technology (the live
   * region speaks for it); no landmark yet, as there is nothing to navigate.
   */
  protected override renderLoading(): TemplateResult {
    return html`<div part="nav" class="nav" aria-hidden="true"><span class="bone"></span></div>`;
  }

  protected override renderFeed(feed: NewsFeed): TemplateResult {
    return this.renderTrail(this.feedTrail(feed));
  }

  /** The crumbs, in a nav landmark; none, nothing at all. The last is the current page, unless the trail leads `abovePage`. */
  private renderTrail(crumbs: NewsLink[], abovePage = false): TemplateResult {
    const count = crumbs.length;
    if (!count) return html``;
    const target = this.linkTarget;
    const rel = relFor(target);
    const separator = html`<span part="separator" class="separator" aria-hidden="true"></span>`;
    const items = crumbs.map(({ title, url }, i) => {
      const last = i === count - 1 && !abovePage;
      const href = last ? undefined : safeUrl(url);
      // All but the first and the last two collapse on narrow widths (the styles).
      return html`<li part="crumb" class="crumb ${i && i < count - 2 ? 'middle' : ''}">
        ${i ? separator : nothing}${href
          ? html`<a part="link" class="text" href=${href} target=${target ?? nothing} rel=${rel ?? nothing}>${title}${newTabHint(target, this.strings)}</a>`
          : html`<span class="text" aria-current=${last ? 'page' : nothing}>${title}</span>`}
      </li>`;
    });
    // Collapsible: the "…" button, after the first crumb. Only shown by the styles on narrow widths.
    if (count > 3)
      items.splice(
        1,
        0,
        html`<li class="crumb more">
          ${separator}<button part="button" type="button" aria-expanded=${String(this.expanded)} aria-label=${this.strings.showPath} @click=${this.expand}>…</button>
        </li>`,
      );
    return html`<nav part="nav" class="nav" aria-label=${this.strings.breadcrumb}>
      <ol part="list" class="list ${this.expanded ? 'expanded' : ''}" tabindex=${count > 3 ? '-1' : nothing}>${items}</ol>
    </nav>`;
  }

  /** Shows every crumb, and takes focus to the first one revealed (else the list), since the button goes. */
  private async expand(): Promise<void> {
    this.expanded = true;
    this.requestUpdate();
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('.middle a') ?? this.renderRoot.querySelector<HTMLElement>('.list'))?.focus();
  }

  /** The article whose trail to show: the one the page URL names (`article-param`), else `article-id`'s; none without either. */
  private wantedId(): string {
    const param = textAttr(this.articleParam);
    return param ? openArticleId(param) : textAttr(this.articleId);
  }

  /** The page's own links, in order; links without text are left out. */
  private links(): NewsLink[] {
    const links: NewsLink[] = [];
    // A server (the prerender) has no light DOM.
    if (isServer) return links;
    for (const link of this.querySelectorAll('a')) {
      const title = link.textContent!.replace(/\s+/g, ' ').trim();
      if (title) links.push({ title, url: link.getAttribute('href') ?? undefined });
    }
    return links;
  }

  /** The trail without a feed: the page's links, then `current`. */
  private pageTrail(): NewsLink[] {
    return ending(this.links(), textAttr(this.current));
  }

  /**
   * The trail from a feed: an article's own, else the feed's (else the page's
   * links, else the feed's title and home page) ending with the article's
   * category; then the last crumb, `current` or the article's title.
   */
  private feedTrail(feed: NewsFeed): NewsLink[] {
    const id = this.wantedId();
    const item = id ? feed.items.find((entry) => entry.id === id) : undefined;
    let trail = item?.breadcrumb?.length ? item.breadcrumb : feed.breadcrumb?.length ? feed.breadcrumb : this.links();
    if (!trail.length) trail = [{ title: feed.title || this.strings.news, url: feed.homePageUrl }];
    const category = item?.category;
    if (category && !item.breadcrumb?.length && trail.at(-1)?.title !== category.title) trail = [...trail, category];
    return ending(trail, textAttr(this.current) || (item ? item.title || this.strings.untitled : ''));
  }

  /**
   * The crumbs on screen. From a feed once it has loaded; before that, the
   * page's links (with `current`), else the skeleton (undefined); after a
   * failure, the page's links (with `current`), else nothing.
   */
  private shown(): NewsLink[] | undefined {
    if (this.fromLinks) return this.pageTrail();
    const { status, value } = this.feed;
    if (status === 'complete') return this.feedTrail(value!);
    const links = this.links();
    return status === 'error' || links.length ? ending(links, textAttr(this.current)) : undefined;
  }

  protected override updated(): void {
    // Structured data says what is shown; while the skeleton shows, the former one stays.
    const crumbs = this.structuredData ? this.onScreen : [];
    if (!crumbs) return;
    writeJsonLd(
      this,
      crumbs.length
        ? {
            '@context': 'https://schema.org',
            '@type': 'BreadcrumbList',
            // The same URLs as the links: absolute, safe ones only (a crumb without one has no `item`).
            itemListElement: crumbs.map(({ title, url }, i) => ({ '@type': 'ListItem', position: i + 1, name: title, item: safeUrl(url) })),
          }
        : undefined,
    );
  }
}

/** A trail ending with `last` (when given) as its own crumb: a crumb of the same title just before it is not repeated. */
function ending(trail: NewsLink[], last: string): NewsLink[] {
  if (!last) return trail;
  return [...(trail.at(-1)?.title === last ? trail.slice(0, -1) : trail), { title: last }];
}
