import { expect } from '@open-wc/testing';
import { liferay } from '../../src/data/adapters/liferay.js';
import { wordpress } from '../../src/data/adapters/wordpress.js';
import { pageCount, pageRange, pageSlice, readPage } from '../../src/data/query.js';

describe('query: paging', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 10)).to.equal(1);
    expect(pageCount(10, 10)).to.equal(1);
    expect(pageCount(11, 10)).to.equal(2);
    expect(pageCount(30, 7)).to.equal(5);
    expect(pageCount(5, 0)).to.equal(5);
  });

  it('slices a page, empty beyond the last', () => {
    const items = Array.from({ length: 25 }, (_, i) => i + 1);
    expect(pageSlice(items, 1, 10)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(pageSlice(items, 3, 10)).to.deep.equal([21, 22, 23, 24, 25]);
    expect(pageSlice(items, 4, 10)).to.deep.equal([]);
  });

  it('elides long ranges around the current page', () => {
    expect(pageRange(5, 20)).to.deep.equal([1, 'gap', 4, 5, 6, 'gap', 20]);
    expect(pageRange(1, 20)).to.deep.equal([1, 2, 'gap', 20]);
    expect(pageRange(20, 20)).to.deep.equal([1, 'gap', 19, 20]);
    expect(pageRange(2, 3)).to.deep.equal([1, 2, 3]);
    expect(pageRange(1, 1)).to.deep.equal([1]);
  });

  it('never hides a single page behind a gap', () => {
    expect(pageRange(4, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(pageRange(3, 20)).to.deep.equal([1, 2, 3, 4, 'gap', 20]);
    expect(pageRange(18, 20)).to.deep.equal([1, 'gap', 17, 18, 19, 20]);
  });

  it('keeps the current page within the range', () => {
    expect(pageRange(50, 5)).to.deep.equal([1, 'gap', 4, 5]);
    expect(pageRange(-3, 5)).to.deep.equal([1, 2, 'gap', 5]);
    expect(pageRange(1, 0)).to.deep.equal([1]);
  });

  it('reads a page number from untrusted text: junk is page 1, beyond the last the last', () => {
    expect(readPage('3', 7)).to.equal(3);
    expect(readPage(' 3 ', 7)).to.equal(3);
    expect(readPage('12', 7)).to.equal(7);
    expect(readPage('12')).to.equal(12);
    for (const junk of ['', 'abc', '0', '-2', '2.5', '1e3', null, undefined, {}, '99999999999999999999']) expect(readPage(junk, 7), String(junk)).to.equal(1);
    expect(readPage(4, 7)).to.equal(4);
  });

  it('never asks a server for more than 100 per page (WordPress refuses more)', () => {
    const asked = new URL(wordpress.pageUrl!('https://wp.example/wp-json/wp/v2/posts?_embed', 2, 500));
    expect(asked.searchParams.get('per_page')).to.equal('100');
    expect(asked.searchParams.get('page')).to.equal('2');
    expect(asked.searchParams.has('_embed')).to.equal(true);
    expect(new URL(liferay.pageUrl!('https://portal.example/o/x', 3, 250)).searchParams.get('pageSize')).to.equal('100');
    expect(new URL(wordpress.pageUrl!('https://wp.example/p', 2, 20)).searchParams.get('per_page')).to.equal('20');
  });
});
