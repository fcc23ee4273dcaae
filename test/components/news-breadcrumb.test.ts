import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { NewsBreadcrumb } from '../../src/components/news-breadcrumb/news-breadcrumb.js';
import { openArticle } from '../../src/components/open-article.js';
import { writeJsonLdScript } from '../../src/render/trusted-types.js';
import { $, $$, FORBIDDEN_WORDS, fixtureUrl, hangingFetch, resetCache, settled, shownText, spyFetch } from '../helpers.js';

// Until the script-tag entry registers it.
if (!customElements.get('news-breadcrumb')) customElements.define('news-breadcrumb', NewsBreadcrumb);

const FEED = fixtureUrl('feed.json');
const ITEMS = fixtureUrl('breadcrumb-items.json');
const CATEGORY_ONLY = fixtureUrl('breadcrumb-category-only.json');
const LONG = fixtureUrl('breadcrumb-long.json');
const NONE = fixtureUrl('breadcrumb-none.json');
const abs = (path: string) => new URL(path, location.href).href;

/** Each crumb as [title, href of its link or null]. */
const crumbs = (el: Element) =>
  $$(el, '[part="crumb"]').map((crumb) => [crumb.textContent!.trim(), crumb.querySelector('a')?.getAttribute('href') ?? null]);

/** The crumbs a reader sees (collapsed ones are display: none), by their text: elements in a failed assertion would hang its report. */
const visible = (el: Element) =>
  $$(el, '[part="crumb"]')
    .filter((crumb) => crumb.getClientRects().length > 0)
    .map((crumb) => crumb.textContent!.trim());

const jsonLd = (el: Element) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-news-widgets]');
/** JSON-LD is written once its writer has loaded (on first use): waits for it, or for what `ready` says of it. */
const written = (el: Element, ready: (script: HTMLScriptElement) => boolean = () => true) =>
  waitUntil(() => jsonLd(el) && ready(jsonLd(el)!), 'the JSON-LD was not written');

async function breadcrumb(template: unknown): Promise<NewsBreadcrumb> {
  const root = await fixture<HTMLElement>(template as never);
  const el = root instanceof NewsBreadcrumb ? root : root.querySelector<NewsBreadcrumb>('news-breadcrumb')!;
  await settled(el);
  return el;
}

/**
 * The element once its feed has loaded or failed. With links inside, nothing
 * is busy while it loads (settled() would not wait): the test listens for the
 * event, before the element exists.
 */
async function loaded(template: unknown, event: 'news-load' | 'news-error' = 'news-load'): Promise<NewsBreadcrumb> {
  const done = oneEvent(document, event);
  const root = await fixture<HTMLElement>(template as never);
  const el = root instanceof NewsBreadcrumb ? root : root.querySelector<NewsBreadcrumb>('news-breadcrumb')!;
  await done;
  await el.updateComplete;
  return el;
}

/** The current page crumb's text (and that there is exactly one). */
const currentPage = (el: Element) => {
  const marked = $$(el, '[aria-current]');
  expect(marked.map((node) => node.getAttribute('aria-current'))).to.deep.equal(['page']);
  expect(marked[0].closest('[part="crumb"]')).to.equal($(el, '[part="crumb"]:last-child'));
  return marked[0].textContent;
};

/** Nothing a reader or assistive technology could take for a list item without content. */
const noEmptyItems = (el: Element) => {
  for (const item of $$(el, 'li')) expect(item.textContent!.trim(), item.outerHTML).not.to.equal('');
};

/** The crumbs of the item `own-trail` (test/fixtures/breadcrumb-items.json): its own trail, then its title. */
const OWN_TRAIL = [
  ['Trang chủ', 'https://portal.example/'],
  ['Đào tạo', 'https://portal.example/dao-tao'],
  ['Lịch học', 'https://portal.example/dao-tao/lich-hoc'],
  ['An item with its own trail', null],
];

