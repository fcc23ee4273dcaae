import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { NewsFeed, NewsLink } from '../../data/model.js';
import { isJsonLd, writeJsonLd } from '../../render/json-ld.js';
import { relFor, safeUrl } from '../../render/safe.js';
import { NewsElement, textAttr } from '../news-element.js';
import { styles } from './news-breadcrumb.styles.js';

/**
 * @tagname news-breadcrumb
 * @summary The breadcrumb header of an article page: the trail from a feed, or from the page's own links.
 *
 * The trail comes from the feed (`src`, `articles` or inline JSON): the feed's
 * `_news.breadcrumb`, or with `article-id` that item's `_news.breadcrumb`, else
 * the feed's trail ending with the item's category. Without a feed, it is read
 * from the `<a>` elements inside the element, which readers and search engines
 * get before the script runs (and which stay the trail, followed as they change).
 * `current` adds a last crumb as text. The last crumb is the current page
 * (`aria-current="page"`), never a link.
 *
 * When the element is narrower than 30rem, a trail of more than three crumbs
 * shows the first one, a "…" button and the last two; the button shows them all.
 * The element is a CSS size container in the inline axis: it takes its width
 * from where it is placed (in a flex row, give it `flex: 1` or a width).
 *
 * @event news-load - The feed loaded. `detail`: the feed (`NewsFeed`).
 * @event news-error - The feed failed to load. `detail`: `{ error }`, a `NewsError` with a `code`.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart list - The `<ol>` of crumbs.
 * @csspart crumb - Each crumb's `<li>`.
 * @csspart link - A crumb's link.
 * @csspart separator - The glyph between crumbs (its `::before`), hidden from assistive technology.
 * @csspart button - The "…" button of a collapsed trail, and the retry button.
 * @csspart status - The error message.
 *
 * @cssprop [--news-breadcrumb-separator="›"] - The glyph between crumbs, a CSS string (e.g. `"/"`), mirrored in right-to-left text.
 * @cssprop [--news-font-family=inherit] - Font of the whole widget.
 * @cssprop [--news-color-text=inherit] - Text colour.
 * @cssprop [--news-color-muted=color-mix(in srgb, currentColor 72%, transparent)] - The current crumb and the separators.
 * @cssprop [--news-color-accent=#0b57d0] - Links on hover, the focus ring, the retry button.
 * @cssprop [--news-color-border=color-mix(in srgb, currentColor 15%, transparent)] - The error message's border.
 * @cssprop [--news-radius=8px] - Corner radius of the error message.
 * @cssprop [--news-focus-ring=2px solid var(--news-color-accent)] - Outline of focused links and buttons.
 */
export class NewsBreadcrumb extends NewsElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    articleId: { attribute: 'article-id' },
    current: {},
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** The id of the article whose trail to show (its own, else the feed's ending with its category). Default: none, the feed's trail. */
  articleId = '';

  /** A last crumb, as text: the current page's title. */
  current = '';

  /** Writes the trail as schema.org BreadcrumbList JSON-LD into the element's light DOM, for search engines. */
  structuredData = false;

  /** The reader asked for every crumb of a collapsed trail. */
  private expanded = false;

  /** The trail is the page's own links: there is nothing to load. */
  private fromLinks = false;

  // Links and their text are the data when there is no feed; a feed's inline JSON too.
  private readonly observer = new MutationObserver((records) => {
    // Our own JSON-LD writes are not a change of trail.
    const changed = records.some((r) => !isJsonLd(r.target) && !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isJsonLd)));
    if (changed) this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['href'] });
    // The light DOM may have changed while away, and the JSON-LD was removed.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
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

  protected override render(): TemplateResult {
    return this.fromLinks ? this.renderFeed() : super.render();
  }

  protected override renderLoading(): TemplateResult {
    return html`<nav part="nav" class="nav" aria-label=${this.strings.breadcrumb} aria-busy="true"><span class="bone"></span></nav>`;
  }

  /** The trail, from the feed, or from the links without one. */
  protected override renderFeed(feed?: NewsFeed): TemplateResult {
    const crumbs = this.trail(feed);
    const count = crumbs.length;
    if (!count) return html``;
    const target = this.linkTarget;
    const rel = relFor(target);
    const separator = html`<span part="separator" class="separator" aria-hidden="true"></span>`;
    const items = crumbs.map(({ title, url }, i) => {
      const last = i === count - 1;
      const href = last ? undefined : safeUrl(url);
      // All but the first and the last two collapse on narrow widths (the styles).
      return html`<li part="crumb" class="crumb ${i && i < count - 2 ? 'middle' : ''}">
        ${i ? separator : nothing}${href
          ? html`<a part="link" href=${href} target=${target ?? nothing} rel=${rel ?? nothing}>${title}</a>`
          : html`<span aria-current=${last ? 'page' : nothing}>${title}</span>`}
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

  /**
   * The crumbs shown: the feed's (with `article-id`, the item's own, else the
   * feed's ending with the item's category), else the page's links; then `current`.
   */
  private trail(feed?: NewsFeed): NewsLink[] {
    let trail: NewsLink[] = [];
    if (feed) {
      const id = textAttr(this.articleId);
      const item = id ? feed.items.find((entry) => entry.id === id) : undefined;
      const category = item?.category;
      trail = item?.breadcrumb ?? feed.breadcrumb ?? [];
      if (category && !item.breadcrumb && trail.at(-1)?.title !== category.title) trail = [...trail, category];
    } else {
      for (const link of this.querySelectorAll('a')) {
        const title = link.textContent!.replace(/\s+/g, ' ').trim();
        if (title) trail.push({ title, url: link.getAttribute('href') ?? undefined });
      }
    }
    const current = textAttr(this.current);
    return current ? [...trail, { title: current }] : trail;
  }

  /** The crumbs on screen: none yet while a feed loads (undefined), none after an error. */
  private shown(): NewsLink[] | undefined {
    const { status, value } = this.feed;
    return this.fromLinks ? this.trail() : status === 'complete' ? this.trail(value) : status === 'error' ? [] : undefined;
  }

  protected override updated(): void {
    // Structured data says what is shown; while a feed loads, the former one stays.
    const crumbs = this.structuredData ? this.shown() : [];
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
