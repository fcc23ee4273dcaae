import { expect } from '@open-wc/testing';
import { adaptPayload, parseFeed } from '../../src/data/parse.js';
import { newsErrorOf } from '../helpers.js';

describe('parseFeed', () => {
  const src = 'https://portal.example/feed.json';

  it('reads JSON with a byte-order mark and surrounding whitespace', async () => {
    expect((await parseFeed('\uFEFF  {"items":[{"id":"a","title":"A"}]} \n', 'application/feed+json', src)).items).to.have.length(1);
  });

  it('names an HTML page, such as a login or error page served with 200', async () => {
    const error = await newsErrorOf(parseFeed('<!DOCTYPE html><html><body>Login</body></html>', 'text/html; charset=utf-8', src));
    expect(error.code).to.equal('parse');
    expect(error.message).to.contain(src).and.to.contain('HTML page').and.to.contain('text/html');
  });

  it('names XML that is not a feed by its root element', async () => {
    expect((await newsErrorOf(parseFeed('<?xml version="1.0"?><rss/>', 'application/rss+xml', src))).message).to.contain('XML whose root is <rss>');
  });

  it('reads a feed served as an HTML page, and names what it found without being misleading', async () => {
    // Servers send RSS as text/html, after a comment or a stylesheet instruction: it is a feed all the same.
    const rss = '<!-- cache --><?xml-stylesheet href="rss.xsl"?><rss version="2.0"><channel><title>K</title><item><title>A</title></item></channel></rss>';
    expect((await parseFeed(rss, 'text/html', src)).items.map((item) => item.title)).to.deep.equal(['A']);
    // Markup that is neither a feed nor a page: named by its root.
    expect((await newsErrorOf(parseFeed('<div>Bảo trì</div>', 'text/html', src))).message).to.contain('markup whose root is <div>');
    // A feed in a format not read: its root and namespace, not "not XML".
    const old = await newsErrorOf(parseFeed('<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Cũ</title></feed>', 'application/atom+xml', src));
    expect([old.code, old.message]).to.satisfy(([code, message]: string[]) => code === 'format' && message.includes('<feed xmlns="http://purl.org/atom/ns#">'));
  });

  it('reads JSON as JSON, whatever its strings hold (an XML declaration in a body)', async () => {
    const json = JSON.stringify({ items: [{ id: 'a', title: 'A', content_html: '<?xml version="1.0"?><svg/>' }] });
    expect((await parseFeed(json, 'application/feed+json', src)).items.map((item) => item.title)).to.deep.equal(['A']);
  });

  it('reports truncated JSON and empty bodies', async () => {
    expect((await newsErrorOf(parseFeed('{"items": [ {"id": "a"', 'application/json', src))).message).to.contain('invalid JSON');
    expect((await newsErrorOf(parseFeed('   ', null, src))).message).to.contain('empty response');
  });

  it('reports JSON of the wrong shape as a format error', async () => {
    const error = await newsErrorOf(parseFeed('{"posts": []}', 'application/json', src));
    expect(error.code).to.equal('format');
    expect(error.message).to.contain('posts');
    expect((await newsErrorOf(adaptPayload(null))).code).to.equal('format');
  });
});
