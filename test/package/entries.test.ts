import { expect } from '@open-wc/testing';

/**
 * The unbundled package (dist/lib, `npm run build:lib`, as an app's bundler takes it): the classes import
 * with no side effect, each define entry defines its element only, `define.js` every one, and none brings
 * a second Lit beside the app's. Each entry in a page of its own.
 */
interface Report {
  entry: string;
  defined: string[];
  exports: string[];
  lits: number;
  error?: string;
}

function load(entry: string): Promise<Report> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    const onMessage = (event: MessageEvent<Report>) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
    frame.src = `/test/package/entry.html?entry=${encodeURIComponent(entry)}`;
    document.body.append(frame);
  });
}

describe('the npm package’s entries', () => {
  it('news-widgets: the classes and helpers, nothing defined', async () => {
    const report = await load('index.js');
    expect(report.error).to.equal(undefined);
    expect(report.defined).to.deep.equal([]);
    expect(report.exports).to.include.members(['NewsList', 'NewsCard', 'NewsBreadcrumb', 'NewsArticleElement', 'loadFeed', 'NewsError']);
    expect(report.lits).to.equal(1);
  });

  for (const name of ['news-list', 'news-card', 'news-breadcrumb', 'news-article']) {
    it(`news-widgets/${name}.js: <${name}> only`, async () => {
      const report = await load(`define/${name}.js`);
      expect(report.error).to.equal(undefined);
      expect(report.defined).to.deep.equal([name]);
      expect(report.lits, 'one Lit: the app’s').to.equal(1);
    });
  }

  it('news-widgets/define.js: every element, and the classes', async () => {
    const report = await load('define/all.js');
    expect(report.defined).to.deep.equal(['news-list', 'news-card', 'news-breadcrumb', 'news-article']);
    expect(report.exports).to.include.members(['NewsList', 'NewsArticleElement']);
    expect(report.lits).to.equal(1);
  });
});
