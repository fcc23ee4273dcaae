/**
 * Live refresh (issue 10, §3): `retry()` and `refresh()` ask the server
 * again; the `refresh` attribute's timer, shared by the elements that show one
 * feed, paused while the page is hidden; an unchanged feed costs no render; a
 * list offers new articles with an "N new articles" button.
 *
 * The feed is served by a fake fetch that behaves as a server with ETags:
 * `publish()` changes what it serves, and a request that has the current ETag
 * gets a 304.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import type { NewsBreadcrumb } from '../../src/components/news-breadcrumb/news-breadcrumb.js';
import type { NewsCard } from '../../src/components/news-card/news-card.js';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import { loadFeed } from '../../src/data/load.js';
import type { NewsFeed } from '../../src/data/model.js';
import { MIN_REFRESH_SECONDS, timerCount } from '../../src/data/refresh.js';
import '../../src/news-widgets.js';
import { $, $$, FORBIDDEN_WORDS, fetchSpies, fixtureUrl, settled, shownText } from '../helpers.js';

const URL_A = fixtureUrl('live/a.json');
const URL_B = fixtureUrl('live/b.json');

const item = (id: string, title = `Tin ${id}`) => ({
  id,
  title,
  url: `https://portal.example/tin/${id}`,
  date_published: '2026-11-28T08:00:00+07:00',
});
const feedOf = (...items: ReturnType<typeof item>[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Tin', items });

/** A fake server of `URL_A` and `URL_B` with ETags; `requests` counts what reached it (304s included). */
function server(spy: ReturnType<typeof fetchSpies>) {
  const served = new Map<string, { body: string; etag: string }>();
  let version = 0;
  const publish = (url: string, feed: unknown) => served.set(url, { body: JSON.stringify(feed), etag: `"v${++version}"` });
  const { calls } = spy((input, init) => {
    if (![URL_A, URL_B].includes(String(input))) return undefined;
    const current = served.get(String(input));
    if (!current) return Promise.resolve(new Response('not yet', { status: 404 }));
    if (new Headers(init?.headers).get('if-none-match') === current.etag) return Promise.resolve(new Response(null, { status: 304 }));
    return Promise.resolve(new Response(current.body, { headers: { 'content-type': 'application/feed+json', etag: current.etag } }));
  });
  return { publish, requests: (url = URL_A) => calls.filter((call) => call.url === url).length };
}

/** One task of the event loop (not a timer, which the fake clock would hold). */
const task = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Waits, task by task, for a condition (settled() polls with timers, which a fake clock holds). */
async function until(condition: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (condition()) return;
    await task();
  }
  throw new Error(`timed out waiting: ${what}`);
}

/** The refresh of `url` that reached the server is done, and the element has rendered what it did. */
async function refreshed(el: NewsList | NewsCard, url = URL_A): Promise<void> {
  await loadFeed(url);
  await task();
  await el.updateComplete;
}

const ids = (el: Element) => $$<HTMLAnchorElement>(el, 'a[data-id]').map((link) => link.dataset.id);
const newItemsButton = (el: Element) => $<HTMLButtonElement>(el, '.new-items button');
/** The list's live refresh is loaded and watching: its polite region is rendered. */
const watching = (el: Element) => !!$(el, 'span.sr-only[role="status"]');

