/**
 * Every payload of the corpus through every text field and every URL field of
 * a JSON Feed, given with the `articles` property, into every element: the
 * marker never fires, text stays text, URLs become links or images only when
 * http(s), and the article body (the one HTML path) is as clean inside
 * `<news-article>` as out of the sanitizer.
 */
import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/news-widgets.js';
import { cutText, LIMITS } from '../../src/data/limits.js';
import { truncate } from '../../src/render/format.js';
import { FORBIDDEN_WORDS, settled, shownText } from '../helpers.js';
import { clobberedGlobals, EMBED_HOSTS, FORBIDDEN_ELEMENTS, findDanger, schemeOf, URL_PAYLOADS, XSS_PAYLOADS } from './xss-payloads.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const hits: unknown[] = [];
const FIXED_DATE = '2022-03-26T08:00:00+07:00';
/** A safe URL, for the fields a test does not aim at. */
const OK_URL = 'https://portal.example/tin-tuc/bai-viet';

/** Long enough for onerror, onload, ontoggle and animations to have fired. */
async function letEventsFire(): Promise<void> {
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  await aTimeout(100);
}

/**
 * Three items that put `text` in every text field and `url` in every URL field,
 * so that each field is shown somewhere: A has everything (cards show its title,
 * summary, author, category, image alt; the article its title, author, category,
 * tags and body); B has only a text body (cards are named by it, the article
 * shows it as paragraphs); C a title and a text body (cards summarize it).
 */
function items(text: string, url: string) {
  const crumbs = [
    { title: text, url },
    { title: text, url },
  ];
  return [
    {
      id: text,
      url,
      title: text,
      summary: text,
      content_text: text,
      content_html: text,
      image: url,
      banner_image: url,
      date_published: FIXED_DATE,
      date_modified: '2022-03-28T08:00:00+07:00',
      authors: [{ name: text, url }],
      tags: [text],
      language: text,
      _news: { category: { title: text, url }, breadcrumb: crumbs, image_alt: text },
    },
    { id: 'b', url, content_text: text, banner_image: url, date_published: FIXED_DATE, authors: [{ name: text, url }] },
    { id: 'c', url, title: text, content_text: text, date_published: FIXED_DATE, _news: { category: text } },
  ];
}

/** A whole feed: the feed-level fields (title, home_page_url, authors, breadcrumb) too. */
function feed(text: string, url: string) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: text,
    home_page_url: url,
    feed_url: url,
    next_url: url,
    authors: [{ name: text, url }],
    _news: { breadcrumb: [{ title: text, url }, { title: text, url }] },
    items: items(text, url),
  };
}

/** Settled, and an article's body sanitized: its own body element (not what a payload put inside it) is no longer busy. */
async function ready(el: Widget): Promise<void> {
  await waitUntil(
    () => {
      const root = el.shadowRoot;
      if (!root) return false;
      if (el.localName !== 'news-article') return !root.querySelector('[aria-busy]');
      const article = root.querySelector('article[part="article"]');
      if (!article) return !!root.querySelector('[part="status"]');
      return !article.hasAttribute('aria-busy') && !article.querySelector(':scope > [part="body"][aria-busy]');
    },
    `<${el.localName}> is still loading`,
    { timeout: 8000 },
  );
  await el.updateComplete;
}

/**
 * What is wrong in a widget's own markup (the body of an article aside): an
 * element that feed data could only have created by being parsed, a handler,
 * a link or image that is not http(s), a new browsing context without rel.
 */
function widgetDanger(root: ParentNode, except?: Element | null): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (except && except.contains(element)) continue;
    const tag = element.localName;
    if ([...FORBIDDEN_ELEMENTS, 'iframe'].includes(tag) && !(tag === 'button' && element.getAttribute('part') === 'button')) found.push(`<${tag}>`);
    if (tag.includes('-')) found.push(`<${tag}> custom element`);
    if (tag === 'img' && !element.closest('[part="image"]')) found.push('<img> outside [part="image"]');
    for (const { localName, value } of [...element.attributes]) {
      if (/^on/i.test(localName) || localName === 'srcdoc' || localName === 'style') found.push(`<${tag}> ${localName}="${value.slice(0, 60)}"`);
      if (['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data'].includes(localName) && !['http:', 'https:'].includes(schemeOf(value)))
        found.push(`<${tag}> ${localName} with scheme ${schemeOf(value)}: ${value.slice(0, 60)}`);
    }
    if (tag === 'a' && element.hasAttribute('target')) {
      const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) found.push(`<a target> without rel=noopener noreferrer`);
    }
  }
  return found;
}

