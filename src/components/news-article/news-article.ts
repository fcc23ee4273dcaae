import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { cutText, LIMITS } from '../../data/limits.js';
import type { NewsArticle, NewsFeed } from '../../data/model.js';
import { loadPart, MissingPart, PARTS } from '../../data/parts.js';
import { renderDate } from '../../render/card.js';
import { newTabHint } from '../../render/new-tab.js';
import { formatDate, formatList } from '../../render/format.js';
import { relFor, safeUrl } from '../../render/safe.js';
import { writeJsonLd } from '../../render/json-ld.js';
import { renderError, renderMessage } from '../../render/states.js';
import { LoadController } from '../load-controller.js';
import { OpenArticleController, openArticle, openArticleId } from '../open-article.js';
import { ArticlesElement } from '../articles-element.js';
import { textAttr } from '../news-element.js';
import { styles } from './news-article.styles.js';

/** A body with this much text lays out only what comes near the screen (many short blocks are cheaper laid out at once). */
const LONG_BODY = { chars: 100_000 };

/**
 * @tagname news-article
 * @summary One full article: title, byline, dates, category, image, the sanitized body and tags.
 *
 * The body (`content_html`) is the only HTML the library renders, after
 * sanitizing it with DOMPurify, which is loaded only when a body is shown.
 * With `article-param`, links of lists and cards on the same page whose
 * `article-href` sets that parameter (e.g. `?tin={id}`) open the article in
 * place, and the back and forward buttons follow.
 *
 * @event news-load - The feed loaded, or a refresh brought a changed feed (shown in place). `detail`: the feed (`NewsFeed`).
 * @event news-error - The feed failed to load. `detail`: `{ error }`, a `NewsError` with a `code`. With several URLs in `src`: also once for each source that failed, `{ error, src }` (the URL as written), while the others show; when every one failed, the first one's error follows as the element's.
 *
 * @csspart article - The `<article>`.
 * @csspart category - The category (a link when it has a URL).
 * @csspart title - The article title (a heading, focused when an article opens in place).
 * @csspart meta - The byline and dates.
 * @csspart author - The authors.
 * @csspart date - Each `<time>`: publication, and last update when it differs.
 * @csspart image - The article image (the `<img>`).
 * @csspart body - The sanitized body.
 * @csspart notice - Under a body too long to show whole (a note, and a link to the whole article), or shown as its text because the part that formats it could not be loaded.
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag.
 * @csspart status - The empty, not-found and error messages.
 * @csspart link - The way back to the list, with a not-found message.
 * @csspart button - The retry button.
 *
 * @cssprop [--news-font-family=inherit] - Font of the whole widget.
 * @cssprop [--news-font-size=1em] - Base text size of the widget: every size in it follows. Default: the text size where the element stands.
 * @cssprop [--news-color-text=inherit] - Text colour.
 * @cssprop [--news-color-muted=color-mix(in srgb, currentColor 85%, transparent)] - Byline, dates, captions.
 * @cssprop [--news-color-accent=oklch(from currentColor clamp(0.42, l, 0.92) 0.16 262)] - Links, the category, the focus ring, the retry button. The default, a blue as light as the text (#0b57d0 in browsers without relative colours), reads wherever the text does.
 * @cssprop [--news-color-on-accent=white or black, whichever reads on the accent (white without relative colours)] - Text on the accent colour (the retry button).
 * @cssprop [--news-color-border=color-mix(in srgb, currentColor 15%, transparent)] - Rules and tag outlines.
 * @cssprop [--news-radius=8px] - Corner radius of the image and tags.
 * @cssprop [--news-title-font-size=1.125em] - Base size of titles; the article title is 1.75 times as large.
 * @cssprop [--news-title-font-weight=650] - Weight of the title.
 * @cssprop [--news-image-aspect-ratio=16 / 9] - Shape of the image.
 * @cssprop [--news-image-position=50% 30%] - Where images are cropped (`object-position`): the default keeps the upper part, where faces are.
 * @cssprop [--news-focus-ring=2px solid var(--news-color-accent)] - Outline of focused links and buttons.
 */
