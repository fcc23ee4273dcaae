import { expect } from '@open-wc/testing';
import { articleHref, relFor, safeUrl } from '../../src/render/safe.js';

describe('safeUrl', () => {
  it('keeps http(s) URLs and resolves relative ones against the page', () => {
    expect(safeUrl('https://portal.example/a?b=1#c')).to.equal('https://portal.example/a?b=1#c');
    expect(safeUrl('http://portal.example/')).to.equal('http://portal.example/');
    expect(safeUrl('/tin-tuc')).to.equal(new URL('/tin-tuc', location.href).href);
    expect(safeUrl('?tin=abc')).to.equal(new URL('?tin=abc', location.href).href);
    expect(safeUrl('//cdn.example/x.jpg')).to.equal('http://cdn.example/x.jpg'.replace('http:', location.protocol));
  });

  it('refuses every other scheme, however it is written', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'javascript&colon;alert(1)'.replace('&colon;', ':'),
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      'vbscript:msgbox(1)',
      'blob:https://portal.example/uuid',
      'file:///etc/passwd',
      'mailto:a@b.example',
      'http://[bad',
    ];
    for (const url of bad) expect(safeUrl(url), url).to.equal(undefined);
    for (const value of [undefined, null, '', '   ', 42, {}]) expect(safeUrl(value)).to.equal(undefined);
  });
});

describe('articleHref', () => {
  it('fills the template with the URL-encoded id', () => {
    expect(articleHref({ id: 'a b&c' }, '?tin={id}')).to.equal(new URL('?tin=a%20b%26c', location.href).href);
  });

  it('uses the article’s own URL without a template, through the same policy', () => {
    expect(articleHref({ id: 'a', url: 'https://portal.example/a' })).to.equal('https://portal.example/a');
    expect(articleHref({ id: 'a', url: 'javascript:alert(1)' })).to.equal(undefined);
    expect(articleHref({ id: 'a' })).to.equal(undefined);
    expect(articleHref({ id: 'x' }, 'javascript:go("{id}")')).to.equal(undefined);
  });
});

describe('relFor', () => {
  it('adds noopener noreferrer for new browsing contexts only', () => {
    expect(relFor('_blank')).to.equal('noopener noreferrer');
    expect(relFor('news')).to.equal('noopener noreferrer');
    expect(relFor('_self')).to.equal(undefined);
    expect(relFor(undefined)).to.equal(undefined);
  });
});
