import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { NewsError } from '../data/errors.js';
import { loadFeed } from '../data/load.js';
import type { NewsArticle, NewsFeed } from '../data/model.js';
import { loadPart, PARTS } from '../data/parts.js';
import { adaptPayload, parseFeed, readNow } from '../data/parse.js';
import { resolveLocale, speakers, stringsFor } from '../i18n/locale.js';
import type { NewsStrings } from '../i18n/strings.js';
import { pageBase } from '../render/page.js';
import { isMessage, renderError } from '../render/states.js';
import { textAttr } from './attributes.js';
import { whenNear } from './lazy.js';
import { LoadController } from './load-controller.js';
import { sourceOf, type Source } from './source.js';

/** Lit's hydration, once the first server-rendered element on the page has loaded it (null: it could not be). */
let hydrate: typeof import('./hydrate.js').hydrate | null | undefined;
let hydration: Promise<unknown> | undefined;
/** The part that merges several sources, once an element has loaded it. */
let sources: typeof import('../data/sources.js') | undefined;

export { intIn, oneOf, textAttr } from './attributes.js';

/**
 * What every news element shares: the source attributes, loading through the
 * shared cache (LoadController), the language, link targets and the events.
 * Subclasses render their ready state; they hold no format-specific code.
 * (ArticlesElement adds dates and headings; CardsElement, cards.)
 */
export abstract class NewsElement extends LitElement {
  // Attributes are the source of truth: properties follow them, and are not
  // reflected back, so an element never sprouts attributes the page did not write.
  static override properties: PropertyDeclarations = {
    src: {},
    target: {},
    credentials: {},
    format: {},
    urlBase: { attribute: 'url-base' },
    proxy: {},
    loading: {},
    refreshInterval: { attribute: 'refresh', type: Number },
    articles: { attribute: false },
    // Except lang: set from script, it must still reach the DOM, where assistive technology reads it.
    lang: { reflect: true },
  };

  /**
   * The feed's URL, absolute or relative to the page; or several, separated by spaces: their articles are
   * merged, without duplicates (the same URL; else the same id within one source), newest first. A source
   * that fails leaves the others shown, with a notice and a retry for it. An article whose id an earlier
   * source already gave is renamed with its source's place in the list (`2:1`: the second source's `1`);
   * the first source's ids never change. So an `article-id` of a later source's renamed article changes
   * while an earlier source is down (`2:1` is then `1`): link to such articles by the first source, or by
   * sources whose ids do not collide.
   */
  src = '';

  /** The `target` of article links (`_blank` adds `rel="noopener noreferrer"`). */
  target = '';

  /**
   * Whether the feed request sends cookies: `same-origin` (to the page's own origin only, as a
   * `<link rel="preload" as="fetch" crossorigin>` does, so that a preloaded feed is used), `omit` or `include`.
   */
  credentials: RequestCredentials = 'same-origin';

  /**
   * The language of the widget's words and dates (`vi`, `en`, any BCP 47 tag). The global
   * attribute, declared so that a change re-renders. Default: the nearest ancestor's `lang`, else `en`.
   */
  declare lang: string;

  /** The feed's format, to skip detection: `json-feed`, `wordpress`, `liferay`, `rss` or `atom`. Default: detected from the content type and the shape. */
  format = '';

  /** Liferay: the URL that an article's `friendlyUrlPath` is appended to for its link (e.g. `https://portal.example/web/guest/w/`). */
  urlBase = '';

  /**
   * For feeds on a server that sends no CORS header: a URL template of your own proxy,
   * `{url}` replaced by the feed's URL, encoded (e.g. `https://my.site/proxy?url={url}`).
   */
  proxy = '';

  /**
   * `lazy`: the feed is not fetched until the element comes within about one screen of the viewport (as
   * `loading` on `<img>`); meanwhile its skeleton holds its room. Only the first load waits: once a feed is
   * shown, `refresh()`, `retry()` and the `refresh` timer ask at once. `eager` (default): at once.
   */
  loading = 'eager';

