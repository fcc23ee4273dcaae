import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { loadEarly } from '../../src/components/early-load.js';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, $$, fetchSpies, fixtureUrl, FORBIDDEN_WORDS, settled, shownText } from '../helpers.js';

/**
 * A list whose source can search, filter or order on the server (WordPress, Liferay) asks it: one request,
 * to the URL with the query in it; its pages are the pages of the result. Other sources: in the browser.
 */
const WP = 'https://wp.example/wp-json/wp/v2/posts?per_page=3&_fields=id,title,link,date_gmt';
const LIFERAY = 'https://portal.example/o/headless-delivery/v1.0/sites/20121/structured-contents?pageSize=3';

const titles = (el: Element) => $$(el, '[part="item"]:not([aria-hidden]) [part="title"]').map((title) => title.textContent!.trim());
const params = (url: string) => new URL(url).searchParams;

/** WordPress posts with these titles, as a page `page` of `pages` (WordPress's headers). */
function wordpress(titles: string[], pages = 1, page = 1, total = pages * 3): Response {
  const posts = titles.map((title, i) => ({ id: page * 100 + i, title: { rendered: title }, link: `https://wp.example/bai-${page}-${i}/`, date_gmt: '2024-05-01T08:00:00' }));
  return new Response(JSON.stringify(posts), { headers: { 'content-type': 'application/json', 'X-WP-TotalPages': String(pages), 'X-WP-Total': String(total) } });
}

/** A promise and its resolver: an answer held back until the test releases it. */
function held<T>(): { promise: Promise<T>; release: (value: T) => void } {
  let release!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (release = resolve));
  return { promise, release };
}

