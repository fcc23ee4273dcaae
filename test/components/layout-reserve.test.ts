import { expect, waitUntil } from '@open-wc/testing';

/**
 * src/news-widgets.css for the layouts of their own parts: each list not yet defined takes the room its
 * skeleton will take (on an old theme), so nothing moves when the script defines it and its part comes.
 */
for (const width of [1280, 800, 390])
  it(`reserves the room of featured, ticker and carousel lists before the script has run, ${width} px wide`, async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
    frame.src = '/test/fixtures/layouts/reserve.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('news-list'), 'the page did not load');
    const doc = frame.contentDocument!;
    const elements = [...doc.querySelectorAll<HTMLElement>('news-list')];
    const name = (el: Element) => `${el.localName}${[...el.attributes].filter((a) => a.name !== 'src').map((a) => `[${a.name}=${a.value}]`).join('')}`;
    const before = elements.map((el) => el.getBoundingClientRect().height);
    expect(before.every((height) => height >= 24), `some took no room: ${before}`).to.equal(true);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/test/portal/early.ts';
    doc.head.append(script);
    // Each shows its layout's skeleton (its part has come).
    await waitUntil(() => elements.every((el) => el.shadowRoot?.querySelector('[aria-busy="true"] .featured, [aria-busy="true"] .ticker, [aria-busy="true"] .carousel')), 'the skeletons did not show', { timeout: 10000 });
    const after = elements.map((el) => el.getBoundingClientRect().height);
    const off = elements
      .map((el, i) => ({ el: name(el), before: Math.round(before[i]), after: Math.round(after[i]) }))
      .filter(({ before: b, after: a }) => Math.abs(a - b) > 1);
    expect(off).to.deep.equal([]);
    frame.remove();
  });