  /**
   * Attribute `refresh`: seconds between background refreshes of the feed (a whole number; below 10 counts
   * as 10; `0`, absent, or anything else but 1–86400: never). Each asks the server whether the feed changed (a `304` when not: nothing is re-rendered); none
   * while the page is hidden, and one on its return if one came due. Elements of a page that show the same
   * feed share one timer and one request. A list offers new articles with a button rather than pushing them
   * in; the other elements show a changed feed in place. Default: never.
   */
  declare refreshInterval?: number;

  /** Articles given directly instead of `src`: an array of JSON Feed items (or a whole JSON Feed). */
  articles?: unknown;

  /** The live refresh of this element (its timer, the new articles it holds), once `refresh` has loaded it. */
  private refresher?: import('./refresher.js').Refresher | null;

  /** The loaded feed: one abortable load per change of input. */
  protected readonly feed = new LoadController(this, {
    args: () => {
      // Read as the script-tag entry's early load reads the attributes (source.ts): the same request. None
      // yet: the source is not known yet (a list whose filter part may write its query into the URL).
      const source = this.source();
      if (!source) return;
      const { src, credentials, format, urlBase, proxy } = source;
      return [src, credentials, this.articles, this.inlineData(), format, urlBase, proxy, this.loading == 'lazy'] as const;
    },
    load: async ([src, credentials, articles, inline, format, urlBase, proxy, lazy], signal, fresh): Promise<NewsFeed> => {
      // Data given by the page resolves its relative URLs against the page, and goes through the same adapter as a response.
      const parsing = { format, urlBase, base: document.baseURI, signal };
      if (articles) return adaptPayload(articles, parsing);
      if (src) {
        // Only the first load waits: a refresh, a retry of a feed shown (it was near once) asks at once.
        if (lazy && !this.feed.value) await whenNear(this, signal);
        const options = { signal, credentials, format, urlBase, proxy, fresh };
        // Several URLs: merged by a part of its own, which a page of single feeds never downloads.
        if (!/\s/.test(src)) return loadFeed(src, options);
        sources = await loadPart(PARTS.sources, () => import('../data/sources.js'));
        return sources.loadSources(this, src, options);
      }
      if (inline === undefined) {
        // Nothing yet: the parser may not have reached our children (a blocking script in
        // <head>), or the page's own script is about to set `articles`. Give it that moment.
        await new Promise((resolve) =>
          document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', resolve, { once: true }) : setTimeout(resolve),
        );
        inline = this.inlineData();
        // Subclasses that read their children (the breadcrumb's links) look again too.
        this.requestUpdate();
      }
      if (inline !== undefined) return parseFeed(inline, 'application/json', 'inline <script type="application/json">', parsing);
      throw new NewsError('config', `<${this.localName}> has no src, articles or inline JSON`);
    },
    // Only for a first render that cannot wait: on a server (the prerender), and taking over what the server
    // rendered. From the data at hand (the prerender's inline JSON Feed), before any `src`: nothing is fetched.
    loadNow: ([, , articles, inline, format, urlBase]) =>
      isServer || this.serverRendered ? readNow(articles || inline, { format, urlBase, base: pageBase() }) : undefined,
    onComplete: (feed) => emit(this, 'news-load', feed),
    onError: (error) => {
      console.warn(this, error);
      emit(this, 'news-error', { error });
    },
  });

  /**
   * Where the feed comes from: the source attributes, as read. A list asks its source's server for what
   * it can filter (news-list.ts); undefined while that is not known yet: the load waits. @internal (the
   * parts: paging, refresh)
   */
  source(): Source | undefined {
    return sourceOf(this);
  }

  /**
   * Loads the feed again from the server (the error state's retry button): from the error state, showing
   * the loading state meanwhile; where a feed is shown, the same as `refresh()`. The promise settles when
   * the load is done (it never rejects: a failure fires `news-error`, and shows the error state where no
   * feed was shown).
   */
  retry(): Promise<void> {
    return this.refresh();
  }