describe('<news-breadcrumb>', () => {
  let spy: ReturnType<typeof spyFetch> | undefined;
  /** Lets the feed answer at last: the hanging fetch goes, and the element loads again. */
  const releaseAndLoad = async (el: NewsBreadcrumb) => {
    spy?.restore();
    spy = undefined;
    resetCache();
    const load = oneEvent(el, 'news-load');
    el.retry();
    await load;
    await el.updateComplete;
  };
  // Failed loads warn in the console, as they should: stubbed where a test expects one, so the output stays quiet.
  let warn: sinon.SinonStub | undefined;
  const stubWarn = () => (warn = sinon.stub(console, 'warn'));
  afterEach(() => {
    spy?.restore();
    spy = undefined;
    warn?.restore();
    warn = undefined;
    resetCache();
  });

  describe('the trail from a feed', () => {
    it('shows the feed’s breadcrumb, the last crumb as the current page', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED} lang="vi"></news-breadcrumb>`);
      // Relative URLs in the feed resolve against the feed.
      expect(crumbs(el)).to.deep.equal([
        ['Tin tức', 'https://portal.example/tin-tuc'],
        ['Tin tức - Sự kiện', null],
      ]);
      expect($(el, '[part="crumb"]:last-child > span:not([part])')!.getAttribute('aria-current')).to.equal('page');
      expect($$(el, '[aria-current]')).to.have.length(1);
      expect(el.getAttributeNames().sort()).to.deep.equal(['lang', 'src']);
      await expect(el).to.be.accessible();
    });

    it('is a nav landmark named in the element’s language, with an ordered list and hidden separators', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${LONG} lang="vi"></news-breadcrumb>`);
      const nav = $(el, 'nav[part="nav"]')!;
      expect(nav.getAttribute('aria-label')).to.equal('Đường dẫn');
      expect(nav.querySelector(':scope > ol[part="list"]')).to.exist;
      expect($$(el, 'ol > li[part="crumb"]')).to.have.length(5);
      const separators = $$(el, '[part="separator"]');
      // Between crumbs: one before each crumb but the first, and one before the "…" button.
      expect(separators).to.have.length(5);
      expect($(el, '[part="crumb"]:first-child [part="separator"]')).to.equal(null);
      for (const separator of separators) {
        expect(separator.getAttribute('aria-hidden')).to.equal('true');
        expect(separator.textContent).to.equal('');
      }
      el.lang = 'en';
      await el.updateComplete;
      expect(nav.getAttribute('aria-label')).to.equal('Breadcrumb');
      expect($(el, '[part="button"]')!.getAttribute('aria-label')).to.equal('Show the full path');
    });

    it('gives links the target, and rel for a new window', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED} target="_blank"></news-breadcrumb>`);
      const link = $<HTMLAnchorElement>(el, '[part="link"]')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      el.target = '_self';
      await el.updateComplete;
      expect(link.hasAttribute('rel')).to.equal(false);
    });

    it('with article-id: the item’s own trail, else the feed’s ending with its category as a link; then the article’s title', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${ITEMS} article-id="own-trail"></news-breadcrumb>`);
      expect(crumbs(el)).to.deep.equal(OWN_TRAIL);
      expect(currentPage(el)).to.equal('An item with its own trail');
      el.articleId = 'with-category';
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([
        ['Trang chủ', 'https://portal.example/'],
        ['Tin tức', abs('/tin-tuc')],
        ['Sự kiện', abs('/test/fixtures/su-kien.html')],
        ['An item in a category', null],
      ]);
      expect(currentPage(el)).to.equal('An item in a category');
      // A category that already ends the trail is not repeated.
      el.articleId = 'category-is-last';
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([
        ['Trang chủ', 'https://portal.example/'],
        ['Tin tức', abs('/tin-tuc')],
        ['An item whose category ends the feed\'s trail', null],
      ]);
      el.articleId = 'no-category';
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Trang chủ', 'Tin tức', 'An item without a category']);
      await expect(el).to.be.accessible();
      // An unknown id: the feed's trail.
      el.articleId = 'nope';
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Trang chủ', 'Tin tức']);
      el.removeAttribute('article-id');
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Trang chủ', 'Tin tức']);
    });

    it('with article-id and a feed without a trail: the feed’s title, the category, the article', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${CATEGORY_ONLY} article-id="a"></news-breadcrumb>`);
      expect(crumbs(el)).to.deep.equal([
        ['A feed without a trail', null],
        ['Thông báo', 'https://portal.example/thong-bao'],
        ['An item in a category', null],
      ]);
      expect(currentPage(el)).to.equal('An item in a category');
    });

    it('with article-id and current: current is the last crumb, in place of the article’s title', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${ITEMS} article-id="with-category" current="Bài viết"></news-breadcrumb>`);
      expect(crumbs(el).map(([title, href]) => [title, !!href])).to.deep.equal([
        ['Trang chủ', true],
        ['Tin tức', true],
        ['Sự kiện', true],
        ['Bài viết', false],
      ]);
      // The page's text equal to the crumb before it: one crumb, the current page.
      el.current = 'Sự kiện';
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([
        ['Trang chủ', 'https://portal.example/'],
        ['Tin tức', abs('/tin-tuc')],
        ['Sự kiện', null],
      ]);
    });

    it('an article without a title ends with the untitled word, never an empty crumb', async () => {
      const el = await breadcrumb(html`<news-breadcrumb article-id="x" lang="vi"></news-breadcrumb>`);
      // An item needs a title, a text or a URL to be read at all: this one has only a URL.
      el.articles = { items: [{ id: 'x', url: '/x' }], _news: { breadcrumb: [{ title: 'A', url: '/a' }] } };
      await settled(el);
      expect(crumbs(el)).to.deep.equal([
        ['A', abs('/a')],
        ['Bài viết không có tiêu đề', null],
      ]);
      noEmptyItems(el);
    });

    it('reads articles given from script and inline JSON', async () => {
      const el = await breadcrumb(html`<news-breadcrumb></news-breadcrumb>`);
      el.articles = { items: [], _news: { breadcrumb: [{ title: 'A', url: '/a' }, { title: 'B' }] } };
      await settled(el);
      expect(crumbs(el)).to.deep.equal([
        ['A', abs('/a')],
        ['B', null],
      ]);
      const inline = await breadcrumb(html`<news-breadcrumb
        ><script type="application/json">
          { "items": [], "_news": { "breadcrumb": [{ "title": "Inline", "url": "/inline" }] } }
        </script></news-breadcrumb
      >`);
      expect(crumbs(inline)).to.deep.equal([['Inline', null]]);
    });

    it('renders titles as text, and no link for an unsafe URL', async () => {
      const el = await breadcrumb(html`<news-breadcrumb></news-breadcrumb>`);
      el.articles = {
        items: [],
        _news: {
          breadcrumb: [
            { title: '<img src=x onerror=alert(1)><b>bold</b>', url: 'javascript:alert(1)' },
            { title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
            { title: '</script><script>alert(1)</script>' },
          ],
        },
      };
      await settled(el);
      expect($(el, 'img, b, script, a')).to.equal(null);
      expect(crumbs(el)).to.deep.equal([
        ['<img src=x onerror=alert(1)><b>bold</b>', null],
        ['Data', null],
        ['</script><script>alert(1)</script>', null],
      ]);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    });
  });

  describe('the trail from the page’s links', () => {
    it('reads the links inside, without a feed and without an error', async () => {
      let errors = 0;
      const count = () => errors++;
      document.addEventListener('news-error', count);
      const el = await breadcrumb(html`<news-breadcrumb lang="vi"
        ><a href="/tin-tuc"> Tin
          tức </a
        ><a href="/tin-tuc/su-kien">Tin tức - Sự kiện</a></news-breadcrumb
      >`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      document.removeEventListener('news-error', count);
      expect(errors).to.equal(0);
      expect($(el, '[part="status"]')).to.equal(null);
      expect(crumbs(el)).to.deep.equal([
        ['Tin tức', abs('/tin-tuc')],
        ['Tin tức - Sự kiện', null],
      ]);
      expect($(el, '[aria-current="page"]')!.textContent).to.equal('Tin tức - Sự kiện');
      await expect(el).to.be.accessible();
    });

    it('makes no link of a javascript: href', async () => {
      const el = await breadcrumb(html`<news-breadcrumb
        ><a href="javascript:alert(1)">Evil</a><a href=" JavaScript:alert(1)">Evil too</a><a href="/ok">Ok</a></news-breadcrumb
      >`);
      expect(crumbs(el)).to.deep.equal([
        ['Evil', null],
        ['Evil too', null],
        ['Ok', null],
      ]);
      expect($(el, 'a')).to.equal(null);
    });

    it('reads links nested in the page’s own list markup', async () => {
      const el = await breadcrumb(html`<news-breadcrumb
        ><ol>
          <li><a href="/a">A</a></li>
          <li><a href="/b">B</a></li>
          <li><a>C</a></li>
        </ol></news-breadcrumb
      >`);
      expect(crumbs(el)).to.deep.equal([
        ['A', abs('/a')],
        ['B', abs('/b')],
        ['C', null],
      ]);
    });

    it('follows the links as they change', async () => {
      const el = await breadcrumb(html`<news-breadcrumb><a href="/a">A</a></news-breadcrumb>`);
      const wait = (titles: string[]) =>
        waitUntil(() => JSON.stringify(crumbs(el).map(([title]) => title)) === JSON.stringify(titles), `expected ${titles}`);
      const b = Object.assign(document.createElement('a'), { href: '/b', textContent: 'B' });
      el.append(b);
      await wait(['A', 'B']);
      expect(crumbs(el)[0]).to.deep.equal(['A', abs('/a')]);
      el.querySelector('a')!.firstChild!.textContent = 'A2';
      await wait(['A2', 'B']);
      el.querySelector('a')!.setAttribute('href', '/a2');
      await waitUntil(() => crumbs(el)[0][1] === abs('/a2'));
      b.remove();
      await wait(['A2']);
    });

    it('gives way to a feed, and comes back without one', async () => {
      const el = await breadcrumb(html`<news-breadcrumb><a href="/a">A</a></news-breadcrumb>`);
      const load = oneEvent(el, 'news-load');
      el.setAttribute('src', FEED);
      await load;
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Tin tức', 'Tin tức - Sự kiện']);
      el.removeAttribute('src');
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([['A', null]]);
    });

    it('with neither a feed nor links, shows nothing: the missing source goes to news-error and the console', async () => {
      stubWarn();
      const el = await loaded(html`<news-breadcrumb></news-breadcrumb>`, 'news-error');
      expect(warn!.called).to.equal(true);
      expect(el.shadowRoot!.children).to.have.length(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('progressive enhancement: the page’s links before, during and after a load', () => {
    const LINKS = [
      ['Trang chủ', abs('/')],
      ['Tin tức', null],
    ];

    it('shows the links while the feed loads, no skeleton, not busy; the feed’s trail replaces them on the same height', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const el = await fixture<NewsBreadcrumb>(html`<news-breadcrumb src=${FEED} lang="vi"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a></news-breadcrumb>`);
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal(LINKS);
      expect(currentPage(el)).to.equal('Tin tức');
      expect($(el, '.bone, [aria-busy], [role="status"]')).to.equal(null);
      expect($(el, 'nav[part="nav"]')!.getAttribute('aria-label')).to.equal('Đường dẫn');
      noEmptyItems(el);
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      // The links change while it loads: followed.
      el.querySelector('a')!.textContent = 'Trang nhất';
      await waitUntil(() => crumbs(el)[0][0] === 'Trang nhất', 'the links were not followed');

      await releaseAndLoad(el);
      expect(crumbs(el)).to.deep.equal([
        ['Tin tức', 'https://portal.example/tin-tuc'],
        ['Tin tức - Sự kiện', null],
      ]);
      expect(el.getBoundingClientRect().height).to.equal(height);
      await expect(el).to.be.accessible();
    });

    it('stays one line when a long article title replaces the links on a narrow page: the title ends with "…"', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const root = await fixture<HTMLElement>(
        html`<div style="width: 320px"><news-breadcrumb src=${FEED} article-id="first"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a></news-breadcrumb></div>`,
      );
      const el = root.querySelector<NewsBreadcrumb>('news-breadcrumb')!;
      await el.updateComplete;
      const height = el.getBoundingClientRect().height;
      expect(crumbs(el)).to.have.length(2);
      await releaseAndLoad(el);
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Tin tức', 'Tin tức - Sự kiện', 'Nâng cao hiệu quả sinh hoạt chuyên đề']);
      expect(el.getBoundingClientRect().height).to.equal(height);
      // The title gave way (its whole text is still there for assistive technology); the links kept their words.
      const title = $(el, '[aria-current="page"]')!;
      expect(title.scrollWidth).to.be.greaterThan(title.clientWidth);
      expect(getComputedStyle(title).textOverflow).to.equal('ellipsis');
      for (const link of $$(el, '[part="link"]')) expect(link.scrollWidth, link.textContent!).to.be.at.most(link.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('with links and current while loading: both, current last', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const el = await fixture<NewsBreadcrumb>(html`<news-breadcrumb src=${FEED} current="Bài viết"><a href="/">Trang chủ</a></news-breadcrumb>`);
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([
        ['Trang chủ', abs('/')],
        ['Bài viết', null],
      ]);
      expect($(el, '[aria-busy]')).to.equal(null);
    });

    it('keeps the links when the feed fails: no message, no retry; news-error and the console are told', async () => {
      stubWarn();
      let errors = 0;
      const count = () => errors++;
      document.addEventListener('news-error', count);
      const el = await loaded(
        html`<news-breadcrumb src=${fixtureUrl('missing.json')} lang="vi"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a></news-breadcrumb>`,
        'news-error',
      );
      document.removeEventListener('news-error', count);
      expect(errors).to.equal(1);
      expect(warn!.calledOnce).to.equal(true);
      expect(warn!.firstCall.args[0]).to.equal(el);
      expect(crumbs(el)).to.deep.equal(LINKS);
      expect($(el, '[part="status"], [role="status"], [aria-busy], button, .bone')).to.equal(null);
      expect(shownText(el)).to.equal('Trang chủ Tin tức');
      noEmptyItems(el);
      await expect(el).to.be.accessible();
    });

    it('falls back to the links when the feed has no trail', async () => {
      const el = await loaded(html`<news-breadcrumb src=${NONE}><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a></news-breadcrumb>`);
      expect(crumbs(el)).to.deep.equal(LINKS);
      await expect(el).to.be.accessible();
    });

    it('after a failure, a feed that loads replaces the links', async () => {
      stubWarn();
      const el = await loaded(html`<news-breadcrumb src=${fixtureUrl('missing.json')}><a href="/">Trang chủ</a></news-breadcrumb>`, 'news-error');
      expect(crumbs(el)).to.deep.equal([['Trang chủ', null]]);
      const load = oneEvent(el, 'news-load');
      el.src = FEED;
      await load;
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Tin tức', 'Tin tức - Sự kiện']);
    });
  });

  describe('a feed without a trail', () => {
    it('falls back to the feed’s title, linked to its home page when a crumb follows', async () => {
      const el = await breadcrumb(html`<news-breadcrumb current="Bài viết"></news-breadcrumb>`);
      el.articles = { title: 'Tin tức', home_page_url: 'https://portal.example/tin-tuc', items: [] };
      await settled(el);
      expect(crumbs(el)).to.deep.equal([
        ['Tin tức', 'https://portal.example/tin-tuc'],
        ['Bài viết', null],
      ]);
      expect(currentPage(el)).to.equal('Bài viết');
      await expect(el).to.be.accessible();
      // Alone, it is the current page: the home page itself.
      el.removeAttribute('current');
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([['Tin tức', null]]);
      expect(currentPage(el)).to.equal('Tin tức');
      await expect(el).to.be.accessible();
    });

    it('a feed without a title either: the word for news in the element’s language, never nothing', async () => {
      const el = await breadcrumb(html`<news-breadcrumb lang="vi"></news-breadcrumb>`);
      el.articles = [{ id: 'a', title: 'Bài A' }];
      await settled(el);
      expect(crumbs(el)).to.deep.equal([['Tin tức', null]]);
      el.lang = 'en';
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([['News', null]]);
      // An article of it: the section, then the article.
      el.articleId = 'a';
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([
        ['News', null],
        ['Bài A', null],
      ]);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      noEmptyItems(el);
    });
  });

  describe('article-param: the open article', () => {
    const original = location.href;
    /** The test page's URL with these query parameters added (the runner's own stay). */
    const at = (query: string) => {
      const url = new URL(original);
      for (const [name, value] of new URLSearchParams(query)) url.searchParams.set(name, value);
      return url;
    };
    /** The page's URL becomes that, in place (no history entry, no event). */
    const visit = (query: string) => history.replaceState(null, '', at(query));
    afterEach(() => history.replaceState(null, '', original));

    it('ends with the open article’s title, the current page, after its category as a link', async () => {
      visit('?tin=with-category');
      const el = await breadcrumb(html`<news-breadcrumb src=${ITEMS} article-param="tin"></news-breadcrumb>`);
      expect(crumbs(el)).to.deep.equal([
        ['Trang chủ', 'https://portal.example/'],
        ['Tin tức', abs('/tin-tuc')],
        ['Sự kiện', abs('/test/fixtures/su-kien.html')],
        ['An item in a category', null],
      ]);
      expect($$(el, '[part="link"]').map((link) => link.textContent)).to.deep.equal(['Trang chủ', 'Tin tức', 'Sự kiện']);
      expect(currentPage(el)).to.equal('An item in a category');
      expect(el.getAttributeNames().sort()).to.deep.equal(['article-param', 'src']);
      await expect(el).to.be.accessible();
    });

    it('without the parameter in the URL, or naming no article of the feed: the feed’s trail', async () => {
      visit('?other=1');
      const el = await breadcrumb(html`<news-breadcrumb src=${ITEMS} article-param="tin"></news-breadcrumb>`);
      expect(crumbs(el)).to.deep.equal([
        ['Trang chủ', 'https://portal.example/'],
        ['Tin tức', null],
      ]);
      expect(currentPage(el)).to.equal('Tin tức');
      await expect(el).to.be.accessible();
      visit('?tin=nope');
      el.requestUpdate();
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Trang chủ', 'Tin tức']);
    });

    it('wins over article-id, which applies without it', async () => {
      visit('?tin=own-trail');
      const el = await breadcrumb(html`<news-breadcrumb src=${ITEMS} article-param="tin" article-id="with-category"></news-breadcrumb>`);
      expect(crumbs(el).at(-1)).to.deep.equal(['An item with its own trail', null]);
      el.removeAttribute('article-param');
      await el.updateComplete;
      expect(crumbs(el).at(-1)).to.deep.equal(['An item in a category', null]);
    });

    it('follows the article opened in place, and the back button', async () => {
      visit('?tin=with-category');
      const el = await breadcrumb(html`<news-breadcrumb src=${ITEMS} article-param="tin" structured-data></news-breadcrumb>`);
      await written(el);
      expect(JSON.parse(jsonLd(el)!.textContent!).itemListElement.at(-1)).to.deep.equal({ '@type': 'ListItem', position: 4, name: 'An item in a category' });

      // As a <news-article> opens another one: a new history entry, no popstate.
      openArticle(at('?tin=own-trail'));
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal(OWN_TRAIL);
      expect(currentPage(el)).to.equal('An item with its own trail');
      // The structured data follows what is shown.
      await written(el, (script) => script.textContent!.includes('An item with its own trail'));
      expect(JSON.parse(jsonLd(el)!.textContent!).itemListElement.map((item: { name: string }) => item.name)).to.deep.equal([
        'Trang chủ',
        'Đào tạo',
        'Lịch học',
        'An item with its own trail',
      ]);
      await expect(el).to.be.accessible();

      // Back: popstate, the former article.
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('tin')).to.equal('with-category');
      expect(crumbs(el).at(-1)).to.deep.equal(['An item in a category', null]);
      await written(el, (script) => script.textContent!.includes('An item in a category'));
    });

    it('stops following when it leaves the page', async () => {
      visit('?tin=with-category');
      const el = await breadcrumb(html`<news-breadcrumb src=${ITEMS} article-param="tin"></news-breadcrumb>`);
      const parent = el.parentElement!;
      el.remove();
      const update = sinon.spy(el, 'requestUpdate');
      dispatchEvent(new PopStateEvent('popstate'));
      expect(update.called).to.equal(false);
      update.restore();
      visit('?tin=no-category');
      parent.append(el);
      await el.updateComplete;
      expect(crumbs(el).at(-1)).to.deep.equal(['An item without a category', null]);
    });
  });

  describe('current', () => {
    it('adds a last crumb as text, the current page', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED} current="Nâng cao hiệu quả"></news-breadcrumb>`);
      expect(crumbs(el)).to.deep.equal([
        ['Tin tức', 'https://portal.example/tin-tuc'],
        ['Tin tức - Sự kiện', abs('/tin-tuc/tin-tuc-su-kien')],
        ['Nâng cao hiệu quả', null],
      ]);
      expect($$(el, '[aria-current="page"]').map((node) => node.textContent)).to.deep.equal(['Nâng cao hiệu quả']);
      el.removeAttribute('current');
      await el.updateComplete;
      expect(crumbs(el)).to.have.length(2);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    });

    it('after the page’s links, and alone with a feed that has no trail', async () => {
      const el = await breadcrumb(html`<news-breadcrumb current="Bài viết"><a href="/a">A</a></news-breadcrumb>`);
      expect(crumbs(el)).to.deep.equal([
        ['A', abs('/a')],
        ['Bài viết', null],
      ]);
      // A feed without a trail: its title (it has no home page), then current.
      const alone = await breadcrumb(html`<news-breadcrumb src=${NONE} current="Bài viết"></news-breadcrumb>`);
      expect(crumbs(alone)).to.deep.equal([
        ['No trail', null],
        ['Bài viết', null],
      ]);
      await expect(alone).to.be.accessible();
    });
  });

  describe('states', () => {
    it('loading without links: a line-high skeleton, one busy region and one status, the height of the trail', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const el = await fixture<NewsBreadcrumb>(html`<news-breadcrumb src=${FEED} lang="vi"></news-breadcrumb>`);
      await el.updateComplete;
      // One status, which says it once; one busy region, holding the skeleton, hidden; no landmark (nothing to navigate yet), no list items.
      const status = $$(el, '[role="status"]');
      expect(status.length).to.equal(1);
      expect(status[0].textContent!.trim()).to.equal('Đang tải tin…');
      const busy = $$(el, '[aria-busy="true"]');
      expect(busy.length).to.equal(1);
      expect(busy[0].querySelector('.bone')).to.exist;
      expect(busy[0].querySelector('[aria-hidden="true"] .bone')).to.exist;
      expect($(el, 'nav, li, [part="status"]')).to.equal(null);
      expect(shownText(el)).to.equal('');
      const loadingHeight = el.getBoundingClientRect().height;
      expect(loadingHeight).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      spy.restore();
      spy = undefined;
      resetCache();
      el.retry();
      await settled(el);
      expect($(el, '[aria-busy]')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
    });

    it('error without links: no message, nothing shown; the error goes to news-error and the console', async () => {
      stubWarn();
      const el = await loaded(html`<news-breadcrumb src=${fixtureUrl('missing.json')}></news-breadcrumb>`, 'news-error');
      expect(warn!.calledOnce).to.equal(true);
      expect(el.shadowRoot!.children).to.have.length(0);
      expect($(el, '[part="status"], [role="status"], button')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
      // current, given by the page, still shows.
      el.current = 'Bài viết';
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([['Bài viết', null]]);
      await expect(el).to.be.accessible();
    });
  });

  describe('collapse on narrow widths', () => {
    it('narrow: the first crumb, "…" and the last two; the button shows all, by keyboard', async () => {
      const el = await breadcrumb(html`<div style="width: 300px"><news-breadcrumb src=${LONG} lang="vi"></news-breadcrumb></div>`);
      expect(visible(el)).to.deep.equal(['Trang chủ', 'Hoạt động', 'Năm 2022']);
      const button = $<HTMLButtonElement>(el, '[part="button"]')!;
      expect(button.getClientRects().length).to.equal(1);
      expect(button.textContent).to.equal('…');
      expect(button.getAttribute('aria-label')).to.equal('Hiện đầy đủ đường dẫn');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();

      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(el)).to.have.length(5);
      expect(button.getClientRects().length).to.equal(0);
      // Focus moves to the first crumb that was hidden.
      await waitUntil(() => el.shadowRoot!.activeElement?.textContent === 'Tin tức', 'focus did not move');
      expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('https://portal.example/tin-tuc');
      await expect(el).to.be.accessible();
    });

    it('narrow: a click expands too; with three crumbs or fewer nothing collapses', async () => {
      const el = await breadcrumb(html`<div style="width: 300px"><news-breadcrumb src=${LONG} current="Bài viết"></news-breadcrumb></div>`);
      expect(visible(el)).to.have.length(3);
      $(el, '[part="button"]')!.click();
      await el.updateComplete;
      expect(visible(el)).to.have.length(6);
      expect($(el, '[part="button"]')!.getAttribute('aria-expanded')).to.equal('true');

      const short = await breadcrumb(html`<div style="width: 300px"><news-breadcrumb src=${FEED} current="Bài viết"></news-breadcrumb></div>`);
      expect(visible(short)).to.have.length(3);
      expect($(short, '[part="button"]')).to.equal(null);
    });

    it('wide: every crumb, no button', async () => {
      const el = await breadcrumb(html`<div style="width: 800px"><news-breadcrumb src=${LONG}></news-breadcrumb></div>`);
      expect(visible(el)).to.have.length(5);
      expect($(el, '[part="button"]')!.getClientRects().length).to.equal(0);
      await expect(el).to.be.accessible();
      // Narrowing the same element collapses it: no script measures, the container query does.
      (el.parentElement as HTMLElement).style.width = '300px';
      await waitUntil(() => visible(el).length === 3, 'did not collapse');
    });
  });

  describe('styling', () => {
    it('takes the separator glyph from --news-breadcrumb-separator on an ancestor, "›" by default', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED}></news-breadcrumb>`);
      expect(getComputedStyle($(el, '[part="separator"]')!, '::before').content).to.equal('"›"');
      const themed = await breadcrumb(html`<div style='--news-breadcrumb-separator: "/"'><news-breadcrumb src=${FEED}></news-breadcrumb></div>`);
      expect(getComputedStyle($(themed, '[part="separator"]')!, '::before').content).to.equal('"/"');
    });

    it('mirrors the default separator in right-to-left text', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED}></news-breadcrumb>`);
      expect(getComputedStyle($(el, '[part="separator"]')!).transform).to.equal('none');
      const rtl = await breadcrumb(html`<div dir="rtl"><news-breadcrumb src=${FEED}></news-breadcrumb></div>`);
      const separator = getComputedStyle($(rtl, '[part="separator"]')!);
      expect(separator.transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      // And only the transform: "›" is bidi-mirrored in right-to-left text, which would undo it.
      expect(separator.direction).to.equal('ltr');
      await expect(rtl).to.be.accessible();
    });

    it('shows a separator of the page’s own as given in right-to-left text: "/" never becomes "\\"', async () => {
      const rtl = await breadcrumb(html`<div dir="rtl" style='--news-breadcrumb-separator: "/"'><news-breadcrumb src=${FEED}></news-breadcrumb></div>`);
      const separator = $(rtl, '[part="separator"]')!;
      expect(getComputedStyle(separator, '::before').content).to.equal('"/"');
      expect(getComputedStyle(separator).transform).to.equal('none');
      expect(getComputedStyle(separator).direction).to.equal('ltr');
      // Set on the element itself, or as an image: the same.
      rtl.style.setProperty('--news-breadcrumb-separator', 'url("data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E")');
      expect(getComputedStyle(separator).transform).to.equal('none');
      rtl.style.setProperty('--news-breadcrumb-separator', '"»"');
      expect(getComputedStyle(separator).transform).to.equal('none');
      // Unset again: the default, mirrored.
      rtl.style.removeProperty('--news-breadcrumb-separator');
      rtl.parentElement!.style.removeProperty('--news-breadcrumb-separator');
      expect(getComputedStyle(separator, '::before').content).to.equal('"›"');
      expect(getComputedStyle(separator).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      // Left to right, nothing is mirrored, default or not.
      const ltr = await breadcrumb(html`<div style='--news-breadcrumb-separator: "/"'><news-breadcrumb src=${FEED}></news-breadcrumb></div>`);
      expect(getComputedStyle($(ltr, '[part="separator"]')!).transform).to.equal('none');
    });
  });

  describe('structured data', () => {
    it('writes nothing unless asked', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED}></news-breadcrumb>`);
      expect(el.querySelector('script')).to.equal(null);
    });

    it('writes a BreadcrumbList of what is shown, updates it in place, removes it', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED} structured-data current="Bài <viết>"></news-breadcrumb>`);
      await written(el);
      const script = jsonLd(el)!;
      expect(script).to.exist;
      expect(script.textContent).not.to.contain('<');
      expect(JSON.parse(script.textContent!)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Tin tức', item: 'https://portal.example/tin-tuc' },
          { '@type': 'ListItem', position: 2, name: 'Tin tức - Sự kiện', item: abs('/tin-tuc/tin-tuc-su-kien') },
          { '@type': 'ListItem', position: 3, name: 'Bài <viết>' },
        ],
      });
      el.current = 'Khác';
      await el.updateComplete;
      await written(el, (current) => current.textContent!.includes('Khác'));
      expect(jsonLd(el)).to.equal(script);
      expect(JSON.parse(script.textContent!).itemListElement[2].name).to.equal('Khác');
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(jsonLd(el)).to.equal(null);
      el.setAttribute('structured-data', '');
      await el.updateComplete;
      await written(el);
    });

    it('from the page’s links, with absolute URLs; gone when the element leaves the page', async () => {
      const el = await breadcrumb(html`<news-breadcrumb structured-data><a href="/tin-tuc">Tin tức</a><a href="javascript:x">X</a></news-breadcrumb>`);
      await written(el);
      const items = JSON.parse(jsonLd(el)!.textContent!).itemListElement;
      expect(items).to.deep.equal([
        { '@type': 'ListItem', position: 1, name: 'Tin tức', item: abs('/tin-tuc') },
        { '@type': 'ListItem', position: 2, name: 'X' },
      ]);
      // Our own writes are not read as a change of the trail (else each would render again).
      let rereads = 0;
      const requestUpdate = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<typeof requestUpdate>) => {
        if (!args.length) rereads++;
        requestUpdate(...args);
      };
      el.current = 'Bài viết';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(JSON.parse(jsonLd(el)!.textContent!).itemListElement).to.have.length(3);
      expect(rereads).to.equal(0);
      delete (el as Partial<NewsBreadcrumb>).requestUpdate;
      const parent = el.parentElement!;
      el.remove();
      expect(jsonLd(el)).to.equal(null);
      parent.append(el);
      await el.updateComplete;
      await written(el);
      // Only one, ever.
      expect(el.querySelectorAll('script')).to.have.length(1);
    });

    it('follows the fallback of a feed without a trail; removed when a load fails with nothing to show', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED} structured-data></news-breadcrumb>`);
      await written(el);
      el.src = NONE;
      await el.updateComplete;
      await settled(el);
      await written(el, (script) => script.textContent!.includes('No trail'));
      expect(JSON.parse(jsonLd(el)!.textContent!).itemListElement).to.deep.equal([{ '@type': 'ListItem', position: 1, name: 'No trail' }]);
      stubWarn();
      el.src = fixtureUrl('missing.json');
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      expect(jsonLd(el)).to.equal(null);
    });

    it('while loading and after a failure, the page’s links', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const el = await fixture<NewsBreadcrumb>(html`<news-breadcrumb src=${FEED} structured-data><a href="/a">A</a></news-breadcrumb>`);
      const links = [{ '@type': 'ListItem', position: 1, name: 'A', item: abs('/a') }];
      await written(el);
      expect(JSON.parse(jsonLd(el)!.textContent!).itemListElement).to.deep.equal(links);
      spy.restore();
      spy = undefined;
      stubWarn();
      const failed = oneEvent(el, 'news-error');
      el.src = fixtureUrl('missing.json');
      await failed;
      await el.updateComplete;
      await written(el);
      expect(JSON.parse(jsonLd(el)!.textContent!).itemListElement).to.deep.equal(links);
    });

    it('escapes < in the script text, through the policy', () => {
      const host = document.createElement('div');
      const data = { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ name: '</script><!--' }] };
      expect(writeJsonLdScript(host, data)).to.equal(true);
      expect(host.querySelector('script[type="application/ld+json"]')!.textContent).to.equal(
        '{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"name":"\\u003c/script>\\u003c!--"}]}',
      );
    });

    it('writes only JSON-LD of the shape the library writes: no import map, no speculation rules, whatever a script type becomes', () => {
      const host = document.createElement('div');
      for (const data of [{ imports: { x: '/x.js' } }, { '@context': 'https://schema.org', imports: {} }, { prerender: [] }, ['@context'], { '@context': 'https://evil.example' }]) {
        expect(writeJsonLdScript(host, data), JSON.stringify(data)).to.equal(false);
      }
      expect(host.querySelector('script')).to.equal(null);
    });

    /** A page enforcing Trusted Types that allows the given policy names; the element in it, defined there. */
    async function trustedTypesPage(names: string) {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${names}">
        <script>
          window.violations = [];
          document.addEventListener('securitypolicyviolation', (e) => e.sample.includes('canary') || violations.push(e.violatedDirective));
        </script>
        <news-breadcrumb structured-data current="Bài viết"><a href="/tin-tuc">Tin tức</a></news-breadcrumb>
        <script type="module">
          import { NewsBreadcrumb } from '/src/components/news-breadcrumb/news-breadcrumb.ts';
          customElements.define('news-breadcrumb', NewsBreadcrumb);
          try { document.createElement('div').innerHTML = '<b>canary</b>'; } catch { window.enforced = true; }
        </script>`;
      document.body.append(frame);
      const win = () => frame.contentWindow as (Window & { violations?: string[]; enforced?: boolean }) | null;
      await waitUntil(() => win()?.document.querySelector('news-breadcrumb')?.shadowRoot?.querySelector('nav'), 'the element did not render', {
        timeout: 8000,
      });
      const el = win()!.document.querySelector('news-breadcrumb') as NewsBreadcrumb;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { frame, el, enforced: win()!.enforced, violations: win()!.violations! };
    }

    it('writes through the news-widgets policy on a page that enforces Trusted Types', async () => {
      const { frame, el, enforced, violations } = await trustedTypesPage('news-widgets lit-html');
      expect(enforced).to.equal(true);
      expect(violations).to.deep.equal([]);
      expect(JSON.parse(jsonLd(el)!.textContent!).itemListElement).to.have.length(2);
      frame.remove();
    });

    it('writes nothing, and throws nothing, where the page refuses the policy', async () => {
      const { frame, el, enforced, violations } = await trustedTypesPage('lit-html');
      expect(enforced).to.equal(true);
      expect(jsonLd(el)).to.equal(null);
      // Only the refused policy itself: no write into a script was attempted.
      expect(violations).to.deep.equal(['trusted-types']);
      expect(el.shadowRoot!.querySelectorAll('[part="crumb"]')).to.have.length(2);
      frame.remove();
    });
  });

  it('on an article page, keeps every one of its links a link while the article is unknown (loading, failed)', async () => {
    const start = location.href;
    history.replaceState(null, '', '?tin=first');
    try {
      spy = spyFetch((_, init) => hangingFetch(init));
      const el = await fixture<NewsBreadcrumb>(
        html`<news-breadcrumb src=${FEED} article-param="tin"><a href="/tin-tuc">Tin tức</a><a href="/tin-tuc/su-kien">Tin tức - Sự kiện</a></news-breadcrumb>`,
      );
      await el.updateComplete;
      expect($$(el, '[part="link"]').map((link) => link.textContent)).to.deep.equal(['Tin tức', 'Tin tức - Sự kiện']);
      expect($(el, '[aria-current]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', start);
    }
  });
});