/** Our JSON-LD in the light DOM, if any: JSON, with no `<` that could end or confuse its script. */
function jsonLdProblems(host: Element): string[] {
  const found: string[] = [];
  for (const script of host.querySelectorAll('script')) {
    if (script.type !== 'application/ld+json') found.push(`a <script type="${script.type}"> in the light DOM`);
    const text = script.textContent ?? '';
    if (text.includes('<')) found.push(`a "<" in JSON-LD: ${text.slice(0, 80)}`);
    try {
      JSON.parse(text);
    } catch {
      found.push(`JSON-LD that is not JSON: ${text.slice(0, 80)}`);
    }
  }
  return found;
}

/** The element's text in a part, checked to be nothing but text (a title's one link aside). */
function textOf(part: Element | null | undefined, where: string): string {
  expect(part, `${where} is shown`).to.exist;
  const made = [...part!.querySelectorAll('*')].filter((child) => !child.matches('a[part="link"]') || child.children.length);
  expect(
    made.map((child) => child.localName),
    `${where}: elements made from feed text`,
  ).to.deep.equal([]);
  return part!.textContent!.trim();
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('feed data through every element', () => {
  before(() => {
    window.__xss = (id) => hits.push(id);
  });
  after(() => {
    delete window.__xss;
  });

  it('the corpus is large and plain: no word the widgets must never print', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(40);
    for (const { html: payload } of XSS_PAYLOADS) expect(payload).not.to.match(FORBIDDEN_WORDS);
    for (const { url } of URL_PAYLOADS) expect(url).not.to.match(FORBIDDEN_WORDS);
  });

  describe('payloads in every text field (and as every URL: they become relative paths)', () => {
    for (const payload of XSS_PAYLOADS) {
      it(`[${payload.category}] ${payload.name}`, async () => {
        const text = payload.html;
        // Each field as shown: the text as is, up to the field's documented limit.
        const expected = text.trim();
        const title = cutText(expected, LIMITS.title);
        const name = cutText(expected, LIMITS.name);
        const summary = cutText(expected, LIMITS.summary);
        const data = items(text, text);
        const root = await fixture<HTMLElement>(html`<div>
          <news-list .articles=${data}></news-list>
          <news-list layout="compact" .articles=${data}></news-list>
          <news-card .articles=${data} variant="horizontal"></news-card>
          <news-article .articles=${data} embed-hosts=${EMBED_HOSTS.join(' ')} structured-data></news-article>
          <news-article .articles=${data} article-id="b"></news-article>
          <news-article .articles=${feed(text, text)} article-id="no-such-article"></news-article>
        </div>`);
        const [list, compact, card, article, textArticle, notFound] = [...root.children] as Widget[];
        const widgets = [list, compact, card, article, textArticle, notFound];
        for (const el of widgets) await ready(el);
        const already = hits.length;
        await letEventsFire();
        expect(hits.slice(already), 'the marker was called').to.deep.equal([]);
        expect(clobberedGlobals(), 'page globals').to.deep.equal([]);

        // <news-list>: A's title, summary, author, category; B named by its text; C summarized from its text.
        const cards = [...list.shadowRoot!.querySelectorAll('[part="card"]')];
        expect(cards, '<news-list> shows the three items').to.have.length(3);
        const [a, b, c] = cards;
        expect(textOf(a.querySelector('[part="title"]'), 'list title')).to.equal(title);
        expect(textOf(a.querySelector('[part="summary"]'), 'list summary')).to.equal(summary);
        expect(textOf(a.querySelector('[part="author"]'), 'list author')).to.equal(name);
        expect(textOf(a.querySelector('[part="category"]'), 'list category')).to.equal(name);
        // The image's URL is the payload too: shown, with its alt, unless longer than a URL may be.
        const image = a.querySelector('img[part="image"]');
        if (new URL(expected, location.href).href.length <= LIMITS.url) expect(image!.getAttribute('alt'), 'image alt').to.equal(cutText(expected, LIMITS.alt));
        else expect(image, 'an image whose URL is too long').to.equal(null);
        expect(textOf(b.querySelector('[part="title"]'), 'list title from content_text')).to.equal(truncate(text, 120));
        expect(textOf(c.querySelector('[part="summary"]'), 'list summary from content_text')).to.equal(truncate(text, 240));
        expect(textOf(c.querySelector('[part="category"]'), 'list category (a string)')).to.equal(name);
        expect(compact.shadowRoot!.querySelectorAll('[part="title"]'), 'compact list').to.have.length(3);

        // <news-card>: A.
        expect(textOf($in(card, '[part="title"]'), 'card title')).to.equal(title);
        expect(textOf($in(card, '[part="summary"]'), 'card summary')).to.equal(summary);
        expect(textOf($in(card, '[part="author"]'), 'card author')).to.equal(name);
        expect(textOf($in(card, '[part="category"]'), 'card category')).to.equal(name);

        // <news-article>: A, with its sanitized body.
        const body = article.shadowRoot!.querySelector('article[part="article"] > [part="body"]');
        expect(body, 'the article body').to.exist;
        expect(textOf($in(article, '[part="title"]'), 'article title')).to.equal(title);
        expect(textOf($in(article, '[part="author"]'), 'article author')).to.equal(name);
        expect(textOf($in(article, '[part="category"]'), 'article category')).to.equal(name);
        const tags = [...article.shadowRoot!.querySelectorAll('[part="tag"]')];
        expect(tags.map((tag) => textOf(tag, 'tag'))).to.deep.equal([name]);
        expect($in(article, 'article[part="article"]')!.getAttribute('lang'), 'the item language, as an attribute').to.equal(name);
        expect(findDanger(body!, { embedHosts: EMBED_HOSTS }), `left in the article body from ${JSON.stringify(text.slice(0, 200))}`).to.deep.equal([]);
        if (payload.keeps) expect(body!.querySelector(payload.keeps), `the body keeps ${payload.keeps}`).to.exist;
        if (payload.text) expect(body!.textContent).to.contain(payload.text);
        expect(jsonLdProblems(article), 'structured data').to.deep.equal([]);

        // <news-article article-id="b">: a text body, as paragraphs of text.
        const textBody = textArticle.shadowRoot!.querySelector('[part="body"]')!;
        expect([...textBody.querySelectorAll('*')].every((child) => child.localName === 'p' && !child.children.length), 'text body: paragraphs of text only').to.equal(
          true,
        );
        expect(collapse(textBody.textContent!)).to.equal(collapse(text));

        // Not found: the way back is the feed's home_page_url.
        expect($in(notFound, '[part="status"]'), 'not-found message').to.exist;

        for (const el of widgets) {
          const where = `<${el.localName}${el.getAttribute('article-id') ? ` article-id=${el.getAttribute('article-id')}` : ''}>`;
          const ownBody = el === article ? body : null;
          expect(widgetDanger(el.shadowRoot!, ownBody), `${where} markup`).to.deep.equal([]);
          expect(shownText(el).replaceAll(collapse(text), ''), `${where} text`).not.to.match(FORBIDDEN_WORDS);
          expect(jsonLdProblems(el), `${where} light DOM`).to.deep.equal([]);
        }
        // Last (it attaches shadow roots): no shadow root was declared in the body.
        expect(findDanger(body!, { embedHosts: EMBED_HOSTS, probeClosedShadowRoots: true }), 'shadow roots in the body').to.deep.equal([]);
      });
    }
  });

  describe('hostile URLs in every URL field', () => {
    for (const { name, url } of URL_PAYLOADS) {
      it(name, async () => {
        const linkable = ['http:', 'https:'].includes(schemeOf(url.trim()));
        const data = items('Tiêu đề', url);
        const root = await fixture<HTMLElement>(html`<div>
          <news-list .articles=${data} target="_blank"></news-list>
          <news-card .articles=${data} target="_blank"></news-card>
          <news-card .articles=${data} article-href="{id}"></news-card>
          <news-article .articles=${data} target="_blank" structured-data></news-article>
          <news-article .articles=${feed('Tiêu đề', url)} article-id="no-such-article"></news-article>
        </div>`);
        const widgets = [...root.children] as Widget[];
        for (const el of widgets) await ready(el);
        const already = hits.length;
        await letEventsFire();
        expect(hits.slice(already), 'the marker was called').to.deep.equal([]);
        for (const el of widgets) {
          const where = `<${el.localName}>`;
          expect(widgetDanger(el.shadowRoot!), `${where} markup`).to.deep.equal([]);
          expect(shownText(el), `${where} text`).not.to.match(FORBIDDEN_WORDS);
          expect(jsonLdProblems(el), `${where} light DOM`).to.deep.equal([]);
          if (!linkable) {
            // Text without a link, never an empty or broken one.
            expect(el.shadowRoot!.querySelector('a[part="category"], [part="status"] a, img'), `${where}: a link or image from ${url}`).to.equal(null);
            if (!el.hasAttribute('article-href')) expect(el.shadowRoot!.querySelector('a[part="link"]'), `${where}: a title link from ${url}`).to.equal(null);
          }
          expect(shownText(el), `${where} still shows the title`).to.contain(el.getAttribute('article-id') ? '' : 'Tiêu đề');
        }
        // article-href="{id}" with a hostile id: encoded into a relative (http) link.
        const idCard = widgets[2];
        const idData = [{ id: url, url: OK_URL, title: 'Tiêu đề' }];
        (idCard as Widget & { articles: unknown }).articles = idData;
        await idCard.updateComplete;
        await ready(idCard);
        const link = idCard.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]');
        expect(link, `article-href="{id}" with id ${url}: a link`).to.exist;
        expect(link!.dataset.id).to.equal(url.trim());
        expect(schemeOf(link!.getAttribute('href')!), `article-href="{id}" with id ${url}`).to.match(/^https?:$/);
      });
    }

    it('the same URLs as a bare array and as a single item', async () => {
      for (const { url } of URL_PAYLOADS) {
        for (const data of [[{ id: 'x', title: 'T', url, image: url }], { id: 'x', title: 'T', url, image: url }]) {
          const el = await fixture<Widget>(html`<news-card .articles=${data}></news-card>`);
          await settled(el);
          expect(widgetDanger(el.shadowRoot!), url).to.deep.equal([]);
        }
      }
    });
  });

  it('nothing fired late, after its own test ended', async () => {
    await aTimeout(500);
    expect(hits).to.deep.equal([]);
  });

  describe('<news-breadcrumb>', () => {
    for (const payload of XSS_PAYLOADS) {
      it(`crumb titles and URLs: [${payload.category}] ${payload.name}`, async () => {
        const text = payload.html;
        const root = await fixture<HTMLElement>(html`<div>
          <news-breadcrumb .articles=${feed(text, text)} structured-data target="_blank"></news-breadcrumb>
          <news-breadcrumb .articles=${feed(text, text)} article-id=${text.trim()} structured-data></news-breadcrumb>
        </div>`);
        const widgets = [...root.children] as Widget[];
        for (const el of widgets) await settled(el);
        const already = hits.length;
        await letEventsFire();
        expect(hits.slice(already), 'the marker was called').to.deep.equal([]);
        for (const el of widgets) {
          const crumbs = [...el.shadowRoot!.querySelectorAll('[part="crumb"]')];
          expect(crumbs.length, 'crumbs shown').to.be.at.least(2);
          for (const crumb of crumbs) {
            // The words after a link that opens a new tab are ours, not the feed's.
            const own = crumb.cloneNode(true) as Element;
            own.querySelectorAll('.new-tab, .sr-only').forEach((hint) => hint.remove());
            expect(collapse(own.textContent!)).to.equal(collapse(cutText(text.trim(), LIMITS.name)));
            const ours = '.new-tab, .sr-only';
            const made = [...crumb.querySelectorAll('*')].filter(
              (child) => !child.matches('a[part="link"], span, [part="separator"]') || [...child.children].some((grandchild) => !grandchild.matches(ours)),
            );
            expect(made.map((child) => child.localName), 'elements made from crumb titles').to.deep.equal([]);
          }
          expect(widgetDanger(el.shadowRoot!), 'breadcrumb markup').to.deep.equal([]);
          expect(shownText(el).replaceAll(collapse(text), ''), 'breadcrumb text').not.to.match(FORBIDDEN_WORDS);
          expect(jsonLdProblems(el), 'breadcrumb JSON-LD').to.deep.equal([]);
        }
      });
    }

    for (const { name, url } of URL_PAYLOADS) {
      it(`crumb URLs: ${name}`, async () => {
        const el = await fixture<Widget>(html`<news-breadcrumb .articles=${feed('Tin tức', url)} structured-data target="_blank"></news-breadcrumb>`);
        await settled(el);
        await letEventsFire();
        expect(hits).to.deep.equal([]);
        expect(widgetDanger(el.shadowRoot!)).to.deep.equal([]);
        expect(jsonLdProblems(el)).to.deep.equal([]);
        // The JSON-LD names only http(s) pages.
        for (const script of el.querySelectorAll('script')) {
          for (const item of (JSON.parse(script.textContent!) as { itemListElement: { item?: string }[] }).itemListElement)
            if (item.item) expect(schemeOf(item.item)).to.match(/^https?:$/);
        }
      });
    }

    it('from the page\'s own links: hostile hrefs and titles render as safe links and text', async () => {
      for (const { url } of URL_PAYLOADS) {
        const el = document.createElement('news-breadcrumb') as Widget;
        for (const title of ['Trang chủ', `<img src=x onerror="__xss('crumb-light-dom')">`]) {
          const link = document.createElement('a');
          link.setAttribute('href', url);
          link.textContent = title;
          el.append(link);
        }
        el.setAttribute('current', `<svg onload="__xss('crumb-current')">`);
        document.body.append(el);
        try {
          await settled(el);
          await letEventsFire();
          expect(hits).to.deep.equal([]);
          expect(widgetDanger(el.shadowRoot!), url).to.deep.equal([]);
          expect(shownText(el)).to.contain(`<img src=x onerror="__xss('crumb-light-dom')">`);
        } finally {
          el.remove();
        }
      }
    });
  });
});

function $in(el: Element, selector: string): Element | null {
  return el.shadowRoot!.querySelector(selector);
}
