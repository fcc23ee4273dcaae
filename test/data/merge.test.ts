import { expect } from '@open-wc/testing';
import { mergeFeeds, type LoadedSource } from '../../src/data/merge.js';
import type { NewsArticle, NewsFeed } from '../../src/data/model.js';

/** An article of the model: only what a test says, the rest as an adapter leaves it. */
const item = (id: string, fields: Partial<NewsArticle> = {}): NewsArticle => ({ id, authors: [], tags: [], ...fields });
const day = (date: string) => new Date(`${date}T08:00:00+07:00`);
const sources = (...feeds: NewsFeed[]): LoadedSource[] => feeds.map((feed, index) => ({ src: `feed-${index + 1}.json`, index, feed }));
const ids = (feed: NewsFeed) => feed.items.map((article) => article.id);

describe('mergeFeeds', () => {
  it('orders newest first across sources, by publication else update date', () => {
    const a: NewsFeed = { items: [item('a1', { published: day('2024-03-10') }), item('a2', { published: day('2024-03-01') })] };
    const b: NewsFeed = { items: [item('b1', { updated: day('2024-03-12') }), item('b2', { published: day('2024-03-05') })] };
    expect(ids(mergeFeeds(sources(a, b)))).to.deep.equal(['b1', 'a1', 'b2', 'a2']);
  });

  it('puts undated items after the dated ones, in source then feed order', () => {
    const a: NewsFeed = { items: [item('a-undated'), item('a-dated', { published: day('2024-01-01') }), item('a-undated-2')] };
    const b: NewsFeed = { items: [item('b-undated'), item('b-dated', { published: day('2024-02-01') })] };
    expect(ids(mergeFeeds(sources(a, b)))).to.deep.equal(['b-dated', 'a-dated', 'a-undated', 'a-undated-2', 'b-undated']);
  });

  it('treats an invalid date as none', () => {
    const a: NewsFeed = { items: [item('bad', { published: new Date('nope') }), item('good', { published: day('2020-01-01') })] };
    expect(ids(mergeFeeds(sources(a)))).to.deep.equal(['good', 'bad']);
  });

  it('keeps an article given by two sources once, by its URL: the first source’s', () => {
    const url = 'https://chung.example/tin';
    const a: NewsFeed = { items: [item('x', { url, title: 'first', published: day('2024-01-01') })] };
    const b: NewsFeed = { items: [item('y', { url, title: 'second', published: day('2024-02-01') }), item('z')] };
    const merged = mergeFeeds(sources(a, b));
    expect(merged.items.map((article) => article.title ?? article.id)).to.deep.equal(['first', 'z']);
  });

  it('keeps one item per id within a source, and renames a later source’s id that is taken', () => {
    const a: NewsFeed = { items: [item('1', { title: 'a one' }), item('1', { title: 'a one again' }), item('2:1', { title: 'a tricky' })] };
    const b: NewsFeed = { items: [item('1', { title: 'b one' }), item('2', { title: 'b two' })] };
    const merged = mergeFeeds(sources(a, b));
    expect(merged.items.map((article) => [article.id, article.title])).to.deep.equal([
      ['1', 'a one'],
      ['2:1', 'a tricky'],
      // "2:1" is taken too: prefixed again, still unique.
      ['2:2:1', 'b one'],
      ['2', 'b two'],
    ]);
  });

  it('leaves the items it does not change as they are (no copy)', () => {
    const keep = item('k', { published: day('2024-01-01') });
    expect(mergeFeeds(sources({ items: [keep] })).items[0]).to.equal(keep);
  });

  it('takes the feed’s fields from the first source, and lists the failures', () => {
    const a: NewsFeed = { url: 'https://a.example/feed.json', title: 'A', homePageUrl: 'https://a.example/', language: 'vi', breadcrumb: [{ title: 'A' }], format: 'json-feed', paging: { pages: 3 }, items: [] };
    const b: NewsFeed = { url: 'https://b.example/feed.json', title: 'B', language: 'en', items: [item('b', { title: 'in English' }), item('b-fr', { language: 'fr' })] };
    const failure = { src: 'c.json', error: new Error('404') };
    const merged = mergeFeeds(sources(a, b), [failure]);
    expect(merged).to.deep.include({ url: a.url, title: 'A', homePageUrl: a.homePageUrl, language: 'vi', breadcrumb: a.breadcrumb, failures: [failure] });
    // One whole list: no format to page by, no paging.
    expect(merged).not.to.have.any.keys('format', 'paging');
    // An item of a source in another language says so (its own language first).
    expect(merged.items.map((article) => article.language)).to.deep.equal(['en', 'fr']);
    expect(Object.keys(mergeFeeds(sources(a)))).not.to.include('failures');
  });

  it('merges nothing into an empty feed', () => {
    expect(mergeFeeds([])).to.deep.equal({ items: [] });
  });
});
