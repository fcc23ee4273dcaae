import { expect, fixture, html } from '@open-wc/testing';
import { resolveLocale, stringsFor } from '../../src/i18n/locale.js';
import { en, vi } from '../../src/i18n/strings.js';

describe('resolveLocale', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('takes the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="en"><span lang="vi"></span></div>`);
    expect(resolveLocale(el.firstElementChild!)).to.equal('vi');
  });

  it('takes the nearest ancestor’s lang, skipping empty and invalid ones', async () => {
    const el = await fixture(html`<section lang="vi-VN"><div lang=""><p lang="not a tag!"><span></span></p></div></section>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('vi-VN');
  });

  it('crosses shadow roots to the host’s ancestors', async () => {
    const host = await fixture(html`<div lang="vi"><div></div></div>`);
    const inner = host.firstElementChild!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p><span></span></p>';
    expect(resolveLocale(inner.querySelector('span')!)).to.equal('vi');
  });

  it('falls back to <html lang>, then English', async () => {
    document.documentElement.setAttribute('lang', 'vi');
    const el = await fixture(html`<span></span>`);
    expect(resolveLocale(el)).to.equal('vi');
    expect(resolveLocale(document.createElement('span'))).to.equal('vi');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(el)).to.equal('en');
  });

  it('canonicalizes tags', async () => {
    const el = await fixture(html`<span lang="VI-vn"></span>`);
    expect(resolveLocale(el)).to.equal('vi-VN');
  });
});

describe('stringsFor', () => {
  it('picks strings by language subtag, English when there are none', () => {
    expect(stringsFor('vi-VN')).to.equal(vi);
    expect(stringsFor('vi')).to.equal(vi);
    expect(stringsFor('en-GB')).to.equal(en);
    expect(stringsFor('fr')).to.equal(en);
  });

  it('has every key in every language, none empty', () => {
    const keys = (strings: object): string[] =>
      Object.entries(strings).flatMap(([key, value]) => (typeof value === 'object' ? keys(value).map((k) => `${key}.${k}`) : [key]));
    expect(keys(vi)).to.deep.equal(keys(en));
    for (const strings of [en, vi]) {
      for (const value of JSON.stringify(strings).match(/"[^"]*"/g)!) expect(value).not.to.equal('""');
    }
  });
});
