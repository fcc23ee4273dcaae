import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, $$, fetchSpies, FORBIDDEN_WORDS, fixtureUrl, hangingFetch, settled, shownText } from '../helpers.js';

const MANY = fixtureUrl('many.json');
/** The browser's own fetch, before any test spies on it. */
const realFetch = window.fetch.bind(window);
const FEED = fixtureUrl('feed.json');

const titles = (el: Element) => $$(el, '[part="item"]:not([aria-hidden]) [part="title"]').map((title) => title.textContent!.trim());
const controls = (el: Element) => $$(el, '[part="pagination"] .page');
const control = (el: Element, text: string) => controls(el).find((c) => c.textContent!.trim() === text)!;
const announced = (el: Element) => $(el, '.sr-only[role="status"]')?.textContent?.trim();

/** WordPress posts `from`…`to` (ids), as `_fields` answers them, with WordPress's paging headers. */
function wordpressPage(from: number, to: number, totalPages: number, total: number): Response {
  const posts = Array.from({ length: to - from + 1 }, (_, i) => ({
    id: from + i,
    title: { rendered: `Bài ${from + i}` },
    link: `https://wp.example/bai-${from + i}/`,
    date_gmt: '2024-05-01T08:00:00',
  }));
  return new Response(JSON.stringify(posts), {
    headers: { 'content-type': 'application/json', 'X-WP-TotalPages': String(totalPages), 'X-WP-Total': String(total) },
  });
}

