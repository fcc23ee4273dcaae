import { expect, waitUntil } from '@open-wc/testing';

/**
 * src/news-widgets.css, the head stylesheet: each element not yet defined
 * takes the room its skeleton will take (on an old theme, 14 px text), so
 * nothing moves when the script defines them.
 */
for (const width of [1280, 800, 390]) {
  it(`reserves each element's room before the script has run, ${width} px wide`, async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
    frame.src = '/test/portal/reserve.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('news-article'), 'the page did not load');
    const doc = frame.contentDocument!;
    const elements = [...doc.querySelectorAll<HTMLElement>('news-list, news-card, news-article, news-breadcrumb')];
    const name = (el: Element) => `${el.localName}${[...el.attributes].filter((a) => a.name !== 'src').map((a) => `[${a.name}=${a.value}]`).join('')}`;
    const before = elements.map((el) => el.getBoundingClientRect().height);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/test/portal/early.ts';
    doc.head.append(script);
    // Each shows its loading state (the breadcrumb, its links); a list whose layout's part is still on its way
    // shows nothing of its own yet, in the room the stylesheet holds by its state `pending`.
    await waitUntil(() => elements.every((el) => el.shadowRoot?.querySelector('[aria-busy="true"], nav')), 'the skeletons did not show', { timeout: 10000 });
    expect(elements).to.have.length(27);
    const after = elements.map((el) => el.getBoundingClientRect().height);
    const off = elements
      .map((el, i) => ({ el: name(el), before: Math.round(before[i]), after: Math.round(after[i]) }))
      .filter(({ before: b, after: a }) => Math.abs(a - b) > 1);
    expect(off).to.deep.equal([]);
    // The layouts' parts come: their skeletons take the same room.
    await waitUntil(() => elements.every((el) => !el.matches(':state(pending)')), 'a layout part did not come', { timeout: 10000 });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const later = elements
      .map((el, i) => ({ el: name(el), before: Math.round(before[i]), after: Math.round(el.getBoundingClientRect().height) }))
      .filter(({ before: b, after: a }) => Math.abs(a - b) > 1);
    expect(later).to.deep.equal([]);
    frame.remove();
  });
}
