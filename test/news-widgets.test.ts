import { expect } from '@open-wc/testing';

describe('news-widgets.ts, the script-tag entry', () => {
  it('defines every element, skipping a tag another script defined first, without throwing', async () => {
    class Other extends HTMLElement {}
    customElements.define('news-card', Other);
    const entry = await import('../src/news-widgets.js');
    expect(customElements.get('news-list')).to.equal(entry.NewsList);
    expect(customElements.get('news-card')).to.equal(Other);
  });

  it('index.ts has no side effects: importing it defines nothing new', async () => {
    const before = customElements.get('news-list');
    await import('../src/index.js');
    expect(customElements.get('news-list')).to.equal(before);
  });
});
