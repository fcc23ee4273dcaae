/**
 * The sources' side of taking over server-rendered markup: the inline data
 * read at once (readNow), and markup that cannot be taken over (written by
 * another version, edited by hand, without data) rendered anew. That the
 * prerender's own markup is taken over node for node is checked with the
 * built files (prerendered.test.ts): the sources' templates are not minified
 * as the builds' are, so their digests differ.
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { readNow } from '../../src/data/parse.js';
import '../../src/news-widgets.js';
import { fetchSpies } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    { id: 'a', url: 'https://portal.example/a', title: 'Bài A', date_published: '2024-05-01T08:00:00+07:00' },
    { id: 'b', url: 'https://portal.example/b', title: 'Bài B' },
    { id: 'c', title: 'Bài C' },
  ],
};
const json = JSON.stringify(FEED);

describe('readNow: small JSON Feed data read at once', () => {
  it('reads inline text and data as the usual path does, with the items in the model', () => {
    const feed = readNow(json, { base: 'https://portal.example/tin-tuc/' })!;
    expect(feed.format).to.equal('json-feed');
    expect(feed.url).to.equal('https://portal.example/tin-tuc/');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
    expect(feed.items[0].published?.toISOString()).to.equal('2024-05-01T01:00:00.000Z');
    expect(readNow(FEED)!.items.length).to.equal(3);
  });

  it('leaves anything else to the usual path: another format, broken or large data, nothing', () => {
    const wordpress = [{ id: 1, link: 'https://wp.example/?p=1', title: { rendered: 'WP' } }];
    expect(readNow(JSON.stringify(wordpress))).to.equal(undefined);
    expect(readNow(json, { format: 'wordpress' })).to.equal(undefined);
    expect(readNow('{"items": [')).to.equal(undefined);
    expect(readNow(undefined)).to.equal(undefined);
    const many = { ...FEED, items: Array.from({ length: 201 }, (_, i) => ({ id: String(i), title: `T${i}` })) };
    expect(readNow(JSON.stringify(many)), 'more than 200 items').to.equal(undefined);
    const large = { ...FEED, items: [{ id: 'x', title: 'x', summary: 'x'.repeat(300 * 1024) }] };
    expect(readNow(JSON.stringify(large)), 'more than 256 KB').to.equal(undefined);
  });
});

describe('server-rendered markup that cannot be taken over', () => {
  const spy = fetchSpies();
  let warn: sinon.SinonStub | undefined;
  afterEach(() => {
    warn?.restore();
    warn = undefined;
    document.querySelectorAll('section.take-over').forEach((section) => section.remove());
  });

  /** Markup as a page holds it: parsed with its declarative shadow root; the element, defined already, upgrades on insertion. */
  async function place(html: string): Promise<Widget> {
    const section = document.createElement('section');
    section.className = 'take-over';
    section.setHTMLUnsafe(html);
    const element = section.firstElementChild as Widget;
    expect(element.shadowRoot, 'a declarative shadow root').to.exist;
    document.body.append(section);
    await waitUntil(() => element.hasUpdated, 'no first update');
    return element;
  }

  it('is rendered anew in its first update, from its inline data: no request, no loading state', async () => {
    const calls = spy();
    warn = sinon.stub(console, 'warn');
    const busy: Element[] = [];
    const element = await place(
      `<news-list src="/test/fixtures/feed.json" limit="2" lang="vi"><template shadowrootmode="open"><p id="old">Bản cũ</p></template><script type="application/json">${json}</script></news-list>`,
    );
    new MutationObserver(() => busy.push(...element.shadowRoot!.querySelectorAll('[aria-busy]'))).observe(element.shadowRoot!, { childList: true, subtree: true });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('#old') === null, 'the old markup is gone').to.equal(true);
    expect([...root.querySelectorAll('[part="title"]')].map((title) => title.textContent!.trim())).to.deep.equal(['Bài A', 'Bài B']);
    expect(root.querySelector('[aria-busy]')).to.equal(null);
    expect(busy).to.deep.equal([]);
    expect(calls.calls).to.deep.equal([]);
    expect(warn.calledWithMatch(sinon.match.any, sinon.match(/rendered anew/))).to.equal(true);
    // Its styles are there, adopted (the server's <style> went with the markup).
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it('without inline data loads its src, as any element does', async () => {
    const calls = spy();
    warn = sinon.stub(console, 'warn');
    const element = await place('<news-card src="/test/fixtures/feed.json" lang="vi"><template shadowrootmode="open"><p id="old">Bản cũ</p></template></news-card>');
    await waitUntil(() => element.shadowRoot!.querySelector('[part="link"]'), 'the card did not render');
    expect(element.shadowRoot!.querySelector('#old') === null, 'the old markup is gone').to.equal(true);
    expect(calls.calls.map(({ url }) => new URL(url).pathname)).to.deep.equal(['/test/fixtures/feed.json']);
  });

  it('an element the server did not render keeps its order of sources: src first, then inline data', async () => {
    const calls = spy();
    const section = document.createElement('section');
    section.className = 'take-over';
    section.innerHTML = `<news-list src="/test/fixtures/feed.json" limit="1"><script type="application/json">${json}</script></news-list>`;
    document.body.append(section);
    const element = section.firstElementChild as Widget;
    await waitUntil(() => element.shadowRoot?.querySelector('[part="link"]'), 'the list did not render');
    expect(calls.calls.length).to.equal(1);
  });
});