describe('live refresh', () => {
  const spy = fetchSpies();
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    delete (document as { visibilityState?: string }).visibilityState;
  });

  describe('retry() and refresh()', () => {
    it('ask the server again; an unchanged feed (304) fires no news-load and renders nothing', async () => {
      const { publish, requests } = server(spy);
      publish(URL_A, feedOf(item('a'), item('b')));
      const el = await fixture<NewsList>(html`<news-list src=${URL_A} lang="vi"></news-list>`);
      await settled(el);
      expect(requests()).to.equal(1);
      const firstLink = $(el, 'a[data-id="a"]');
      const loads = sinon.spy();
      el.addEventListener('news-load', loads);
      const updated = sinon.spy(el as unknown as { updated: () => void }, 'updated');
      await el.refresh();
      await el.updateComplete;
      expect(requests()).to.equal(2);
      await el.retry();
      await el.updateComplete;
      expect(requests()).to.equal(3);
      expect(loads.callCount).to.equal(0);
      expect(updated.callCount).to.equal(0);
      expect($(el, 'a[data-id="a"]')).to.equal(firstLink);
    });

    it('a src of several URLs, unchanged (304s): the same merged feed, no news-load, nothing rendered; a change shows', async () => {
      const { publish, requests } = server(spy);
      publish(URL_A, feedOf(item('a'), item('b')));
      publish(URL_B, feedOf(item('c')));
      const el = await fixture<NewsList>(html`<news-list src="${URL_A} ${URL_B}" lang="vi"></news-list>`);
      await settled(el);
      expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
      const firstLink = $(el, 'a[data-id="a"]');
      const loads = sinon.spy();
      el.addEventListener('news-load', loads);
      const updated = sinon.spy(el as unknown as { updated: () => void }, 'updated');
      await el.refresh();
      await el.refresh();
      await el.updateComplete;
      expect([requests(URL_A), requests(URL_B)]).to.deep.equal([3, 3]);
      expect(loads.callCount).to.equal(0);
      expect(updated.callCount).to.equal(0);
      expect($(el, 'a[data-id="a"]')).to.equal(firstLink);
      updated.restore();
      // One source changed: a new merged feed, shown.
      publish(URL_B, feedOf(item('c', 'Tin c (sửa)')));
      await el.refresh();
      await el.updateComplete;
      expect(loads.callCount).to.equal(1);
      expect(shownText(el)).to.contain('Tin c (sửa)');
    });

    it('a src of several URLs, one still failing: a refresh renders nothing new and fires no news-load, only news-error', async () => {
      const { publish, requests } = server(spy);
      publish(URL_A, feedOf(item('a'), item('b')));
      const el = await fixture<NewsList>(html`<news-list src="${URL_A} ${URL_B}" lang="vi"></news-list>`);
      await settled(el);
      const notice = $(el, '[part="notice"]');
      expect(notice).to.exist;
      const loads = sinon.spy();
      const errors = sinon.spy();
      el.addEventListener('news-load', loads);
      el.addEventListener('news-error', errors);
      const updated = sinon.spy(el as unknown as { updated: () => void }, 'updated');
      await el.refresh();
      await el.refresh();
      await el.updateComplete;
      expect([requests(URL_A), requests(URL_B)]).to.deep.equal([3, 3]);
      expect(loads.callCount).to.equal(0);
      expect(errors.callCount).to.equal(2);
      expect(updated.callCount).to.equal(0);
      expect($(el, '[part="notice"]')).to.equal(notice);
      await expect(el).to.be.accessible();
    });

    it('refresh() shows a changed feed and fires news-load with it; a failed one keeps what is shown and fires news-error', async () => {
      const { publish, requests } = server(spy);
      publish(URL_A, feedOf(item('a'), item('b')));
      const el = await fixture<NewsList>(html`<news-list src=${URL_A} lang="vi"></news-list>`);
      await settled(el);
      publish(URL_A, feedOf(item('a', 'Tin a (sửa)'), item('b')));
      const loaded = oneEvent(el, 'news-load');
      await el.refresh();
      expect(((await loaded) as CustomEvent<NewsFeed>).detail.items[0].title).to.equal('Tin a (sửa)');
      await el.updateComplete;
      // No new article: in place (a list without `refresh` shows what refresh() brought at once in any case).
      expect(shownText(el)).to.contain('Tin a (sửa)');
      // The server goes away: what is shown stays, the page hears of it.
      spy(() => Promise.resolve(new Response('gone', { status: 404 })));
      const failed = oneEvent(el, 'news-error');
      await el.refresh();
      await failed;
      await el.updateComplete;
      expect(shownText(el)).to.contain('Tin a (sửa)');
      expect($(el, '[part="status"]')).to.equal(null);
      expect(requests()).to.equal(2);
    });

    it('retry() from the error state asks the server again and shows the feed', async () => {
      const { publish, requests } = server(spy);
      const el = await fixture<NewsList>(html`<news-list src=${URL_A} lang="vi"></news-list>`);
      await settled(el);
      expect($(el, '[part="status"]')).to.exist;
      publish(URL_A, feedOf(item('a')));
      await el.retry();
      await settled(el);
      expect(ids(el)).to.deep.equal(['a']);
      expect(requests()).to.equal(2);
    });

    it('a card refreshes in place', async () => {
      const { publish } = server(spy);
      publish(URL_A, feedOf(item('a')));
      const el = await fixture<NewsCard>(html`<news-card src=${URL_A} lang="vi"></news-card>`);
      await settled(el);
      publish(URL_A, feedOf(item('a', 'Tin a (sửa)')));
      await el.refresh();
      await el.updateComplete;
      expect(shownText(el)).to.contain('Tin a (sửa)');
    });

    it('an article keeps its body where the article shown did not change, and renders a change to it in place', async () => {
      const { publish } = server(spy);
      const article = (title: string, body: string) => ({ ...item('a', title), content_html: body });
      publish(URL_A, feedOf(article('Tin a', '<p>Nội dung</p>'), item('b')));
      const el = await fixture<NewsArticleElement>(html`<news-article src=${URL_A} article-id="a" lang="vi"></news-article>`);
      await settled(el);
      const body = $(el, '.content');
      expect(body!.textContent).to.equal('Nội dung');
      // Another article of the feed changed: the one being read stays as it is, node for node.
      publish(URL_A, feedOf(article('Tin a', '<p>Nội dung</p>'), item('b', 'Tin b (sửa)')));
      await el.refresh();
      await settled(el);
      expect($(el, '.content')).to.equal(body);
      // The article itself changed (a correction): shown in place.
      publish(URL_A, feedOf(article('Tin a (đính chính)', '<p>Nội dung đã sửa</p>'), item('b')));
      await el.refresh();
      await settled(el);
      expect(shownText(el)).to.contain('Tin a (đính chính)');
      expect($(el, '.content')!.textContent).to.equal('Nội dung đã sửa');
    });

    it('a breadcrumb renders a changed trail in place', async () => {
      const { publish } = server(spy);
      const trail = (title: string) => ({ ...feedOf(item('a')), _news: { breadcrumb: [{ title: 'Tin tức', url: '/tin-tuc' }, { title }] } });
      publish(URL_A, trail('Sự kiện'));
      const el = await fixture<NewsBreadcrumb>(html`<news-breadcrumb src=${URL_A} lang="vi"></news-breadcrumb>`);
      await settled(el);
      expect(shownText(el)).to.contain('Sự kiện');
      publish(URL_A, trail('Thông báo'));
      await el.refresh();
      await el.updateComplete;
      expect(shownText(el)).to.contain('Thông báo');
    });
  });

  describe('the refresh attribute', () => {
    it('refreshes on a timer, shared by the elements that show one feed: one timer, one request', async () => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      const { publish, requests } = server(spy);
      publish(URL_A, feedOf(item('a')));
      publish(URL_B, feedOf(item('b')));
      const a1 = await fixture<NewsList>(html`<news-list src=${URL_A} refresh="60" lang="vi"></news-list>`);
      const a2 = await fixture<NewsCard>(html`<news-card src=${URL_A} refresh="30"></news-card>`);
      const b = await fixture<NewsList>(html`<news-list src=${URL_B} refresh="45" lang="vi"></news-list>`);
      await until(() => watching(a1) && watching(b) && ids(a1).length && ids(a2).length && ids(b).length, 'the elements load and watch');
      expect(requests()).to.equal(1);
      expect(timerCount()).to.equal(2);
      // The shortest interval among the elements of a feed wins: 30 s for URL_A.
      clock.tick(29_000);
      await task();
      expect(requests()).to.equal(1);
      clock.tick(1_000);
      await until(() => requests() === 2, 'the refresh of URL_A');
      await refreshed(a1);
      expect(requests()).to.equal(2);
      expect(requests(URL_B)).to.equal(1);
      clock.tick(15_000);
      await until(() => requests(URL_B) === 2, 'the refresh of URL_B');
      await refreshed(b, URL_B);
      // Gone from the page: no timer left behind (no load in flight either).
      a1.remove();
      expect(timerCount()).to.equal(2);
      a2.remove();
      b.remove();
      expect(timerCount()).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
    });

    it('has a floor of 10 seconds, and none for 0, a negative or a word', async () => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      const { publish, requests } = server(spy);
      publish(URL_A, feedOf(item('a')));
      publish(URL_B, feedOf(item('b')));
      const fast = await fixture<NewsList>(html`<news-list src=${URL_A} refresh="1"></news-list>`);
      await until(() => watching(fast) && ids(fast).length, 'the list loads and watches');
      clock.tick(MIN_REFRESH_SECONDS * 1000 - 1);
      await task();
      expect(requests()).to.equal(1);
      clock.tick(1);
      await until(() => requests() === 2, 'the refresh at 10 s');
      await refreshed(fast);
      fast.remove();
      for (const value of ['0', '-30', 'often']) {
        const never = await fixture<NewsList>(html`<news-list src=${URL_B} refresh=${value}></news-list>`);
        await until(() => ids(never).length, 'the list loads');
        never.remove();
      }
      expect(timerCount()).to.equal(0);
    });

    it('stops when the attribute goes, and follows a change of src', async () => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      const { publish, requests } = server(spy);
      publish(URL_A, feedOf(item('a')));
      publish(URL_B, feedOf(item('b')));
      const el = await fixture<NewsList>(html`<news-list src=${URL_A} refresh="20"></news-list>`);
      await until(() => watching(el) && ids(el).length, 'the list loads and watches');
      el.setAttribute('src', URL_B);
      await until(() => ids(el)[0] === 'b', 'the list shows URL_B');
      clock.tick(20_000);
      await until(() => requests(URL_B) === 2, 'the refresh of URL_B');
      await refreshed(el, URL_B);
      expect(requests(URL_A)).to.equal(1);
      el.removeAttribute('refresh');
      await el.updateComplete;
      expect(timerCount()).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
    });

    it('does not fetch while the page is hidden, and fetches once when it shows again', async () => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      const { publish, requests } = server(spy);
      publish(URL_A, feedOf(item('a')));
      const el = await fixture<NewsList>(html`<news-list src=${URL_A} refresh="30"></news-list>`);
      await until(() => watching(el) && ids(el).length, 'the list loads and watches');
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      clock.tick(120_000);
      await task();
      expect(requests()).to.equal(1);
      // Nothing ticks while it waits for the page.
      expect(clock.countTimers()).to.equal(0);
      delete (document as { visibilityState?: string }).visibilityState;
      expect(document.visibilityState).to.equal('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => requests() === 2, 'the refresh on return');
      await refreshed(el);
      // Once, and then on its interval again.
      document.dispatchEvent(new Event('visibilitychange'));
      await task();
      expect(requests()).to.equal(2);
      clock.tick(30_000);
      await until(() => requests() === 3, 'the next refresh');
      await refreshed(el);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('an unchanged feed on the timer renders nothing and fires nothing', async () => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      const { publish, requests } = server(spy);
      publish(URL_A, feedOf(item('a'), item('b')));
      const el = await fixture<NewsList>(html`<news-list src=${URL_A} refresh="30" lang="vi"></news-list>`);
      await until(() => watching(el) && ids(el).length, 'the list loads and watches');
      await el.updateComplete;
      const updated = sinon.spy(el as unknown as { updated: () => void }, 'updated');
      const events = sinon.spy();
      el.addEventListener('news-load', events);
      el.addEventListener('news-error', events);
      clock.tick(30_000);
      await until(() => requests() === 2, 'the refresh');
      await refreshed(el);
      expect(updated.callCount).to.equal(0);
      expect(events.callCount).to.equal(0);
      el.remove();
    });
  });

  describe('new articles in a list', () => {
    /** A list with `refresh` (its timer far off: the tests call refresh(), as the timer does; axe needs real timers). */
    async function listWithNews(lang = 'vi') {
      const srv = server(spy);
      srv.publish(URL_A, feedOf(item('a'), item('b'), item('c')));
      const el = await fixture<NewsList>(html`<news-list src=${URL_A} refresh="3600" lang=${lang}></news-list>`);
      await until(() => watching(el) && ids(el).length, 'the list loads and watches');
      return { el, ...srv };
    }

    it('are offered with a button, announced politely, and shown on top when it is pressed, the focus on the first', async () => {
      const { el, publish } = await listWithNews();
      const events = sinon.spy();
      el.addEventListener('news-load', events);
      publish(URL_A, feedOf(item('x', 'Tin mới x'), item('y', 'Tin mới y'), item('a'), item('b'), item('c')));
      await el.refresh();
      await el.updateComplete;
      // What the reader was reading stays where it was.
      expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
      const button = newItemsButton(el)!;
      expect(button.getAttribute('part')).to.equal('button');
      expect(button.textContent!.trim()).to.equal('2 tin mới');
      expect($(el, 'span.sr-only[role="status"]')!.textContent).to.equal('Có 2 tin mới: nhấn nút ở đầu danh sách để xem.');
      expect(events.callCount).to.equal(0);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      await expect(el).to.be.accessible();
      // Unchanged since (a 304): the button stays as it is, said once.
      const updated = sinon.spy(el as unknown as { updated: () => void }, 'updated');
      await el.refresh();
      await el.updateComplete;
      expect(updated.callCount).to.equal(0);
      updated.restore();
      const loaded = oneEvent(el, 'news-load');
      button.focus();
      button.click();
      expect(((await loaded) as CustomEvent<NewsFeed>).detail.items.map((entry) => entry.id)).to.deep.equal(['x', 'y', 'a', 'b', 'c']);
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['x', 'y', 'a', 'b', 'c']);
      expect(newItemsButton(el)).to.equal(null);
      expect($(el, 'span.sr-only[role="status"]')!.textContent).to.equal('');
      expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id).to.equal('x');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('a paged list on a later page goes back to its first page for them, the focus on the first new one', async () => {
      const srv = server(spy);
      srv.publish(URL_A, feedOf(...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => item(id))));
      const el = await fixture<NewsList>(html`<news-list src=${URL_A} refresh="3600" pagination="pages" page-size="2" lang="vi"></news-list>`);
      await waitUntil(() => watching(el) && $(el, '[part="pagination"]'), 'the paged list loads and watches');
      const next = () => $$<HTMLElement>(el, '[part="pagination"] a, [part="pagination"] button').find((control) => control.textContent!.trim() === 'Trang sau')!;
      next().click();
      await waitUntil(() => ids(el)[0] === 'c', 'page 2');
      next().click();
      await waitUntil(() => ids(el)[0] === 'e', 'page 3');
      srv.publish(URL_A, feedOf(item('x', 'Tin mới x'), ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => item(id))));
      await el.refresh();
      await el.updateComplete;
      // The reader stays on page 3 until asking.
      expect(ids(el)).to.deep.equal(['e', 'f']);
      const button = newItemsButton(el)!;
      expect(button.textContent!.trim()).to.equal('1 tin mới');
      button.click();
      await waitUntil(() => ids(el)[0] === 'x', 'page 1 with the new article');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['x', 'a']);
      expect($(el, '[aria-current="page"]')!.textContent!.trim()).to.equal('1');
      await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id === 'x', 'the focus on the new article');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('what is held goes when the list loads another src', async () => {
      const { el, publish } = await listWithNews();
      publish(URL_A, feedOf(item('x'), item('a'), item('b'), item('c')));
      publish(URL_B, feedOf(item('m'), item('n')));
      await el.refresh();
      await el.updateComplete;
      expect(newItemsButton(el)).to.exist;
      await expect(el).to.be.accessible();
      el.src = URL_B;
      await settled(el);
      expect(ids(el)).to.deep.equal(['m', 'n']);
      expect(newItemsButton(el)).to.equal(null);
      el.remove();
    });

    it('a count in English, singular and plural', async () => {
      const { el, publish } = await listWithNews('en');
      publish(URL_A, feedOf(item('x'), item('a'), item('b'), item('c')));
      await el.refresh();
      await el.updateComplete;
      expect(newItemsButton(el)!.textContent!.trim()).to.equal('1 new article');
      expect($(el, 'span.sr-only[role="status"]')!.textContent).to.equal('1 new article: press the button at the top of the list to show it.');
      publish(URL_A, feedOf(item('y'), item('x'), item('a'), item('b'), item('c')));
      await el.refresh();
      await el.updateComplete;
      expect(newItemsButton(el)!.textContent!.trim()).to.equal('2 new articles');
      expect($(el, 'span.sr-only[role="status"]')!.textContent).to.equal('2 new articles: press the button at the top of the list to show them.');
      expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('a change that brings no new article renders in place, without a button', async () => {
      const { el, publish } = await listWithNews();
      publish(URL_A, feedOf(item('a', 'Tin a (sửa)'), item('b'), item('c')));
      const loaded = oneEvent(el, 'news-load');
      await el.refresh();
      await loaded;
      await el.updateComplete;
      expect(shownText(el)).to.contain('Tin a (sửa)');
      expect(newItemsButton(el)).to.equal(null);
      // One gone: in place too.
      publish(URL_A, feedOf(item('a', 'Tin a (sửa)'), item('c')));
      const again = oneEvent(el, 'news-load');
      await el.refresh();
      await again;
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['a', 'c']);
      el.remove();
    });

    it('a list without refresh has no region of its own, and no timer', async () => {
      const { publish } = server(spy);
      publish(URL_A, feedOf(item('a')));
      const el = await fixture<NewsList>(html`<news-list src=${URL_A}></news-list>`);
      await settled(el);
      expect($$(el, '[role="status"]')).to.have.length(1);
      expect(timerCount()).to.equal(0);
    });
  });
});
