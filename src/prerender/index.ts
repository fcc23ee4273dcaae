/**
 * `news-widgets/prerender`: an element with its feed, rendered ahead of time
 * in Node (a build step, a static site generator, a scheduled job), into the
 * HTML a page can hold as it is:
 *
 *     <news-list lang="vi" layout="grid" limit="6" src="/tin-tuc/feed.json">
 *       <template shadowrootmode="open">…the list, as the element renders it…</template>
 *       <script type="application/json">…the articles shown, as JSON Feed…</script>
 *     </news-list>
 *
 * The shadow root is declarative: the browser shows it as it parses the page,
 * with or without JavaScript, and its links are plain `<a href>`. The inline
 * data holds only what the render needs. In the browser the element takes
 * that markup over, node for node, from that data (news-element.ts, takeOver):
 * no second render, no request. Its `src` stays, for later loads.
 *
 * Rendered with Lit's server rendering (`@lit-labs/ssr`) and the elements'
 * own code, read from the data that is written inline, so that the server and
 * the browser render from the same input. JSON feeds only (JSON Feed,
 * WordPress, Liferay): reading RSS and Atom needs the browser's DOMParser.
 * `<news-article>` is not rendered: its body is sanitized by DOMPurify, in the
 * browser.
 */
import { html as serverHtml, LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement } from 'lit';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { intIn, textAttr } from '../components/attributes.js';
import { NewsBreadcrumb } from '../components/news-breadcrumb/news-breadcrumb.js';
import { NewsCard } from '../components/news-card/news-card.js';
import { NewsList } from '../components/news-list/news-list.js';
import { sourceOf } from '../components/source.js';
import { decodeBody } from '../data/decode.js';
import { LIMITS } from '../data/limits.js';
import type { NewsArticle, NewsFeed, NewsLink } from '../data/model.js';
import { parseFeed } from '../data/parse.js';
import { onServerPage } from '../render/page.js';
import { readHtmlOnServer } from '../render/trusted-types.js';
import { serverHtml as readHtmlInNode } from './html.js';

/** The elements the prerender renders. */
const ELEMENTS = { 'news-list': NewsList, 'news-card': NewsCard, 'news-breadcrumb': NewsBreadcrumb } as const;

export type PrerenderedElement = keyof typeof ELEMENTS;
export const PRERENDERED_ELEMENTS = Object.keys(ELEMENTS) as PrerenderedElement[];

// Lit's server build gives Node a `customElements` registry of its own (@lit-labs/ssr-dom-shim).
for (const [name, element] of Object.entries(ELEMENTS)) if (!customElements.get(name)) customElements.define(name, element);
// HTML fields of WordPress and Liferay feeds, read without a DOM.
readHtmlOnServer(readHtmlInNode);

/** How long a feed read from a URL may take. */
const FETCH_TIMEOUT_MS = 30_000;
/** Characters of a plain-text body kept for a card (which shows at most its first 240, see render/card.ts). */
const CARD_TEXT = 1000;

export interface PrerenderOptions {
  /** `news-list`, `news-card` or `news-breadcrumb`. */
  element: string;
  /**
   * The feed's URL, or a file's path (relative to the working directory): read,
   * unless `feed` is given, and written as the element's `src`, which the
   * browser does not fetch while the element shows the inline data.
   */
  src?: string;
  /** Where to read the feed instead of `src` (a URL, or a file's path), which is then only written. */
  from?: string;
  /** The feed itself, instead of reading it: its JSON text, or the parsed JSON. */
  feed?: unknown;
  /** The element's other attributes, as in HTML (`{ layout: 'grid', limit: 6 }`; `true` for a boolean attribute; `false` leaves one out). */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /**
   * The URL of the page the markup is for, as the page would resolve them:
   * a relative `src` (and the relative URLs in its feed), a relative
   * `article-href`; its query names the open article (`article-param`).
   */
  base?: string;
  /** Told what the markup leaves out or cannot know (default: console.warn). */
  warn?: (message: string) => void;
}

/** What cannot be prerendered, and why (the command prints its message). */
export class PrerenderError extends Error {
  override name = 'PrerenderError';
}