describe('<news-list pagination>', () => {
  const spy = fetchSpies();
  let url: string;
  beforeEach(() => (url = location.href));
  afterEach(() => history.replaceState(history.state, '', url));

  describe('the first load', () => {
    for (const mode of ['pages', 'more'])
      for (const layout of ['list', 'grid', 'compact'])
        it(`keeps its height from the skeleton to the articles and their ${mode === 'pages' ? 'pager' : 'button'}: ${layout}`, async () => {
          let answer!: () => void;
          const held = new Promise<void>((resolve) => (answer = resolve));
          spy((input) => (String(input) === MANY ? held.then(() => realFetch(MANY)) : undefined));
          const box = await fixture<HTMLElement>(html`<div style="width: 800px">
            <news-list src=${MANY} pagination=${mode} page-size="3" layout=${layout}></news-list>
          </div>`);
          const el = box.firstElementChild as NewsList;
          await waitUntil(() => $(el, '.pager-room'), 'the skeleton keeps no room for the pager');
          const loading = el.getBoundingClientRect().height;
          answer();
          await settled(el);
          await waitUntil(() => $(el, mode === 'pages' ? '[part="pagination"]' : '.more'), 'no pager');
          await nextFrame();
          expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 1);
        });
  });

  describe('pages, in the browser', () => {
    it('shows a page of page-size articles, a labelled nav, the current page marked; the URL left alone', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-size="10" limit="3"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      // `limit` does not cap a paged list.
      expect(titles(el)).to.have.length(10);
      expect(titles(el)[0]).to.equal('Article number 1');
      const nav = $(el, 'nav[part="pagination"]')!;
      expect(nav.getAttribute('aria-label')).to.equal('Pages');
      expect(controls(el).map((c) => c.textContent!.trim())).to.deep.equal(['1', '2', '3', 'Next']);
      expect(control(el, '1').getAttribute('aria-current')).to.equal('page');
      expect(control(el, '2').hasAttribute('aria-current')).to.equal(false);
      expect(control(el, '2').tagName).to.equal('BUTTON');
      expect(control(el, '2').getAttribute('aria-label')).to.equal('Page 2');
      await expect(el).to.be.accessible();

      const loaded = oneEvent(el, 'news-load');
      control(el, 'Next').click();
      const { detail } = await loaded;
      expect(detail.page).to.equal(2);
      expect(detail.items).to.have.length(30);
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Article number 11');
      expect(control(el, '2').getAttribute('aria-current')).to.equal('page');
      expect(controls(el).map((c) => c.textContent!.trim())).to.deep.equal(['Previous', '1', '2', '3', 'Next']);
      expect(announced(el)).to.equal('Page 2 of 3');
      // Focus on the new page's list.
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="list"]'));
      expect(location.href).to.equal(url);
      control(el, '3').click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `Article number ${21 + i}`));
      expect(controls(el).map((c) => c.textContent!.trim())).to.deep.equal(['Previous', '1', '2', '3']);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      await expect(el).to.be.accessible();
    });

    it('elides long ranges, and speaks Vietnamese', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-size="2" layout="compact" lang="vi"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      expect(controls(el).map((c) => c.textContent!.trim())).to.deep.equal(['1', '2', '15', 'Trang sau']);
      expect($(el, '.gap')!.textContent).to.equal('…');
      expect($(el, 'nav')!.getAttribute('aria-label')).to.equal('Phân trang');
      control(el, '15').click();
      await el.updateComplete;
      control(el, '14').click();
      await el.updateComplete;
      control(el, '13').click();
      await el.updateComplete;
      expect(controls(el).map((c) => c.textContent!.trim())).to.deep.equal(['Trang trước', '1', '12', '13', '14', '15', 'Trang sau']);
      expect(announced(el)).to.equal('Trang 13 / 15');
      expect(titles(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('first shows the skeleton of a page, busy, while the feed loads', async () => {
      spy((_, init) => hangingFetch(init));
      const el = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-size="4" limit="20"></news-list>`);
      expect($$(el, '.skeleton')).to.have.length(4);
      expect($$(el, '[aria-busy="true"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('wraps the pager on a narrow screen, targets of 24 px at least, mirrored in RTL', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 390px" dir="rtl"><news-list src=${MANY} pagination="pages" page-size="1" lang="vi"></news-list></div>`,
      );
      const el = wrapper.querySelector<NewsList>('news-list')!;
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      control(el, '30').click();
      await el.updateComplete;
      control(el, '29').click();
      await el.updateComplete;
      control(el, '28').click();
      await el.updateComplete;
      expect(controls(el)).to.have.length(7);
      const nav = $(el, '[part="pagination"]')!;
      expect(nav.scrollWidth).to.be.at.most(nav.clientWidth);
      expect(nav.getBoundingClientRect().width).to.be.at.most(390);
      for (const c of controls(el)) {
        const box = c.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
      // RTL: the first control (previous) stands at the right.
      const [first, second] = controls(el).map((c) => c.getBoundingClientRect());
      expect(first.left).to.be.greaterThan(second.left);
      await expect(el).to.be.accessible();
    });
  });

  describe('page-param', () => {
    it('opens the page the URL names, links keep the query, clicks push history, back and forward follow', async () => {
      history.replaceState(history.state, '', '?x=1&trang=2#top');
      const el = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-param="trang"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      expect(titles(el)[0]).to.equal('Article number 11');
      const link = control(el, '3') as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(new URL(link.href).search).to.equal('?x=1&trang=3');
      // Page 1 has no parameter.
      expect(new URL((control(el, '1') as HTMLAnchorElement).href).search).to.equal('?x=1');
      const length = history.length;
      link.click();
      await el.updateComplete;
      expect(location.search).to.equal('?x=1&trang=3');
      expect(history.length).to.equal(length + 1);
      expect(titles(el)[0]).to.equal('Article number 21');

      history.back();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Article number 11');
      expect(control(el, '2').getAttribute('aria-current')).to.equal('page');
      history.forward();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Article number 21');
      await expect(el).to.be.accessible();
    });

    it('opens a page of a source with next links only, and shows the pages it knows', async () => {
      history.replaceState(history.state, '', '?trang=2');
      const el = await fixture<NewsList>(html`<news-list src=${FEED} pagination="pages" page-param="trang"></news-list>`);
      await settled(el);
      await waitUntil(() => titles(el).length && !$(el, '[aria-busy]'));
      expect(titles(el)).to.deep.equal(['Trang hai, tin một']);
      expect(controls(el).map((c) => c.textContent!.trim())).to.deep.equal(['Previous', '1', '2']);
      expect(control(el, '2').getAttribute('aria-current')).to.equal('page');
      control(el, 'Previous').click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect(location.search).to.equal('');
      expect(controls(el).map((c) => c.textContent!.trim())).to.deep.equal(['1', '2', 'Next']);
      await expect(el).to.be.accessible();
    });

    it('goes to page 1 for a new query, the page parameter dropped without a history entry', async () => {
      history.replaceState(history.state, '', '?trang=2');
      const el = await fixture<NewsList>(html`<news-list pagination="pages" page-size="10" page-param="trang" search="u"></news-list>`);
      el.articles = Array.from({ length: 25 }, (_, i) => ({ id: String(i + 1), title: `Tin tức ${i + 1}` }));
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'), 'no pager');
      expect(titles(el)[0]).to.equal('Tin tức 11');
      expect(location.search).to.equal('?trang=2');
      const length = history.length;
      el.search = 'tu';
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Tin tức 1');
      expect(control(el, '1').getAttribute('aria-current')).to.equal('page');
      expect(location.search).to.equal('');
      expect(history.length).to.equal(length);
    });

    it('falls back to page 1 for junk, to the last page beyond it', async () => {
      history.replaceState(history.state, '', '?trang=abc');
      const junk = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-param="trang"></news-list>`);
      await settled(junk);
      await waitUntil(() => titles(junk).length);
      expect(titles(junk)[0]).to.equal('Article number 1');
      // One list per page parameter on a page: the first leaves it to the next.
      junk.remove();
      history.replaceState(history.state, '', '?trang=99');
      const beyond = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-param="trang"></news-list>`);
      await settled(beyond);
      await waitUntil(() => titles(beyond).length);
      expect(titles(beyond)[0]).to.equal('Article number 21');
      expect(shownText(beyond)).not.to.match(FORBIDDEN_WORDS);
    });
  });

  describe('more', () => {
    it('appends the next page, focuses its first article, announces it, and goes on the last page', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${MANY} pagination="more" page-size="12" lang="vi"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '.more'));
      const button = $(el, 'button.more')!;
      expect(button.getAttribute('part')).to.equal('button');
      expect(button.textContent!.trim()).to.equal('Xem thêm');
      const loaded = oneEvent(el, 'news-load');
      button.click();
      expect((await loaded).detail.page).to.equal(2);
      await el.updateComplete;
      expect(titles(el)).to.have.length(24);
      expect(el.shadowRoot!.activeElement!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Article number 13');
      expect(announced(el)).to.equal('Đã tải thêm 12 tin');
      $(el, 'button.more')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(30);
      expect(announced(el)).to.equal('Đã tải thêm 6 tin');
      expect($(el, 'button.more')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('follows a JSON Feed next_url, on the server', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${FEED} pagination="more"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '.more'));
      expect(titles(el)).to.have.length(3);
      const calls = spy();
      const loaded = oneEvent(el, 'news-load');
      $(el, 'button.more')!.click();
      const { detail } = await loaded;
      expect(detail.page).to.equal(2);
      expect(detail.items[0].id).to.equal('page-2-first');
      await settled(el);
      expect(calls.calls.map((call) => new URL(call.url).pathname)).to.deep.equal(['/test/fixtures/feed-page-2.json']);
      expect(titles(el)).to.have.length(4);
      expect(titles(el)[3]).to.equal('Trang hai, tin một');
      expect($(el, 'button.more')).to.equal(null);
      expect(announced(el)).to.equal('Loaded 1 more article');
    });

    it('shows a page that fails in its place, with a retry, keeping the pages shown', async () => {
      let fail = true;
      spy((input) => {
        const { pathname } = new URL(String(input));
        if (pathname.endsWith('feed-page-2.json') && fail) return Promise.resolve(new Response('no', { status: 404 }));
        return undefined;
      });
      const el = await fixture<NewsList>(html`<news-list src=${FEED} pagination="more"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '.more'));
      const failed = oneEvent(el, 'news-error');
      $(el, 'button.more')!.click();
      expect((await failed).detail.error.code).to.equal('http');
      await settled(el);
      expect(titles(el)).to.have.length(3);
      expect($(el, '[part="status"]')).to.exist;
      expect($(el, 'button.more')).to.equal(null);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      await expect(el).to.be.accessible();
      fail = false;
      const loaded = oneEvent(el, 'news-load');
      $(el, '[part="status"] button')!.click();
      expect((await loaded).detail.page).to.equal(2);
      await settled(el);
      expect(titles(el)).to.have.length(4);
      expect($(el, '[part="status"]')).to.equal(null);
    });
  });

  describe('infinite', () => {
    it('loads pages as the end comes near, 3 by itself, then waits for the button', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${MANY} pagination="infinite" page-size="1" layout="compact"></news-list>`);
      await settled(el);
      // A short list: its end is on screen, so it goes on by itself, 3 pages.
      await waitUntil(() => titles(el).length === 4, 'three pages more, by themselves');
      for (let i = 0; i < 5; i++) await nextFrame();
      expect(titles(el)).to.have.length(4);
      const button = $(el, 'button.more')!;
      expect(button.textContent!.trim()).to.equal('Load more');
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      for (let i = 0; i < 5; i++) await nextFrame();
      expect(titles(el)).to.have.length(5);
      expect(el.shadowRoot!.activeElement!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Article number 5');
    });
  });

  describe('a WordPress source, paged on the server', () => {
    it('asks for each page with page and per_page, knows the pages from X-WP-TotalPages, shows a skeleton meanwhile', async () => {
      let release: (() => void) | undefined;
      const calls = spy((input) => {
        const page = Number(new URL(String(input)).searchParams.get('page') ?? 1);
        const answer = () => wordpressPage(page * 3 - 2, page * 3, 5, 14);
        if (page === 3) return new Promise((resolve) => (release = () => resolve(answer())));
        return Promise.resolve(answer());
      });
      const src = 'https://wp.example/wp-json/wp/v2/posts?per_page=3&_fields=id,title,link,date_gmt';
      const el = await fixture<NewsList>(html`<news-list src=${src} pagination="pages" page-size="500"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      expect(titles(el)).to.deep.equal(['Bài 1', 'Bài 2', 'Bài 3']);
      expect(controls(el).map((c) => c.textContent!.trim())).to.deep.equal(['1', '2', '5', 'Next']);
      control(el, '2').click();
      await settled(el);
      control(el, '3').click();
      await el.updateComplete;
      await waitUntil(() => release);
      // Page 3 on its way: its skeleton in place, busy.
      expect($$(el, '[part="item"][aria-hidden="true"] .skeleton')).to.have.length(3);
      expect($(el, '[part="list"]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'news-load');
      release!();
      const { detail } = await loaded;
      expect(detail.page).to.equal(3);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Bài 7', 'Bài 8', 'Bài 9']);
      const asked = new URL(calls.calls.at(-1)!.url);
      expect(asked.searchParams.get('page')).to.equal('3');
      expect(asked.searchParams.get('per_page')).to.equal('3');
      expect(asked.searchParams.get('_fields')).to.equal('id,title,link,date_gmt');
      expect(announced(el)).to.equal('Page 3 of 5');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="list"]'));
      await expect(el).to.be.accessible();
    });

    it('shows a page that fails in place of the list, the pager kept', async () => {
      spy((input) => {
        const page = Number(new URL(String(input)).searchParams.get('page') ?? 1);
        if (page === 2) return Promise.resolve(new Response('{"code":"rest_post_invalid_page_number"}', { status: 400 }));
        return Promise.resolve(wordpressPage(1, 3, 2, 6));
      });
      const el = await fixture<NewsList>(html`<news-list src="https://wp.example/wp-json/wp/v2/posts" pagination="pages"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      const failed = oneEvent(el, 'news-error');
      control(el, '2').click();
      await failed;
      await settled(el);
      expect($(el, '[part="list"]')).to.equal(null);
      expect($(el, '[part="status"] button')).to.exist;
      expect($(el, '[part="pagination"]')).to.exist;
      await expect(el).to.be.accessible();
      control(el, '1').click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Bài 1', 'Bài 2', 'Bài 3']);
    });
  });

  describe('after the review', () => {
    const WP = 'https://wp.example/wp-json/wp/v2/posts?per_page=3';
    /** A WordPress source of 5 pages of 3; `hold(page)`: that page's answer waits for `release(page)`, or `fail(page)`. */
    function wordpress(hold: number[] = []) {
      const held = new Map<number, { release: () => void; fail: () => void }>();
      const calls = spy((input) => {
        const page = Number(new URL(String(input)).searchParams.get('page') ?? 1);
        const answer = () => wordpressPage(page * 3 - 2, page * 3, 5, 15);
        if (!hold.includes(page)) return Promise.resolve(answer());
        return new Promise((resolve) =>
          held.set(page, {
            release: () => resolve(answer()),
            fail: () => resolve(new Response('{"code":"rest_post_invalid_page_number"}', { status: 400 })),
          }),
        );
      });
      return { calls, held, pageCalls: (page: number) => calls.calls.filter((call) => new URL(call.url).searchParams.get('page') === String(page)).length };
    }
    /** The events a list fires from now on. */
    function events(el: Element) {
      const fired: { type: string; page?: number }[] = [];
      for (const type of ['news-load', 'news-error']) el.addEventListener(type, (event) => fired.push({ type, page: (event as CustomEvent).detail.page }));
      return fired;
    }
    type Internals = { pager: { pages: Map<number, { loading?: boolean }> } };
    const loaded = (el: NewsList, page: number) => waitUntil(() => !(el as unknown as Internals).pager.pages.get(page)?.loading, `page ${page} still loading`);

    it('fires news-select for an article of a page the server sent (not the first), cancelable', async () => {
      wordpress();
      const el = await fixture<NewsList>(html`<news-list src=${WP} pagination="pages"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      control(el, '2').click();
      await settled(el);
      expect(titles(el)).to.deep.equal(['Bài 4', 'Bài 5', 'Bài 6']);
      let prevented: boolean | undefined;
      // A safety net: the link must not take the test page away, whatever the list did.
      const guard = (event: Event) => ((prevented = event.defaultPrevented), event.preventDefault());
      window.addEventListener('click', guard);
      const selected: CustomEvent[] = [];
      el.addEventListener('news-select', (event) => (selected.push(event as CustomEvent), event.preventDefault()));
      try {
        $$(el, '[part="link"]')[1].click();
      } finally {
        window.removeEventListener('click', guard);
      }
      expect(selected).to.have.length(1);
      expect(selected[0].detail.article.title).to.equal('Bài 5');
      expect(selected[0].detail.href).to.equal('https://wp.example/bai-5/');
      expect(prevented).to.equal(true);
    });

    it('keeps a page that comes after the reader left it, without news-load or a word; shows it at once on their return', async () => {
      const { held, pageCalls } = wordpress([2]);
      const el = await fixture<NewsList>(html`<news-list src=${WP} pagination="pages"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      const fired = events(el);
      control(el, '2').click();
      await waitUntil(() => held.has(2));
      control(el, '3').click();
      await settled(el);
      expect(titles(el)).to.deep.equal(['Bài 7', 'Bài 8', 'Bài 9']);
      expect(announced(el)).to.equal('Page 3 of 5');
      held.get(2)!.release();
      await loaded(el, 2);
      await el.updateComplete;
      expect(fired).to.deep.equal([{ type: 'news-load', page: 3 }]);
      expect(announced(el)).to.equal('Page 3 of 5');
      expect(titles(el)).to.deep.equal(['Bài 7', 'Bài 8', 'Bài 9']);
      control(el, '2').click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Bài 4', 'Bài 5', 'Bài 6']);
      expect(fired.at(-1)).to.deep.equal({ type: 'news-load', page: 2 });
      expect(announced(el)).to.equal('Page 2 of 5');
      expect(pageCalls(2)).to.equal(1);
    });

    it('forgets a page that fails after the reader left it: no news-error, no error shown; asked again on their return', async () => {
      const { held, pageCalls } = wordpress([2]);
      const el = await fixture<NewsList>(html`<news-list src=${WP} pagination="pages"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      const fired = events(el);
      control(el, '2').click();
      await waitUntil(() => held.has(2));
      control(el, '3').click();
      await settled(el);
      const answer = held.get(2)!;
      held.clear();
      answer.fail();
      await loaded(el, 2);
      await el.updateComplete;
      expect(fired).to.deep.equal([{ type: 'news-load', page: 3 }]);
      expect($(el, '[part="status"]')).to.equal(null);
      expect(announced(el)).to.equal('Page 3 of 5');
      control(el, '2').click();
      await waitUntil(() => held.has(2));
      expect(pageCalls(2)).to.equal(2);
      held.get(2)!.release();
      await waitUntil(() => titles(el)[0] === 'Bài 4');
      expect(fired.at(-1)).to.deep.equal({ type: 'news-load', page: 2 });
    });

    it('announces the same words again: the region is emptied, then filled', async () => {
      const el = await fixture<NewsList>(html`<news-list src=${MANY} pagination="more" page-size="2" lang="vi"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, 'button.more'));
      $(el, 'button.more')!.click();
      await el.updateComplete;
      expect(announced(el)).to.equal('Đã tải thêm 2 tin');
      const region = $(el, '.sr-only[role="status"]')!;
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
      observer.observe(region, { subtree: true, childList: true, characterData: true });
      $(el, 'button.more')!.click();
      await el.updateComplete;
      await waitUntil(() => said.at(-1) === 'Đã tải thêm 2 tin', 'said again');
      observer.disconnect();
      expect(said).to.deep.equal(['', 'Đã tải thêm 2 tin']);
      expect(titles(el)).to.have.length(6);
    });

    it('lets one list keep a page parameter: a second list on it leaves the URL alone, and says so', async () => {
      history.replaceState(history.state, '', '?x=1');
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <news-list src=${MANY} pagination="pages" page-param="trang"></news-list>
          <news-list src=${MANY} pagination="pages" page-param="trang"></news-list>
        </div>`);
        const [first, second] = wrapper.querySelectorAll<NewsList>('news-list');
        for (const el of [first, second]) {
          await settled(el);
          await waitUntil(() => $(el, '[part="pagination"]'));
        }
        expect(control(first, '2').tagName).to.equal('A');
        expect(control(second, '2').tagName).to.equal('BUTTON');
        expect(warnings.filter((args) => String(args[1]).includes('"trang"'))).to.have.length(1);
        const length = history.length;
        control(second, '3').click();
        await second.updateComplete;
        expect(titles(second)[0]).to.equal('Article number 21');
        expect(location.search).to.equal('?x=1');
        expect(history.length).to.equal(length);
        control(first, '2').click();
        await first.updateComplete;
        expect(location.search).to.equal('?x=1&trang=2');
        expect(history.length).to.equal(length + 1);
        history.back();
        await oneEvent(window, 'popstate');
        await first.updateComplete;
        expect(titles(first)[0]).to.equal('Article number 1');
        expect(titles(second)[0]).to.equal('Article number 21');
      } finally {
        console.warn = warn;
      }
    });

    it('pushes no history entry for a page the URL names already', async () => {
      history.replaceState(history.state, '', '?x=1');
      const el = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-param="trang"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      // The page's own script wrote the page into the URL (no popstate): the list still shows page 1.
      history.pushState(history.state, '', '?x=1&trang=3');
      const length = history.length;
      control(el, '3').click();
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Article number 21');
      expect(history.length).to.equal(length);
      expect(location.search).to.equal('?x=1&trang=3');
    });

    it('writes the page shown into the URL in place of junk or a page beyond the last, without a history entry', async () => {
      history.replaceState(history.state, '', '?x=1&trang=abc#top');
      const length = history.length;
      const junk = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-param="trang"></news-list>`);
      await settled(junk);
      await waitUntil(() => titles(junk).length);
      expect(location.search).to.equal('?x=1');
      expect(location.hash).to.equal('#top');
      junk.remove();
      history.replaceState(history.state, '', '?trang=99');
      const beyond = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-param="trang"></news-list>`);
      await settled(beyond);
      await waitUntil(() => titles(beyond).length);
      expect(titles(beyond)[0]).to.equal('Article number 21');
      expect(location.search).to.equal('?trang=3');
      expect(history.length).to.equal(length);
    });

    it('showFirstPage(): page 1, where a refresh\'s new articles are, with a history entry', async () => {
      history.replaceState(history.state, '', '?x=1');
      const el = await fixture<NewsList>(html`<news-list src=${MANY} pagination="pages" page-param="trang"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      control(el, '3').click();
      await el.updateComplete;
      const length = history.length;
      el.showFirstPage!();
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Article number 1');
      expect(control(el, '1').getAttribute('aria-current')).to.equal('page');
      expect(location.search).to.equal('?x=1');
      expect(history.length).to.equal(length + 1);
    });

    it('keeps the pages shown through a refresh that changes the first: no skeletons, no news-load or word per page; each asked again quietly', async () => {
      let version = 1;
      const held = new Map<number, () => void>();
      const calls = spy((input) => {
        const page = Number(new URL(String(input)).searchParams.get('page') ?? 1);
        // The second version has a new post (Bài 0) at the top: every page moves by one.
        const from = page * 3 - 2 - (version - 1);
        const answer = () => wordpressPage(from, from + 2, 5, 15);
        if (version === 1 || page === 1) return Promise.resolve(answer());
        return new Promise((resolve) => held.set(page, () => resolve(answer())));
      });
      const el = await fixture<NewsList>(html`<news-list src=${WP} pagination="more"></news-list>`);
      await settled(el);
      for (let n = 2; n <= 3; n++) {
        await waitUntil(() => $(el, 'button.more'));
        $(el, 'button.more')!.click();
        await settled(el);
      }
      expect(titles(el)).to.have.length(9);
      const said = announced(el);
      const fired = events(el);
      const skeletons: number[] = [];
      const observer = new MutationObserver(() => skeletons.push($$(el, '.skeleton').length));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true });
      version = 2;
      const asked = calls.calls.length;
      await el.refresh();
      await waitUntil(() => held.size === 2, 'pages 2 and 3 asked again');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Bài 0', 'Bài 1', 'Bài 2', 'Bài 4', 'Bài 5', 'Bài 6', 'Bài 7', 'Bài 8', 'Bài 9']);
      for (const release of held.values()) release();
      await waitUntil(() => titles(el)[8] === 'Bài 8', 'the pages asked again are shown');
      observer.disconnect();
      expect(titles(el)).to.deep.equal(['Bài 0', 'Bài 1', 'Bài 2', 'Bài 3', 'Bài 4', 'Bài 5', 'Bài 6', 'Bài 7', 'Bài 8']);
      expect(skeletons.filter(Boolean)).to.deep.equal([]);
      expect(fired).to.deep.equal([{ type: 'news-load', page: undefined }]);
      expect(announced(el)).to.equal(said);
      expect(calls.calls.slice(asked).map((call) => new URL(call.url).searchParams.get('page') ?? '1').sort()).to.deep.equal(['1', '2', '3']);
    });

    it('retry() asks again for the page that failed, not the feed', async () => {
      let fail = true;
      const calls = spy((input) => {
        if (new URL(String(input)).pathname.endsWith('feed-page-2.json') && fail) return Promise.resolve(new Response('no', { status: 404 }));
        return undefined;
      });
      const el = await fixture<NewsList>(html`<news-list src=${FEED} pagination="more"></news-list>`);
      await settled(el);
      await waitUntil(() => $(el, '.more'));
      const failed = oneEvent(el, 'news-error');
      $(el, 'button.more')!.click();
      await failed;
      await settled(el);
      fail = false;
      const asked = calls.calls.length;
      const fired = events(el);
      await el.retry();
      await settled(el);
      expect(titles(el)).to.have.length(4);
      expect($(el, '[part="status"]')).to.equal(null);
      expect(calls.calls.slice(asked).map((call) => new URL(call.url).pathname)).to.deep.equal(['/test/fixtures/feed-page-2.json']);
      expect(fired).to.deep.equal([{ type: 'news-load', page: 2 }]);
    });

    it('keeps its controls 24 px at least where the root text is 10 px (an old theme)', async () => {
      const root = document.documentElement;
      const size = root.style.fontSize;
      root.style.fontSize = '10px';
      try {
        const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 1rem">
          <news-list src=${MANY} pagination="pages" page-size="1"></news-list>
          <news-list src=${MANY} pagination="more" page-size="1"></news-list>
        </div>`);
        const [pages, more] = wrapper.querySelectorAll<NewsList>('news-list');
        await settled(pages);
        await settled(more);
        await waitUntil(() => $(pages, '[part="pagination"]') && $(more, 'button.more'));
        const targets = [...controls(pages), $(more, 'button.more')!];
        expect(targets.length).to.be.at.least(4);
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(box.width, target.textContent!).to.be.at.least(24);
          expect(box.height, target.textContent!).to.be.at.least(24);
        }
      } finally {
        root.style.fontSize = size;
      }
    });
  });
});
