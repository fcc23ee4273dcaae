import { expect, waitUntil } from '@open-wc/testing';
import type { NewsSelectDetail } from '../../src/events.js';

/**
 * The framework examples (demo/react, demo/vue), built as their apps would be (Vite, each with its
 * own config; test/frameworks/serve.mjs) and each loaded in a page of its own: <news-list> renders, the
 * prop the app passed reaches it, and a reader's click reaches the app's typed handler, which shows the
 * article's title (and, cancelling the event, keeps the link from being followed). Their types are
 * checked by `npm run typecheck` (demo/react/tsconfig.json, demo/vue/tsconfig.json).
 */
interface App {
  frame: HTMLIFrameElement;
  list: HTMLElement & { limit: unknown; layout: unknown };
  selected: HTMLElement;
}

async function open(name: 'react' | 'vue'): Promise<App> {
  // With its own feed (demo/feeds/cong-thong-tin.json, which its build puts beside the page).
  const url = `/test/frameworks/built/${name}/index.html`;
  // A build that failed answers 500 with its message: say it rather than time out.
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}\n${await response.text()}`);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = url;
    document.body.append(frame);
  });
  const page = frame.contentDocument!;
  // Its articles, not its skeleton (as helpers.ts' settled(): nothing busy, no date pending).
  const loaded = () => {
    const root = page.querySelector('news-list')?.shadowRoot;
    return !!root?.querySelector('[part="link"]') && !root.querySelector('[aria-busy], .pending');
  };
  await waitUntil(loaded, `the ${name} app renders no article`, { timeout: 10000 });
  return { frame, list: page.querySelector('news-list')!, selected: page.querySelector<HTMLElement>('#selected')! };
}

for (const name of ['react', 'vue'] as const) {
  describe(`the ${name} example`, () => {
    let app: App;
    before(async () => {
      app = await open(name);
    });
    after(() => app?.frame.remove());

    it('renders <news-list>, defined by news-widgets/news-list.js alone', () => {
      const page = app.frame.contentWindow!;
      expect(page.customElements.get('news-list'), 'news-list').to.be.a('function');
      expect(['news-card', 'news-breadcrumb', 'news-article'].filter((tag) => page.customElements.get(tag))).to.deep.equal([]);
      expect(app.list.shadowRoot!.querySelectorAll('[part="title"]').length).to.be.above(0);
    });

    it('passes its props: limit (as a number property) and layout', () => {
      expect(app.list.limit).to.equal(2);
      expect(app.list.layout).to.equal('compact');
      // Set as properties, not attributes (which the element would also read: the property proves the framework's way).
      expect(['limit', 'layout'].filter((name) => app.list.hasAttribute(name))).to.deep.equal([]);
      expect(app.list.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(2);
    });

    it('hands a reader’s click to its typed news-select handler: the title shows, the link is not followed', async () => {
      const page = app.frame.contentWindow!;
      const address = page.location.href;
      let selected: CustomEvent<NewsSelectDetail> | undefined;
      // After the app's listener (on the element): the event bubbles to the document.
      page.document.addEventListener('news-select', (event) => (selected = event), { once: true });
      const link = app.list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')[1];
      expect(app.selected.textContent!.trim()).to.equal('Choose an article.');
      link.click();
      const title = selected?.detail.article.title;
      expect(title, 'news-select').to.be.a('string');
      expect(link.textContent).to.include(title);
      await waitUntil(() => app.selected.textContent!.includes(title!), `the ${name} app does not show the title`);
      expect(app.selected.textContent!.trim()).to.equal(`Selected: ${title}`);
      expect(selected!.defaultPrevented, 'cancelled by the app').to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(page.location.href).to.equal(address);
    });
  });
}