/** The element's outer HTML: attributes, declarative shadow root, inline JSON Feed. */
export async function prerender(options: PrerenderOptions): Promise<string> {
  const { element, base, warn = (message: string) => console.warn(`news-widgets prerender: ${message}`) } = options;
  if (element === 'news-article') {
    throw new PrerenderError(
      '<news-article> cannot be prerendered: its body is HTML that the browser sanitizes (DOMPurify), and Node has no DOM for it. ' +
        'Let it load in the browser; prerender the list or the card that leads to it.',
    );
  }
  if (!Object.hasOwn(ELEMENTS, element)) throw new PrerenderError(`cannot prerender <${element}>: one of ${PRERENDERED_ELEMENTS.join(', ')}`);
  const tag = element as PrerenderedElement;
  if (base !== undefined && !/^https?:$/.test(parseUrl(base)?.protocol ?? '')) {
    throw new PrerenderError(`base must be the page's absolute http(s) URL, e.g. https://portal.example/tin-tuc/: got "${base}"`);
  }
  const attributes = readAttributes(options.attributes);
  // A paged list pages in the browser over its whole feed, or asks its server for each page: its inline data
  // (what the first render shows) could not page, and its pager is a part of the browser's.
  const pagination = textAttr(attributes.get('pagination'));
  if (pagination && pagination !== 'none') {
    throw new PrerenderError(`pagination="${pagination}" is not prerendered: prerender the list without it (its first limit articles), or let the paged list load in the browser`);
  }
  // Filters and the layouts of their own are parts the browser loads: the first render there is their
  // loading state, which could not take over a server's list (and their code needs a document).
  const onDemand = ['category', 'tag', 'search', 'sort', 'filterable'].find((name) => attributes.has(name));
  if (onDemand) {
    throw new PrerenderError(`${onDemand} is not prerendered: the filters load in the browser; prerender a list of the feed that holds only those articles, or let this list load in the browser`);
  }
  const layout = textAttr(attributes.get('layout'));
  if (/^(featured|ticker|carousel)$/.test(layout)) {
    throw new PrerenderError(`layout="${layout}" is not prerendered: its code loads in the browser; prerender a list, grid or compact list, or let this one load in the browser`);
  }
  const src = textAttr(options.src ?? attributes.get('src'));
  attributes.delete('src');
  const source = sourceOf({ src, format: attributes.get('format'), urlBase: attributes.get('url-base') });

  // A link template relative to the page cannot be resolved without the page.
  const hrefTemplate = textAttr(attributes.get('article-href'));
  if (hrefTemplate && !base && !/^https?:/i.test(hrefTemplate)) {
    throw new PrerenderError(`article-href "${hrefTemplate}" is relative to the page: give base, the URL of the page the markup is for`);
  }

  const feed = await readSource(src, options, source);

  // The language the browser will resolve, written on the element: the server has no ancestors to ask.
  let lang = textAttr(attributes.get('lang')) || feed.language || '';
  if (!lang) {
    warn('no lang, and the feed says none: the markup is in English (en). Set lang (e.g. --lang vi) to the page\'s language.');
    lang = 'en';
  }
  try {
    lang = Intl.getCanonicalLocales(lang)[0];
  } catch {
    throw new PrerenderError(`lang "${lang}" is not a language tag (e.g. vi, en, vi-VN)`);
  }
  attributes.set('lang', lang);
  // The inline data is JSON Feed whatever the source's format: a `format` would make the browser read it as another.
  attributes.delete('format');
  if (attributes.get('date-format') === 'relative') {
    warn('date-format="relative": dates are written as of now ("2 hours ago"), and stay so until the next render; re-render on a schedule, or use long or short.');
  }

  const dropped = { count: 0 };
  const payload = inlineFeed(tag, feed, attributes, base, dropped);
  if (dropped.count) {
    warn(
      `${dropped.count} relative URL(s) of the feed could not be resolved, and are left out (no link, no image): ` +
        'give base, the URL of the page the markup is for, or read the feed from its URL.',
    );
  }
  // What the browser will read from the page, and so what the server renders from: the same input.
  const json = JSON.stringify(payload);
  const data: unknown = JSON.parse(json);

  let instance: LitElement | undefined;
  // The element's renderer, with the data given as `articles` (a server has no light DOM to read it from).
  class WithData extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      instance = this.element;
      (this.element as LitElement & { articles?: unknown }).articles = data;
    }
  }
  const written = [...attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const srcAttribute = src ? ` src="${escapeAttribute(src)}"` : '';
  // `<` as \u003c, the same character in JSON: nothing in the data can end the script or open a comment.
  const script = `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
  const markup = `<${tag}${srcAttribute}${written}>${script}</${tag}>`;
  // A server-only template of that markup alone (no hydration markers of its own around the element; the
  // element's shadow root has them). Its strings as a tag would get them: Lit takes no other.
  const template = serverHtml(Object.assign([markup], { raw: [markup] }));
  const rendered = onServerPage(base, () => collectResultSync(render(template, { elementRenderers: [WithData] })));
  // Lit writes the attributes again after the spaces that held them in the template: one space.
  const html = rendered.replace(/^(<[a-z-]+)\s+/, '$1 ');

  // The element read its data at once (the browser will, from the same data), or it would have rendered its loading state.
  if ((instance as unknown as { feed?: { status: string } } | undefined)?.feed?.status !== 'complete') {
    throw new PrerenderError(`<${tag}> could not render its articles at once: at most 200 articles and 256 KB of data can be prerendered`);
  }
  return html;
}

/**
 * The Content-Security-Policy sources that allow the inline styles of
 * prerendered markup (`'sha256-…'`, one per kind of element), for a page whose
 * `style-src` has no `'unsafe-inline'`: without them the browser draws the
 * markup unstyled until the script has run. They change when the styles do,
 * with a new version of the library.
 */
export function styleHashes(markup: string): string[] {
  const styles = [...markup.matchAll(/<template shadowroot(?:mode)?="open"[^>]*><style>([^]*?)<\/style>/g)].map(([, css]) => css);
  return [...new Set(styles.map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`))];
}

