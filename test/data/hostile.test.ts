/**
 * Feeds that no honest portal writes, but any portal may be shown: giant
 * fields, poisoned values, adapters that meet what no one foresaw, next links
 * that point elsewhere. None may stop a widget, block the page for long or
 * reach further than the page said.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-widgets.js';
import { liferay } from '../../src/data/adapters/liferay.js';
import { wordpress } from '../../src/data/adapters/wordpress.js';
import { readingFeed } from '../../src/data/collect.js';
import { cutText, LIMITS } from '../../src/data/limits.js';
import { loadPage } from '../../src/data/load-page.js';
import { loadFeed } from '../../src/data/load.js';
import { adaptPayload, parseFeed } from '../../src/data/parse.js';
import { articleHref } from '../../src/render/safe.js';
import { fetchSpies, FORBIDDEN_WORDS, newsErrorOf, parse, runNow, settled, shownText } from '../helpers.js';

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/feed+json', ...headers } });

describe('limits: every field and list has an upper bound', () => {
  it('cuts text fields and lists, drops overlong URLs and invalid dates, keeps the rest', async () => {
    const long = 'chữ '.repeat(100_000);
    const feed = await adaptPayload({
      title: long,
      _news: { breadcrumb: Array.from({ length: 100_000 }, (_, i) => ({ title: `Mục ${i}`, url: `/c/${i}` })) },
      items: [
        {
          id: 'x'.repeat(5000),
          title: long,
          summary: long,
          content_text: long.repeat(2),
          content_html: `<p>${long.repeat(10)}</p>`,
          url: `https://portal.example/${'a'.repeat(10_000)}`,
          image: 'https://portal.example/i.jpg',
          authors: Array.from({ length: 1000 }, (_, i) => ({ name: `${long}${i}` })),
          tags: Array.from({ length: 200_000 }, (_, i) => `tag ${i}`),
          date_published: '2022-03-26T08:00:00+07:00',
          _news: { category: long, image_alt: long },
        },
      ],
    });
    const [item] = feed.items;
    expect(feed.title).to.equal(cutText(long.trim(), LIMITS.name));
    expect(feed.breadcrumb).to.have.length(LIMITS.crumbs);
    expect(item.id).to.have.length(LIMITS.id);
    expect(item.title).to.have.length(LIMITS.title);
    expect(item.title!.endsWith('…')).to.equal(true);
    expect(item.summary).to.have.length(LIMITS.summary);
    expect(item.text).to.have.length(LIMITS.text);
    expect(item.contentHtml).to.have.length(LIMITS.bodyChars);
    expect(item.url, 'a URL too long to keep').to.equal(undefined);
    expect(item.authors).to.have.length(LIMITS.authors);
    expect(item.authors[0].name).to.have.length(LIMITS.name);
    expect(item.tags).to.have.length(LIMITS.tags);
    expect(item.category!.title).to.have.length(LIMITS.name);
    expect(item.image!.alt).to.have.length(LIMITS.alt);
    expect(item.published!.toISOString()).to.equal('2022-03-26T01:00:00.000Z');
  });

  it(`reads at most ${LIMITS.items} items of a feed of 20,000`, async () => {
    const feed = await adaptPayload({ items: Array.from({ length: 20_000 }, (_, i) => ({ id: `${i}`, title: `Tin ${i}` })) });
    expect(feed.items).to.have.length(LIMITS.items);
    expect(feed.items.at(-1)!.id).to.equal(`${LIMITS.items - 1}`);
  });

  it('never cuts inside a surrogate pair', () => {
    expect(cutText('a😀😀😀', 3)).to.equal('a…');
    expect(cutText('ab😀😀', 4)).to.equal('ab…');
  });
});

describe('one bad item never breaks a widget', () => {
  const spy = fetchSpies();

  it('an item an adapter cannot read is left out; the others show', () => {
    const feed = runNow(readingFeed({
      entries: [1, 2, 3],
      readItem: (entry: unknown) => {
        if (entry === 2) throw new TypeError('a field no one foresaw');
        return { id: `${entry}`, title: `Tin ${entry}`, authors: [], tags: [] };
      },
    }));
    expect(feed.items.map((item) => item.id)).to.deep.equal(['1', '3']);
  });

  it('an id with a lone surrogate is repaired: a link template still makes a link', async () => {
    const el = await fixture<HTMLElement & { articles: unknown; updateComplete: Promise<boolean> }>(
      html`<news-list article-href="?tin={id}" .articles=${[{ id: 'a\uD800b', title: 'Tin' }, { id: 'ok', title: 'Tin 2' }]}></news-list>`,
    );
    await settled(el);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
    expect(links.map((link) => new URL(link.href).searchParams.get('tin'))).to.deep.equal(['a\uFFFDb', 'ok']);
  });

  it('a date whose zone is "constructor" renders, in every element', async () => {
    const rss = `<rss version="2.0"><channel><title>K</title><item><title>Tin</title><link>https://portal.example/a</link><pubDate>Sat, 26 Mar 2022 08:00:00 constructor</pubDate></item></channel></rss>`;
    spy(() => Promise.resolve(new Response(rss, { headers: { 'content-type': 'application/rss+xml' } })));
    const root = await fixture<HTMLElement>(html`<div>
      <news-list src="https://zone.example/rss.xml"></news-list>
      <news-card src="https://zone.example/rss.xml"></news-card>
      <news-article src="https://zone.example/rss.xml"></news-article>
    </div>`);
    for (const el of root.children) {
      await settled(el as HTMLElement & { updateComplete: Promise<boolean> });
      expect(el.shadowRoot!.querySelector('time')?.getAttribute('datetime'), el.localName).to.equal('2022-03-26T08:00:00.000Z');
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    }
  });

  it('a Liferay friendlyUrlPath of "..", or with a lone surrogate, makes no link or a repaired one; the item stays', () => {
    const envelope = { page: 1, pageSize: 20, totalCount: 3, lastPage: 1 };
    const items = [
      { id: 1, title: 'A', friendlyUrlPath: '..', contentFields: [] },
      { id: 2, title: 'B', friendlyUrlPath: 'b\uDC00', contentFields: [] },
      { id: 3, title: 'C', friendlyUrlPath: '.', contentFields: [] },
    ];
    const feed = parse(liferay, { ...envelope, items }, { urlBase: 'https://portal.example/web/guest/w' });
    expect(feed.items.map((item) => [item.title, item.url])).to.deep.equal([
      ['A', undefined],
      ['B', 'https://portal.example/web/guest/w/b%EF%BF%BD'],
      ['C', undefined],
    ]);
  });

  it('an adapter that throws on the whole payload is a format error, read once and never retried', async () => {
    // `items` that throws when read: what no adapter expects.
    const payload = { version: 'https://jsonfeed.org/version/1.1', get items(): unknown {
      throw new TypeError('boom');
    } };
    const error = await newsErrorOf(adaptPayload(payload));
    expect(error.code).to.equal('format');
    let calls = 0;
    spy(() => {
      calls++;
      return Promise.resolve(json({ items: 'not a list', version: 'https://jsonfeed.org/version/1.1' }));
    });
    const loaded = await newsErrorOf(loadFeed('https://odd.example/feed.json'));
    expect(loaded.code).to.equal('format');
    expect(calls).to.equal(1);
  });

  it('a WordPress title over 32,766 characters, and a "read more" title over a 1 MB excerpt, read in one try', () => {
    const post = (title: string, excerpt: string) => ({ id: 1, title: { rendered: title }, excerpt: { rendered: excerpt }, content: { rendered: '<p>x</p>' } });
    const long = 'T'.repeat(40_000);
    // Read, not lost: the title cut to its limit (too long then to be matched in the "more" link, which stays in the summary).
    const [titled] = parse(wordpress, [post(long, `<p>Tóm tắt</p><p><a>Continue reading “${long}”</a></p>`)], {}).items;
    expect(titled.title).to.have.length(LIMITS.title);
    expect(titled.summary!.startsWith('Tóm tắt')).to.equal(true);
    const excerpt = `<p>${'read more '.repeat(100_000)}x</p>`;
    const [item] = parse(wordpress, [post('read more…', excerpt)], {}).items;
    expect(item.summary!.startsWith('read more read more')).to.equal(true);
  });
});

describe('link templates cannot climb', () => {
  it('an id of . or .. in a path makes no link; in a query it is a value like any other', () => {
    for (const id of ['.', '..']) {
      expect(articleHref({ id }, '/news/{id}/view'), id).to.equal(undefined);
      expect(new URL(articleHref({ id }, '/news/view?tin={id}')!).searchParams.get('tin'), id).to.equal(id);
    }
    expect(articleHref({ id: '../x' }, '/news/{id}/view')).to.equal(new URL('/news/..%2Fx/view', location.href).href);
    expect(articleHref({ id: '%2e%2e' }, '/news/{id}/view')).to.equal(new URL('/news/%252e%252e/view', location.href).href);
  });
});

describe('next pages stay where the page said', () => {
  const spy = fetchSpies();

  function serve(pages: Record<string, unknown>) {
    return spy((input) => {
      const url = String(input);
      const key = Object.keys(pages).find((name) => url.includes(name));
      return Promise.resolve(key ? json(pages[key]) : new Response('', { status: 404 }));
    });
  }

  it('follows a next link on the first page’s origin with the page’s credentials and proxy', async () => {
    const calls = serve({
      'first.json': { items: [{ id: '1', title: 'A' }], next_url: 'https://news.example/second.json' },
      'second.json': { items: [{ id: '2', title: 'B' }] },
    }).calls;
    const page = await loadPage('https://news.example/first.json', 2, { credentials: 'include', proxy: '/proxy?url={url}' });
    expect(page.items[0].id).to.equal('2');
    expect(calls.map((call) => [new URL(call.url).pathname, call.init?.credentials])).to.deep.equal([
      ['/proxy', 'include'],
      ['/proxy', 'include'],
    ]);
  });

  it('fetches a next link on another origin without credentials and never through the proxy', async () => {
    const calls = serve({
      'first.json': { items: [{ id: '1', title: 'A' }], next_url: 'http://intranet.example:8080/admin.json' },
      'admin.json': { items: [{ id: '2', title: 'B' }] },
    }).calls;
    await loadPage('https://news.example/first.json', 2, { credentials: 'include', proxy: '/proxy?url={url}' });
    expect(calls.map((call) => [call.url, call.init?.credentials])).to.deep.equal([
      [new URL(`/proxy?url=${encodeURIComponent('https://news.example/first.json')}`, location.href).href, 'include'],
      ['http://intranet.example:8080/admin.json', 'omit'],
    ]);
  });

  it('follows no next link that is not http(s)', async () => {
    serve({ 'first.json': { items: [{ id: '1', title: 'A' }], next_url: 'data:application/json,{"items":[{"id":"x","title":"planted"}]}' } });
    const error = await newsErrorOf(loadPage('https://news.example/first.json', 2));
    expect(error.message).to.contain('no page 2');
  });
});

describe('an aborted read', () => {
  it('rejects with the abort, never as an error of the feed, even in the middle of reading it', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => `<item><title>Tin ${i}</title><link>https://portal.example/${i}</link></item>`).join('');
    const controller = new AbortController();
    const reading = parseFeed(`<rss version="2.0"><channel><title>K</title>${items}</channel></rss>`, 'application/rss+xml', 'https://x.example/rss.xml', {
      signal: controller.signal,
    });
    controller.abort(new DOMException('gone', 'AbortError'));
    const reason = await reading.catch((error: unknown) => error);
    expect(reason).to.be.instanceOf(DOMException);
    expect((reason as DOMException).name).to.equal('AbortError');
  });
});

describe('response size', () => {
  const spy = fetchSpies();

  it(`refuses a body over ${LIMITS.responseBytes / 1024 / 1024} MB, by its Content-Length or as it streams in`, async () => {
    const big = new Uint8Array(LIMITS.responseBytes + 1).fill(32);
    spy(() => Promise.resolve(new Response(big, { headers: { 'content-type': 'application/json' } })));
    const streamed = await newsErrorOf(loadFeed('https://big.example/a.json'));
    expect([streamed.code, streamed.message]).to.satisfy(([code, message]: string[]) => code === 'parse' && message.includes('more than the 8 MB'));
    spy(() => Promise.resolve(new Response('{}', { headers: { 'content-length': String(50 * 1024 * 1024) } })));
    const declared = await newsErrorOf(loadFeed('https://big.example/b.json'));
    expect(declared.message).to.contain('50.0 MB');
  });
});
