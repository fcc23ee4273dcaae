/**
 * The autoloader, dist/autoload.js: each element is defined when its tag first appears, from its own file
 * (dist/autoload/), also in content the page adds later; a listing page loads no article or breadcrumb
 * code; the feed of an element in the page is asked for once, started by the autoloader before the
 * element's code has come.
 */
import { expect, waitUntil } from '@open-wc/testing';

type FrameWindow = Window & typeof globalThis;

async function open(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/build/autoload.html?run=${Math.random().toString(36).slice(2)}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('news-list')?.shadowRoot?.querySelector('[part="item"] [part="link"]'), 'the list did not render', {
    timeout: 10000,
  });
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

const fetched = (win: FrameWindow): string[] => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('the autoloader (dist/autoload.js)', () => {
  it('defines the list when its tag is in the page, and nothing else; loads no article or breadcrumb code', async () => {
    const { frame, win } = await open();
    expect(['news-list', 'news-card', 'news-breadcrumb', 'news-article'].filter((tag) => win.customElements.get(tag))).to.deep.equal(['news-list']);
    const files = fetched(win).filter((path) => path.startsWith('/dist/'));
    expect(files.some((path) => /\/autoload\/news-list-/.test(path))).to.equal(true);
    expect(files.filter((path) => /\/autoload\/news-(article|breadcrumb|card)-|sanitize-/.test(path))).to.deep.equal([]);
    frame.remove();
  });

  it('asks for the feed once, from before the list’s code came (a preload the list then uses)', async () => {
    const { frame, win } = await open();
    const feed = win.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === '/test/fixtures/feed.json');
    expect(feed.map((entry) => (entry as PerformanceResourceTiming).initiatorType)).to.deep.equal(['link']);
    const list = win.performance.getEntriesByType('resource').find((entry) => /\/autoload\/news-list-/.test(entry.name)) as PerformanceResourceTiming;
    expect(feed[0].startTime).to.be.below(list.responseEnd);
    frame.remove();
  });

  it('exports setStrings: the elements it loads speak the words a page gives', async () => {
    const { frame, win, doc } = await open();
    const autoload = (await (win as unknown as { eval(code: string): Promise<{ setStrings(lang: string, words: object): Promise<void> }> }).eval(
      "import('/dist/autoload.js')",
    ));
    await autoload.setStrings('vi', { retry: 'Tải lại' });
    const list = doc.createElement('news-list');
    list.setAttribute('src', '/nowhere.json');
    doc.body.append(list);
    await waitUntil(() => list.shadowRoot?.querySelector('[part="status"] button'), 'no error state', { timeout: 10000 });
    expect(list.shadowRoot!.querySelector('[part="status"] button')!.textContent!.trim()).to.equal('Tải lại');
    frame.remove();
  });

  it('preloads no feed of a prerendered element (its data is inline), and the plain ones’', async () => {
    const frame = document.createElement('iframe');
    frame.src = `/test/build/autoload-prerendered.html?run=${Math.random().toString(36).slice(2)}`;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('link[rel="preload"]'), 'no preload', { timeout: 10000 });
    const links = [...frame.contentDocument!.querySelectorAll('link[rel="preload"]')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['/test/fixtures/feed.json?plain']);
    frame.remove();
  });

  it('a file that could not be fetched: the element stays undefined (its room held) and the console says which, and the fix', async () => {
    const frame = document.createElement('iframe');
    frame.src = `/test/build/autoload-partial.html?run=${Math.random().toString(36).slice(2)}`;
    document.body.append(frame);
    await waitUntil(() => frame.contentWindow?.document.readyState === 'complete');
    const win = frame.contentWindow as FrameWindow;
    const warnings: string[] = [];
    const warn = win.console.warn;
    win.console.warn = (...args: unknown[]) => (warnings.push(args.map(String).join(' ')), warn.apply(win.console, args));
    await waitUntil(() => warnings.length, 'nothing said', { timeout: 10000 });
    expect(warnings.join('\n')).to.match(/the code of <news-list> could not be loaded \(upload the whole folder beside autoload\.js, then reload\)/);
    expect(win.customElements.get('news-list')).to.equal(undefined);
    frame.remove();
  });

  it('defines an element the page adds later, when it is added', async () => {
    const { frame, win, doc } = await open();
    expect(win.customElements.get('news-article')).to.equal(undefined);
    const box = doc.createElement('div');
    box.innerHTML = '<news-article src="/test/fixtures/articles.json" lang="en"></news-article>';
    doc.body.append(box);
    await waitUntil(() => win.customElements.get('news-article'), 'the article was not defined', { timeout: 10000 });
    const article = doc.querySelector('news-article')!;
    await waitUntil(() => article.shadowRoot?.querySelector('[part="title"]'), 'the article did not render', { timeout: 10000 });
    expect(fetched(win).some((path) => /\/autoload\/news-article-/.test(path))).to.equal(true);
    frame.remove();
  });
});
