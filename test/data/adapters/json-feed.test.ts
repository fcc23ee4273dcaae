import { expect } from '@open-wc/testing';
import { isJsonFeed, jsonFeed } from '../../../src/data/adapters/json-feed.js';
import { NewsError } from '../../../src/data/errors.js';
import { fixtureUrl, parse } from '../../helpers.js';

const base = 'https://portal.example/tin-tuc/feed.json';

describe('JSON Feed adapter', () => {
  let raw: unknown;
  before(async () => {
    raw = await (await fetch(fixtureUrl('feed.json'))).json();
  });

  it('reads the feed and its _news breadcrumb, resolving relative URLs against the feed', () => {
    const feed = parse(jsonFeed, raw, { base });
    expect(feed.title).to.equal('Tin tức - Sự kiện');
    expect(feed.language).to.equal('vi');
    expect(feed.breadcrumb).to.deep.equal([
      { title: 'Tin tức', url: 'https://portal.example/tin-tuc' },
      { title: 'Tin tức - Sự kiện', url: 'https://portal.example/tin-tuc/tin-tuc-su-kien' },
    ]);
    expect(feed.paging).to.deep.equal({ nextUrl: 'https://portal.example/tin-tuc/feed-page-2.json' });
  });

  it('maps a full item into the model', () => {
    const [first] = parse(jsonFeed, raw, { base }).items;
    expect(first.id).to.equal('first');
    expect(first.title).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
    expect(first.image).to.deep.equal({ url: 'https://portal.example/tin-tuc/images/first.svg', alt: 'Quang cảnh buổi tọa đàm' });
    expect(first.published?.toISOString()).to.equal('2022-03-26T01:00:00.000Z');
    expect(first.updated?.toISOString()).to.equal('2022-03-27T02:30:00.000Z');
    expect(first.authors).to.deep.equal([{ name: 'Minh Sơn', url: 'https://portal.example/tac-gia/minh-son' }, { name: 'Ngọc Hân' }]);
    expect(first.category).to.deep.equal({ title: 'Tin tức - Sự kiện', url: 'https://portal.example/tin-tuc' });
    expect(first.tags).to.deep.equal(['Tọa đàm']);
    expect(first.language).to.equal('vi');
  });

  it('leaves missing and mistyped fields absent, never null or "undefined"', () => {
    const [, second, third] = parse(jsonFeed, raw, { base }).items;
    expect(second.id).to.equal('2');
    expect(second).not.to.have.property('title', null);
    expect(second.title).to.equal(undefined);
    expect(second.published).to.equal(undefined);
    expect(second.url).to.equal('https://portal.example/tin-tuc/second.html');
    // Item authors with no usable name fall back to the feed's authors.
    expect(second.authors).to.deep.equal([{ name: 'Ban biên tập' }]);
    expect(second.tags).to.deep.equal([]);
    expect(second.category).to.deep.equal({ title: 'Thông báo' });
    expect(third.title).to.equal(undefined);
    expect(third.text).to.equal('Only a text body, no title or summary.');
    expect(JSON.stringify(parse(jsonFeed, raw, { base }))).not.to.match(/"null"|"undefined"|NaN/);
  });

  it('skips entries that are not items, have nothing to show, or repeat an id', () => {
    const ids = parse(jsonFeed, raw, { base }).items.map((item) => item.id);
    expect(ids).to.deep.equal(['first', '2', 'third']);
  });

  it('reads a bare array of items and a single item', () => {
    expect(parse(jsonFeed, [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }], {}).items.map((i) => i.title)).to.deep.equal(['A', 'B']);
    expect(parse(jsonFeed, { id: 'x', title: 'One' }, {}).items).to.have.length(1);
  });

  it('reads JSON Feed 1.0 single authors', () => {
    const feed = parse(jsonFeed, { items: [{ id: 'a', title: 'A', author: { name: 'Old style' } }] }, {});
    expect(feed.items[0].authors).to.deep.equal([{ name: 'Old style' }]);
  });

  it('keeps feed order', () => {
    const feed = parse(jsonFeed, {
      items: [
        { id: 'old', title: 'Old', date_published: '2020-01-01T00:00:00Z' },
        { id: 'new', title: 'New', date_published: '2024-01-01T00:00:00Z' },
      ],
    }, {});
    expect(feed.items.map((i) => i.id)).to.deep.equal(['old', 'new']);
  });

  it('rejects what is not a feed with a message naming what it got', () => {
    for (const payload of [null, 'text', 42, { status: 'ok', data: {} }, { id: 'no-content' }]) {
      expect(isJsonFeed(payload)).to.equal(false, JSON.stringify(payload));
      let error: unknown;
      try {
        parse(jsonFeed, payload, {});
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(NewsError);
      expect((error as NewsError).code).to.equal('format');
    }
    expect(() => parse(jsonFeed, { status: 'ok', data: {} }, {})).to.throw(/keys: status, data/);
  });
});
