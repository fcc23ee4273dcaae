import { expect, waitUntil } from '@open-wc/testing';
import { contrast } from '../helpers.js';

/**
 * Every element on an imitation of an old portal theme (test/portal/old-theme.html:
 * Bootstrap 3's `html { font-size: 10px }` and global `a`, `img`, `ul li`, `*`
 * rules, a dark section, a `color-scheme: dark` section, a right-to-left
 * section), in a frame as wide as a desktop and as a phone, with its feed
 * 1.5 s late: sizes follow the page's text, colours pass axe on light and dark,
 * every focus ring is whole, the article page fits together, nothing shifts.
 */
const LEAD = 'nang-cao-hieu-qua-sinh-hoat-chuyen-de';
const LEAD_TITLE = 'Nâng cao hiệu quả sinh hoạt chuyên đề bằng hình thức tổ chức tọa đàm tại cơ sở';

interface PortalWindow extends Window {
  __shifts: number[];
  axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] }> };
}

async function openPortal(width: number, query = `?tin=${LEAD}`): Promise<{ frame: HTMLIFrameElement; win: PortalWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  frame.src = `/test/portal/old-theme.html${query}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentWindow?.customElements.get('news-article'), 'the page did not load', {
    timeout: 15000,
  });
  const win = frame.contentWindow as PortalWindow;
  const doc = frame.contentDocument!;
  // Every widget has left its loading state, the article's body is in, and late shifts had their chance.
  await waitUntil(
    () => [...doc.querySelectorAll('news-list, news-card, news-article, news-breadcrumb')].every((el) => !el.shadowRoot?.querySelector('[aria-busy="true"]')),
    'the widgets are still loading',
    { timeout: 15000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 700));
  return { frame, win, doc };
}

const root = (doc: Document, selector: string): ShadowRoot => doc.querySelector(selector)!.shadowRoot!;
const px = (element: Element, property: string): number => parseFloat(getComputedStyle(element).getPropertyValue(property));

for (const width of [1280, 390]) {
  for (const [name, query] of [
    ['a short article', '?tin=thong-bao'],
    ['an unknown id', '?tin=khong-co'],
  ]) {
    it(`shifts nothing on an old portal theme, ${width} px wide, for ${name}`, async () => {
      const { frame, win } = await openPortal(width, query);
      const total = win.__shifts.reduce((sum, value) => sum + value, 0);
      frame.remove();
      expect(total, `shifts:\n${(win as unknown as { __shiftSources: string[] }).__shiftSources.join('\n')}`).to.be.at.most(0.02);
    });
  }

  describe(`an old portal theme, ${width} px wide`, () => {
    let frame: HTMLIFrameElement;
    let win: PortalWindow;
    let doc: Document;
    before(async () => {
      ({ frame, win, doc } = await openPortal(width));
    });
    after(() => frame.remove());

    it('shifts nothing while the widgets are defined and the feed arrives 1.5 s late', () => {
      const total = win.__shifts.reduce((sum, value) => sum + value, 0);
      expect(total, `shifts:\n${(win as unknown as { __shiftSources: string[] }).__shiftSources.join('\n')}`).to.be.at.most(0.02);
    });

    it('never scrolls the page sideways: a wide table scrolls in the article, a long word wraps', () => {
      expect(doc.documentElement.scrollWidth).to.be.at.most(width);
      const body = root(doc, 'news-article').querySelector('[part="body"]')!;
      const table = body.querySelector('table')!;
      expect(table.getBoundingClientRect().right).to.be.at.most(body.getBoundingClientRect().right + 1);
      if (width === 390) expect(table.scrollWidth).to.be.greaterThan(table.clientWidth);
      const long = [...body.querySelectorAll('p')].find((p) => p.textContent!.includes('tailieuhoctap'))!;
      expect(long.scrollWidth).to.be.at.most(long.clientWidth + 1);
    });

    it("sizes text from the page's body text (14 px), not from the root's 10 px", () => {
      const grid = root(doc, 'news-list.grid');
      const article = root(doc, 'news-article');
      const base = 14;
      expect(px(grid.querySelector('[part="title"]')!, 'font-size')).to.be.closeTo(base * 1.125, 0.01);
      expect(px(grid.querySelector('[part="summary"]')!, 'font-size')).to.be.closeTo(base * 0.9375, 0.01);
      expect(px(grid.querySelector('[part="date"]')!, 'font-size')).to.be.closeTo(base * 0.8125, 0.01);
      expect(px(grid.querySelector('[part="category"]')!, 'font-size')).to.be.closeTo(base * 0.75, 0.01);
      expect(px(article.querySelector('[part="body"] p')!, 'font-size')).to.be.closeTo(base, 0.01);
      expect(px(article.querySelector('[part="title"]')!, 'font-size')).to.be.closeTo(base * 1.125 * 1.75, 0.01);
      expect(px(root(doc, 'news-breadcrumb').querySelector('nav')!, 'font-size')).to.be.closeTo(base * 0.875, 0.01);
      // The compact list follows --news-title-font-size too.
      const side = doc.querySelector<HTMLElement>('news-list.side')!;
      side.style.setProperty('--news-title-font-size', '20px');
      expect(px(root(doc, 'news-list.side').querySelector('[part="title"]')!, 'font-size')).to.equal(20);
      side.style.removeProperty('--news-title-font-size');
    });

    it('passes axe (contrast included) on the light, dark and color-scheme: dark sections', async () => {
      const result = await win.axe.run(
        { include: [...doc.querySelectorAll('news-list, news-card, news-article, news-breadcrumb')].map((el) => [el]) },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } },
      );
      const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
      expect(violations).to.deep.equal([]);
    });

    it('colours the retry button readably on every background', () => {
      for (const selector of ['news-list.dark-error', 'news-list.scheme-error', 'news-list.grey-error', 'news-list.band-error']) {
        const button = root(doc, selector).querySelector<HTMLElement>('[part="button"]')!;
        const label = button.querySelector('span')!;
        expect(contrast(getComputedStyle(label).color, getComputedStyle(button).backgroundColor)).to.be.at.least(4.5);
        const section = doc.querySelector(selector)!.closest('section')!;
        // The focus ring against the section's background: at least 3:1 (WCAG 1.4.11).
        button.focus();
        expect(contrast(getComputedStyle(button).outlineColor, getComputedStyle(section).backgroundColor)).to.be.at.least(3);
      }
    });

    it('draws every focus ring whole: no box of the widget cuts it', () => {
      const clipped: string[] = [];
      for (const host of doc.querySelectorAll('news-list, news-card, news-article, news-breadcrumb')) {
        for (const target of host.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')) {
          if (!target.getClientRects().length) continue;
          target.focus();
          const ring = target.closest('.title') ? target.closest('[part="card"]')! : target;
          const style = getComputedStyle(ring);
          if (style.outlineStyle === 'none') {
            clipped.push(`${host.localName} ${target.outerHTML.slice(0, 60)}: no ring`);
            continue;
          }
          const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
          const rect = ring.getBoundingClientRect();
          // Each box between the ring and the page that clips what it holds must hold the ring.
          for (let box = ring.parentNode; box && box !== doc.body; box = box instanceof ShadowRoot ? box.host : box.parentNode) {
            if (!(box instanceof Element)) continue;
            const boxStyle = getComputedStyle(box);
            const clips = boxStyle.overflowX !== 'visible' || boxStyle.overflowY !== 'visible' || /paint|strict|content/.test(boxStyle.contain);
            if (!clips) continue;
            const outer = box.getBoundingClientRect();
            if (rect.left - grow < outer.left - 0.5 || rect.right + grow > outer.right + 0.5 || rect.top - grow < outer.top - 0.5 || rect.bottom + grow > outer.bottom + 0.5)
              clipped.push(`${host.localName} ${target.outerHTML.slice(0, 60)}: cut by ${box.localName}.${box.className}`);
          }
        }
      }
      expect(clipped).to.deep.equal([]);
    });

    it('fits the article page together: title, breadcrumb and lists follow the open article', () => {
      expect(doc.title).to.equal(`${LEAD_TITLE} | Tin tức - Sự kiện | Cổng thông tin`);
      const crumbs = [...root(doc, 'news-breadcrumb').querySelectorAll('[part="crumb"]')];
      const last = crumbs.at(-1)!;
      expect(last.textContent!.trim()).to.equal(LEAD_TITLE);
      expect(last.querySelector('[aria-current="page"]')).to.exist;
      expect(crumbs.at(-2)!.querySelector('a')).to.exist;
      const current = root(doc, 'news-list.side').querySelector('[aria-current="page"]')!;
      expect(current.getAttribute('data-id')).to.equal(LEAD);
      const others = [...root(doc, 'news-list.others').querySelectorAll('[part="link"]')].map((link) => link.getAttribute('data-id'));
      expect(others).not.to.include(LEAD);
      expect(others).to.have.length(3);
    });

    it('re-levels body headings under the title, and crops the hero image from the top', () => {
      const article = root(doc, 'news-article');
      const levels = [...article.querySelectorAll('[part="body"] :is(h1, h2, h3, h4, h5, h6)')].map((h) => h.localName);
      expect(levels).to.deep.equal(['h2', 'h2', 'h3']);
      const image = article.querySelector('img[part="image"]')!;
      expect(getComputedStyle(image).objectPosition).to.equal('50% 30%');
    });

    it('says which links open a new tab, to eyes and to screen readers', () => {
      const link = root(doc, 'news-list.others').querySelector('[part="link"]')!;
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.querySelector('.sr-only')!.textContent).to.equal('(mở trong thẻ mới)');
      expect(link.querySelector('.new-tab')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('gives a card its article’s language where it differs from the page’s', () => {
      const english = [...root(doc, 'news-list.grid').querySelectorAll('[part="card"]')].find((card) => card.textContent!.includes('Visiting delegation'))!;
      expect(english.getAttribute('lang')).to.equal('en');
      const vietnamese = root(doc, 'news-list.grid').querySelector('[part="card"]')!;
      expect(vietnamese.hasAttribute('lang')).to.equal(false);
    });

    it('mirrors only the default separator in right-to-left text', () => {
      const crumbs = doc.querySelector<HTMLElement>('news-breadcrumb.rtl-default')!;
      const transform = () => getComputedStyle(crumbs.shadowRoot!.querySelector('[part="separator"]')!).transform;
      expect(transform()).not.to.equal('none');
      crumbs.style.setProperty('--news-breadcrumb-separator', '"/"');
      expect(transform()).to.equal('none');
      crumbs.style.removeProperty('--news-breadcrumb-separator');
    });
  });
}
