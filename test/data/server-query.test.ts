import { expect } from '@open-wc/testing';
import { serverQuery } from '../../src/data/server-query.js';

const BASE = 'https://portal.example/tin-tuc/';
const params = (src: string) => Object.fromEntries(new URL(src).searchParams);

describe('serverQuery: what a source is asked to filter', () => {
  describe('WordPress', () => {
    it('asks for the search, the words as written (spaces collapsed), keeping the rest of the query', () => {
      const { src, searched } = serverQuery('https://wp.example/wp-json/wp/v2/posts?per_page=5&_embed', undefined, { search: '  tin   tức ' }, BASE);
      expect(params(src)).to.deep.equal({ per_page: '5', _embed: '', search: 'tin tức' });
      expect(searched).to.equal(true);
    });

    it('keeps a search the URL has already, adding the words of the attribute (WordPress requires every one)', () => {
      expect(params(serverQuery('https://wp.example/wp-json/wp/v2/posts?search=tuy%E1%BB%83n%20sinh', undefined, { search: 'lớp 10' }, BASE).src).search).to.equal('tuyển sinh lớp 10');
    });

    it('knows the plain-permalink form (rest_route) and a relative URL', () => {
      expect(params(serverQuery('/?rest_route=/wp/v2/posts', undefined, { search: 'a' }, BASE).src)).to.deep.equal({ rest_route: '/wp/v2/posts', search: 'a' });
      expect(serverQuery('/wp-json/wp/v2/posts', undefined, { search: 'a' }, BASE).src).to.equal('https://portal.example/wp-json/wp/v2/posts?search=a');
    });

    it('asks for the order: newest, oldest, title; not for the feed order or junk', () => {
      const order = (sort: string) => params(serverQuery('https://wp.example/wp-json/wp/v2/posts', undefined, { sort }, BASE).src);
      expect(order('newest')).to.deep.equal({ orderby: 'date', order: 'desc' });
      expect(order('oldest')).to.deep.equal({ orderby: 'date', order: 'asc' });
      expect(order('title')).to.deep.equal({ orderby: 'title', order: 'asc' });
      expect(order('feed')).to.deep.equal({});
      expect(order('<b>')).to.deep.equal({});
    });

    it('leaves tags and categories to the browser (WordPress takes them by id)', () => {
      const given = 'https://wp.example/wp-json/wp/v2/posts';
      expect(serverQuery(given, undefined, { tag: 'Tuyển sinh' }, BASE)).to.deep.equal({ src: given, searched: false });
    });

    it('goes by format="wordpress" for a URL of another shape (a proxy path, a custom route)', () => {
      expect(params(serverQuery('https://wp.example/api/posts', 'wordpress', { search: 'a' }, BASE).src)).to.deep.equal({ search: 'a' });
    });
  });

  describe('Liferay', () => {
    const LIFERAY = 'https://portal.example/o/headless-delivery/v1.0/sites/20121/structured-contents?pageSize=10';

    it('asks for the search and the order (sort=datePublished:desc)', () => {
      const { src, searched } = serverQuery(LIFERAY, undefined, { search: 'đào tạo', sort: 'newest' }, BASE);
      expect(params(src)).to.deep.equal({ pageSize: '10', search: 'đào tạo', sort: 'datePublished:desc' });
      expect(searched).to.equal(true);
      expect(params(serverQuery(LIFERAY, undefined, { sort: 'title' }, BASE).src).sort).to.equal('title:asc');
    });

    it('asks for tags with an OData filter on keywords, lower case, quotes doubled, joined to a filter the URL has', () => {
      expect(params(serverQuery(LIFERAY, undefined, { tag: 'Tuyển sinh, O\'Neil,  ' }, BASE).src).filter).to.equal(
        "keywords/any(k:k eq 'tuyển sinh') or keywords/any(k:k eq 'o''neil')",
      );
      const given = `${LIFERAY}&filter=${encodeURIComponent("contentStructureId eq 123")}`;
      expect(params(serverQuery(given, undefined, { tag: 'a' }, BASE).src).filter).to.equal("(contentStructureId eq 123) and (keywords/any(k:k eq 'a'))");
    });
  });

  describe('any other source', () => {
    it('is left as written, and searched in the browser', () => {
      for (const src of ['feed.json', 'https://portal.example/rss.xml', 'https://wp.example/feed/']) {
        expect(serverQuery(src, undefined, { search: 'a', tag: 'b', sort: 'newest' }, BASE)).to.deep.equal({ src, searched: false });
      }
      expect(serverQuery('https://portal.example/wp-json/wp/v2/posts', 'json-feed', { search: 'a' }, BASE).searched).to.equal(false);
    });

    it('leaves a URL as written where there is nothing to ask (the same request as the early load)', () => {
      const src = '/wp-json/wp/v2/posts?per_page=3';
      expect(serverQuery(src, undefined, { search: '   ', sort: 'feed' }, BASE)).to.deep.equal({ src, searched: false });
    });

    it('several sources: each one rewritten if its server can answer; searched only when every one was', () => {
      const wp = 'https://wp.example/wp-json/wp/v2/posts';
      const json = 'https://portal.example/feed.json';
      const both = serverQuery(`${wp}  ${json}`, undefined, { search: 'a' }, BASE);
      expect(both.src).to.equal(`${wp}?search=a ${json}`);
      expect(both.searched).to.equal(false);
      expect(serverQuery(`${wp} ${wp}?categories=3`, undefined, { search: 'a' }, BASE).searched).to.equal(true);
    });

    it('never throws on junk: a URL that does not parse is left to its load, which says why', () => {
      expect(serverQuery('http://[bad/wp-json/wp/v2/posts', undefined, { search: 'a' }, BASE)).to.deep.equal({ src: 'http://[bad/wp-json/wp/v2/posts', searched: false });
      expect(serverQuery('', undefined, { search: 'a' }, BASE)).to.deep.equal({ src: '', searched: false });
      expect(serverQuery('https://wp.example/wp-json/wp/v2/posts', undefined, { search: 42, tag: {}, sort: null }, BASE).searched).to.equal(false);
    });
  });
});