export class NewsArticleElement extends ArticlesElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    articleId: { attribute: 'article-id' },
    articleParam: { attribute: 'article-param' },
    embedHosts: { attribute: 'embed-hosts' },
    structuredData: { attribute: 'structured-data', type: Boolean },
    keepTitle: { attribute: 'keep-title', type: Boolean },
  };

  /** The id of the article to show. Default: the feed's first item. */
  articleId = '';

  /** A query parameter of the page's URL that names the article (e.g. `tin` for `?tin=ID`); it wins over `article-id`. */
  articleParam = '';

  /** Space-separated hosts whose https iframes may stay in a body, e.g. `www.youtube.com player.vimeo.com`. Default: none. */
  embedHosts = '';

  /** Writes a schema.org NewsArticle JSON-LD script into the light DOM, for search engines. */
  structuredData = false;

  /**
   * Leaves the document's title alone. Without it, and with `article-param`, the title follows the open
   * article (`Article title | the page's own title`), and is the page's own again when none is open.
   */
  keepTitle = false;

  /** The document's title before this element changed it; undefined when it has not. */
  private pageTitle?: string;

  /** The heading level (1–6) of the article title. */
  override headingLevel = 1;

  /** The sanitized body of the article shown, loaded (with the sanitizer) when an article with a body is shown. */
  private readonly body = new LoadController(this, {
    args: () => [this.article()?.contentHtml, textAttr(this.embedHosts), this.feed.value?.url, this.level(1)] as const,
    // Kept in one element, not the fragment (a fragment empties when inserted) nor its list of nodes (Lit would
    // give each node a part of its own): an element can move when the template is rebuilt.
    load: async ([source, hosts, base, titleLevel]) => {
      // The sanitizer and DOMPurify come together, on first use: listing pages never fetch them.
      // Where their file cannot be fetched (a MissingPart), the body shows its text and says so (renderBody).
      const sanitizer = source && (await loadPart(PARTS.sanitizer, () => import('../../render/sanitize.js')));
      if (sanitizer) this.bodyPart = sanitizer;
      const fragment = sanitizer && (await sanitizer.sanitizeHtml(source, { embedHosts: hosts.split(/\s+/), base }));
      if (!fragment) return undefined;
      const content = document.createElement('div');
      content.className = 'content';
      content.append(fragment);
      // The body's headings go under the article's title, whatever levels the CMS wrote (the part's code: a listing page never loads it).
      sanitizer.relevelHeadings(content, titleLevel);
      // A long body lays out only what comes near the screen (the styles: content-visibility).
      content.classList.toggle('long', (content.textContent?.length ?? 0) > LONG_BODY.chars);
      return { content, shortened: !!fragment.shortened };
    },
    // The page's developer learns which file is missing, and the fix.
    onError: (error) => error instanceof MissingPart && console.warn(this, error),
  });

  constructor() {
    super();
    // Renders again when the open article changes (back, forward, or an article opened in place).
    new OpenArticleController(this);
  }

  /** Structured data and the document's title follow what is shown (the JSON-LD lives in the light DOM, so it leaves with the element). */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const article = this.feed.status === 'complete' ? this.article() : undefined;
    writeJsonLd(this, this.structuredData && article ? articleJsonLd(article) : undefined);
    this.followTitle(article);
    // The body shown now (a body loaded late for an article no longer shown never is).
    const content = this.body.status === 'complete' ? this.body.value?.content : undefined;
    if (this.bodyPart) (this.scrollBoxes ??= new this.bodyPart.ScrollBoxes()).watch(content);
  }

  /**
   * With `article-param`: the document's title is the open article's, followed
   * by the page's own; with none open (or the element gone), the page's own again.
   */
  private followTitle(article: NewsArticle | undefined): void {
    const open = !this.keepTitle && this.isConnected && !!this.openId() && article;
    if (open) {
      this.pageTitle ??= document.title;
      const title = article.title ?? article.summary;
      document.title = title ? `${title} | ${this.pageTitle}` : this.pageTitle;
    } else if (this.pageTitle !== undefined && this.feed.status !== 'pending') {
      document.title = this.pageTitle;
      this.pageTitle = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('news-select', this.onSelect);
    this.scrollBoxes?.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('news-select', this.onSelect);
    this.scrollBoxes?.stop();
    this.followTitle(undefined);
  }

  /** The sanitizer part, once a body has loaded it: what a body does on the page comes with it. */
  private bodyPart?: typeof import('../../render/sanitize.js');

  /** The body's wide tables and code blocks, focusable while they overflow (body-behaviour.ts). */
  private scrollBoxes?: import('../../render/sanitize.js').ScrollBoxes;

  /** The id the page URL names by `article-param`; '' when none. */
  private openId(): string {
    return openArticleId(textAttr(this.articleParam));
  }

  /** The id asked for: the page URL's parameter, else `article-id`, else none (the first item). */
  private wantedId(): string {
    return textAttr(this.articleParam) ? this.openId() : textAttr(this.articleId);
  }

  private article(): NewsArticle | undefined {
    const items = this.feed.value?.items ?? [];
    const id = this.wantedId();
    return id ? items.find((item) => item.id === id) : items[0];
  }

  /**
   * A list or card on this page links to this page with our parameter: open the
   * article here, with a history entry (none when it is already open), rather
   * than load the page again.
   */
  private readonly onSelect = (event: Event) => {
    const param = textAttr(this.articleParam);
    const { href, target } = (event as CustomEvent<{ href?: string; target?: string }>).detail ?? {};
    if (!param || event.defaultPrevented || !href) return;
    // A link that opens another tab or window does so: the reader asked for it.
    if (target && target !== '_self') return;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname || !url.searchParams.get(param)) return;
    event.preventDefault();
    openArticle(url);
    void this.updateComplete.then(() => {
      this.scrollIntoView({ block: 'start' });
      // Focus follows the reader to the new article, as a page load would.
      this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus({ preventScroll: true });
    });
  };

  /** Where "back to the list" leads: this page without the parameter, else the feed's home page. */
  private backHref(feed: NewsFeed): string | undefined {
    const param = textAttr(this.articleParam);
    if (!param) return safeUrl(feed.homePageUrl);
    const url = new URL(location.href);
    url.searchParams.delete(param);
    return url.href;
  }

  /** The skeleton takes the room of an article (see the styles), hidden from assistive technology: the live region says "Loading news…". */
  protected override renderLoading(): TemplateResult {
    const line = html`<span class="bone"></span>`;
    return html`<article part="article" class="article skeleton" aria-hidden="true">
      <div class="title">${line}<span class="bone short"></span></div>
      <div class="meta"><span class="bone short"></span></div>
      <div class="body">${line}${line}${line}<span class="bone short"></span></div>
    </article>`;
  }

  protected override renderFeed(feed: NewsFeed): TemplateResult {
    const strings = this.strings;
    if (!feed.items.length) return renderMessage(strings.empty);
    const article = this.article();
    if (!article) {
      // Not in the sources that loaded: it may be in one that failed (a `src` of several), which a retry may bring.
      if (feed.failures?.length) return renderError(feed.failures[0].error, strings, () => this.retry());
      const back = this.backHref(feed);
      return renderMessage(strings.notFound, back ? html`<a part="link" href=${back}>${strings.backToList}</a>` : nothing);
    }
    return this.renderArticle(article);
  }

  private renderArticle(article: NewsArticle): TemplateResult {
    const ctx = this.dates();
    const { locale } = ctx;
    const strings = this.strings;
    const target = this.linkTarget;
    const rel = relFor(target);
    const link = (url: string | undefined, part: string, text: string) =>
      url
        ? html`<a part=${part} href=${url} target=${target ?? nothing} rel=${rel ?? nothing}>${text}${newTabHint(target, strings)}</a>`
        : html`<span part=${part}>${text}</span>`;
    const { published, updated, category, image } = article;
    // An update the same day as publication is not worth a second date.
    const showUpdated = updated && (!published || formatDate(updated, locale, 'long') !== formatDate(published, locale, 'long'));
    const imageUrl = safeUrl(image?.url);
    // A feed whose picture is the body's first image (RSS often): shown once, in the body.
    const inBody = imageUrl && this.body.value?.content.querySelector(`img[src="${CSS.escape(imageUrl)}"]`);
    // Until its body is ready the article keeps the skeleton's room, and shows nothing after the body (the
    // tags): what follows does not move twice.
    const bodyPending = !!article.contentHtml && this.body.status === 'pending';
    return html`<article part="article" class="article ${bodyPending ? 'reserve' : ''}" lang=${article.language ?? nothing}>
      ${category ? link(safeUrl(category.url), 'category', category.title) : nothing}
      <div part="title" class="title" role="heading" aria-level=${this.level(1)} tabindex="-1">
        ${article.title ?? article.summary ?? strings.untitled}
      </div>
      <div part="meta" class="meta">
        ${article.authors.length
          ? html`<span part="author">${formatList(
              article.authors.map((author) => author.name),
              locale,
            )}</span>`
          : nothing}
        ${published ? renderDate(published, ctx) : nothing}
        ${showUpdated ? html`<span class="updated">${strings.updated} ${renderDate(updated, ctx)}</span>` : nothing}
      </div>
      ${imageUrl && !inBody ? html`<figure class="media"><img part="image" src=${imageUrl} alt=${image!.alt} decoding="async" /></figure>` : nothing}
      ${this.renderBody(article)}
      ${article.tags.length && !bodyPending
        ? html`<ul part="tags" class="tags" aria-label=${strings.tags}>
            ${article.tags.map((tag) => html`<li part="tag">${tag}</li>`)}
          </ul>`
        : nothing}
    </article>`;
  }

  /** The sanitized body; while the sanitizer loads, bones; where it cannot run, the text we have. */
  private renderBody(article: NewsArticle): TemplateResult {
    const { status, error } = this.body;
    // A body that failed shows no earlier article's body.
    const value = status === 'complete' ? this.body.value : undefined;
    if (article.contentHtml && status === 'pending') {
      const line = html`<span class="bone"></span>`;
      return html`<div part="body" class="body skeleton" aria-busy="true">${line}${line}${line}</div>`;
    }
    const fallback = article.text ?? article.summary;
    const paragraphs = fallback?.split(/\n\s*\n/).map((paragraph) => cutText(paragraph, LIMITS.paragraphChars));
    const url = safeUrl(article.url);
    const strings = this.strings;
    const long = !value && !!fallback && fallback.length > LONG_BODY.chars;
    const whole = url ? html`<a href=${url} target=${this.linkTarget ?? nothing} rel=${relFor(this.linkTarget) ?? nothing}>${strings.readWhole}${newTabHint(this.linkTarget, strings)}</a>` : nothing;
    // The sanitizer's file could not be fetched: the text we have, and a word to the reader.
    const missing = article.contentHtml && status === 'error' && error instanceof MissingPart;
    return html`<div part="body" class="body ${long ? 'long' : ''}" @click=${this.onBodyClick}>
        ${value?.content ?? (paragraphs ? paragraphs.map((paragraph) => html`<p>${paragraph}</p>`) : nothing)}
      </div>
      ${value?.shortened ? html`<p part="notice" class="notice">${strings.shortened} ${whole}</p>` : nothing}
      ${missing ? html`<p part="notice" class="notice">${fallback ? strings.bodyPlain : strings.bodyMissing} ${whole}</p>` : nothing}`;
  }

  /** An in-page anchor of the body: followed inside the shadow root (body-behaviour.ts). Only a sanitized body has one. */
  private readonly onBodyClick = (event: MouseEvent) => this.bodyPart?.followInPageLink(event, this.renderRoot);
}

/** schema.org NewsArticle, from what the element shows; absent fields are left out by JSON.stringify. */
function articleJsonLd(article: NewsArticle): object {
  const image = safeUrl(article.image?.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title ?? article.summary,
    description: article.summary,
    datePublished: article.published?.toISOString(),
    dateModified: article.updated?.toISOString(),
    author: article.authors.map(({ name, url }) => ({ '@type': 'Person', name, url: safeUrl(url) })),
    image: image && [image],
    articleSection: article.category?.title,
    keywords: article.tags.join(', ') || undefined,
    inLanguage: article.language,
    url: safeUrl(article.url),
  };
}
