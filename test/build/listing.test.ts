/**
 * dist/news-widgets.listing.js, the listing entry: `<news-list>` and
 * `<news-card>` only. A page with a list loads no code of the article or the
 * breadcrumb, and no sanitizer.
 */
import { expect } from '@open-wc/testing';
import { fetchedUnder, loadBuild, place, settled, shown } from './upload.js';

describe('the listing entry (dist/news-widgets.listing.js)', () => {
  it('defines the list and the card only, and renders them from one file', async () => {
    const module = await loadBuild('/dist/news-widgets.listing.js');
    expect(Object.keys(module).sort()).to.include.members(['NewsCard', 'NewsList']);
    expect(customElements.get('news-list')).to.equal(module.NewsList);
    expect(customElements.get('news-card')).to.equal(module.NewsCard);
    expect(customElements.get('news-article')).to.equal(undefined);
    expect(customElements.get('news-breadcrumb')).to.equal(undefined);
    const list = place('news-list', { src: '/test/fixtures/feed.json', limit: '2' });
    const card = place('news-card', { src: '/test/fixtures/feed.json' });
    await settled(list);
    await settled(card);
    expect(list.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(2);
    expect(shown(card, '[part="title"]')).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
    // One file of code: no part on demand for a JSON Feed, no sanitizer.
    expect(fetchedUnder('/dist/').map(({ path }) => path)).to.deep.equal(['/dist/news-widgets.listing.js']);
  });
});
