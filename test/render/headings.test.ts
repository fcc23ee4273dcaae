import { expect } from '@open-wc/testing';
import { relevelHeadings } from '../../src/render/headings.js';

const levels = (markup: string, titleLevel: number): string => {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  relevelHeadings(holder, titleLevel);
  return [...holder.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName).join(' ');
};

describe('relevelHeadings', () => {
  it('puts the first headings one level under the title', () => {
    expect(levels('<h3>a</h3><p>x</p><h3>b</h3>', 1)).to.equal('h2 h2');
    expect(levels('<h1>a</h1><h1>b</h1>', 2)).to.equal('h3 h3');
  });

  it("keeps the body's own hierarchy, without jumps", () => {
    expect(levels('<h2>a</h2><h5>b</h5><h5>c</h5><h3>d</h3><h2>e</h2>', 1)).to.equal('h2 h3 h3 h3 h2');
    expect(levels('<h4>a</h4><h1>b</h1><h6>c</h6>', 1)).to.equal('h2 h2 h3');
  });

  it('never goes beyond h6', () => {
    expect(levels('<h1>a</h1><h2>b</h2><h3>c</h3>', 5)).to.equal('h6 h6 h6');
  });

  it('keeps attributes and children of a renamed heading', () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<h4 id="muc-1" class="x"><a href="#a">Mục <b>1</b></a></h4>';
    relevelHeadings(holder, 1);
    expect(holder.innerHTML).to.equal('<h2 id="muc-1" class="x"><a href="#a">Mục <b>1</b></a></h2>');
  });
});