/** The attributes given, by name, as strings ('' for a boolean attribute); a false or absent value leaves one out. */
function readAttributes(given: PrerenderOptions['attributes'] = {}): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [name, value] of Object.entries(given)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new PrerenderError(`"${name}" is not an attribute name (lowercase letters, digits and -)`);
    if (value === false || value === null || value === undefined) continue;
    attributes.set(name, value === true ? '' : String(value));
  }
  return attributes;
}

const parseUrl = (value: string, base?: string): URL | undefined => {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
};

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const httpUrl = (value: string | undefined): URL | undefined => (value && /^https?:/i.test(value) ? parseUrl(value) : undefined);

/**
 * The feed: given (`feed`), else read from `from`, else from `src`. Its
 * relative URLs resolve against its URL as the page sees it: `src` resolved
 * against the page (`base`); without `src`, the URL it was read from, else
 * the page's.
 */
async function readSource(src: string, { feed: given, from, base }: PrerenderOptions, { format, urlBase }: ReturnType<typeof sourceOf>): Promise<NewsFeed> {
  // Several URLs (a merged list): not read and merged here. A feed given (or read from elsewhere) is written
  // inline as it is, its relative URLs resolved against the first source; the element keeps the whole src.
  const [first = '', ...more] = src.split(/\s+/);
  if (more.length && given === undefined && !from) {
    throw new PrerenderError(`src has ${more.length + 1} URLs: a merged list is not prerendered from them. read one merged feed from elsewhere (from; --feed) or give it (feed), or let the list load in the browser`);
  }
  src = first;
  const feedUrl = (src ? (httpUrl(src) ?? (base ? parseUrl(src, base) : undefined)) : (httpUrl(from) ?? httpUrl(base)))?.href;
  let text: string;
  let name: string;
  if (given !== undefined) {
    text = typeof given === 'string' ? given : JSON.stringify(given);
    name = 'the feed given';
  } else if (from || src) {
    ({ text, name } = await readFeedText((from || src)!));
  } else {
    throw new PrerenderError('no feed: give src (a feed\'s URL, or a file), or read it from elsewhere (from; --feed), or give it (feed)');
  }
  const body = text.replace(/^\uFEFF/, '').trim();
  if (format === 'rss' || format === 'atom' || body.startsWith('<')) {
    throw new PrerenderError(
      `${name}: RSS and Atom (XML) cannot be prerendered: reading them needs the browser's DOMParser, which Node has not. ` +
        'Prerender from a JSON Feed, WordPress or Liferay JSON of the same site, or let the element load this feed in the browser.',
    );
  }
  // The elements' own reader: every rule, limit and adapter of the browser's.
  return parseFeed(body, 'application/json', name, { base: feedUrl, format, urlBase });
}

