/**
 * A feed on another origin (issue 8, §7): a missing CORS header told apart
 * from a server that does not answer and from being offline, by a `no-cors`
 * probe. The test runner's server is a second origin at 127.0.0.1 (the page is
 * on localhost) and sends no Access-Control-Allow-Origin; /test/no-answer
 * closes the connection without a response (web-test-runner.config.mjs).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import { NewsError } from '../../src/data/errors.js';
import { loadFeed, RETRY_DELAYS_MS } from '../../src/data/load.js';
import '../../src/news-widgets.js';
import { $, FORBIDDEN_WORDS, fetchSpies, hangingFetch, newsErrorOf, rejection, settled, shownText } from '../helpers.js';

const other = (path: string): string => {
  const url = new URL(path, location.href);
  url.hostname = '127.0.0.1';
  return url.href;
};
const CROSS_FEED = other('/test/fixtures/feed.json');
const CROSS_SILENT = other('/test/no-answer');
const SAME_SILENT = new URL('/test/no-answer', location.href).href;
const ALLOW = `Access-Control-Allow-Origin: ${location.origin}`;

/** Words a reader must not see: they belong to the console and the event. */
const DEVELOPER_WORDS = /CORS|Access-Control|origin|proxy|\bsrc\b|attribute|thuộc tính|HTTP|fetch/i;

const probes = (calls: { init?: RequestInit }[]) => calls.filter((call) => call.init?.mode === 'no-cors');

/** Makes the browser report itself offline until the returned function is called. */
function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => delete (navigator as { onLine?: boolean }).onLine;
}