  /**
   * Asks the server again now, in the background: what is shown stays meanwhile. An unchanged feed (a
   * `304`, or the same content) changes nothing and fires no event; a changed one fires `news-load` and is
   * shown (a list with `refresh` offers new articles with a button first); a failure keeps what is shown
   * and fires `news-error`. Where no feed is shown yet (loading, error), the same as `retry()`. The promise
   * settles when the refresh is done (it never rejects); at once where the source is not known yet (a list
   * whose filter part is on its way: the load it starts once it is there asks the server anyway).
   */
  refresh(): Promise<void> {
    return this.feed.run(undefined, true);
  }

  /** The resolved locale: own `lang`, nearest ancestor's, `<html lang>`, else `en`. */
  protected get locale(): string {
    return resolveLocale(this);
  }

  protected get strings(): NewsStrings {
    return stringsFor(this.locale);
  }

  /** The `target` of links, when set. */
  protected get linkTarget(): string | undefined {
    return textAttr(this.target) || undefined;
  }

  /**
   * Every state inside one frame: first a live region (role="status") that
   * exists from the first render, so that what goes into it later is
   * announced: the loading status, read once ("Loading news…", the skeleton
   * itself hidden from assistive technology), and the empty, not-found and
   * error messages, shown there. Then the content; while loading, inside one
   * busy region.
   */
  protected override render(): TemplateResult {
    let content: TemplateResult;
    try {
      content = this.renderState();
    } catch (failure) {
      // Never a throw into the host page: what no one foresaw shows as an error, its detail in the console.
      console.warn(this, failure);
      content = renderError(new NewsError('format', String(failure)), this.strings, () => this.retry());
    }
    const loading = this.feed.status === 'pending';
    const message = isMessage(content);
    return html`<div class="live" role="status">${loading ? html`<span class="sr-only">${this.strings.loading}</span>` : message ? content : nothing}</div>${
      loading ? html`<div class="busy" aria-busy="true">${content}</div>` : message ? nothing : content
    }`;
  }

  private renderState(): TemplateResult {
    const { status, value, error } = this.feed;
    if (status === 'complete') return this.renderFeed(value!);
    if (status === 'error') return renderError(error, this.strings, () => this.retry());
    return this.renderLoading();
  }

  protected abstract renderLoading(): TemplateResult;
  protected abstract renderFeed(feed: NewsFeed): TemplateResult;

  /**
   * What stands above the content in the ready state: the notice of sources that failed (a merged `src`:
   * sources.ts), and the button that shows new articles a refresh brought (refresher.ts). Each is rendered
   * by its part, loaded on first use; nothing when there is nothing to say.
   */
  protected renderAbove(feed: NewsFeed): unknown {
    return html`${sources?.renderSourceNotice(this, feed, this.feed)}${this.refresher?.render()}`;
  }

  /**
   * The server rendered the shadow root (the prerender's `<template shadowrootmode="open">`, attached by the
   * HTML parser before the element was defined): the first update takes that markup over. Until then.
   */
  protected serverRendered = false;

  /** On the page, it renders again in words a page gives (`setStrings`). */
  override connectedCallback(): void {
    super.connectedCallback();
    speakers.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    speakers.delete(this);
  }

