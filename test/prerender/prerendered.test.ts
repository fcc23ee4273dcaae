/**
 * Markup made by the built command (`news-widgets prerender`, run by the test
 * server at test time: serve.mjs), in a page: what a reader sees of it without
 * JavaScript, and how the built script-tag entry (dist/news-widgets.js) takes
 * it over: the same nodes, no request, no shift. The built files, not the
 * sources: the browser takes over markup only from the same templates, and
 * both builds minify them alike.
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { fetchedUnder, loadBuild } from '../build/upload.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated?: boolean; limit?: number };

const NAMES = ['list-grid', 'list-list', 'list-compact', 'card', 'breadcrumb', 'list-wordpress', 'card-liferay'] as const;
type Name = (typeof NAMES)[number];

interface InlineItem {
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  content_text?: string;
}

const markup = {} as Record<Name, string>;

/** The README's snippet for the page's head: the stylesheet that holds room for elements not yet defined, and the script. */
const HEAD = '<link rel="stylesheet" href="/dist/news-widgets.css"><script type="module" src="/dist/news-widgets.js"></script>';

before(async () => {
  for (const name of NAMES) {
    const response = await fetch(`/test/prerendered/${name}`);
    markup[name] = await response.text();
    expect(response.status, markup[name]).to.equal(200);
  }
});

/** The element's inline data, as the command wrote it. */
const inlineOf = (element: Element): { items: InlineItem[]; _news?: { breadcrumb?: { title: string; url?: string }[] } } =>
  JSON.parse(element.querySelector(':scope > script[type="application/json"]')!.textContent!);

/** The text of a shadow root, but its styles, whitespace collapsed. */
const textOf = (root: ShadowRoot): string =>
  [...root.children]
    .filter((node) => node.localName !== 'style')
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');

/** The links and texts a reader (and a search engine) finds in the element's shadow root, checked against its data. */
function expectArticles(element: Element): void {
  const root = element.shadowRoot!;
  expect(root, 'the declarative shadow root').to.exist;
  const { items, _news } = inlineOf(element);
  const hrefs = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.getAttribute('href'));
  const text = textOf(root);
  if (element.localName === 'news-breadcrumb') {
    // The article's title last, after the trail.
    expect(text).to.include(items[0].title);
    for (const crumb of _news?.breadcrumb ?? []) if (crumb.url) expect(hrefs).to.include(crumb.url);
    return;
  }
  const shown = element.localName === 'news-card' ? items : items.slice(Number(element.getAttribute('offset') ?? 0));
  expect(shown.length).to.be.greaterThan(0);
  for (const item of shown) {
    expect(text).to.include(item.title ?? item.summary ?? item.content_text);
    if (item.url) expect(hrefs, item.id).to.include(item.url);
  }
  expect(root.querySelectorAll('[part="item"]').length).to.equal(element.localName === 'news-list' ? shown.length : 0);
  // No loading state: the articles are there.
  expect(root.querySelector('[aria-busy]')).to.equal(null);
}

describe('prerendered markup without JavaScript', () => {
  for (const name of NAMES) {
    it(`${name}: the articles and their links are in the page, drawn by the browser alone`, async () => {
      const frame = document.createElement('iframe');
      // No allow-scripts: the module script in it does not run. Same origin, so that the test can look in.
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.style.cssText = 'width: 800px; height: 900px';
      frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">${HEAD}</head>
        <body>${markup[name]}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow!;
      const element = frame.contentDocument!.body.firstElementChild!;
      expect(win.customElements.get(element.localName), 'no script ran').to.equal(undefined);
      expectArticles(element);
      // Styled by the shadow root's own <style>: a title's weight, a trail's list without bullets.
      const styled = element.shadowRoot!.querySelector('[part="title"], nav [part="list"]')!;
      const style = win.getComputedStyle(styled);
      expect(styled.localName === 'ol' ? style.listStyleType : style.fontWeight).to.equal(styled.localName === 'ol' ? 'none' : '650');
      expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
      frame.remove();
    });
  }
});

