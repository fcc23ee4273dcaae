import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NewsBreadcrumb } from '../../src/components/news-breadcrumb/news-breadcrumb.js';
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

/** The crumbs a reader sees (collapsed ones are display: none). */
const visible = (el: Element) => $$(el, '[part="crumb"]').filter((crumb) => crumb.getClientRects().length > 0);

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

describe('<news-breadcrumb>', () => {
  let spy: ReturnType<typeof spyFetch> | undefined;
  afterEach(() => {
    spy?.restore();
    spy = undefined;
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

    it('with article-id: the item’s own trail, else the feed’s ending with its category', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${ITEMS} article-id="own-trail"></news-breadcrumb>`);
      expect(crumbs(el)).to.deep.equal([
        ['Trang chủ', 'https://portal.example/'],
        ['Đào tạo', 'https://portal.example/dao-tao'],
        ['Lịch học', null],
      ]);
      el.articleId = 'with-category';
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([
        ['Trang chủ', 'https://portal.example/'],
        ['Tin tức', abs('/tin-tuc')],
        ['Sự kiện', null],
      ]);
      // A category that already ends the trail is not repeated.
      el.articleId = 'category-is-last';
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Trang chủ', 'Tin tức']);
      el.articleId = 'no-category';
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Trang chủ', 'Tin tức']);
      // An unknown id: the feed's trail.
      el.articleId = 'nope';
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Trang chủ', 'Tin tức']);
      el.removeAttribute('article-id');
      await el.updateComplete;
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Trang chủ', 'Tin tức']);
    });

    it('with article-id and a feed without a trail: just the category', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${CATEGORY_ONLY} article-id="a"></news-breadcrumb>`);
      expect(crumbs(el)).to.deep.equal([['Thông báo', null]]);
      expect($(el, '[part="separator"]')).to.equal(null);
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
      el.setAttribute('src', FEED);
      await el.updateComplete;
      await settled(el);
      expect(crumbs(el).map(([title]) => title)).to.deep.equal(['Tin tức', 'Tin tức - Sự kiện']);
      el.removeAttribute('src');
      await el.updateComplete;
      expect(crumbs(el)).to.deep.equal([['A', null]]);
    });

    it('with neither a feed nor links, says that no source is set', async () => {
      const el = await breadcrumb(html`<news-breadcrumb></news-breadcrumb>`);
      expect($(el, '[part="status"]')!.textContent).to.contain('src');
      expect($(el, 'nav')).to.equal(null);
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
      const alone = await breadcrumb(html`<news-breadcrumb src=${NONE} current="Bài viết"></news-breadcrumb>`);
      expect(crumbs(alone)).to.deep.equal([['Bài viết', null]]);
      await expect(alone).to.be.accessible();
    });
  });

  describe('states', () => {
    it('loading: a line-high skeleton, busy only while loading, the height of the trail', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const el = await fixture<NewsBreadcrumb>(html`<news-breadcrumb src=${FEED} lang="vi"></news-breadcrumb>`);
      const nav = $(el, '[part="nav"]')!;
      expect(nav.getAttribute('aria-busy')).to.equal('true');
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

    it('error: the base message with a retry button', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${fixtureUrl('missing.json')}></news-breadcrumb>`);
      expect($(el, '[part="status"]')).to.exist;
      expect($(el, '[part="button"]')).to.exist;
      expect($(el, 'nav')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('empty: a feed without a trail shows nothing, without an error', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${NONE}></news-breadcrumb>`);
      expect(el.shadowRoot!.children).to.have.length(0);
      expect(shownText(el)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('collapse on narrow widths', () => {
    it('narrow: the first crumb, "…" and the last two; the button shows all, by keyboard', async () => {
      const el = await breadcrumb(html`<div style="width: 300px"><news-breadcrumb src=${LONG} lang="vi"></news-breadcrumb></div>`);
      expect(visible(el).map((crumb) => crumb.textContent!.trim())).to.deep.equal(['Trang chủ', 'Hoạt động', 'Năm 2022']);
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

      const short = await breadcrumb(html`<div style="width: 300px"><news-breadcrumb src=${ITEMS} article-id="own-trail"></news-breadcrumb></div>`);
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

    it('mirrors the separator in right-to-left text', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED}></news-breadcrumb>`);
      expect(getComputedStyle($(el, '[part="separator"]')!).transform).to.equal('none');
      const rtl = await breadcrumb(html`<div dir="rtl"><news-breadcrumb src=${FEED}></news-breadcrumb></div>`);
      const separator = getComputedStyle($(rtl, '[part="separator"]')!);
      expect(separator.transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      // And only the transform: "›" is bidi-mirrored in right-to-left text, which would undo it.
      expect(separator.direction).to.equal('ltr');
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

    it('removes it when the trail becomes empty or fails', async () => {
      const el = await breadcrumb(html`<news-breadcrumb src=${FEED} structured-data></news-breadcrumb>`);
      await written(el);
      el.src = NONE;
      await el.updateComplete;
      await settled(el);
      expect(jsonLd(el)).to.equal(null);
      el.src = FEED;
      await el.updateComplete;
      await settled(el);
      await written(el);
      el.src = fixtureUrl('missing.json');
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      expect(jsonLd(el)).to.equal(null);
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
});