/** A Liferay page of structured contents with these titles and keywords (its tags). */
function liferay(items: [string, string[]][]): Response {
  const body = {
    items: items.map(([title, keywords], i) => ({ id: 500 + i, title, keywords, datePublished: '2024-05-01T08:00:00Z', friendlyUrlPath: `bai-${i}` })),
    lastPage: 1,
    page: 1,
    pageSize: 3,
    totalCount: items.length,
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

describe('<news-list> asks its source’s server to search, filter and order', () => {
  const spy = fetchSpies();

  it('WordPress search: one request, with search= in it; the server’s answer shown as it is', async () => {
    const calls = spy(() => Promise.resolve(wordpress(['Lịch tiếp công dân', 'Thông báo tuyển sinh'])));
    const el = await fixture<NewsList>(html`<news-list lang="vi" src=${WP} search="tin tuc"></news-list>`);
    await settled(el);
    await waitUntil(() => titles(el).length);
    expect(calls.calls).to.have.length(1);
    expect(Object.fromEntries(params(calls.calls[0].url))).to.deep.equal({ ...Object.fromEntries(params(WP)), search: 'tin tuc' });
    // Neither title holds the words: WordPress found them in what `_fields` left out (the content). Not searched again here.
    expect(titles(el)).to.deep.equal(['Lịch tiếp công dân', 'Thông báo tuyển sinh']);
    expect($(el, '.filter-status')!.textContent).to.equal('Tìm thấy 3 tin cho “tin tuc”.', 'the server’s total (X-WP-Total)');
    expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    await expect(el).to.be.accessible();
  });

  it('WordPress search over pages: each page asked with the search; the pager counts the result’s pages', async () => {
    const calls = spy((input) => {
      const page = Number(params(String(input)).get('page') ?? 1);
      return Promise.resolve(wordpress([`Kết quả ${page}a`, `Kết quả ${page}b`, `Kết quả ${page}c`], 2, page));
    });
    const el = await fixture<NewsList>(html`<news-list src=${WP} search="hội nghị" pagination="pages"></news-list>`);
    await settled(el);
    await waitUntil(() => $(el, '[part="pagination"]'));
    expect($$(el, '[part="pagination"] .page').map((c) => c.textContent!.trim())).to.deep.equal(['1', '2', 'Next']);
    $$(el, '[part="pagination"] .page')
      .find((c) => c.textContent!.trim() === '2')!
      .click();
    await waitUntil(() => titles(el)[0] === 'Kết quả 2a');
    const asked = params(calls.calls.at(-1)!.url);
    expect([asked.get('search'), asked.get('page'), asked.get('per_page')]).to.deep.equal(['hội nghị', '2', '3']);
  });

  it('a new search asks again, from page 1; a search the server finds nothing for offers to clear it, which asks without it', async () => {
    const calls = spy((input) => {
      const search = params(String(input)).get('search');
      return Promise.resolve(wordpress(search === 'không có' ? [] : search ? [`Tìm: ${search}`] : ['Tất cả 1', 'Tất cả 2']));
    });
    const el = await fixture<NewsList>(html`<news-list lang="vi" src=${WP} search="a"></news-list>`);
    await settled(el);
    await waitUntil(() => titles(el).length);
    expect(titles(el)).to.deep.equal(['Tìm: a']);
    el.setAttribute('search', 'không có');
    await waitUntil(() => $(el, '[part="status"] button'), 'no way to clear the search');
    expect($(el, '[part="status"]')!.textContent).to.contain('“không có”');
    const cleared = oneEvent(el, 'news-filter');
    $(el, '[part="status"] button')!.click();
    expect((await cleared).detail).to.deep.equal({ search: 'không có', active: false });
    await waitUntil(() => titles(el).length === 2);
    expect(calls.calls.map((call) => params(call.url).get('search'))).to.deep.equal(['a', 'không có', null]);
    await expect(el).to.be.accessible();
  });

  it('a search typed letter by letter asks the server once it stands still, keeping the results shown meanwhile; the count said is the new one', async () => {
    const calls = spy((input) => {
      const search = params(String(input)).get('search') ?? '';
      return Promise.resolve(wordpress(search === 'tiem' ? ['Tiêm chủng 1', 'Tiêm chủng 2'] : ['Khác'], 1, 1, search === 'tiem' ? 2 : 1));
    });
    const el = await fixture<NewsList>(html`<news-list lang="vi" src=${WP} search="t"></news-list>`);
    await settled(el);
    await waitUntil(() => titles(el).length);
    for (const typed of ['ti', 'tie', 'tiem']) {
      el.setAttribute('search', typed);
      await el.updateComplete;
      // The answer to the search before stays shown, not a skeleton; nothing announced for it.
      expect(titles(el)).to.deep.equal(['Khác']);
      expect($(el, '.filter-status')!.textContent).to.equal('Tìm thấy 1 tin cho “t”.');
    }
    await waitUntil(() => titles(el).length === 2, 'the search was not asked');
    expect(calls.calls.map((call) => params(call.url).get('search'))).to.deep.equal(['t', 'tiem']);
    await waitUntil(() => $(el, '.filter-status')!.textContent === 'Tìm thấy 2 tin cho “tiem”.');
  });

  it('“Clear search” on a server-searched list: focus goes into the list once the server’s answer is shown, never to the page', async () => {
    const answer = held<Response>();
    spy((input) => (params(String(input)).get('search') ? Promise.resolve(wordpress([])) : answer.promise));
    const el = await fixture<NewsList>(html`<news-list lang="vi" src=${WP} search="không có"></news-list>`);
    await settled(el);
    await waitUntil(() => $(el, '[part="status"] button'));
    $(el, '[part="status"] button')!.focus();
    $(el, '[part="status"] button')!.click();
    await waitUntil(() => $(el, '.busy'), 'the list did not load again');
    // While it loads: not on the skeleton, hidden from assistive technology.
    expect(!!el.shadowRoot!.activeElement?.closest('[aria-hidden]'), 'focus on the skeleton').to.equal(false);
    answer.release(wordpress(['Tất cả 1', 'Tất cả 2']));
    await waitUntil(() => $(el, '[part="link"]') && el.shadowRoot!.activeElement === $(el, '[part="link"]'), 'focus did not go to the first article');
    expect(document.activeElement === el, 'focus left the list').to.equal(true);
  });

  for (const change of ['search', 'src'])
    it(`a new ${change} while a page of the old one loads: that page, late, is neither shown nor announced`, async () => {
      const page2 = held<Response>();
      const next = held<Response>();
      const loads: number[] = [];
      spy((input) => {
        const query = params(String(input));
        const page = Number(query.get('page') ?? 1);
        if (query.get('search') === 'a' && page === 2) return page2.promise;
        if (query.get('search') === 'b' || query.get('v') === '2') return next.promise;
        return Promise.resolve(wordpress([`${query.get('search')} ${page}`], 3, page));
      });
      const el = await fixture<NewsList>(html`<news-list src=${WP} search="a" pagination="pages"></news-list>`);
      el.addEventListener('news-load', (event) => loads.push((event as CustomEvent).detail.page ?? 1));
      await settled(el);
      await waitUntil(() => $(el, '[part="pagination"]'));
      $$(el, '[part="pagination"] .page')
        .find((c) => c.textContent!.trim() === '2')!
        .click();
      await el.updateComplete;
      if (change === 'search') el.setAttribute('search', 'b');
      else el.setAttribute('src', `${WP}&v=2`);
      await waitUntil(() => $(el, '.busy'), 'the new query was not asked');
      // The old query's page 2 comes while the new one loads.
      page2.release(wordpress(['a 2'], 3, 2));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.deep.equal([1]);
      next.release(wordpress(['b 1'], 3, 1));
      await waitUntil(() => titles(el)[0] === 'b 1', 'the new query was not shown');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['b 1']);
      expect(loads).to.deep.equal([1, 1]);
    });

  it('articles given directly are searched in the browser, whatever src says', async () => {
    const calls = spy();
    const el = await fixture<NewsList>(html`<news-list src=${WP} search="tuyen sinh"></news-list>`);
    el.articles = [
      { id: '1', title: 'Tuyển sinh lớp 10' },
      { id: '2', title: 'Lịch tiếp công dân' },
    ];
    await settled(el);
    await waitUntil(() => titles(el).length);
    expect(titles(el)).to.deep.equal(['Tuyển sinh lớp 10']);
    expect(calls.calls.filter((call) => call.url.includes('search='))).to.deep.equal([]);
  });

  it('WordPress order: asks orderby and order', async () => {
    const calls = spy(() => Promise.resolve(wordpress(['B', 'A'])));
    const el = await fixture<NewsList>(html`<news-list src=${WP} sort="oldest"></news-list>`);
    await settled(el);
    await waitUntil(() => titles(el).length);
    expect([params(calls.calls[0].url).get('orderby'), params(calls.calls[0].url).get('order')]).to.deep.equal(['date', 'asc']);
    expect(calls.calls).to.have.length(1);
  });

  it('Liferay: asks for the tags with filter=keywords/any(…), and for the search; the browser filters the tags as well', async () => {
    const calls = spy(() =>
      Promise.resolve(
        liferay([
          ['Tuyển sinh lớp 10', ['tuyển sinh']],
          ['Một tin khác', ['khác']],
        ]),
      ),
    );
    const el = await fixture<NewsList>(html`<news-list src=${LIFERAY} tag="Tuyển sinh" search="lớp" url-base="https://portal.example/w/"></news-list>`);
    await settled(el);
    await waitUntil(() => titles(el).length);
    expect(calls.calls).to.have.length(1);
    const asked = params(calls.calls[0].url);
    expect(asked.get('filter')).to.equal("keywords/any(k:k eq 'tuyển sinh')");
    expect(asked.get('search')).to.equal('lớp');
    // An answer with another tag (a server that does not filter) is still filtered here.
    expect(titles(el)).to.deep.equal(['Tuyển sinh lớp 10']);
  });

  it('a refresh asks the URL with the search in it', async () => {
    const calls = spy(() => Promise.resolve(wordpress(['Một'])));
    const el = await fixture<NewsList>(html`<news-list src=${WP} search="một"></news-list>`);
    await settled(el);
    await waitUntil(() => titles(el).length);
    await el.refresh();
    expect(calls.calls.map((call) => params(call.url).get('search'))).to.deep.equal(['một', 'một']);
  });

  it('a JSON Feed: fetched as written, once, and searched in the browser', async () => {
    const feed = fixtureUrl('feed.json');
    const calls = spy();
    const el = await fixture<NewsList>(html`<news-list src=${feed} search="zzzz-none"></news-list>`);
    await settled(el);
    await waitUntil(() => $(el, '[part="status"] button'));
    expect(calls.calls.map((call) => call.url)).to.deep.equal([feed]);
  });

  it('the script-tag entry’s early load leaves a WordPress or Liferay list with search, tag or sort to its element (its URL comes with the filter part)', async () => {
    const calls = spy(() => Promise.resolve(wordpress(['Một'])));
    const box = await fixture<HTMLElement>(html`<div>
      <x-early-list src="https://wp.example/wp-json/wp/v2/posts?a=1" search="x"></x-early-list>
      <x-early-list src="https://wp.example/wp-json/wp/v2/posts?a=2" tag="x"></x-early-list>
      <x-early-list src="https://portal.example/o/headless-delivery/v1.0/x?a=3" sort="newest"></x-early-list>
      <x-early-list src="https://portal.example/api/posts?a=4" format="wordpress" search="x"></x-early-list>
      <x-early-list src="https://wp.example/wp-json/wp/v2/posts?a=5" category="x"></x-early-list>
      <x-early-list src="https://portal.example/feed.json?a=6" search="x" sort="newest"></x-early-list>
    </div>`);
    loadEarly(['x-early-list']);
    expect(calls.calls.map((call) => new URL(call.url).search)).to.deep.equal(['?a=5', '?a=6']);
    box.remove();
  });

  it('a JSON Feed list with sort and search loads at once, without waiting for its filter part', async () => {
    const feed = fixtureUrl('feed.json');
    const calls = spy();
    const el = document.createElement('news-list') as NewsList;
    el.setAttribute('src', feed);
    el.setAttribute('sort', 'newest');
    document.body.append(el);
    await el.updateComplete;
    // Asked in the element's first update, with the filter part still on its way.
    expect(el.filter).to.equal(null);
    expect(calls.calls.map((call) => call.url)).to.deep.equal([feed]);
    el.remove();
  });
});