describe('prerendered markup taken over by the script', () => {
  interface Before {
    name: Name;
    element: Widget;
    nodes: Node[];
    html: string;
    height: number;
    mutations: MutationRecord[];
    loads: CustomEvent[];
  }
  const taken: Before[] = [];
  let fetchSpy: sinon.SinonSpy;
  let shift = 0;

  /** Every node of a shadow root, in document order. */
  const nodesOf = (root: ShadowRoot): Node[] => {
    const nodes: Node[] = [];
    for (const walker = document.createTreeWalker(root); walker.nextNode(); ) nodes.push(walker.currentNode);
    return nodes;
  };

  before(async () => {
    // The head stylesheet, as the README's snippet has it: it must hold no room for markup that is there already.
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/dist/news-widgets.css' });
    const styled = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve);
      link.addEventListener('error', reject);
    });
    document.head.append(link);
    await styled;
    for (const name of NAMES) {
      const section = document.createElement('section');
      section.style.width = '760px';
      document.body.append(section);
      // As the HTML parser reads a page: the declarative shadow root is attached, before any script.
      section.setHTMLUnsafe(markup[name]);
      const element = section.firstElementChild as Widget;
      const root = element.shadowRoot!;
      const mutations: MutationRecord[] = [];
      new MutationObserver((records) => mutations.push(...records)).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      const loads: CustomEvent[] = [];
      element.addEventListener('news-load', (event) => loads.push(event as CustomEvent));
      taken.push({ name, element, nodes: nodesOf(root), html: root.innerHTML, height: element.getBoundingClientRect().height, mutations, loads });
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift' });
    fetchSpy = sinon.spy(window, 'fetch');
    // The script-tag entry, built: it defines the elements, which upgrade and take their markup over.
    await loadBuild('/dist/news-widgets.js');
    for (const { element } of taken) {
      await waitUntil(() => element.hasUpdated, `<${element.localName}> did not update`);
      await element.updateComplete;
    }
    // Layout shifts are reported after the frame that made them.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });

  after(() => {
    fetchSpy.restore();
    document.querySelector('link[href="/dist/news-widgets.css"]')?.remove();
    for (const { element } of taken) element.parentElement!.remove();
  });

  it('fetches nothing: the feed is not asked for, the data inline is used', () => {
    expect(fetchSpy.callCount, fetchSpy.args.map(([url]) => String(url)).join(', ')).to.equal(0);
    // Nor by another way (an early load, a preload): the server was not asked for any feed.
    expect(fetchedUnder('/test/fixtures/').filter(({ path }) => path.endsWith('.json'))).to.deep.equal([]);
    for (const { element } of taken) expect(element.getAttribute('src'), 'src stays, for later loads').to.match(/^\/test\/fixtures\//);
  });

  it('keeps every node the server rendered, and changes none', () => {
    for (const { name, element, nodes, html, mutations } of taken) {
      const now = nodesOf(element.shadowRoot!);
      expect(now.length, name).to.equal(nodes.length);
      expect(
        now.every((node, i) => node === nodes[i]),
        `${name}: a node was replaced`,
      ).to.equal(true);
      expect(element.shadowRoot!.innerHTML, name).to.equal(html);
      expect(mutations, name).to.deep.equal([]);
    }
  });

  it('shifts nothing: each element keeps its height', () => {
    for (const { name, element, height } of taken) expect(element.getBoundingClientRect().height, name).to.equal(height);
    expect(shift).to.equal(0);
  });

  it('tells the page, as after a load (news-load with the articles shown)', () => {
    for (const { name, element, loads } of taken) {
      expect(loads.length, name).to.equal(1);
      expect(loads[0].detail.items.map((item: { id: string }) => item.id), name).to.deep.equal(inlineOf(element).items.map((item) => item.id));
    }
  });

  it('is the element’s own render afterwards: a reader’s click, and a change of attribute, without a request', async () => {
    const { element } = taken.find(({ name }) => name === 'list-grid')!;
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    const selected = new Promise<CustomEvent>((resolve) => element.addEventListener('news-select', (event) => resolve(event as CustomEvent), { once: true }));
    element.addEventListener('news-select', (event) => event.preventDefault(), { once: true });
    link.click();
    expect((await selected).detail.article.id).to.equal(link.dataset.id);

    const before = element.shadowRoot!.querySelectorAll('[part="item"]');
    element.setAttribute('limit', '1');
    await element.updateComplete;
    const after = element.shadowRoot!.querySelectorAll('[part="item"]');
    expect(after.length).to.equal(1);
    expect(after[0], 'the first item is the server’s node, updated in place').to.equal(before[0]);
    expect(fetchSpy.callCount).to.equal(0);
  });
});

describe('the command refuses what it cannot render, and says why', () => {
  for (const [name, words] of [
    ['rss', /RSS and Atom \(XML\) cannot be prerendered.*DOMParser/],
    ['article', /<news-article> cannot be prerendered/],
    ['no-feed', /no feed: give src/],
    ['paged', /pagination="pages" is not prerendered/],
    ['filtered', /category is not prerendered: the filters load in the browser/],
    ['featured', /layout="featured" is not prerendered/],
  ] as const) {
    it(name, async () => {
      const response = await fetch(`/test/prerendered/${name}`);
      expect(response.status).to.equal(422);
      expect(await response.text()).to.match(words);
    });
  }
});
