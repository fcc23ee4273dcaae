import { aTimeout, expect, nextFrame } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/render/sanitize.js';
import { clobberedGlobals, EMBED_HOSTS, findDanger, XSS_PAYLOADS } from '../security/xss-payloads.js';

type SanitizeModule = typeof import('../../src/render/sanitize.js');

/** Every call of the marker, by payload id: anything here means code ran. */
const hits: unknown[] = [];

/** Long enough for onerror, onload, ontoggle, animations and autofocus to have fired. */
async function letEventsFire(): Promise<void> {
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  await aTimeout(100);
}

/** Sanitizes, then puts the result in the page, as `<news-article>` does (nodes, never a string). */
async function render(html: string): Promise<{ container: HTMLElement; fragment: DocumentFragment | undefined }> {
  let fragment: DocumentFragment | undefined;
  try {
    fragment = await sanitizeHtml(html, { embedHosts: EMBED_HOSTS });
  } catch (error) {
    // The contract is a fragment, or undefined where it cannot sanitize: never a rejection.
    throw new Error(`sanitizeHtml rejected instead of resolving (fragment or undefined): ${String(error)}`);
  }
  const container = document.createElement('div');
  document.body.append(container);
  if (fragment) container.append(fragment);
  await letEventsFire();
  return { container, fragment };
}

/**
 * A second, fresh copy of the sanitizer module (its own lazily created
 * DOMPurify instance), so a test can break the browser for that copy only.
 */
async function freshSanitizer(tag: string): Promise<SanitizeModule> {
  const url = new URL(`../../src/render/sanitize.ts?copy=${tag}`, import.meta.url).href;
  return (await import(url)) as SanitizeModule;
}

const HOSTILE = `<p>text</p><img src=x onerror="__xss('fail-closed')"><script>__xss('fail-closed-script')</script>`;

