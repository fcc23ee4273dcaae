import { expect, waitUntil } from '@open-wc/testing';

/**
 * Every element on a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self';
 *  require-trusted-types-for 'script'; trusted-types news-widgets news-widgets-dompurify lit-html`
 * (the sources, with their own Lit's `lit-html`):
 * not one violation, and everything rendered.
 */
describe('a page with a strict CSP and Trusted Types', () => {
  it("gives a page script that imports the library's policy module nothing trusted, and nothing that acts", async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/launder.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.documentElement.hasAttribute('data-done'), 'the page did not finish', { timeout: 10000 });
    const win = frame.contentWindow as Window & { __laundered?: string[]; __pwned?: number };
    expect(win.__laundered).to.deep.equal([]);
    expect(win.__pwned).to.equal(undefined);
    frame.remove();
  });

  it('renders every element with zero violations', async () => {
    const frame = document.createElement('iframe');
    // (An embed from another origin would need the page's frame-src: not this policy.)
    frame.src = '/test/csp/strict-page.html?tin=toa-dam';
    frame.style.width = '1000px';
    frame.style.height = '800px';
    document.body.append(frame);
    await waitUntil(() => (frame.contentWindow as Window | null)?.__done, 'the strict page did not finish', { timeout: 15000 });
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    // The policy is really enforced: a plain string into innerHTML throws there.
    expect(win.__canary).to.equal(true);
    const violations = win.__violations.filter((v) => !v.sample?.includes('canary'));
    expect(violations, JSON.stringify(violations, null, 1)).to.deep.equal([]);

    const article = doc.querySelector('news-article')!.shadowRoot!;
    expect(article.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
    expect(article.querySelectorAll('[part="body"] p')).to.have.length(3);
    expect(doc.querySelector('news-list')!.shadowRoot!.querySelectorAll('[part="item"]').length).to.be.greaterThan(0);
    expect(doc.querySelector('news-card')!.shadowRoot!.querySelector('[part="title"]')).to.exist;
    // The styled body: its HTML kept, its styles gone, and (above) not one style-src report.
    const styled = doc.querySelector('news-article.styled')!.shadowRoot!;
    expect(styled.querySelectorAll('[part="body"] p')).to.have.length(2);
    expect(styled.querySelector('[part="body"] td')!.textContent).to.equal('Ô');
    expect(styled.querySelectorAll('[part="body"] [style], [part="body"] style')).to.have.length(0);
    expect(doc.querySelector('news-list.styled-atom')!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Tin một');
    for (const format of ['rss', 'wordpress']) {
      expect(doc.querySelector(`news-list.${format}`)!.shadowRoot!.querySelectorAll('[part="item"]').length, format).to.be.greaterThan(2);
    }
    frame.remove();
  });
});

declare global {
  interface Window {
    __violations: { directive: string; blocked: string; sample: string; source: string }[];
    __canary?: boolean;
    __done?: boolean;
  }
}
