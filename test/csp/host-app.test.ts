import { expect, waitUntil } from '@open-wc/testing';

/**
 * The script-tag bundle next to a host app's own Lit and DOMPurify, on a page
 * whose CSP lists the host's policies (`lit-html dompurify`) and the ones the
 * README names for the bundle (`news-widgets news-widgets-dompurify
 * news-widgets-lit`), without 'allow-duplicates': both run, in either order,
 * with no violation.
 */
describe('a strict page whose own app uses Lit and DOMPurify, with the script-tag bundle', () => {
  for (const order of ['host-first', 'widgets-first']) {
    it(`both run, ${order}`, async () => {
      const frame = document.createElement('iframe');
      frame.src = `/test/csp/host-app.html?order=${order}`;
      frame.style.width = '900px';
      frame.style.height = '700px';
      document.body.append(frame);
      const win = () => frame.contentWindow as (Window & { __pwned?: number }) | null;
      await waitUntil(() => win()?.__done, 'the page did not finish', { timeout: 15000 });
      const doc = frame.contentDocument!;
      expect(win()!.__violations, JSON.stringify(win()!.__violations, null, 1)).to.deep.equal([]);
      // The host app: its Lit rendered, its DOMPurify sanitized (through its own `dompurify` policy).
      expect(win()!.__host).to.deep.equal({ lit: true, purified: '<b>sạch</b><a>x</a>' });
      // The widgets: defined by the bundle, the body sanitized through the library's own policies.
      expect(customElements === win()!.customElements).to.equal(false);
      const article = doc.querySelector('news-article')!.shadowRoot!;
      expect(article.querySelectorAll('[part="body"] p')).to.have.length(2);
      expect(doc.querySelector('news-list')!.shadowRoot!.querySelectorAll('[part="item"]').length).to.be.greaterThan(0);
      expect(JSON.parse(doc.querySelector('news-breadcrumb script[type="application/ld+json"]')!.textContent!)['@type']).to.equal('BreadcrumbList');
      expect(win()!.__pwned).to.equal(undefined);
      frame.remove();
    });
  }
});