  /** Listens once, on the shadow root, for what happens in any card: clicks and image loads. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.serverRendered = !isServer && !!this.shadowRoot;
    // Lit keeps a shadow root that is there (and adopts the styles into it, as the server's <style> may be
    // refused by the page's CSP).
    const root = super.createRenderRoot();
    // Lit renders before the root's first node; the server's markup is taken over where it is instead.
    if (this.serverRendered) this.renderOptions.renderBefore = undefined;
    root.addEventListener('click', (event) => this.onClick(event as MouseEvent));
    // Image events do not bubble: caught on their way down instead.
    root.addEventListener('error', onImageEvent, true);
    root.addEventListener('load', onImageEvent, true);
    return root;
  }

  /**
   * A reader's click on an article link: `news-select` with the article, the
   * link's URL and its `target` ('' for this window), which a host page (or a
   * `<news-article>`) may cancel to route by itself.
   */
  private onClick(event: MouseEvent): void {
    if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-id]');
    const article = link && this.articleById(link.dataset.id!);
    if (article && !emit(this, 'news-select', { article, href: link.href, target: link.target }, true)) event.preventDefault();
  }

  /** The article a link shows, by its id: the feed's; a list that shows more than the feed (pages of a server) looks there too. */
  protected articleById(id: string): NewsArticle | undefined {
    return this.feed.value?.items.find((item) => item.id === id);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // On a server Lit renders once, and updates no controller: the data at hand is read here, for that render.
    if (isServer) this.feed.now();
    // The live refresh is a part of its own, loaded by the first element that asks for it (null: loading).
    else if (this.refreshInterval! > 0 && this.refresher === undefined) {
      this.refresher = null;
      loadPart(PARTS.refresh, () => import('../data/refresh.js')).then(
        (part) => (this.refresher = part.watch(this, this.feed)),
        (error: unknown) => console.warn(this, error),
      );
    }
  }

  /**
   * A server-rendered element's first update waits for Lit's hydration, a part
   * loaded on first use (the one-file builds have it inlined); its markup shows
   * meanwhile, as it is. Where the part cannot be fetched, it is rendered anew.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.serverRendered || hydrate !== undefined) return super.scheduleUpdate();
    hydration ??= loadPart(PARTS.hydrate, () => import('./hydrate.js')).then(
      (part) => (hydrate = part.hydrate),
      (error: unknown) => {
        hydrate = null;
        console.warn(this, error);
      },
    );
    return hydration.then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    if (this.serverRendered) this.takeOver();
    super.update(changed);
  }

  /**
   * The first update of a server-rendered element: the markup becomes this
   * render's own, node for node (Lit's hydration attaches the template's parts
   * to the nodes there), so the render that follows replaces nothing. That
   * takes the same first render as the server's, the ready state, from the
   * inline data read at once (loadNow). Markup that cannot be taken over (no
   * data at hand; other markup than the element renders: edited by hand, or
   * written by another version of the library) is rendered anew, at once.
   */
  private takeOver(): void {
    const root = this.renderRoot;
    try {
      if (this.feed.status !== 'complete') throw new Error('no inline JSON Feed to read at once');
      if (!hydrate) throw new Error(`${PARTS.hydrate} could not be loaded`);
      // Lit's markers of a server render, a comment `lit-part` before the content (hydrate() only logs its absence).
      if (![...root.childNodes].some((node) => node instanceof Comment && node.data.startsWith('lit-part'))) throw new Error('no server render in it');
      hydrate(this.render(), root, this.renderOptions);
    } catch (failure) {
      console.warn(this, `news-widgets: the server-rendered markup is rendered anew (${String(failure)})`);
      root.replaceChildren();
      return;
    } finally {
      // Only now: the render above is the server's (its dates written at once, ArticlesElement.metaPending).
      this.serverRendered = false;
    }
    // An image that failed before the script ran was not seen failing: it keeps its room without a box (onImageEvent).
    for (const image of root.querySelectorAll('img')) if (image.complete && !image.naturalWidth) image.toggleAttribute('data-broken', true);
  }

  /** Text of a child `<script type="application/json">`, data that works without a request. */
  protected inlineData(): string | undefined {
    // A server (the prerender) has no light DOM: the data is given as `articles`.
    if (isServer) return undefined;
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }
}

/** Hides a broken image, keeping its box so nothing shifts (and shows it again if it loads later). */
function onImageEvent(event: Event): void {
  const target = event.target;
  if (target instanceof HTMLImageElement) target.toggleAttribute('data-broken', event.type === 'error');
}

/** Our events bubble out of the shadow root; the return is false when a listener cancelled. */
function emit(target: Element, name: string, detail: unknown, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
