import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import { NewsError } from '../../src/data/errors.js';
import type { NewsFeed } from '../../src/data/model.js';
import '../../src/news-widgets.js';
import { $, $$, FORBIDDEN_WORDS, fixtureUrl, hangingFetch, resetCache, settled, shownText, spyFetch } from '../helpers.js';

const FEED = fixtureUrl('feed.json');
const MANY = fixtureUrl('many.json');

describe('<news-list>', () => {
  let spy: ReturnType<typeof spyFetch> | undefined;
  afterEach(() => {
    spy?.restore();
    spy = undefined;
    resetCache();
  });

  describe('loading', () => {
    it('shows a skeleton of the final layout, busy only while loading', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const el = await fixture<NewsList>(html`<news-list src=${MANY} limit="3" layout="grid"></news-list>`);
      // One busy region, one status: the skeleton is hidden from assistive technology.
      expect($$(el, '[aria-busy="true"]')).to.have.length(1);
      expect($(el, '[part="list"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('Loading news…');
      expect($$(el, '.skeleton')).to.have.length(3);
      expect($(el, '.skeleton .media')).to.exist;
      // Bones only: no stray text (a falsy row must not print "false").
      expect(shownText(el)).to.equal('');
      await expect(el).to.be.accessible();
      spy.restore();
      spy = undefined;
      resetCache();
      el.src = FEED;
      await settled(el);
      expect($(el, '[aria-busy]')).to.equal(null);
    });

    it('caps the skeleton at 12 cards for large limits', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const el = await fixture<NewsList>(html`<news-list src=${MANY} limit="500"></news-list>`);
      expect($$(el, '.skeleton')).to.have.length(12);
    });
  });

  describe('ready', () => {
    it('renders the feed in order, each part of each card', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED} lang="vi"></news-list>`);
      await settled(el);
      const items = $$(el, '[part="item"]');
      expect(items).to.have.length(3);
      const first = items[0];
      const link = first.querySelector<HTMLAnchorElement>('[part="link"]')!;
      expect(link.textContent!.trim()).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
      expect(link.href).to.equal('https://portal.example/tin-tuc/first');
      expect(link.closest('[part="title"]')!.getAttribute('role')).to.equal('heading');
      expect(link.closest('[part="title"]')!.getAttribute('aria-level')).to.equal('3');
      const img = first.querySelector<HTMLImageElement>('[part="image"]')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.alt).to.equal('Quang cảnh buổi tọa đàm');
      expect(img.src).to.equal(fixtureUrl('images/first.svg'));
      const time = first.querySelector('time[part="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2022-03-26T01:00:00.000Z');
      expect(time.textContent!.trim()).to.equal('26 tháng 3, 2022');
      expect(first.querySelector('[part="author"]')!.textContent).to.equal('Minh Sơn và Ngọc Hân');
      expect(first.querySelector('[part="category"]')!.textContent).to.equal('Tin tức - Sự kiện');
      expect(first.querySelector('[part="summary"]')!.textContent).to.equal('Nhằm đổi mới hình thức sinh hoạt chuyên đề.');
      await expect(el).to.be.accessible();
    });

    it('names an item without a title by its summary or text, never an empty heading', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
      await settled(el);
      const titles = $$(el, '[part="title"]').map((title) => title.textContent!.trim());
      expect(titles[1]).to.equal('Thông báo lịch học tháng 01/2022 cho các lớp tập trung.');
      expect(titles[2]).to.equal('Only a text body, no title or summary.');
      // The summary is not repeated under a title made from it.
      expect($$(el, '[part="item"]')[1].querySelector('[part="summary"]')).to.equal(null);
      for (const title of titles) expect(title).not.to.equal('');
    });

    it('never shows null, undefined, NaN, Invalid Date or [object Object]', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
      await settled(el);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      // Nor for articles a host page passes by hand, with wrong types.
      el.articles = [
        { id: 'x', title: null, summary: 'A summary', date_published: 'nope', authors: [null, { name: 7 }], tags: [{}], image: { url: null } },
        { id: 7, url: 'https://portal.example/7', authors: 'not a list', _news: { category: {} } },
        null,
        { id: 'z', title: ['not', 'text'], content_html: '<p>Body only</p>' },
      ];
      await settled(el);
      expect($$(el, '[part="item"]')).to.have.length(3);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      expect(shownText(el)).to.contain('Untitled article');
    });

    it('adds no attribute the page did not write', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
      await settled(el);
      el.layout = 'grid';
      await el.updateComplete;
      expect(el.getAttributeNames()).to.deep.equal(['src']);
    });

    it('shows `limit` items, or all when there are fewer; a bad limit falls back to 10', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${MANY} limit="4"></news-list>`);
      await settled(el);
      expect($$(el, '[part="item"]')).to.have.length(4);
      el.setAttribute('limit', 'abc');
      await el.updateComplete;
      expect($$(el, '[part="item"]')).to.have.length(10);
      el.setAttribute('limit', '-3');
      await el.updateComplete;
      expect($$(el, '[part="item"]')).to.have.length(10);
      el.limit = 100;
      await el.updateComplete;
      expect($$(el, '[part="item"]')).to.have.length(30);
    });

    it('lays out as list, grid or compact; anything else is a list', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED} layout="grid"></news-list>`);
      await settled(el);
      expect($(el, '[part="card"]')!.classList.contains('vertical')).to.equal(true);
      el.layout = 'compact';
      await el.updateComplete;
      expect($(el, '[part="card"]')!.classList.contains('compact')).to.equal(true);
      expect($(el, '[part="image"]')).to.equal(null);
      expect($(el, '[part="summary"]')).to.equal(null);
      await expect(el).to.be.accessible();
      el.setAttribute('layout', 'masonry');
      await el.updateComplete;
      expect($(el, '[part="card"]')!.classList.contains('horizontal')).to.equal(true);
    });

    it('shows only the parts named in `show`', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED} show="date nonsense"></news-list>`);
      await settled(el);
      expect($(el, '[part="date"]')).to.exist;
      for (const part of ['image', 'author', 'category', 'summary']) expect($(el, `[part="${part}"]`), part).to.equal(null);
      el.show = '';
      await el.updateComplete;
      expect($(el, '[part="meta"]')).to.equal(null);
      expect($(el, '[part="link"]')).to.exist;
    });

    it('links through `article-href` with the encoded id, and sets rel for a new window', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED} article-href="?tin={id}" target="_blank"></news-list>`);
      await settled(el);
      const link = $<HTMLAnchorElement>(el, '[part="link"]')!;
      expect(link.href).to.equal(new URL('?tin=first', location.href).href);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('makes no link or image of an unsafe URL', async () => {
      const el = await fixture<NewsList>(html`<news-list></news-list>`);
      el.articles = [{ id: 'a', title: 'Unsafe', url: 'javascript:alert(1)', image: 'data:image/svg+xml,<svg onload=alert(1)>' }];
      await settled(el);
      expect($(el, 'a')).to.equal(null);
      expect($(el, 'img')).to.equal(null);
      expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Unsafe');
    });

    it('renders titles as text, never as markup', async () => {
      const el = await fixture<NewsList>(html`<news-list></news-list>`);
      el.articles = [{ id: 'a', title: '<img src=x onerror=alert(1)><b>bold</b>', summary: '<script>alert(1)</script>' }];
      await settled(el);
      expect($(el, '[part="title"] img, [part="title"] b, script')).to.equal(null);
      expect($(el, '[part="title"]')!.textContent).to.contain('<b>bold</b>');
    });

    it('sets the title heading level from `heading-level`, falling back to 3', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED} heading-level="2"></news-list>`);
      await settled(el);
      expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('2');
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    });

    for (const layout of ['grid', 'list']) {
      it(`hides a broken image without an empty box, and the card keeps its size (${layout})`, async () => {
        const el = await fixture<NewsList>(html`<news-list layout=${layout} style="width: 700px"></news-list>`);
        el.articles = [
          { id: 'a', title: 'Broken', summary: 'A summary', image: fixtureUrl('images/missing.png') },
          { id: 'b', title: 'Whole', summary: 'A summary', image: fixtureUrl('images/first.svg') },
        ];
        await settled(el);
        const [broken, whole] = $$(el, '[part="card"]');
        const height = broken.getBoundingClientRect().height;
        const img = broken.querySelector('img')!;
        img.loading = 'eager';
        await waitUntil(() => img.hasAttribute('data-broken'), 'the broken image was not marked');
        expect(getComputedStyle(broken.querySelector('.media')!).display).to.equal('none');
        expect(broken.getBoundingClientRect().height).to.equal(height);
        if (layout === 'list') {
          // Its text stays in the text column, where the other cards have theirs.
          const x = (card: Element) => card.querySelector('[part="title"]')!.getBoundingClientRect().left;
          expect(x(broken)).to.equal(x(whole));
        } else {
          // The row stays as it was: both cards as tall as the skeleton made them.
          expect(whole.getBoundingClientRect().height).to.equal(height);
        }
      });
    }
  });

  describe('empty and error', () => {
    it('says so when the feed has no items', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${fixtureUrl('empty.json')}></news-list>`);
      await settled(el);
      expect($(el, '[part="status"]')!.textContent).to.contain('There is no news to show yet.');
      expect($(el, '[part="list"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows an error with a retry button that loads again; the detail goes to the event', async () => {
      let fail = true;
      spy = spyFetch(() => (fail ? Promise.resolve(new Response('{}', { status: 404 })) : undefined));
      const el = document.createElement('news-list');
      el.src = FEED;
      const errored = oneEvent(el, 'news-error');
      document.body.append(el);
      const { detail } = await errored;
      expect(detail.error).to.be.instanceOf(NewsError);
      expect(detail.error.code).to.equal('http');
      await settled(el);
      const status = $(el, '[part="status"]')!;
      expect(status.textContent).to.contain('The news could not be loaded.');
      expect(detail.error.message).to.contain('HTTP 404');
      await expect(el).to.be.accessible();
      fail = false;
      const loaded = oneEvent(el, 'news-load');
      $<HTMLButtonElement>(el, '[part="button"]')!.click();
      await loaded;
      await settled(el);
      expect($$(el, '[part="item"]')).to.have.length(3);
      expect(spy.calls).to.have.length(2);
      el.remove();
    });

    it('says so in Vietnamese for an HTML page', async () => {
      const el = await fixture<NewsList>(html`<div lang="vi"><news-list src=${fixtureUrl('error-page.html')}></news-list></div>`).then(
        (div) => div.firstElementChild as NewsList,
      );
      await settled(el);
      expect($(el, '[part="status"]')!.textContent).to.contain('Không tải được tin.');
      expect($(el, '[part="button"]')!.textContent).to.equal('Thử lại');
    });

    it('survives attributes removed or set to junk, with a clear state', async () => {
      const el = await fixture<NewsList>(
        html`<news-list src=${FEED} article-href="?tin={id}" target="_blank" date-format="long" heading-level="2" show="date"></news-list>`,
      );
      await settled(el);
      for (const name of ['article-href', 'target', 'date-format', 'heading-level', 'show', 'limit', 'layout']) el.removeAttribute(name);
      await el.updateComplete;
      expect($$(el, '[part="item"]')).to.have.length(3);
      expect($(el, '[part="link"]')!.getAttribute('href')).to.equal('https://portal.example/tin-tuc/first');
      el.removeAttribute('src');
      await settled(el);
      expect($(el, '[part="status"]')!.textContent).to.contain('No news source is set');
      (el as unknown as Record<string, unknown>).src = 42;
      (el as unknown as Record<string, unknown>).credentials = 'everything';
      await settled(el);
      expect($(el, '[part="status"]')).to.exist;
    });

    it('waits for data a page script sets right after the element is defined, without a false error', async () => {
      const el = document.createElement('news-list');
      const errors: Event[] = [];
      el.addEventListener('news-error', (event) => errors.push(event));
      document.body.append(el);
      // The page's own script, one task later.
      await new Promise((resolve) => setTimeout(resolve));
      el.articles = [{ id: 'a', title: 'Set by the page' }];
      await settled(el);
      expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Set by the page');
      expect(errors).to.deep.equal([]);
      el.remove();
    });

    it('defined before its children were parsed, reads them once they are (DOMContentLoaded)', async () => {
      // As under a blocking script in <head>: the document is still loading when the element upgrades.
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
      const errors: Event[] = [];
      const el = document.createElement('news-list');
      el.addEventListener('news-error', (event) => errors.push(event));
      try {
        document.body.append(el);
        await new Promise((resolve) => setTimeout(resolve, 50));
        // The parser reaches the inline data, then the document is parsed.
        el.innerHTML = '<script type="application/json">{ "items": [{ "id": "a", "title": "Parsed later" }] }</script>';
      } finally {
        delete (document as { readyState?: unknown }).readyState;
      }
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await settled(el);
      expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Parsed later');
      expect(errors).to.deep.equal([]);
      el.remove();
    });

    it('says when nothing is set to load, without a useless retry', async () => {
      const el = await fixture<NewsList>(html`<news-list></news-list>`);
      await settled(el);
      expect($(el, '[part="status"]')!.textContent).to.contain('No news source is set.');
      expect($(el, '[part="button"]')).to.equal(null);
    });
  });

  describe('loading lifecycle', () => {
    it('aborts the load in flight when `src` changes and drops its late result', async () => {
      const signals: AbortSignal[] = [];
      spy = spyFetch((input, init) => {
        if (String(input).includes('feed.json')) {
          signals.push(init!.signal!);
          return hangingFetch(init);
        }
        return undefined;
      });
      const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
      el.src = MANY;
      await settled(el);
      expect(signals[0].aborted).to.equal(true);
      expect($$(el, '[part="item"]')).to.have.length(10);
    });

    it('aborts on disconnect and loads again on reconnect', async () => {
      let hang = true;
      const signals: AbortSignal[] = [];
      spy = spyFetch((_, init) => {
        signals.push(init!.signal!);
        return hang ? hangingFetch(init) : undefined;
      });
      const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
      const parent = el.parentElement!;
      el.remove();
      expect(signals[0].aborted).to.equal(true);
      hang = false;
      parent.append(el);
      await settled(el);
      expect($$(el, '[part="item"]')).to.have.length(3);
      expect(spy.calls).to.have.length(2);
    });

    it('fires news-load with the feed', async () => {
      const el = document.createElement('news-list');
      el.src = FEED;
      const loaded = oneEvent(el, 'news-load');
      document.body.append(el);
      const event = await loaded;
      expect((event.detail as NewsFeed).items).to.have.length(3);
      expect(event.bubbles && event.composed).to.equal(true);
      el.remove();
    });

    it('reads inline JSON from a child script without a request', async () => {
      spy = spyFetch();
      const el = await fixture<NewsList>(html`<news-list
        ><script type="application/json">
          { "items": [{ "id": "inline", "title": "Inline item" }] }
        </script></news-list
      >`);
      await settled(el);
      expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Inline item');
      expect(spy.calls).to.have.length(0);
    });
  });

  describe('news-select', () => {
    it('fires on a reader’s click, and cancelling it stops the link', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
      await settled(el);
      const link = $<HTMLAnchorElement>(el, '[part="link"]')!;
      let clicked: Event | undefined;
      const onSelect = (event: Event) => {
        expect((event as CustomEvent).detail.article.id).to.equal('first');
        expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
        event.preventDefault();
      };
      document.addEventListener('news-select', onSelect);
      document.addEventListener('click', (event) => (clicked = event), { once: true });
      link.click();
      document.removeEventListener('news-select', onSelect);
      expect(clicked!.defaultPrevented).to.equal(true);
    });

    it('leaves modified clicks (new tab) alone', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
      await settled(el);
      let selected = false;
      el.addEventListener('news-select', () => (selected = true));
      const link = $<HTMLAnchorElement>(el, '[part="link"]')!;
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true });
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.dispatchEvent(click);
      expect(selected).to.equal(false);
    });
  });

  describe('language', () => {
    it('follows its own lang, else the nearest ancestor, and re-renders when lang changes', async () => {
      const wrapper = await fixture(html`<div lang="vi"><news-list src=${FEED}></news-list></div>`);
      const el = wrapper.firstElementChild as NewsList;
      await settled(el);
      expect($(el, 'time')!.textContent!.trim()).to.equal('26 tháng 3, 2022');
      el.lang = 'en';
      await el.updateComplete;
      expect($(el, 'time')!.textContent!.trim()).to.equal('March 26, 2022');
      // Reflected, so that assistive technology reads the content in the right language.
      expect(el.getAttribute('lang')).to.equal('en');
      expect($(el, '[part="author"]')!.textContent).to.equal('Minh Sơn and Ngọc Hân');
    });

    it('formats dates short and relative, with the full date as a title', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED} lang="vi" date-format="short"></news-list>`);
      await settled(el);
      expect($(el, 'time')!.textContent!.trim()).to.equal('26/03/2022');
      el.dateFormat = 'relative';
      await el.updateComplete;
      expect($(el, 'time')!.textContent!.trim()).to.match(/năm trước$/);
      expect($(el, 'time')!.getAttribute('title')).to.equal('26 tháng 3, 2022');
      el.setAttribute('date-format', 'weird');
      await el.updateComplete;
      expect($(el, 'time')!.textContent!.trim()).to.equal('26 tháng 3, 2022');
    });
  });

  describe('on an article page', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));
    const items = ['lead', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: `Tin ${id}`, url: `https://portal.example/${id}` }));
    const ids = (el: NewsList) => $$(el, '[part="link"]').map((link) => link.dataset.id);

    it('skips the first `offset` items, then shows `limit`', async () => {
      const el = await fixture<NewsList>(html`<news-list offset="1" limit="2" .articles=${items}></news-list>`);
      await settled(el);
      expect(ids(el)).to.deep.equal(['b', 'c']);
      el.offset = -3;
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['lead', 'b']);
    });

    it('marks the open article (`article-param`), can leave it out (`skip-open`), and follows the back button', async () => {
      history.replaceState(null, '', '?tin=c');
      const marked = await fixture<NewsList>(html`<news-list article-param="tin" .articles=${items}></news-list>`);
      const skipping = await fixture<NewsList>(html`<news-list article-param="tin" skip-open limit="3" .articles=${items}></news-list>`);
      await settled(marked);
      await settled(skipping);
      const current = $$(marked, '[aria-current="page"]');
      expect(current.map((link) => link.dataset.id)).to.deep.equal(['c']);
      expect(ids(skipping)).to.deep.equal(['lead', 'b', 'd']);
      await expect(marked).to.be.accessible();
      // Another article opens (a history entry), then the reader goes back.
      history.pushState(null, '', '?tin=lead');
      dispatchEvent(new PopStateEvent('popstate'));
      await marked.updateComplete;
      await skipping.updateComplete;
      expect($(marked, '[aria-current="page"]')!.dataset.id).to.equal('lead');
      expect(ids(skipping)).to.deep.equal(['b', 'c', 'd']);
    });

    it('skips `offset` items of the feed first, then the open article: the lead shown above, the one open elsewhere', async () => {
      history.replaceState(null, '', '?tin=lead');
      const el = await fixture<NewsList>(html`<news-list article-param="tin" skip-open offset="1" limit="2" .articles=${items}></news-list>`);
      await settled(el);
      expect(ids(el)).to.deep.equal(['b', 'c']);
      history.replaceState(null, '', '?tin=c');
      dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['b', 'd']);
    });

    it('with `skip-open` and no article open, leaves nothing out', async () => {
      const el = await fixture<NewsList>(html`<news-list article-param="tin" skip-open limit="2" .articles=${items}></news-list>`);
      await settled(el);
      expect(ids(el)).to.deep.equal(['lead', 'b']);
      expect($(el, '[aria-current]')).to.equal(null);
    });
  });

  describe('screen readers', () => {
    it('announces an empty or failed load: the live region is there before its text', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const el = await fixture<NewsList>(html`<news-list src=${FEED} lang="vi"></news-list>`);
      const region = $(el, '[role="status"]')!;
      expect(region.textContent!.trim()).to.equal('Đang tải tin…');
      spy.restore();
      spy = spyFetch(() => Promise.resolve(new Response('{}', { status: 500 })));
      resetCache();
      el.retry();
      await settled(el);
      // The same node, now holding the message (and its retry button).
      expect($(el, '[role="status"]')).to.equal(region);
      expect(region.textContent).to.contain('Không tải được tin.');
      expect(region.querySelector('[part="button"]')).to.exist;
      el.articles = [];
      await settled(el);
      expect($(el, '[role="status"]')).to.equal(region);
      expect(region.textContent!.trim()).to.equal('Chưa có tin nào.');
    });

    it('gives a card the language of an article in another one', async () => {
      const el = await fixture<NewsList>(html`<news-list lang="vi" .articles=${[
        { id: 'a', title: 'Tin', language: 'vi' },
        { id: 'b', title: 'News', language: 'en' },
        { id: 'c', title: 'Không rõ' },
      ]}></news-list>`);
      await settled(el);
      expect($$(el, '[part="card"]').map((card) => card.getAttribute('lang'))).to.deep.equal([null, 'en', null]);
    });

    it('says which links open a new tab: an arrow to see, words to hear', async () => {
      const el = await fixture<NewsList>(html`<news-list lang="en" target="_blank" .articles=${[{ id: 'a', title: 'News', url: 'https://portal.example/a' }]}></news-list>`);
      await settled(el);
      const link = $(el, '[part="link"]')!;
      expect(link.querySelector('.new-tab')!.getAttribute('aria-hidden')).to.equal('true');
      expect(link.querySelector('.sr-only')!.textContent).to.equal('(opens in a new tab)');
      expect(shownText(el)).to.equal('News↗');
      el.target = '_self';
      await el.updateComplete;
      expect(link.querySelector('.new-tab, .sr-only')).to.equal(null);
    });
  });
});