describe('a feed on another origin', () => {
  const spy = fetchSpies();

  it('the page and the feed are on two origins, and the feed is served without a CORS header', () => {
    expect(location.hostname).to.equal('localhost');
    expect(new URL(CROSS_FEED).origin).not.to.equal(location.origin);
  });

  describe('loadFeed', () => {
    it('names a missing CORS header, with both fixes, after one request and one probe: no retry', async () => {
      const calls = spy().calls;
      const error = await newsErrorOf(loadFeed(CROSS_FEED));
      expect(error.code).to.equal('cors');
      expect(error.message).to.contain(CROSS_FEED);
      expect(error.message).to.contain(`"${ALLOW}"`);
      expect(error.message).to.contain('proxy="https://my.site/proxy?url={url}"');
      expect(error.message).not.to.contain('Access-Control-Allow-Credentials');
      expect(calls.map((call) => [call.url, call.init?.mode ?? 'cors', call.init?.credentials])).to.deep.equal([
        [CROSS_FEED, 'cors', 'same-origin'],
        [CROSS_FEED, 'no-cors', 'omit'],
      ]);
    });

    it('probes without cookies, and names what credentials="include" needs more', async () => {
      const calls = spy().calls;
      const error = await newsErrorOf(loadFeed(CROSS_FEED, { credentials: 'include' }));
      expect(error.code).to.equal('cors');
      expect(error.message).to.contain('"Access-Control-Allow-Credentials: true"');
      expect(calls.map((call) => call.init?.credentials)).to.deep.equal(['include', 'omit']);
    });

    it('through a proxy without the header: the fix is on the proxy, which is what was probed', async () => {
      const calls = spy().calls;
      const proxy = other('/test/fixtures/feed.json?url={url}');
      const feed = 'https://news.example/feed.json';
      const error = await newsErrorOf(loadFeed(feed, { proxy }));
      expect(error.code).to.equal('cors');
      const proxied = proxy.replace('{url}', encodeURIComponent(feed));
      expect(calls.map((call) => call.url)).to.deep.equal([proxied, proxied]);
      expect(error.message).to.contain(`the proxy (${proxied})`);
      expect(error.message).to.contain(`have the proxy send "${ALLOW}"`);
      expect(error.message).not.to.contain('proxy attribute');
    });

    it('a server on another origin that does not answer is a network error, retried, each failure probed', async () => {
      const calls = spy().calls;
      const error = await newsErrorOf(loadFeed(CROSS_SILENT));
      expect(error.code).to.equal('network');
      expect(error.message).to.contain('no answer from the server');
      expect(error.message).not.to.contain('CORS');
      expect(calls).to.have.length(2 * (1 + RETRY_DELAYS_MS.length));
      expect(probes(calls)).to.have.length(1 + RETRY_DELAYS_MS.length);
    });

    it('a failure on the page’s own origin cannot be CORS: not probed', async () => {
      const calls = spy().calls;
      const error = await newsErrorOf(loadFeed(SAME_SILENT));
      expect(error.code).to.equal('network');
      expect(error.message).not.to.contain('CORS');
      expect(calls).to.have.length(1 + RETRY_DELAYS_MS.length);
      expect(probes(calls)).to.deep.equal([]);
    });

    it('offline (navigator.onLine false): said so, not probed, retried', async () => {
      const online = goOffline();
      try {
        const calls = spy(() => Promise.reject(new TypeError('Failed to fetch'))).calls;
        const error = await newsErrorOf(loadFeed('https://news.example/offline.json'));
        expect(error.code).to.equal('offline');
        expect(calls).to.have.length(1 + RETRY_DELAYS_MS.length);
        expect(probes(calls)).to.deep.equal([]);
      } finally {
        online();
      }
    });

    it('a probe that answers makes it CORS, with no real network (fetch stubbed)', async () => {
      const calls = spy((_, init) => (init?.mode === 'no-cors' ? Promise.resolve(new Response(null)) : Promise.reject(new TypeError('Failed to fetch')))).calls;
      const error = await newsErrorOf(loadFeed('https://news.example/feed.json'));
      expect(error.code).to.equal('cors');
      expect(calls).to.have.length(2);
    });

    it('a connection broken while the body is read is a network error, retried, and not probed', async () => {
      const broken = () =>
        new Response(new ReadableStream({ pull: (controller) => controller.error(new TypeError('network error')) }), {
          headers: { 'content-type': 'application/feed+json' },
        });
      const calls = spy(() => Promise.resolve(broken())).calls;
      const error = await newsErrorOf(loadFeed('https://news.example/broken.json'));
      expect(error.code).to.equal('network');
      expect(calls).to.have.length(1 + RETRY_DELAYS_MS.length);
      expect(probes(calls)).to.deep.equal([]);
    });

    it('a caller that aborts during the probe gets its abort, not an error', async () => {
      spy((_, init) => (init?.mode === 'no-cors' ? hangingFetch(init) : Promise.reject(new TypeError('Failed to fetch'))));
      const controller = new AbortController();
      const load = loadFeed('https://news.example/feed.json', { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort();
      expect(((await rejection(load)) as DOMException).name).to.equal('AbortError');
    });
  });

  describe('what the reader and the developer see', () => {
    let warn: sinon.SinonStub;
    beforeEach(() => {
      warn = sinon.stub(console, 'warn');
    });
    afterEach(() => warn.restore());

    const errorOf = async (lang: string, attributes: { src?: string; proxy?: string }) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('news-list') as NewsList;
      if (attributes.src) el.setAttribute('src', attributes.src);
      if (attributes.proxy) el.setAttribute('proxy', attributes.proxy);
      const errored = oneEvent(el, 'news-error');
      wrapper.append(el);
      const { detail } = await errored;
      await settled(el);
      return { el, error: detail.error as NewsError };
    };

    for (const [lang, message] of [
      ['vi', 'Không tải được tin.'],
      ['en', 'The news could not be loaded.'],
    ]) {
      it(`CORS (${lang}): a plain message and a retry button (a gateway's error page looks the same); the fix in the event and the console`, async () => {
        const calls = spy().calls;
        const { el, error } = await errorOf(lang, { src: CROSS_FEED });
        expect(error).to.be.instanceOf(NewsError);
        expect(error.code).to.equal('cors');
        expect(error.message).to.contain(ALLOW);
        expect(shownText(el)).to.equal(`${message} ${lang === 'vi' ? 'Thử lại' : 'Try again'}`);
        expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
        expect(shownText(el)).not.to.match(DEVELOPER_WORDS);
        expect($(el, '[part="button"]')).to.exist;
        // Never retried by itself: one request, one probe.
        expect(calls).to.have.length(2);
        const logged = warn.getCalls().flatMap((call) => call.args).filter((arg) => arg instanceof NewsError);
        expect(logged).to.have.length(1);
        expect(String(logged[0])).to.contain(ALLOW);
        expect(String(logged[0])).to.contain('proxy=');
        await expect(el).to.be.accessible();
      });
    }

    for (const [lang, message, retry] of [
      ['vi', 'Không có kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.', 'Thử lại'],
      ['en', 'You appear to be offline. Check your connection, then try again.', 'Try again'],
    ]) {
      it(`offline (${lang}): says so, with a retry button`, async () => {
        const online = goOffline();
        try {
          spy(() => Promise.reject(new TypeError('Failed to fetch')));
          const { el, error } = await errorOf(lang, { src: 'https://news.example/feed.json' });
          expect(error.code).to.equal('offline');
          expect(shownText(el)).to.equal(`${message} ${retry}`);
          expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
          expect(shownText(el)).not.to.match(DEVELOPER_WORDS);
          expect($(el, '[part="button"]')!.textContent).to.equal(retry);
        } finally {
          online();
        }
      });
    }

    for (const [lang, message] of [
      ['vi', 'Không tải được tin. Thử lại'],
      ['en', 'The news could not be loaded. Try again'],
    ]) {
      it(`a server that does not answer (${lang}): the usual message and a retry button`, async () => {
        spy();
        const { el, error } = await errorOf(lang, { src: CROSS_SILENT });
        expect(error.code).to.equal('network');
        expect(shownText(el)).to.equal(message);
        expect(shownText(el)).not.to.match(DEVELOPER_WORDS);
      });
    }

    for (const [lang, message] of [
      ['vi', 'Chưa có nguồn tin.'],
      ['en', 'No news source is set.'],
    ]) {
      it(`no source (${lang}): reader's words only`, async () => {
        const { el, error } = await errorOf(lang, {});
        expect(error.code).to.equal('config');
        expect(shownText(el)).to.equal(message);
        expect(shownText(el)).not.to.match(DEVELOPER_WORDS);
        expect($(el, '[part="button"]')).to.equal(null);
      });
    }

    it('through a proxy without the header: the message names the proxy', async () => {
      spy();
      const proxy = other('/test/fixtures/feed.json?url={url}');
      const { el, error } = await errorOf('en', { src: 'https://news.example/feed.json', proxy });
      expect(error.code).to.equal('cors');
      expect(error.message).to.contain('have the proxy send');
      expect(shownText(el)).to.equal('The news could not be loaded. Try again');
    });
  });
});
