import { expect } from '@open-wc/testing';
import { loadPage } from '../../src/data/load-page.js';
import { loadFeed } from '../../src/data/load.js';
import { adaptPayload, parseFeed } from '../../src/data/parse.js';
import { fixtureUrl, newsErrorOf as rejection, resetCache, spyFetch } from '../helpers.js';

/** Every text a widget could show from a feed: none may carry markup or entities. */
function texts(feed: Awaited<ReturnType<typeof loadFeed>>): string[] {
  return feed.items.flatMap((item) => [
    item.title,
    item.summary,
    item.category?.title,
    ...item.tags,
    ...item.authors.map((author) => author.name),
    item.image?.alt,
  ]).filter((text): text is string => !!text);
}

const FORMATS = [
  { format: 'json-feed', file: 'feed.json' },
  { format: 'wordpress', file: 'formats/wordpress-posts.json' },
  { format: 'liferay', file: 'formats/liferay-structured-contents.json' },
  { format: 'rss', file: 'formats/rss.xml' },
  { format: 'atom', file: 'formats/atom.xml' },
] as const;

describe('feed formats, detected on their own', () => {
  let spy: ReturnType<typeof spyFetch> | undefined;
  afterEach(() => {
    spy?.restore();
    spy = undefined;
    resetCache();
  });

  for (const { format, file } of FORMATS) {
    it(`detects ${format} from its content type and shape, with clean text`, async () => {
      const feed = await loadFeed(fixtureUrl(file));
      expect(feed.format).to.equal(format);
      expect(feed.items.length).to.be.greaterThan(2);
      for (const text of texts(feed)) {
        expect(text, text).not.to.match(/&#?\w+;|<\/?[a-z]|\[…\]|\[&hellip;\]/i);
        expect(text).to.equal(text.trim());
      }
      expect(JSON.stringify(feed)).not.to.match(/null|"undefined"|NaN/);
    });
  }

  it('reads the format it is told to, and says so when the payload is not that format', async () => {
    expect((await loadFeed(fixtureUrl('formats/rss.xml'), { format: 'rss' })).format).to.equal('rss');
    const error = await rejection(loadFeed(fixtureUrl('feed.json'), { format: 'wordpress' }));
    expect(error.code).to.equal('format');
    expect(error.message).to.contain('feed.json');
  });

  it('names what it received when nothing matches', async () => {
    const messages = await Promise.all(
      [
        parseFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'application/xml', 'https://x.example/a.xml'),
        parseFeed('<rss><channel><item>', 'application/rss+xml', 'https://x.example/a.xml'),
        parseFeed('<!doctype html><html><body>Login</body></html>', 'text/html', 'https://x.example/'),
        adaptPayload({ data: { posts: [] } }),
      ].map((promise) => rejection(promise).then((error) => error.message)),
    );
    expect(messages[0]).to.match(/root is <catalog>, not RSS or Atom/);
    expect(messages[1]).to.match(/invalid XML/);
    expect(messages[2]).to.match(/an HTML page/);
    expect(messages[3]).to.match(/keys: data/);
  });

  it('asks a proxy for a feed whose server sends no CORS header, and reads it as the feed', async () => {
    spy = spyFetch((input) =>
      String(input).includes('/proxy?')
        ? Promise.resolve(new Response(JSON.stringify({ items: [{ id: 'a', title: 'A', url: 'a.html' }] }), { headers: { 'content-type': 'application/json' } }))
        : undefined,
    );
    const feed = await loadFeed('https://other.example/news/feed.json', { proxy: '/proxy?url={url}' });
    expect(spy.calls[0].url).to.equal(new URL(`/proxy?url=${encodeURIComponent('https://other.example/news/feed.json')}`, location.href).href);
    // Relative URLs resolve against the feed, not the proxy.
    expect(feed.items[0].url).to.equal('https://other.example/news/a.html');
  });

  describe('paging', () => {
    it('follows JSON Feed next_url to page N', async () => {
      const second = await loadPage(fixtureUrl('feed.json'), 2);
      expect(second.items[0].id).to.equal('page-2-first');
      const error = await rejection(loadPage(fixtureUrl('feed.json'), 3));
      expect(error.message).to.contain('no page 3');
    });

    it('asks WordPress and Liferay for page N by their query parameters', async () => {
      spy = spyFetch();
      await loadPage(fixtureUrl('formats/wordpress-posts.json?_embed=1'), 3, { pageSize: 5 });
      const wp = new URL(spy.calls.at(-1)!.url);
      expect([wp.searchParams.get('page'), wp.searchParams.get('per_page'), wp.searchParams.get('_embed')]).to.deep.equal(['3', '5', '1']);
      await loadPage(fixtureUrl('formats/liferay-structured-contents.json'), 2, { pageSize: 20 });
      const liferay = new URL(spy.calls.at(-1)!.url);
      expect([liferay.searchParams.get('page'), liferay.searchParams.get('pageSize')]).to.deep.equal(['2', '20']);
    });
  });
});
