/**
 * Article bodies that try to reach beyond their box: draw over the host
 * page and take its clicks, shout at screen readers, show the host's own
 * children, borrow the widget's styles, play, or run on forever.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import '../../src/news-widgets.js';
import { LIMITS } from '../../src/data/limits.js';
import { sanitizeHtml } from '../../src/render/sanitize.js';
import { $, settled } from '../helpers.js';

async function bodyReady(el: NewsArticleElement): Promise<void> {
  await settled(el);
  await waitUntil(() => !$(el, '[aria-busy]'), 'the body is still being sanitized', { timeout: 15000 });
  await el.updateComplete;
}

/** The host page's own links on both sides of a 300px article (all within the test's 800px viewport), and the article showing `body`. */
async function pageAround(body: string) {
  const root = await fixture<HTMLElement>(html`<div style="position: relative; width: 780px; height: 1000px">
    <a class="host left" href="#left" style="position: absolute; left: 0; top: 0; width: 240px; height: 1000px">host link</a>
    <a class="host right" href="#right" style="position: absolute; left: 540px; top: 0; width: 240px; height: 1000px">host link</a>
    <news-article style="position: absolute; left: 240px; top: 0; width: 300px" .articles=${[{ id: 'a', title: 'Bài', content_html: body }]}></news-article>
  </div>`);
  const article = root.querySelector<NewsArticleElement>('news-article')!;
  await bodyReady(article);
  return { root, article };
}

describe('article bodies stay in their box', () => {
  const overlays = {
    'a list marker numbered in the billions, in <font size=7><big>': '<a href="https://evil.example/"><font size="7"><big><ol><li value="2147483647">x</li></ol></big></font></a>',
    'a canvas wider than the page, inside a link': '<a href="https://evil.example/"><canvas width="1150" height="900"></canvas></a>',
    'a list starting in the billions': '<a href="https://evil.example/"><ol start="-2147483648"><li>x</li><li>y</li></ol></a>',
    // Allowed numbers, but a marker wider than the list's indent: only the clip keeps it in.
    'a list numbered 99,990 inside a link, its marker past the indent': '<a href="https://evil.example/"><ol start="99990"><li>x</li></ol></a>',
    'a wide table and a long preformatted line': `<table width="5000"><tr><td>${'x'.repeat(4000)}</td></tr></table><pre>${'y '.repeat(3000)}</pre>`,
    'an image with huge width and height attributes': '<a href="https://evil.example/"><img src="https://img.example/a.png" width="9000" height="9000" alt=""></a>',
  };

  for (const [name, body] of Object.entries(overlays)) {
    it(`${name}: nothing drawn, nothing clickable outside the article`, async () => {
      const { root, article } = await pageAround(body);
      const box = article.getBoundingClientRect();
      const origin = root.getBoundingClientRect();
      // Points left and right of the article, down the page: each is the host's own link.
      for (let y = origin.top + 5; y < Math.min(origin.bottom, innerHeight) - 5; y += 40) {
        for (const x of [box.left - 3, box.left - 60, origin.left + 10, box.right + 3, box.right + 200]) {
          const hit = document.elementFromPoint(x, y);
          expect(hit?.classList.contains('host'), `${name}: at ${Math.round(x - origin.left)},${Math.round(y - origin.top)} ${hit?.localName}`).to.equal(true);
        }
      }
      // The body itself is no wider than the article.
      expect($(article, '[part="body"]')!.getBoundingClientRect().width).to.be.at.most(box.width);
    });
  }
});