describe('sanitizeHtml', () => {
  before(() => {
    window.__xss = (id) => hits.push(id);
  });
  after(() => {
    delete window.__xss;
  });

  describe('controls: the harness sees what it must (without the sanitizer)', () => {
    it('the marker fires when a payload does run', async () => {
      const seen: unknown[] = [];
      window.__xss = (id) => seen.push(id);
      const container = document.createElement('div');
      container.innerHTML = `<img src=x onerror="__xss('control-img')"><details open ontoggle="__xss('control-toggle')"></details>`;
      document.body.append(container);
      try {
        await letEventsFire();
        expect(seen).to.have.members(['control-img', 'control-toggle']);
      } finally {
        container.remove();
        window.__xss = (id) => hits.push(id);
      }
    });

    it('findDanger flags raw payloads', () => {
      const raw = (markup: string) => {
        const template = document.createElement('template');
        template.innerHTML = markup;
        return findDanger(template.content);
      };
      expect(raw(`<img src=x onerror="__xss(1)">`)).to.deep.equal(['event handler <img> onerror="__xss(1)"']);
      expect(raw(`<a href="java&#x09;script:__xss(1)">x</a>`)).to.deep.equal(['javascript: URL in <a> href="java\tscript:__xss(1)"']);
      expect(raw(`<img srcset="https://ok.example/a.jpg 1x, data:image/png;base64,AAAA 2x">`)).to.have.length(1);
      expect(raw(`<a href="https://other.example/">x</a>`)).to.have.length(1);
      expect(raw(`<iframe src="https://www.youtube.com/embed/x"></iframe>`)).to.deep.equal(['iframe without sandbox: https://www.youtube.com/embed/x']);
      expect(raw(`<img name="cookie">`)).to.deep.equal(['unprefixed <img> name="cookie"']);
      expect(raw(`<svg></svg><form></form>`)).to.include.members(['<svg> element', '<form> element']);
    });
  });

  describe('hostile HTML: nothing runs, nothing dangerous remains', () => {
    const containers: HTMLElement[] = [];
    afterEach(() => {
      for (const container of containers.splice(0)) container.remove();
    });

    for (const payload of XSS_PAYLOADS) {
      it(`[${payload.category}] ${payload.name}`, async () => {
        const already = hits.length;
        const { container, fragment } = await render(payload.html);
        containers.push(container);
        // A fragment; or, where DOMPurify cannot make a body of it (a leading <frameset>), no HTML at all.
        if (!payload.html.startsWith('<frameset')) expect(fragment, 'the sanitizer ran (a fragment, not undefined)').to.be.instanceOf(DocumentFragment);
        expect(hits.slice(already), 'the marker was called').to.deep.equal([]);
        expect(findDanger(container), `left in the page from ${JSON.stringify(payload.html.slice(0, 200))}`).to.deep.equal([]);
        expect(clobberedGlobals(), 'page globals clobbered or navigation planted').to.deep.equal([]);
        if (payload.keeps) expect(container.querySelector(payload.keeps), `keeps ${payload.keeps}: ${container.innerHTML}`).to.exist;
        if (payload.text) expect(container.textContent).to.contain(payload.text);
        // Last (it attaches shadow roots): no declarative shadow root, open or closed, was created.
        expect(findDanger(container, { probeClosedShadowRoots: true }), 'shadow roots').to.deep.equal([]);
      });
    }

    it('every payload concatenated into one body (parser states carry over: another parse): nothing runs or remains', async () => {
      const already = hits.length;
      const { container } = await render(XSS_PAYLOADS.map((payload) => payload.html).join('\n'));
      containers.push(container);
      await aTimeout(200);
      expect(hits.slice(already)).to.deep.equal([]);
      expect(findDanger(container)).to.deep.equal([]);
      expect(clobberedGlobals()).to.deep.equal([]);
    });

    it('the output stays clean when serialized and parsed again (no mutation on a round trip)', async () => {
      // The library binds nodes and never re-parses; a portal that copies the body's HTML would.
      for (const payload of XSS_PAYLOADS) {
        // (A payload the sanitizer rejects fails its own test above.)
        const fragment = await sanitizeHtml(payload.html, { embedHosts: EMBED_HOSTS }).catch(() => undefined);
        if (!fragment) continue;
        const holder = document.createElement('div');
        holder.append(fragment);
        const reparsed = document.createElement('template');
        reparsed.innerHTML = holder.innerHTML;
        // What the round trip adds (what was already there fails the payload's own test).
        const before = findDanger(holder);
        const added = findDanger(reparsed.content).filter((danger) => !before.includes(danger));
        expect(added, `${payload.name}: ${holder.innerHTML.slice(0, 300)}`).to.deep.equal([]);
      }
    });

    it('nothing fired late, after its own test ended', async () => {
      await aTimeout(500);
      expect(hits).to.deep.equal([]);
    });
  });

  it("resolves relative URLs against the feed's base, and keeps in-page anchors to the body's own targets", async () => {
    const fragment = (await sanitizeHtml(
      '<h2 id="top">T</h2><a href="x.html">x</a> <a href="#top">t</a> <a href="#login">l</a> <a name="này"></a><a href="#n%C3%A0y">n</a> <img src="../i.png" alt="">',
      { base: 'https://feed.example/news/feed.json' },
    ))!;
    const [link, anchor, away, , encoded] = fragment.querySelectorAll('a');
    expect(link.getAttribute('href')).to.equal('https://feed.example/news/x.html');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    // Ids are prefixed, and so are the anchors that point at them; one to the page's own elements goes.
    expect(fragment.querySelector('h2')!.id).to.equal('user-content-top');
    expect(anchor.getAttribute('href')).to.equal('#user-content-top');
    expect(away.hasAttribute('href')).to.equal(false);
    expect(encoded.getAttribute('href')).to.equal('#user-content-này');
    expect(fragment.querySelector('img')!.getAttribute('src')).to.equal('https://feed.example/i.png');
  });

  describe('benign content survives', () => {
    let container: HTMLElement;
    before(async () => {
      ({ container } = await render(`
        <h2>Tiêu đề</h2>
        <p>Một đoạn <strong>đậm</strong>, <em>nghiêng</em> và <a href="/relative/page">một liên kết</a>.</p>
        <p><a href="mailto:ban-bien-tap@portal.example">Ban biên tập</a> · <a href="https://portal.example/x" title="t">cùng trang</a></p>
        <figure><img src="https://ok.example/a.jpg" alt=""><figcaption>Chú thích</figcaption></figure>
        <img src="https://ok.example/b.jpg" alt="Ảnh" srcset="https://ok.example/b.jpg 1x, /b@2x.jpg 2x" width="640" height="360">
        <ul><li>một</li><li>hai</li></ul>
        <ol start="3"><li>ba</li></ol>
        <table><caption>Lịch</caption><thead><tr><th scope="col">Ngày</th></tr></thead><tbody><tr><td colspan="1">26/3</td></tr></tbody></table>
        <blockquote>Trích dẫn</blockquote>
        <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Video" allowfullscreen></iframe>
      `));
    });
    after(() => container.remove());

    it('keeps text and inline formatting', () => {
      expect(container.querySelector('h2')!.textContent).to.equal('Tiêu đề');
      expect(container.querySelector('p strong')!.textContent).to.equal('đậm');
      expect(container.querySelector('p em')!.textContent).to.equal('nghiêng');
      expect(container.querySelector('blockquote')!.textContent).to.equal('Trích dẫn');
    });

    it('keeps relative (made absolute, against the page by default), same-site and mailto links', () => {
      const relative = container.querySelector<HTMLAnchorElement>(`a[href="${location.origin}/relative/page"]`)!;
      expect(relative.textContent).to.equal('một liên kết');
      // Same origin: no rel needed.
      expect(relative.hasAttribute('rel')).to.equal(false);
      expect(container.querySelector('a[href="mailto:ban-bien-tap@portal.example"]')).to.exist;
      const other = container.querySelector('a[href="https://portal.example/x"]')!;
      expect(other.getAttribute('title')).to.equal('t');
      expect(other.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('keeps images with their alt, srcset and size', () => {
      const decorative = container.querySelector<HTMLImageElement>('figure img')!;
      expect(decorative.getAttribute('src')).to.equal('https://ok.example/a.jpg');
      expect(decorative.getAttribute('alt')).to.equal('');
      expect(container.querySelector('figcaption')!.textContent).to.equal('Chú thích');
      const image = container.querySelector<HTMLImageElement>('img[alt="Ảnh"]')!;
      expect(image.getAttribute('srcset')).to.equal(`https://ok.example/b.jpg 1x, ${location.origin}/b@2x.jpg 2x`);
      expect(image.getAttribute('width')).to.equal('640');
    });

    it('keeps lists and tables', () => {
      expect([...container.querySelectorAll('ul li')].map((li) => li.textContent)).to.deep.equal(['một', 'hai']);
      expect(container.querySelector('ol')!.getAttribute('start')).to.equal('3');
      expect(container.querySelector('table caption')!.textContent).to.equal('Lịch');
      expect(container.querySelector('table thead th[scope="col"]')!.textContent).to.equal('Ngày');
      expect(container.querySelector('table tbody td')!.textContent).to.equal('26/3');
    });

    it('keeps an https embed from an allowed host, sandboxed, lazy, without the referrer path', () => {
      const frame = container.querySelector('iframe')!;
      expect(frame.getAttribute('src')).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
      expect(frame.getAttribute('title')).to.equal('Video');
      expect(frame.getAttribute('sandbox')).to.contain('allow-scripts');
      expect(frame.getAttribute('loading')).to.equal('lazy');
      expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    });

    it('is itself clean', () => {
      expect(findDanger(container)).to.deep.equal([]);
    });

    it('drops embeds when no host is allowed', async () => {
      const fragment = (await sanitizeHtml('<iframe src="https://www.youtube.com/embed/x"></iframe><p>p</p>'))!;
      expect(fragment.querySelector('iframe')).to.equal(null);
      expect(fragment.querySelector('p')!.textContent).to.equal('p');
    });
  });

  describe('fails closed', () => {
    it('a fresh copy of the sanitizer works when nothing is broken (the copy technique is sound)', async () => {
      const copy = await freshSanitizer('control');
      expect(copy.sanitizeHtml).not.to.equal(sanitizeHtml);
      const fragment = await copy.sanitizeHtml(HOSTILE);
      expect(fragment).to.be.instanceOf(DocumentFragment);
      expect(fragment!.querySelector('p')!.textContent).to.equal('text');
      expect(fragment!.querySelector('script')).to.equal(null);
    });

    it('returns no HTML at all where DOMPurify reports it cannot sanitize (no DOM for it)', async () => {
      const copy = await freshSanitizer('no-element');
      const real = window.Element;
      // What DOMPurify checks first: a window with a document and an Element interface.
      (window as { Element?: unknown }).Element = undefined;
      let result: DocumentFragment | undefined;
      try {
        result = await copy.sanitizeHtml(HOSTILE);
      } finally {
        window.Element = real;
      }
      expect(result).to.equal(undefined);
      // And it stays closed: the unsupported instance is not retried into a half-working one.
      expect(await copy.sanitizeHtml(HOSTILE)).to.equal(undefined);
      expect(hits).to.deep.equal([]);
    });

    it('returns no HTML at all where the browser lacks createHTMLDocument (DOMPurify.isSupported is false)', async () => {
      const copy = await freshSanitizer('no-create-html-document');
      const proto = DOMImplementation.prototype as { createHTMLDocument?: unknown };
      const descriptor = Object.getOwnPropertyDescriptor(proto, 'createHTMLDocument')!;
      delete proto.createHTMLDocument;
      let result: DocumentFragment | undefined;
      try {
        result = await copy.sanitizeHtml(HOSTILE);
      } finally {
        Object.defineProperty(proto, 'createHTMLDocument', descriptor);
      }
      expect(result).to.equal(undefined);
      expect(await copy.sanitizeHtml(HOSTILE)).to.equal(undefined);
    });
  });
});
