import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { NewsError } from '../../src/data/errors.js';
import { LOAD_TIMEOUT_MS, loadFeed, RETRY_DELAYS_MS } from '../../src/data/load.js';
import { fixtureUrl, hangingFetch, rejection, resetCache, spyFetch } from '../helpers.js';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/feed+json' } });

describe('loadFeed', () => {
  let spy: ReturnType<typeof spyFetch>;
  afterEach(() => {
    spy?.restore();
    resetCache();
  });

  describe('against files served by the test runner', () => {
    beforeEach(() => {
      spy = spyFetch();
    });

    it('loads and parses a JSON Feed', async () => {
      const feed = await loadFeed(fixtureUrl('feed.json'));
      expect(feed.items.map((item) => item.id)).to.deep.equal(['first', '2', 'third']);
      // Same-origin by default: the credentials of a <link rel="preload" as="fetch" crossorigin>, so a preload is used.
      expect(spy.calls[0].init?.credentials).to.equal('same-origin');
    });

    it('makes one request for any number of callers of one URL, however it is written', async () => {
      const absolute = fixtureUrl('feed.json');
      const feeds = await Promise.all([
        loadFeed(absolute),
        loadFeed('/test/fixtures/feed.json'),
        loadFeed(absolute, { signal: new AbortController().signal }),
        loadFeed(absolute),
      ]);
      expect(spy.calls).to.have.length(1);
      expect(new Set(feeds).size).to.equal(1);
      // Settled: served from the cache.
      await loadFeed(absolute);
      expect(spy.calls).to.have.length(1);
    });

    it('asks again with `fresh`, and separately per credentials mode', async () => {
      const url = fixtureUrl('feed.json');
      await loadFeed(url);
      await loadFeed(url, { fresh: true });
      await loadFeed(url, { credentials: 'include' });
      expect(spy.calls).to.have.length(3);
      expect(spy.calls[2].init?.credentials).to.equal('include');
    });

    it('reads a bare array of items and a single item', async () => {
      expect((await loadFeed(fixtureUrl('items-array.json'))).items.map((i) => i.id)).to.deep.equal(['a', 'b']);
      expect((await loadFeed(fixtureUrl('single-item.json'))).items.map((i) => i.id)).to.deep.equal(['only']);
    });

    it('fails on a 404 at once, without retrying', async () => {
      const error = (await rejection(loadFeed(fixtureUrl('missing.json')))) as NewsError;
      expect(error).to.be.instanceOf(NewsError);
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(404);
      expect(spy.calls).to.have.length(1);
    });

    it('names an HTML page, truncated JSON and the wrong shape', async () => {
      const html = (await rejection(loadFeed(fixtureUrl('error-page.html')))) as NewsError;
      expect([html.code, html.message]).to.satisfy(([code, message]: string[]) => code === 'parse' && message.includes('HTML page'));
      const truncated = (await rejection(loadFeed(fixtureUrl('truncated.json')))) as NewsError;
      expect(truncated.code).to.equal('parse');
      expect(truncated.message).to.contain('invalid JSON');
      const shape = (await rejection(loadFeed(fixtureUrl('not-a-feed.json')))) as NewsError;
      expect(shape.code).to.equal('format');
      expect(shape.message).to.contain('status, data');
      expect(spy.calls).to.have.length(3);
    });

    it('does not cache failures: the next load asks again', async () => {
      await rejection(loadFeed(fixtureUrl('missing.json')));
      await rejection(loadFeed(fixtureUrl('missing.json')));
      expect(spy.calls).to.have.length(2);
    });

    it('rejects an invalid URL with a NewsError, without a request', async () => {
      const error = (await rejection(loadFeed('http://[bad'))) as NewsError;
      expect(error).to.be.instanceOf(NewsError);
      expect(spy.calls).to.have.length(0);
    });
  });

  describe('aborting', () => {
    it('rejects only the caller that aborted, while others still get the feed', async () => {
      spy = spyFetch();
      const url = fixtureUrl('feed.json');
      const controller = new AbortController();
      const aborted = loadFeed(url, { signal: controller.signal });
      const kept = loadFeed(url);
      controller.abort();
      expect(((await rejection(aborted)) as DOMException).name).to.equal('AbortError');
      expect((await kept).items).to.have.length(3);
      expect(spy.calls).to.have.length(1);
    });

    it('aborts the request once every caller has aborted, and forgets it', async () => {
      spy = spyFetch((_, init, call) => (call === 1 ? hangingFetch(init) : undefined));
      const url = fixtureUrl('feed.json');
      const a = new AbortController();
      const b = new AbortController();
      const first = loadFeed(url, { signal: a.signal });
      const second = loadFeed(url, { signal: b.signal });
      a.abort();
      expect(spy.calls[0].init?.signal?.aborted).to.equal(false);
      b.abort();
      expect(spy.calls[0].init?.signal?.aborted).to.equal(true);
      await rejection(first);
      await rejection(second);
      // A new caller starts a new request.
      expect((await loadFeed(url)).items).to.have.length(3);
      expect(spy.calls).to.have.length(2);
    });

    it('rejects at once for an already aborted signal', async () => {
      spy = spyFetch();
      const controller = new AbortController();
      controller.abort();
      expect(((await rejection(loadFeed(fixtureUrl('feed.json'), { signal: controller.signal }))) as DOMException).name).to.equal('AbortError');
      expect(spy.calls).to.have.length(0);
    });
  });

  describe('faults (fetch stubbed to make them)', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => clock.restore());

    it('retries a 5xx twice with backoff, then succeeds', async () => {
      spy = spyFetch((_, __, call) => Promise.resolve(call! < 3 ? jsonResponse({}, 503) : jsonResponse({ items: [{ id: 'a', title: 'A' }] })));
      const load = loadFeed('/retry-5xx.json');
      await clock.tickAsync(RETRY_DELAYS_MS[0] - 1);
      expect(spy.calls).to.have.length(1);
      await clock.tickAsync(1 + RETRY_DELAYS_MS[1]);
      expect((await load).items[0].id).to.equal('a');
      expect(spy.calls).to.have.length(3);
    });

    it('gives up after two retries of a network error', async () => {
      spy = spyFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const load = rejection(loadFeed('/offline.json'));
      // Each failure is diagnosed by a part (unfetched.ts) that the browser loads in tasks of its own, which
      // the fake clock does not run: real tasks pass before each retry's delay is ticked away.
      for (const delay of [...RETRY_DELAYS_MS, 0]) {
        for (let task = 0; task < 5; task++) await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(spy.calls).to.have.length(RETRY_DELAYS_MS.indexOf(delay) + 1 || 3);
        await clock.tickAsync(delay);
      }
      const error = (await load) as NewsError;
      expect(error.code).to.equal('network');
      // The page's own origin: not a CORS failure, and not probed (test/data/cross-origin.test.ts).
      expect(error.message).to.contain('no answer');
      expect(error.message).not.to.contain('CORS');
      expect(spy.calls).to.have.length(3);
    });

    it('does not retry a 4xx', async () => {
      spy = spyFetch(() => Promise.resolve(jsonResponse({}, 403)));
      const error = (await rejection(loadFeed('/forbidden.json'))) as NewsError;
      expect([error.code, error.status]).to.deep.equal(['http', 403]);
      expect(spy.calls).to.have.length(1);
    });

    it('gives up after 10 s for the whole load and aborts the request', async () => {
      spy = spyFetch((_, init) => hangingFetch(init));
      const load = rejection(loadFeed('/slow.json'));
      await clock.tickAsync(LOAD_TIMEOUT_MS - 1);
      expect(spy.calls[0].init?.signal?.aborted).to.equal(false);
      await clock.tickAsync(1);
      const error = (await load) as NewsError;
      expect(error.code).to.equal('timeout');
      expect(spy.calls[0].init?.signal?.aborted).to.equal(true);
    });

    it('counts retries within the 10 s', async () => {
      // Each attempt answers 503 after 4 s: the third attempt is cut off by the limit.
      spy = spyFetch((_, init) => new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(jsonResponse({}, 503)), 4000);
        init?.signal?.addEventListener('abort', () => (clearTimeout(timer), reject(init.signal!.reason)));
      }));
      const load = rejection(loadFeed('/slow-5xx.json'));
      await clock.tickAsync(LOAD_TIMEOUT_MS);
      expect(((await load) as NewsError).code).to.equal('timeout');
      expect(spy.calls).to.have.length(3);
    });
  });
});