describe('body markup that acts on the widget or the page goes', () => {
  const sanitized = async (markup: string) => {
    const holder = document.createElement('div');
    holder.append((await sanitizeHtml(markup))!);
    return holder;
  };

  it('live regions and roles that act: role="alert", aria-live, a fake button or dialog', async () => {
    const body = await sanitized(
      '<div role="alert">Lỗi!</div><p aria-live="assertive" aria-atomic="true" aria-relevant="all" aria-busy="true">x</p><div role="button">Thử lại</div><div role="dialog">d</div><figure role="figure" aria-label="Hình"></figure><table role="presentation"></table>',
    );
    expect(body.querySelectorAll('[role="alert"], [role="button"], [role="dialog"], [aria-live], [aria-atomic], [aria-relevant], [aria-busy]')).to.have.length(0);
    // Roles that only say what content is stay.
    expect(body.querySelector('figure')!.getAttribute('role')).to.equal('figure');
    expect(body.querySelector('figure')!.getAttribute('aria-label')).to.equal('Hình');
    expect(body.querySelector('table')!.getAttribute('role')).to.equal('presentation');
  });

  it('<slot> (it would show the host’s own children), autoplay, tabindex, popover, crossorigin, class', async () => {
    const body = await sanitized(
      '<slot name="x">s</slot><p slot="y">p</p><video src="https://v.example/a.mp4" autoplay muted controls crossorigin="use-credentials"></video><img src="https://i.example/a.png" crossorigin alt=""><a href="https://x.example/" tabindex="1">t</a><div popover id="p">o</div><div class="status button bone" part="status">fake error</div>',
    );
    expect(body.querySelector('slot')).to.equal(null);
    expect(body.textContent).to.contain('s');
    expect(body.querySelectorAll('[slot], [autoplay], [crossorigin], [tabindex], [popover], [class], [part]')).to.have.length(0);
    expect(body.querySelector('video')!.hasAttribute('controls')).to.equal(true);
  });

  it('a fake message drawn with the widget’s own class names looks like the body’s text, not like the widget', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article .articles=${[{ id: 'a', title: 'Bài', content_html: '<div class="status"><p>Không tải được tin.</p><span class="button">Thử lại</span></div>' }]}></news-article>`,
    );
    await bodyReady(el);
    const fake = $(el, '[part="body"] span')!;
    expect(getComputedStyle(fake).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle($(el, '[part="body"] div')!).borderTopStyle).to.equal('none');
  });

  it("resolves a video's poster against the feed, and keeps image maps and their anchors inside the body", async () => {
    const fragment = (await sanitizeHtml(
      '<video src="v.mp4" poster="p.jpg" controls></video><img src="m.png" usemap="#ban-do" alt=""><map name="ban-do"><area href="#phan-2" shape="rect" coords="0,0,10,10" alt="2"></map><img src="n.png" usemap="#khong-co" alt=""><h2 id="phan-2">2</h2>',
      { base: 'https://feed.example/news/' },
    ))!;
    expect(fragment.querySelector('video')!.getAttribute('poster')).to.equal('https://feed.example/news/p.jpg');
    const [mapped, unmapped] = fragment.querySelectorAll('img');
    expect(mapped.getAttribute('usemap')).to.equal('#user-content-ban-do');
    expect(unmapped.hasAttribute('usemap')).to.equal(false);
    expect(fragment.querySelector('area')!.getAttribute('href')).to.equal('#user-content-phan-2');
  });

  it('an in-page area of an image map is followed inside the article; the page URL stays', async () => {
    const body = '<img src="/test/fixtures/images/first.svg" usemap="#m" alt=""><map name="m"><area href="#phan-2" shape="rect" coords="0,0,10,10" alt="2"></map><h2 id="phan-2">2</h2>';
    const el = await fixture<NewsArticleElement>(html`<news-article .articles=${[{ id: 'a', title: 'Bản đồ', content_html: body }]}></news-article>`);
    await bodyReady(el);
    const url = location.href;
    $<HTMLAreaElement>(el, '[part="body"] area')!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="body"] h2'));
    expect(location.href).to.equal(url);
  });

  it('keeps list numbers that make sense', async () => {
    const body = await sanitized('<ol start="3"><li value="7">a</li></ol><ol start="99999999"><li value="-99999999">b</li></ol>');
    const [honest, hostile] = body.querySelectorAll('ol');
    expect([honest.getAttribute('start'), honest.firstElementChild!.getAttribute('value')]).to.deep.equal(['3', '7']);
    expect([hostile.hasAttribute('start'), hostile.firstElementChild!.hasAttribute('value')]).to.deep.equal([false, false]);
  });
});

describe('a body too long to show whole', () => {
  it(`shows its first ${LIMITS.bodyNodes} nodes, then says so with a link to the whole article`, async () => {
    const body = '<p>đoạn</p>'.repeat(200_000);
    const el = await fixture<NewsArticleElement>(
      html`<news-article lang="vi" .articles=${[{ id: 'a', title: 'Dài', url: 'https://portal.example/dai', content_html: body }]}></news-article>`,
    );
    await bodyReady(el);
    const shown = $(el, '[part="body"] > .content')!;
    let nodes = 0;
    for (const walker = document.createTreeWalker(shown); walker.nextNode(); ) nodes++;
    expect(nodes).to.be.at.most(LIMITS.bodyNodes);
    expect(nodes).to.be.at.least(LIMITS.bodyNodes - 2);
    const notice = $(el, '[part="notice"]')!;
    expect(notice.textContent).to.contain('Bài viết quá dài để hiển thị đầy đủ tại đây.');
    expect(notice.querySelector('a')!.getAttribute('href')).to.equal('https://portal.example/dai');
  });

  it('is accessible when shortened: a long body laid out as it comes near, the note and its link', async () => {
    // (Sixty blocks of text are long enough; axe on thousands of them takes longer than a test may.)
    const body = `${`<p>${'words '.repeat(400)}</p>`.repeat(60)}<p>${'chữ '.repeat(6000)}</p>`;
    const el = await fixture<NewsArticleElement>(html`<news-article lang="vi" .articles=${[{ id: 'a', title: 'Dài', url: 'https://portal.example/dai', content_html: body }]}></news-article>`);
    await bodyReady(el);
    expect($(el, '[part="body"] > .content.long')).to.exist;
    expect($(el, '[part="notice"] a')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('counts attributes too: a body of a few thousand paragraphs with fifty attributes each is cut', async () => {
    // (Repeated attributes count once: fifty distinct ones.)
    const many = Array.from({ length: 50 }, (_, i) => ` aria-label${i ? `x${i}` : ''}="t${i}"`).join('');
    const fragment = (await sanitizeHtml(`<p${many}>đoạn</p>`.repeat(3000)))!;
    expect(fragment.shortened).to.equal(true);
    expect(fragment.querySelectorAll('p').length).to.be.lessThan(3000);
  });

  it(`cuts a body longer than ${LIMITS.bodyChars} characters, with the same note, however few its nodes`, async () => {
    const paragraph = `<p>${'words '.repeat(3000)}</p>`;
    const el = await fixture<NewsArticleElement>(
      html`<news-article .articles=${[{ id: 'a', title: 'Dài', url: 'https://portal.example/dai', content_html: paragraph.repeat(80) }]}></news-article>`,
    );
    await bodyReady(el);
    expect($(el, '[part="notice"] a')!.getAttribute('href')).to.equal('https://portal.example/dai');
    expect($(el, '[part="body"]')!.textContent!.length).to.be.at.most(LIMITS.bodyChars);
  });

  it(`cuts one run of text longer than ${LIMITS.paragraphChars} characters (its layout could take seconds), with the same note`, async () => {
    for (const articles of [
      [{ id: 'a', title: 'Một dòng', url: 'https://portal.example/a', content_html: `<p>${'chữ '.repeat(50_000)}</p>` }],
      [{ id: 'b', title: 'Văn bản thuần', content_text: 'chữ '.repeat(50_000) }],
    ]) {
      const el = await fixture<NewsArticleElement>(html`<news-article .articles=${articles}></news-article>`);
      await bodyReady(el);
      const paragraph = $(el, '[part="body"] p')!;
      expect(paragraph.textContent!.trim().length, articles[0].id).to.be.at.most(LIMITS.paragraphChars);
      expect(paragraph.textContent!.trim().endsWith('…')).to.equal(true);
      if (articles[0].id === 'a') expect($(el, '[part="notice"]')).to.exist;
    }
  });

  it('lays out only the blocks of a body with much text that come near the screen (not many short ones: they cost less at once)', async () => {
    const long = await fixture<NewsArticleElement>(
      html`<news-article .articles=${[{ id: 'a', title: 'Dài', content_html: `<p>${'words '.repeat(400)}</p>`.repeat(60) }]}></news-article>`,
    );
    await bodyReady(long);
    expect(getComputedStyle($(long, '[part="body"] p')!).contentVisibility).to.equal('auto');
    const short = await fixture<NewsArticleElement>(html`<news-article .articles=${[{ id: 'a', title: 'Ngắn', content_html: '<p>đoạn</p>'.repeat(3000) }]}></news-article>`);
    await bodyReady(short);
    expect(getComputedStyle($(short, '[part="body"] p')!).contentVisibility).to.equal('visible');
  });

  it('an ordinary body says nothing of the kind', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article .articles=${[{ id: 'a', title: 'Ngắn', content_html: '<p>đoạn</p>'.repeat(100) }]}></news-article>`);
    await bodyReady(el);
    expect($(el, '[part="notice"]')).to.equal(null);
  });
});

describe('inline data keeps its links', () => {
  it('resolves a child <script type="application/json">’s body links against the page, absolute ones as they are', async () => {
    const data = JSON.stringify({
      items: [{ id: 'a', title: 'Bài', content_html: '<p><a href="https://other.example/x">ngoài</a> <a href="trang.html">tương đối</a> <img src="img/a.png" alt=""></p>' }],
    });
    const el = await fixture<NewsArticleElement>(html`<news-article><script type="application/json">${data}</script></news-article>`);
    await bodyReady(el);
    const [absolute, relative] = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="body"] a')];
    expect(absolute.getAttribute('href')).to.equal('https://other.example/x');
    expect(relative.getAttribute('href')).to.equal(new URL('trang.html', document.baseURI).href);
    expect($(el, '[part="body"] img')!.getAttribute('src')).to.equal(new URL('img/a.png', document.baseURI).href);
  });

  it('and so does the `articles` property', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article .articles=${[{ id: 'a', title: 'Bài', content_html: '<a href="/tin/1">một</a>' }]}></news-article>`);
    await bodyReady(el);
    expect($(el, '[part="body"] a')!.getAttribute('href')).to.equal(new URL('/tin/1', location.href).href);
  });
});