/** A feed's text, from an http(s) URL or a file (a path, or a file: URL), decoded as a response is; `name` says which. */
async function readFeedText(location: string): Promise<{ text: string; name: string }> {
  const url = httpUrl(location);
  if (url) return { text: await fetchText(url.href), name: url.href };
  const path = location.startsWith('file:') ? fileURLToPath(location) : location;
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new PrerenderError(`${path}: cannot be read (${error.code ?? error.message}); a feed is read from an http(s) URL or a file's path`);
  });
  return { text: decodeBody(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, null), name: path };
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' } });
  } catch (error) {
    throw new PrerenderError(`${url}: no answer (${(error as Error).cause ?? (error as Error).message})`);
  }
  if (!response.ok) throw new PrerenderError(`${url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > LIMITS.responseBytes) throw new PrerenderError(`${url}: more than the ${LIMITS.responseBytes / 1024 / 1024} MB a feed may have`);
  return decodeBody(bytes, response.headers.get('content-type'));
}

/**
 * What the element's render needs of the feed, as JSON Feed (which the
 * browser reads at once): a list's articles up to the last one it shows (the
 * first `offset` too, which it skips again), a card's one article, a
 * breadcrumb's trail and the article it follows. URLs are absolute; a
 * relative one that could not be resolved is left out (and counted).
 */
function inlineFeed(tag: PrerenderedElement, feed: NewsFeed, attributes: Map<string, string>, base: string | undefined, dropped: { count: number }): object {
  const absolute = (url: string | undefined): string | undefined => {
    if (!url) return undefined;
    if (/^https?:/i.test(url) && parseUrl(url)) return url;
    // Another scheme (mailto:, javascript:) is no link in the browser either; a relative URL would have been one.
    if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) dropped.count++;
    return undefined;
  };
  const link = ({ title, url }: NewsLink) => ({ title, url: absolute(url) });
  const openId = (param: string) => (param && base ? (new URL(base).searchParams.get(param)?.trim() ?? '') : '');
  const crumbs = tag === 'news-breadcrumb';

  let items: NewsArticle[];
  if (tag === 'news-list') {
    // As NewsList.shown() picks them (offset, skip-open, limit): an attribute that comes to pick the items
    // otherwise (a sort, a filter, pages) is to be followed here too, else the browser renders anew what it
    // cannot take over (at once, from this data: no request, but the list may differ from the server's).
    const offset = intIn(attributeNumber(attributes.get('offset')), 0, Number.MAX_SAFE_INTEGER, 0);
    const limit = intIn(attributeNumber(attributes.get('limit')), 1, Number.MAX_SAFE_INTEGER, 10);
    const open = attributes.has('skip-open') ? openId(textAttr(attributes.get('article-param'))) : '';
    const shown = feed.items.slice(offset).filter((item) => item.id !== open).slice(0, limit);
    items = feed.items.slice(0, shown.length ? feed.items.indexOf(shown.at(-1)!) + 1 : 0);
  } else {
    // A card's article, or the breadcrumb's (article-param wins over article-id, as on the elements).
    const param = crumbs ? textAttr(attributes.get('article-param')) : '';
    const id = param ? openId(param) : textAttr(attributes.get('article-id'));
    const article = id ? feed.items.find((item) => item.id === id) : crumbs ? undefined : feed.items[0];
    if (id && !article && !crumbs) throw new PrerenderError(`article-id "${id}": no article of the feed has this id`);
    items = article ? [article] : [];
  }

  const item = (article: NewsArticle) => {
    const { id, title, summary, text, contentHtml, image, published, authors, category, breadcrumb, language } = article;
    const url = absolute(article.url);
    const imageUrl = absolute(image?.url);
    const news = {
      image_alt: imageUrl && image!.alt ? image!.alt : undefined,
      category: category && (crumbs ? link(category) : category.title),
      breadcrumb: crumbs ? breadcrumb?.map(link) : undefined,
    };
    return {
      id,
      url,
      title,
      summary,
      // A card shows a plain-text body only where there is no summary, and at most its first 240 characters.
      content_text: summary || !text || crumbs ? undefined : text.replace(/\s+/g, ' ').trim().slice(0, CARD_TEXT),
      // An article with nothing but an HTML body is still an article (named "Untitled"): its body keeps it one.
      content_html: title || summary || text || url ? undefined : contentHtml,
      image: imageUrl,
      date_published: crumbs ? undefined : published?.toISOString(),
      authors: crumbs || !authors.length ? undefined : authors.map(({ name }) => ({ name })),
      language,
      _news: Object.values(news).some((value) => value !== undefined) ? news : undefined,
    };
  };
  return {
    version: 'https://jsonfeed.org/version/1.1',
    ...(crumbs && {
      title: feed.title,
      home_page_url: absolute(feed.homePageUrl),
      _news: feed.breadcrumb ? { breadcrumb: feed.breadcrumb.map(link) } : undefined,
    }),
    items: items.map(item),
  };
}

/** A number attribute as Lit reads it (`Number(value)`), absent as null. */
const attributeNumber = (value: string | undefined): number | null => (value === undefined ? null : Number(value));
