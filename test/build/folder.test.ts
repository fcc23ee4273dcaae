/**
 * The folder build, dist/news-widgets.js, with two of its parts missing (the
 * sanitizer's and the formats' chunks are 404s under /test/upload/folder/,
 * web-test-runner.config.mjs), as when a portal owner uploads only some files
 * of dist/. What needs no missing part works; what does says so: on screen
 * in the reader's words, and in the console and the `news-error` event with
 * the file that could not be loaded and the fix.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { en, vi } from '../../src/i18n/strings.js';
import { fetchedUnder, loadBuild, place, settled, shown } from './upload.js';

const BUILD = '/test/upload/folder/news-widgets.js';
const FIX = /Upload every file of dist\/ into the same folder as news-widgets\.js .*news-widgets\.all\.js/;

describe('the folder build with its sanitizer and formats chunks missing', () => {
  let warn: sinon.SinonStub;
  before(() => loadBuild(BUILD));
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    document.body.replaceChildren();
  });

  it('the entry imports no other file: a JSON Feed list renders with nothing else fetched', async () => {
    const list = place('news-list', { src: '/test/fixtures/feed.json' });
    await settled(list);
    expect(list.shadowRoot!.querySelectorAll('[part="item"]').length).to.be.greaterThan(0);
    expect(fetchedUnder('/test/upload/').map(({ path }) => path)).to.deep.equal([BUILD]);
    expect(warn.called).to.equal(false);
  });

  it('an article shows its text with a notice, and the console names the missing file and the fix', async () => {
    const article = place('news-article', { src: '/test/fixtures/articles.json', lang: 'en' });
    await settled(article);
    expect(shown(article, '[part="body"]')).to.equal('Tóm tắt bài viết.');
    const notice = article.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent).to.include(en.bodyPlain);
    expect(notice.querySelector('a')!.href).to.equal('https://portal.example/tin-tuc/toa-dam');
    // The rest of the article is there.
    expect(shown(article, '[part="title"]')).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
    expect(warn.calledOnce).to.equal(true);
    const [element, error] = warn.firstCall.args as [Element, Error];
    expect(element).to.equal(article);
    expect(error.message).to.match(/the article body sanitizer, with DOMPurify \(sanitize-\*\.js\), or a file it imports: .*\/test\/upload\/folder\/sanitize-[\w-]+\.js/);
    expect(error.message).to.match(FIX);
  });

  it('an article with only an HTML body says, in the reader\'s language, that it cannot be shown here', async () => {
    const article = place('news-article', { src: '/test/fixtures/articles.json', 'article-id': 'video', lang: 'vi' });
    await settled(article);
    expect(shown(article, '[part="body"]')).to.equal('');
    expect(shown(article, '[part="notice"]')).to.equal(vi.bodyMissing);
    expect(shown(article)).not.to.include('<p>');
  });

  for (const name of ['formats/wordpress-posts.json', 'formats/rss.xml']) {
    it(`a list of ${name} shows its error state, and the error names the missing part and the fix`, async () => {
      const list = place('news-list', { src: `/test/fixtures/${name}`, lang: 'en' });
      const errors: Error[] = [];
      list.addEventListener('news-error', (event) => errors.push((event as CustomEvent<{ error: Error }>).detail.error));
      await settled(list);
      expect(shown(list)).to.equal(`${en.error} ${en.retry}`);
      expect(errors).to.have.length(1);
      const [error] = errors;
      expect(error.name).to.equal('NewsError');
      expect((error as Error & { code: string }).code).to.equal('network');
      expect(error.message).to.match(/WordPress, Liferay, RSS and Atom feeds \(formats-\*\.js\), or a file it imports: .*\/test\/upload\/folder\/formats-[\w-]+\.js/);
      expect(error.message).to.match(FIX);
      expect(warn.calledWith(list, error)).to.equal(true);
    });
  }
});
