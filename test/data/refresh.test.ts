/**
 * Conditional requests (issue 10, §3): a fresh load of a feed loaded before
 * asks whether it changed, and an unchanged feed resolves with the very same
 * NewsFeed object. On the page's origin with the validators the first response
 * gave; on another origin with `cache: 'no-cache'` (no CORS preflight), an
 * unchanged feed told from the same ETag or the same content.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadFeed } from '../../src/data/load.js';
import { fetchSpies, fixtureUrl, hangingFetch, rejection } from '../helpers.js';

const FEED = { version: 'https://jsonfeed.org/version/1.1', title: 'Tin', items: [{ id: 'a', title: 'Một', url: 'https://news.example/a' }] };
const EDITED = { ...FEED, items: [{ id: 'a', title: 'Một (sửa)', url: 'https://news.example/a' }] };

const feedResponse = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/feed+json', ...headers } });
const notModified = () => new Response(null, { status: 304 });
const headerOf = (init: RequestInit | undefined, name: string) => new Headers(init?.headers).get(name);

describe('a fresh load (refresh)', () => {
  const spy = fetchSpies();

  describe('on the page’s own origin', () => {
    const url = fixtureUrl('feed.json');

    it('sends the validators of the response it has, and a 304 resolves with the same feed object', async () => {
      const calls = spy((_input, _init, call) =>
        Promise.resolve(call === 1 ? feedResponse(FEED, { etag: '"v1"', 'last-modified': 'Sat, 28 Nov 2026 10:00:00 GMT' }) : notModified()),
      ).calls;
      const first = await loadFeed(url);
      expect(headerOf(calls[0].init, 'if-none-match')).to.equal(null);
      const again = await loadFeed(url, { fresh: true });
      expect(calls).to.have.length(2);
      expect(headerOf(calls[1].init, 'if-none-match')).to.equal('"v1"');
      expect(headerOf(calls[1].init, 'if-modified-since')).to.equal('Sat, 28 Nov 2026 10:00:00 GMT');
      // Its own validators: the browser's cache stays out, and the 304 comes to the script as it is.
      expect(calls[1].init?.cache).to.equal('no-store');
      expect(again).to.equal(first);
      // And the cache keeps it: a plain load gets the same object, without a request.
      expect(await loadFeed(url)).to.equal(first);
      expect(calls).to.have.length(2);
    });

    it('sends only the validators it was given, and none where there were none (asking past the HTTP cache)', async () => {
      const calls = spy((_input, _init, call) => Promise.resolve(call === 1 ? feedResponse(FEED, { etag: '"v1"' }) : feedResponse(FEED))).calls;
      await loadFeed(url);
      await loadFeed(url, { fresh: true });
      expect(headerOf(calls[1].init, 'if-none-match')).to.equal('"v1"');
      expect(headerOf(calls[1].init, 'if-modified-since')).to.equal(null);
      // The second response had no validator: the third request has none to send, and asks past the browser's cache.
      await loadFeed(url, { fresh: true });
      expect(calls[2].init?.headers).to.equal(undefined);
      expect(calls[2].init?.cache).to.equal('no-cache');
    });

    it('a changed feed (200) is a new object; the same content without validators is the same object', async () => {
      const bodies = [FEED, FEED, EDITED];
      spy((_input, _init, call) => Promise.resolve(feedResponse(bodies[call! - 1])));
      const first = await loadFeed(url);
      const same = await loadFeed(url, { fresh: true });
      expect(same).to.equal(first);
      const edited = await loadFeed(url, { fresh: true });
      expect(edited).not.to.equal(first);
      expect(edited.items[0].title).to.equal('Một (sửa)');
    });

    it('with the test server’s own ETag: a real 304, and the same object', async () => {
      const calls = spy().calls;
      const first = await loadFeed(url);
      const again = await loadFeed(url, { fresh: true });
      expect(calls).to.have.length(2);
      expect(headerOf(calls[1].init, 'if-none-match') ?? headerOf(calls[1].init, 'if-modified-since')).to.be.a('string');
      expect(again).to.equal(first);
    });

    it('a fresh load that fails keeps the feed it would have replaced, and the next one asks again (with its validators)', async () => {
      const calls = spy((_input, _init, call) =>
        Promise.resolve(
          call === 1 ? feedResponse(FEED, { etag: '"v1"' }) : call === 2 ? new Response('gone', { status: 404 }) : notModified(),
        ),
      ).calls;
      const first = await loadFeed(url);
      await rejection(loadFeed(url, { fresh: true }));
      expect(await loadFeed(url)).to.equal(first);
      expect(calls).to.have.length(2);
      expect(await loadFeed(url, { fresh: true })).to.equal(first);
      expect(calls).to.have.length(3);
      expect(headerOf(calls[2].init, 'if-none-match')).to.equal('"v1"');
    });

    it('a fresh load that every caller aborted keeps the feed it would have replaced, and the next one asks with its validators', async () => {
      const calls = spy((_input, init, call) =>
        call === 1 ? Promise.resolve(feedResponse(FEED, { etag: '"v1"' })) : call === 2 ? hangingFetch(init) : Promise.resolve(notModified()),
      ).calls;
      const first = await loadFeed(url);
      const controller = new AbortController();
      const refreshing = loadFeed(url, { fresh: true, signal: controller.signal });
      await waitUntil(() => calls.length === 2, 'the refresh did not ask');
      controller.abort();
      await rejection(refreshing);
      // The feed loaded before is still the cache's: no request for it, and the same object.
      expect(await loadFeed(url)).to.equal(first);
      expect(calls).to.have.length(2);
      // The next refresh is conditional again, and a 304 is the same feed.
      expect(await loadFeed(url, { fresh: true })).to.equal(first);
      expect(calls).to.have.length(3);
      expect(headerOf(calls[2].init, 'if-none-match')).to.equal('"v1"');
    });

    it('a fresh load after a failed one asks the server again, past its cache', async () => {
      const calls = spy((_input, _init, call) => Promise.resolve(call === 1 ? new Response('down', { status: 404 }) : feedResponse(FEED))).calls;
      await rejection(loadFeed(url));
      const feed = await loadFeed(url, { fresh: true });
      expect(feed.items[0].id).to.equal('a');
      expect(calls).to.have.length(2);
      expect(calls[1].init?.cache).to.equal('no-cache');
    });

    it('fresh loads that overlap are one request', async () => {
      const calls = spy((_input, _init, call) => Promise.resolve(call === 1 ? feedResponse(FEED, { etag: '"v1"' }) : notModified())).calls;
      const first = await loadFeed(url);
      const [a, b] = await Promise.all([loadFeed(url, { fresh: true }), loadFeed(url, { fresh: true })]);
      expect(calls).to.have.length(2);
      expect(a).to.equal(first);
      expect(b).to.equal(first);
    });
  });

  describe('on another origin', () => {
    const url = 'https://news.example/refresh-feed.json';

    it('asks with cache "no-cache" and no header of its own (no CORS preflight)', async () => {
      const calls = spy(() => Promise.resolve(feedResponse(FEED, { etag: '"v1"', 'last-modified': 'Sat, 28 Nov 2026 10:00:00 GMT' }))).calls;
      const first = await loadFeed(url);
      const again = await loadFeed(url, { fresh: true });
      expect(calls).to.have.length(2);
      expect(calls[1].init?.headers).to.equal(undefined);
      expect(calls[1].init?.cache).to.equal('no-cache');
      // The browser's 304 comes as the 200 it kept, with the same ETag: the same object.
      expect(again).to.equal(first);
    });

    it('tells an unchanged feed by its ETag, without reading the body', async () => {
      // A body that differs (which a server would never send with the same ETag): were it read, the feed would be new.
      spy((_input, _init, call) => Promise.resolve(call === 1 ? feedResponse(FEED, { etag: '"v1"' }) : feedResponse(EDITED, { etag: '"v1"' })));
      const first = await loadFeed(url);
      expect(await loadFeed(url, { fresh: true })).to.equal(first);
    });

    it('without an ETag it can read, tells an unchanged feed by its content, and a changed one is new', async () => {
      const bodies = [FEED, FEED, EDITED];
      spy((_input, _init, call) => Promise.resolve(feedResponse(bodies[call! - 1])));
      const first = await loadFeed(url);
      expect(await loadFeed(url, { fresh: true })).to.equal(first);
      const edited = await loadFeed(url, { fresh: true });
      expect(edited).not.to.equal(first);
    });
  });
});
