import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, $$, FORBIDDEN_WORDS, fixtureUrl, resetCache, settled, shownText } from '../helpers.js';

const FORMATS = [
  { format: 'WordPress', file: 'formats/wordpress-posts.json' },
  { format: 'Liferay', file: 'formats/liferay-structured-contents.json' },
  { format: 'RSS', file: 'formats/rss.xml' },
  { format: 'Atom', file: 'formats/atom.xml' },
];

/** No entity, tag or WordPress "[…]" ever reaches a reader. */
const LEFTOVERS = /&#?\w+;|<\/?[a-z]|\[…\]|\[&hellip;\]/i;

describe('the widgets on every feed format', () => {
  afterEach(resetCache);

  for (const { format, file } of FORMATS) {
    it(`<news-list> shows ${format} articles with clean text`, async () => {
      const el = await fixture<NewsList>(html`<news-list src=${fixtureUrl(file)} url-base="https://portal.example/w/"></news-list>`);
      await settled(el);
      const titles = $$(el, '[part="title"]').map((title) => title.textContent!.trim());
      expect(titles.length).to.be.greaterThan(2);
      for (const title of titles) expect(title).not.to.equal('');
      expect(shownText(el)).not.to.match(LEFTOVERS);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      await expect(el).to.be.accessible();
    });

    it(`<news-article> shows a ${format} article with its sanitized body`, async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src=${fixtureUrl(file)}></news-article>`);
      await settled(el);
      await waitUntil(() => !$(el, '[aria-busy]'), 'the body is still being sanitized');
      expect($(el, '[part="title"]')!.textContent!.trim()).not.to.equal('');
      expect($(el, '[part="body"]')!.textContent!.trim()).not.to.equal('');
      expect($(el, '[part="body"] script, [part="body"] [onerror]')).to.equal(null);
      const outside = [...el.shadowRoot!.querySelectorAll('[part]:not([part="body"])')].filter((part) => !part.closest('[part="body"]'));
      for (const part of outside) expect(part.textContent ?? '').not.to.match(LEFTOVERS);
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    });
  }

  it('says clearly when a forced format does not match', async () => {
    const el = await fixture<NewsList>(html`<news-list src=${fixtureUrl('formats/rss.xml')} format="atom"></news-list>`);
    await settled(el);
    expect($(el, '[part="status"]')!.textContent).to.contain('The news could not be loaded.');
  });
});
