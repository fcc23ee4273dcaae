/**
 * The one-file build, dist/news-widgets.all.js, uploaded alone, as a portal
 * owner does with Liferay's Documents and Media (each file at a URL of its
 * own): served from /test/upload/one/, where no other file of dist/ exists.
 * It defines every element, reads every format, sanitizes bodies and writes
 * JSON-LD, and the page fetches nothing from there but the file itself.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { fetchedUnder, loadBuild, place, settled, shown } from './upload.js';

const BUILD = '/test/upload/one/news-widgets.all.js';

describe('the one-file build, uploaded alone', () => {
  let library: Record<string, unknown>;
  before(async () => {
    library = await loadBuild(BUILD);
  });
  afterEach(() => document.body.replaceChildren());

  it('defines every element and exports the library', () => {
    for (const tag of ['news-list', 'news-card', 'news-breadcrumb', 'news-article']) expect(customElements.get(tag), tag).to.be.a('function');
    expect(customElements.get('news-list')).to.equal(library.NewsList);
    expect(library.loadFeed).to.be.a('function');
  });

  it('renders lists of every kind of feed, a card, a breadcrumb and an article with its sanitized body, fetching no other file', async () => {
    const lists = ['feed.json', 'formats/rss.xml', 'formats/wordpress-posts.json', 'formats/atom.xml'].map((name) =>
      // No images: some of these fixtures point at none that exist.
      place('news-list', { src: `/test/fixtures/${name}`, lang: 'en', show: 'date summary' }),
    );
    const card = place('news-card', { src: '/test/fixtures/feed.json' });
    const breadcrumb = place('news-breadcrumb', { src: '/test/fixtures/articles.json' });
    const article = place('news-article', { src: '/test/fixtures/articles.json', 'structured-data': '', lang: 'en' });
    await Promise.all([...lists, card, breadcrumb, article].map(settled));

    for (const list of lists) {
      expect(list.shadowRoot!.querySelectorAll('[part="item"]').length, list.getAttribute('src')!).to.be.greaterThan(0);
      expect(list.shadowRoot!.querySelector('[part="status"]'), shown(list)).to.equal(null);
    }
    expect(card.shadowRoot!.querySelector('[part~="title"]')).not.to.equal(null);
    expect(breadcrumb.shadowRoot!.querySelectorAll('[part="crumb"]').length).to.be.greaterThan(0);
    // The body as HTML, through the inlined sanitizer (DOMPurify): its <strong>, its outside link made safe.
    const body = article.shadowRoot!.querySelector('[part="body"]')!;
    expect(body.querySelector('strong')?.textContent).to.equal('một');
    expect(body.querySelector('a')?.getAttribute('rel')).to.include('noopener');
    expect(article.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    // JSON-LD, through the inlined Trusted Types writer.
    await waitUntil(() => article.querySelector('script[type="application/ld+json"]'), 'no JSON-LD was written');

    expect(fetchedUnder('/test/upload/')).to.deep.equal([{ path: BUILD, status: 200 }]);
  });
});
