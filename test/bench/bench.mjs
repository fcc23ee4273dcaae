// Benchmarks of the built library (dist/) in headless Chromium: bundle size,
// render time against plain DOM, layout shift while loading, and requests per feed.
//
// Usage: npx vite build && node test/bench/bench.mjs [--readme] [--only=files,size,cls,article,first,hostile,parse,paging,refresh,filter]
//   --readme  also writes the tables into README.md, between <!-- bench:start -->
//             and <!-- bench:end -->, and <!-- files:start --> and <!-- files:end -->.
//   --serve   only serves the pages (e.g. /page/first.html?variant=module) until stopped.
//   --only    runs only the named measures (files, size, cls, article, first, hostile, parse, paging, refresh, filter) and prints
//             them, for a quick look; never with --readme, except --only=files
//             --readme, which writes the files' table alone. `files`, the size
//             of each file to upload as built, needs no browser.
//
// The table goes to stdout; progress and details go to stderr. The exit code is
// 0 when every measurement ran (met or missed), 1 when something crashed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../.ci/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist');
const BUNDLE = '/dist/news-widgets.js';
const README = join(ROOT, 'README.md');

const TARGETS = {
  sizeBytes: 12 * 1024,
  sizeAllBytes: 24 * 1024,
  renderRatio: 1.5,
  cls: 0.02,
  requests: 1,
  /** The longest main-thread task while a hostile feed loads, in ms. */
  longestTask: 200,
  /** Showing page 50 of a 5,000-item feed, as a ratio to page 1. */
  pagingRatio: 1.2,
  /** What the listing features may add to a plain listing page, gzip: 0.5 KB for each of issues 10 and 11. */
  growthBytes: 1024,
};

/**
 * The plain listing page's script (the "size" page) before the listing features, gzip -9, as measured at
 * commit 0de303c: they must each load on first use, and add at most TARGETS.growthBytes to it (issue 10,
 * pages, sources, refresh, lazy: +329 B at 0fda68a; issue 11, filters and layouts: the rest).
 */
const SIZE_BEFORE_LISTING_FEATURES = 23_317;
/** Runs of each 1 MB parse, after one warm-up; the median counts. */
const PARSE_RUNS = 5;
const RENDER = { items: 500, warmup: 3, runs: 15 };
const FEED_DELAY_MS = 1500;
/** How long layout shifts are still collected after both elements have rendered. */
const SETTLE_MS = 1000;
/** Page loads per layout for CLS; the worst counts. */
const CLS_RUNS = 3;

const log = (...args) => console.error(...args);

// ---------------------------------------------------------------------------
// Test data: Vietnamese news of realistic length. Some titles wrap to two or
// three lines in a card, summaries run past the three-line clamp, and some
// bylines are long, because short Latin placeholders would hide shifts.

const TITLES = [
  'Nâng cao hiệu quả sinh hoạt chuyên đề bằng hình thức tổ chức tọa đàm tại cơ sở',
  'Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2024 - 2025 dành cho cán bộ, công chức cấp xã',
  'Hội thi giảng viên dạy giỏi cấp trường năm học 2023 - 2024',
  'Trường Chính trị tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai phương hướng, nhiệm vụ năm 2024 với nhiều chỉ tiêu quan trọng về đào tạo, bồi dưỡng và nghiên cứu khoa học',
  'Đoàn viên thanh niên tham gia hiến máu tình nguyện',
  'Học viên lớp Cao cấp lý luận chính trị đi nghiên cứu thực tế tại các địa phương trong tỉnh',
  'Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2024',
  'Thông báo lịch học tháng 1 của các lớp đang đào tạo tại trường',
];

const SUMMARIES = [
  'Nhằm đổi mới hình thức và nâng cao hiệu quả sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, tạo điều kiện cho đảng viên thâm nhập, nắm bắt kiến thức thực tiễn để bổ sung vào lý luận, nâng cao chất lượng thực hiện nhiệm vụ chính trị cũng như nội dung bài giảng.',
  'Sáng ngày 15 tháng 3, Trường Chính trị tỉnh tổ chức lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính dành cho 120 học viên là cán bộ, công chức đang công tác tại các xã, phường, thị trấn trên địa bàn tỉnh.',
  'Hội thi là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người học, gắn lý luận với thực tiễn của địa phương.',
  'Năm 2023, nhà trường đã hoàn thành vượt mức kế hoạch đào tạo, bồi dưỡng với hơn 3.500 lượt học viên; công tác nghiên cứu khoa học có nhiều chuyển biến tích cực, nhiều đề tài được ứng dụng vào thực tiễn giảng dạy và quản lý.',
  'Hưởng ứng phong trào hiến máu tình nguyện năm 2024, Đoàn cơ sở Trường Chính trị đã vận động được 45 đoàn viên, thanh niên và học viên tham gia, góp phần bổ sung nguồn máu dự trữ cho các bệnh viện trong tỉnh.',
  'Chuyến nghiên cứu thực tế giúp học viên tìm hiểu mô hình phát triển kinh tế - xã hội, xây dựng nông thôn mới nâng cao và công tác xây dựng Đảng, hệ thống chính trị ở cơ sở, từ đó hoàn thiện tiểu luận cuối khóa.',
];

const AUTHORS = ['Minh Sơn – Chi bộ Khoa Xây dựng Đảng', 'Phòng Quản lý đào tạo', 'Ngọc Hân', 'Văn phòng Đảng ủy và Ban Chấp hành Đoàn cơ sở'];
const CATEGORIES = ['Tin tức - Sự kiện', 'Đào tạo - Bồi dưỡng', 'Nghiên cứu khoa học', 'Thông báo'];

/** A JSON Feed 1.1 of `count` items cycling through the texts above. */
function makeFeed(count) {
  const day = 24 * 3600 * 1000;
  const start = Date.UTC(2024, 5, 1, 1, 0, 0);
  const items = Array.from({ length: count }, (_, i) => ({
    id: `tin-${i + 1}`,
    url: `http://127.0.0.1/tin-tuc/tin-${i + 1}`,
    title: TITLES[i % TITLES.length],
    summary: SUMMARIES[i % SUMMARIES.length],
    content_html: `<p>${SUMMARIES[i % SUMMARIES.length]}</p><p><strong>${AUTHORS[i % AUTHORS.length]}</strong></p>`,
    image: `/img/${i % 10}.svg`,
    date_published: new Date(start - i * day).toISOString(),
    authors: [{ name: AUTHORS[i % AUTHORS.length] }],
    _news: { category: { title: CATEGORIES[i % CATEGORIES.length], url: 'http://127.0.0.1/tin-tuc' } },
  }));
  const breadcrumb = [
    { title: 'Tin tức', url: 'http://127.0.0.1/tin-tuc' },
    { title: 'Tin tức - Sự kiện', url: 'http://127.0.0.1/tin-tuc/su-kien' },
  ];
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Tin tức - Sự kiện', language: 'vi', _news: { breadcrumb }, items };
}


// ---------------------------------------------------------------------------
// Hostile and large feeds (section 2 of the "real feeds" issue), built once.

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed of the given items (`{ title, url, summary, date, author, categories }`). */
function makeRss(items, extra = '') {
  const body = items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${item.url}</link><guid>${item.url}</guid>` +
        `<description>${escapeXml(item.summary ?? '')}</description><pubDate>${new Date(item.date).toUTCString()}</pubDate>` +
        `${item.author ? `<dc:creator>${escapeXml(item.author)}</dc:creator>` : ''}${(item.categories ?? []).map((c) => `<category>${escapeXml(c)}</category>`).join('')}</item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Tin tức</title><link>http://127.0.0.1/</link>${extra}${body}</channel></rss>`;
}

/** An Atom feed of the same items. */
function makeAtom(items) {
  const body = items
    .map(
      (item) =>
        `<entry><id>${item.url}</id><title>${escapeXml(item.title)}</title><link href="${item.url}"/><updated>${new Date(item.date).toISOString()}</updated>` +
        `<summary type="html">${escapeXml(item.summary)}</summary><author><name>${escapeXml(item.author)}</name></author><category term="${escapeXml(item.categories[0])}"/></entry>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin tức</title><id>http://127.0.0.1/</id><updated>2024-06-01T00:00:00Z</updated>${body}</feed>`;
}

/** WordPress REST posts (`?_embed`) of the same items. */
const makeWordPress = (items) =>
  items.map((item, i) => ({
    id: i + 1,
    date_gmt: new Date(item.date).toISOString().slice(0, 19),
    link: item.url,
    title: { rendered: escapeXml(item.title) },
    excerpt: { rendered: `<p>${escapeXml(item.summary)} [&hellip;]</p>`, protected: false },
    content: { rendered: `<p>${escapeXml(item.summary)}</p>`, protected: false },
    _embedded: { author: [{ name: item.author }], 'wp:term': [[{ taxonomy: 'category', name: item.categories[0] }], []] },
  }));

/** A Liferay page of structured contents of the same items. */
const makeLiferay = (items) => ({
  items: items.map((item, i) => ({
    id: 40000 + i,
    title: item.title,
    description: item.summary,
    friendlyUrlPath: `tin-${i}`,
    datePublished: new Date(item.date).toISOString(),
    creator: { name: item.author },
    taxonomyCategoryBriefs: [{ taxonomyCategoryName: item.categories[0] }],
    contentFields: [{ name: 'content', dataType: 'html', contentFieldValue: { data: `<p>${escapeXml(item.summary)}</p>` } }],
  })),
  page: 1,
  pageSize: items.length,
  totalCount: items.length,
  lastPage: 1,
});

/** Items of realistic Vietnamese news, `count` of them. */
function newsItems(count) {
  const start = Date.UTC(2024, 5, 1, 1, 0, 0);
  return Array.from({ length: count }, (_, i) => ({
    title: TITLES[i % TITLES.length],
    url: `http://127.0.0.1/tin-tuc/tin-${i + 1}`,
    summary: SUMMARIES[i % SUMMARIES.length],
    date: start - i * 3600 * 1000,
    author: AUTHORS[i % AUTHORS.length],
    categories: [CATEGORIES[i % CATEGORIES.length]],
  }));
}

/** As many items as make a feed of about `bytes`, in the format `make` writes. */
function ofSize(bytes, make) {
  const text = (count) => {
    const feed = make(newsItems(count));
    return typeof feed === 'string' ? feed : JSON.stringify(feed);
  };
  return text(Math.max(1, Math.round(bytes / (text(100).length / 100))));
}

const jsonFeedOf = (items) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin tức',
  items: items.map((item, i) => ({
    id: `tin-${i + 1}`,
    url: item.url,
    title: item.title,
    summary: item.summary,
    date_published: new Date(item.date).toISOString(),
    authors: [{ name: item.author }],
    tags: item.categories,
  })),
});

/** 1 MB of each format, for the parse benchmark: [format, content type, text]. */
const MEGABYTE_FEEDS = [
  ['JSON Feed', 'application/feed+json', ofSize(1024 * 1024, jsonFeedOf)],
  ['WordPress', 'application/json', ofSize(1024 * 1024, makeWordPress)],
  ['Liferay', 'application/json', ofSize(1024 * 1024, makeLiferay)],
  ['RSS', 'application/rss+xml', ofSize(1024 * 1024, (items) => makeRss(items))],
  ['Atom', 'application/atom+xml', ofSize(1024 * 1024, makeAtom)],
];

/** A 20,000-item feed of about 3.6 MB: short items, many of them. */
const manyItems = () =>
  Array.from({ length: 20_000 }, (_, i) => ({
    title: `Tin số ${i + 1}: ${TITLES[i % TITLES.length].slice(0, 60)}`,
    url: `http://127.0.0.1/t/${i + 1}`,
    summary: SUMMARIES[i % SUMMARIES.length].slice(0, 40),
    date: Date.UTC(2024, 5, 1) - i * 60_000,
    author: 'BBT',
    categories: ['Tin'],
  }));

/** Hostile feeds: each must neither block the page for long nor crash it. [name, element markup, path, content type, body]. */
const HOSTILE = [
  ['a 3.6 MB JSON Feed of 20,000 items', '<news-list src="/hostile/items.json" limit="10"></news-list>', '/hostile/items.json', 'application/feed+json', () => JSON.stringify(jsonFeedOf(manyItems()))],
  ['a 3.6 MB RSS feed of 20,000 items', '<news-list src="/hostile/items.xml" limit="10"></news-list>', '/hostile/items.xml', 'application/rss+xml', () => makeRss(manyItems())],
  [
    'a JSON Feed item with 200,000 tags',
    '<news-article src="/hostile/tags.json"></news-article>',
    '/hostile/tags.json',
    'application/feed+json',
    () => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'Thẻ', tags: Array.from({ length: 200_000 }, (_, i) => `thẻ ${i}`) }] }),
  ],
  [
    'an RSS item with 200,000 categories',
    '<news-article src="/hostile/tags.xml"></news-article>',
    '/hostile/tags.xml',
    'application/rss+xml',
    () => makeRss([{ ...newsItems(1)[0], categories: Array.from({ length: 200_000 }, (_, i) => `thẻ ${i}`) }]),
  ],
  [
    'a trail of 100,000 crumbs',
    '<news-breadcrumb src="/hostile/crumbs.json"></news-breadcrumb>',
    '/hostile/crumbs.json',
    'application/feed+json',
    () => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', _news: { breadcrumb: Array.from({ length: 100_000 }, (_, i) => ({ title: `Mục ${i}`, url: `/m/${i}` })) }, items: [] }),
  ],
  [
    'a body of 200,000 paragraphs',
    '<news-article src="/hostile/body.json"></news-article>',
    '/hostile/body.json',
    'application/feed+json',
    () => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'Dài', url: 'http://127.0.0.1/dai', content_html: '<p>Đoạn văn.</p>'.repeat(200_000) }] }),
  ],
  [
    'elements nested 60,000 deep in an RSS description',
    '<news-list src="/hostile/deep.xml"></news-list>',
    '/hostile/deep.xml',
    'application/rss+xml',
    () => makeRss([{ ...newsItems(1)[0], summary: 'x' }]).replace('<description>x</description>', `<description>${'<br>'.repeat(60_000)}</description>`),
  ],
  [
    'an RSS item with 1 MB of HTML in its description',
    '<news-list src="/hostile/description.xml"></news-list>',
    '/hostile/description.xml',
    'application/rss+xml',
    () => makeRss([{ ...newsItems(1)[0], summary: `<p>${'<b>chữ</b> '.repeat(42_000)}</p>` }]),
  ],
  [
    'a WordPress post with a 6 MB excerpt',
    '<news-list src="/hostile/excerpt.json"></news-list>',
    '/hostile/excerpt.json',
    'application/json',
    () => JSON.stringify([{ ...makeWordPress(newsItems(1))[0], excerpt: { rendered: `<p>${'<i>đọc</i> '.repeat(500_000)}read more…</p>` } }]),
  ],
  [
    'an Atom entry with 1.8 MB of XHTML content',
    '<news-article src="/hostile/xhtml.xml"></news-article>',
    '/hostile/xhtml.xml',
    'application/atom+xml',
    () =>
      makeAtom(newsItems(1)).replace(
        '</entry>',
        `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${'<p>Đoạn <b>văn</b>.</p>'.repeat(80_000)}</div></content></entry>`,
      ),
  ],
  [
    'a channel image holding 1,500,000 elements',
    '<news-list src="/hostile/channel.xml"></news-list>',
    '/hostile/channel.xml',
    'application/rss+xml',
    () => makeRss(newsItems(3), `<image>${'<x/>'.repeat(1_500_000)}</image>`),
  ],
  [
    'one tag with 600,000 attributes',
    '<news-list src="/hostile/attributes.xml"></news-list>',
    '/hostile/attributes.xml',
    'application/rss+xml',
    () => makeRss(newsItems(3)).replace('<item>', `<item${Array.from({ length: 600_000 }, (_, i) => ` a${i}="1"`).join('')}>`),
  ],
  [
    'a body of 3,000 paragraphs with 50 attributes each',
    '<news-article src="/hostile/attribute-body.json"></news-article>',
    '/hostile/attribute-body.json',
    'application/feed+json',
    () => {
      const attributes = Array.from({ length: 50 }, (_, i) => ` aria-x${i}="${i}"`).join('');
      return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'Thuộc tính', content_html: `<p${attributes}>Đoạn.</p>`.repeat(3000) }] });
    },
  ],
  [
    'a body of 1 MB of `<i>x</i>`',
    '<news-article src="/hostile/dense-body.json"></news-article>',
    '/hostile/dense-body.json',
    'application/feed+json',
    () => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'Dày', content_html: '<i>x</i>'.repeat(125_000) }] }),
  ],
  [
    'a 20 KB RSS feed that declares one entity and uses it 2,000 times',
    '<news-list src="/hostile/entities.xml"></news-list>',
    '/hostile/entities.xml',
    'application/rss+xml',
    () =>
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${'Tin tức '.repeat(1000)}">]>` +
      makeRss([{ ...newsItems(1)[0], summary: '' }]).replace('<description></description>', `<description>${'&big;'.repeat(2000)}</description>`).replace(/^<\?xml[^>]*>/, ''),
  ],
];
const HOSTILE_FEEDS = Object.fromEntries(HOSTILE.map(([, , path, type, make]) => [path, { type, body: make() }]));

/** A tiny image: the list loads images lazily, so its cost hardly matters. */
const svg = (n) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="hsl(${n * 36} 40% 70%)"/></svg>`;

// ---------------------------------------------------------------------------
// Pages. Each loads the library from dist/ as a portal would, with one script tag:
// the ES module by default; `classic` is the IIFE build in a blocking script in
// <head>, which defines the elements before the first paint (see README, "No
// layout shift").

const SCRIPTS = {
  module: `<script type="module" src="${BUNDLE}"></script>`,
  classic: `<script src="/dist/news-widgets.iife.js"></script>`,
  // The module script with the head stylesheet, as the README's snippet has them.
  moduleCss: `<link rel="stylesheet" href="/dist/news-widgets.css"><script type="module" src="${BUNDLE}"></script>`,
  // The autoloader: each element's code from dist/autoload/ when its tag is in the page.
  autoload: `<script type="module" src="/dist/autoload.js"></script>`,
};

const page = ({ head = '', body, script = 'module' }) => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>news-widgets bench</title>
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { max-width: 1100px; margin: 0 auto; padding: 24px; }</style>
${head}
${SCRIPTS[script]}
</head>
<body><main>${body}</main></body>
</html>`;

/**
 * Collects layout shifts from the very start (buffered), describing each
 * source node at once, since a node may be replaced before we read it. A shift
 * names the nodes that moved, not the one that pushed them, so the size of
 * every news element is logged too (see SIZE_LOGGER): the element whose size
 * changed in the same frame is the cause.
 */
const CLS_OBSERVER = `<script>
window.__shifts = [];
window.__sizes = [];
window.__loaded = 0;
window.__firstLoad = null;
document.addEventListener('news-load', () => {
  window.__loaded++;
  window.__firstLoad ??= performance.now();
});
window.__describe = (node) => {
  if (!node) return '(node gone)';
  const el = node.nodeType === 1 ? node : node.parentElement;
  if (!el) return node.nodeName;
  const name = el.localName + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  const host = el.getRootNode().host;
  return host ? window.__describe(host) + ' >> ' + name : name + (el.getAttribute('layout') ? '[layout=' + el.getAttribute('layout') + ']' : '');
};
const rect = (r) => !r || (!r.width && !r.height) ? 'outside the viewport' : 'y=' + Math.round(r.y) + ' h=' + Math.round(r.height);
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__shifts.push({
      value: entry.value,
      time: entry.startTime,
      sources: (entry.sources || []).map((s) => ({ node: window.__describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });
</script>`;

/** At the end of <body>: the elements are parsed, and the deferred bundle has not run yet. */
const SIZE_LOGGER = `<script>
const sizes = new ResizeObserver((entries) => {
  for (const entry of entries)
    window.__sizes.push({ time: performance.now(), node: window.__describe(entry.target), height: Math.round(entry.borderBoxSize[0].blockSize) });
});
for (const el of document.querySelectorAll('news-list, news-card')) sizes.observe(el);
</script>`;

const PARAGRAPH =
  '<p>Thực hiện kế hoạch năm học, nhà trường tiếp tục đổi mới nội dung, chương trình và phương pháp giảng dạy, gắn lý luận với thực tiễn, nâng cao chất lượng đội ngũ giảng viên và cán bộ quản lý, đáp ứng yêu cầu đào tạo, bồi dưỡng cán bộ của tỉnh trong giai đoạn mới.</p>';

const PAGES = {
  size: () =>
    page({
      body: `<news-list src="/feed/size.json" limit="10"></news-list>
<news-card src="/feed/size.json" article-id="tin-2"></news-card>`,
    }),
  // The same listing page through the autoloader.
  sizeAutoload: () =>
    page({
      script: 'autoload',
      body: `<news-list src="/feed/size.json" limit="10"></news-list>
<news-card src="/feed/size.json" article-id="tin-2"></news-card>`,
    }),
  // The article page: all four elements.
  sizeAll: () =>
    page({
      body: `<news-breadcrumb src="/feed/size.json"></news-breadcrumb>
<news-article src="/feed/size.json" article-id="tin-1"></news-article>
<news-list src="/feed/size.json" limit="10"></news-list>
<news-card src="/feed/size.json" article-id="tin-2"></news-card>`,
    }),
  render: () => page({ body: '<div id="stage" style="width: 800px"></div>' }),
  // Paging (measurePaging) and refresh (measureRefresh) build their elements from the page's script.
  paging: () => page({ body: '<div id="stage" style="width: 800px"></div>' }),
  cls: (layout, script) =>
    page({
      script,
      head: CLS_OBSERVER,
      body: `<h1>Tin tức - Sự kiện</h1>
<news-list src="/feed/cls.json?delay=${FEED_DELAY_MS}" limit="6" layout="${layout}"></news-list>
<h2>Tin nổi bật</h2>
<news-card src="/feed/cls.json?delay=${FEED_DELAY_MS}" style="max-width: 420px"></news-card>
<section><h2>Giới thiệu</h2>${PARAGRAPH.repeat(40)}</section>
${SIZE_LOGGER}`,
    }),
  // The article page of a portal (the head stylesheet news-widgets.css in <head>), its feed late:
  // the breadcrumb's own links, the article the URL names, a list of the other articles below.
  article: (_layout, script) =>
    page({
      script,
      head: `${CLS_OBSERVER}<link rel="stylesheet" href="/dist/news-widgets.css">`,
      body: `<news-breadcrumb src="/feed/article.json?delay=${FEED_DELAY_MS}" article-param="tin"><a href="/tin-tuc">Tin tức</a><a href="/tin-tuc/su-kien">Tin tức - Sự kiện</a></news-breadcrumb>
<news-article src="/feed/article.json?delay=${FEED_DELAY_MS}" article-param="tin"></news-article>
<h2>Tin khác</h2>
<news-list src="/feed/article.json?delay=${FEED_DELAY_MS}" layout="list" limit="4" article-param="tin" skip-open article-href="?tin={id}"></news-list>
<footer>${PARAGRAPH.repeat(4)}</footer>
${SIZE_LOGGER.replace("'news-list, news-card'", "'news-list, news-card, news-article, news-breadcrumb'")}`,
    }),
  // First paint on a phone (measureFirstPaint): the same list of 10 articles in each way a portal can put it
  // in a page, with content below it. The first title's paint time is recorded by FIRST_TITLE.
  first: (variant) => firstPaintPage(variant),
  // Four elements at once, the feed slowed so that all of them wait on the same request.
  requests: () =>
    page({
      head: '<script>window.__loaded = 0; document.addEventListener("news-load", () => window.__loaded++);</script>',
      body: `<news-list src="/feed/requests.json?delay=300" limit="5"></news-list>
<news-list src="/feed/requests.json?delay=300" layout="compact" limit="5"></news-list>
<news-card src="/feed/requests.json?delay=300"></news-card>
<news-card src="/feed/requests.json?delay=300" article-id="tin-3"></news-card>`,
    }),
};

/**
 * In <head>, first: the moment the first article title is on screen (checked each frame, a frame before
 * its paint at worst, the same for every variant), and the layout shifts.
 */
const FIRST_TITLE = `<script>
window.__shifts = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
(function frame() {
  const list = document.querySelector('news-list');
  const title = list ? list.shadowRoot && list.shadowRoot.querySelector('[part="title"] a') : document.querySelector('.static-list .title a');
  if (title && title.getBoundingClientRect().height) window.__firstTitle = performance.now();
  else requestAnimationFrame(frame);
})();
</script>`;

/** The first-paint feed: 10 articles, as a page would serve them. */
const FIRST_FEED = makeFeed(10);

/** The list as a server-rendered portlet would put it in the page: the baseline, plain HTML. */
function staticList() {
  const items = FIRST_FEED.items
    .map(
      (item) => `<li><img src="${item.image}" alt="" width="120" height="68"><div><p class="title"><a href="${item.url}">${item.title}</a></p><p>${item.summary}</p></div></li>`,
    )
    .join('');
  return `<style>.static-list{list-style:none;margin:0;padding:0}.static-list li{display:flex;gap:12px;margin-bottom:16px}.static-list .title{font-weight:650;margin:0}</style><ul class="static-list">${items}</ul>`;
}

/** One way of putting the list in a page: its <head> additions and the list itself. */
function firstPaintPage(variant) {
  const feed = '/feed/first.json';
  // The head stylesheet as part of the page's own CSS (as the README advises, in the theme's stylesheet: no
  // request of its own before the first paint), as the static page has its own styles inline.
  const css = `<style>${readFileSync(join(DIST, 'news-widgets.css'), 'utf8')}</style>`;
  const module = `<script type="module" src="${BUNDLE}"></script>`;
  const list = (inner = '') => `<news-list src="${feed}">${inner}</news-list>`;
  const variants = {
    static: { head: '', body: staticList() },
    module: { head: css + module, body: list() },
    classic: { head: `${css}<script src="/dist/news-widgets.iife.js" defer></script>`, body: list() },
    // Data in the page, no src: nothing to fetch.
    inline: { head: css + module, body: `<news-list><script type="application/json">${JSON.stringify(FIRST_FEED)}</script></news-list>` },
    preload: { head: `${css}<link rel="preload" as="fetch" crossorigin href="${feed}">${module}`, body: list() },
    // Rendered already: no room to reserve, so no stylesheet to wait for; the script after the markup, as the
    // README advises, so that the markup's bytes come first.
    prerendered: { head: '', body: (PRERENDERED.list ?? '<p>prerender not built</p>') + module },
    // The floors: the least any script can do, a module script of a few hundred bytes that writes the static
    // list, with no library at all. Its data in the script (as inline data or a finished preload would be),
    // or fetched after the script has run (as a plain `src` is). No script-rendered list can paint sooner.
    'floor-data': { head: `<script type="module" src="/floor/data.js"></script>`, body: '<div class="floor"></div>' },
    'floor-fetch': { head: `<script type="module" src="/floor/fetch.js"></script>`, body: '<div class="floor"></div>' },
  };
  const { head, body } = variants[variant];
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tin tức</title>
${FIRST_TITLE}
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { padding: 16px; }</style>
${head}
</head>
<body><main><h1>Tin tức - Sự kiện</h1>${body}<footer>${PARAGRAPH.repeat(6)}</footer></main></body>
</html>`;
}

/** The prerendered list (dist/prerender), made once at start when the build has it. */
const PRERENDERED = {};

/** Each hostile feed on a page of its own, under a long-task observer started before anything else. */
const LONG_TASKS = `<script>
window.__tasks = [];
new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask', buffered: true });
</script>`;
PAGES.hostile = (name) => page({ head: LONG_TASKS, body: HOSTILE.find((entry) => entry[0] === name)?.[1] ?? '' });

/** The paging measure: a feed of this many items, pages of this size, these pages compared. */
const PAGING = { items: 5000, size: 10, pages: [1, 50], runs: 9 };

/** The refresh measure's feed: with an ETag, revalidated (no-cache), answered 304 when unchanged. */
const ETAG_FEED = JSON.stringify(makeFeed(12));
const ETAG = `"${createHash('sha1').update(ETAG_FEED).digest('hex').slice(0, 16)}"`;
/** Each answer of /feed/etag.json: its status and its bytes on the wire. */
const ETAG_ANSWERS = [];

/** The floors' scripts (firstPaintPage): the static list, written into the page by the smallest script that can. */
const FLOOR_WRITE = 'const write = (html) => { document.querySelector(".floor").innerHTML = html; };';
const FLOOR_SCRIPTS = {
  '/floor/data.js': `${FLOOR_WRITE}\nwrite(${JSON.stringify(staticList())});`,
  '/floor/fetch.js': `${FLOOR_WRITE}
const esc = (text) => String(text).replace(/[&<>"]/g, (c) => "&#" + c.charCodeAt(0) + ";");
fetch("/feed/first.json").then((response) => response.json()).then((feed) => write(${JSON.stringify(staticList().match(/<style>.*?<\/style>/)[0])} + '<ul class="static-list">' + feed.items.map((item) =>
  '<li><img src="' + esc(item.image) + '" alt="" width="120" height="68"><div><p class="title"><a href="' + esc(item.url) + '">' + esc(item.title) + '</a></p><p>' + esc(item.summary) + '</p></div></li>').join("") + '</ul>'));`,
};

const FEEDS = {
  '/feed/size.json': makeFeed(12),
  '/feed/paging.json': makeFeed(PAGING.items),
  '/feed/big.json': makeFeed(RENDER.items),
  '/feed/cls.json': makeFeed(12),
  '/feed/requests.json': makeFeed(12),
  '/feed/first.json': FIRST_FEED,
  '/feed/article.json': (() => {
    const feed = makeFeed(8);
    feed.items[0].content_html = PARAGRAPH.repeat(12);
    return feed;
  })(),
};

// ---------------------------------------------------------------------------
// The server: dist/, the pages and feeds above, `?delay=ms` on any path, and a
// count of requests per path so the dedupe can be checked from the outside.

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json', '.svg': 'image/svg+xml', '.css': 'text/css' };

function startServer() {
  const counts = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    const delay = Math.min(Math.max(Number(url.searchParams.get('delay')) || 0, 0), 15_000);
    setTimeout(() => respond(url, res), delay);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    // Port 0: the system picks a free port. Loopback only.
    server.listen(0, '127.0.0.1', () =>
      resolveServer({
        origin: `http://127.0.0.1:${server.address().port}`,
        count: (path) => counts.get(path) ?? 0,
        close: () => new Promise((done) => server.close(done)),
      }),
    );
  });
}

function respond(url, res) {
  const send = (status, type, body) => {
    // no-store: every measurement must see the network, never an HTTP cache. Text is compressed, as any
    // real server does (gzip, level 6 as nginx's default is close to).
    const headers = { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
    if (/text|json|javascript|xml|svg|css/.test(type) && /\bgzip\b/.test(res.req.headers['accept-encoding'] ?? '')) {
      headers['content-encoding'] = 'gzip';
      body = gzipSync(typeof body === 'string' ? Buffer.from(body) : body, { level: 6 });
    }
    res.writeHead(status, headers);
    res.end(body);
  };
  const path = url.pathname;
  const pageMatch = path.match(/^\/page\/(\w+)\.html$/);
  if (pageMatch?.[1] === 'hostile') return send(200, 'text/html; charset=utf-8', PAGES.hostile(url.searchParams.get('name')));
  if (pageMatch?.[1] === 'first') return send(200, 'text/html; charset=utf-8', PAGES.first(url.searchParams.get('variant') ?? 'static'));
  if (pageMatch && PAGES[pageMatch[1]]) return send(200, 'text/html; charset=utf-8', PAGES[pageMatch[1]](url.searchParams.get('layout') ?? 'list', url.searchParams.get('script') ?? 'module'));
  if (FEEDS[path]) return send(200, 'application/feed+json; charset=utf-8', JSON.stringify(FEEDS[path]));
  if (path === '/feed/etag.json') {
    // As a server that revalidates does: an ETag, no-cache, and a bodiless 304 for a request that has it.
    // What each answer costs on the wire (status line, headers, body), counted on the socket.
    const socket = res.socket;
    const start = socket.bytesWritten;
    res.on('finish', () => ETAG_ANSWERS.push({ status: res.statusCode, bytes: socket.bytesWritten - start }));
    const headers = { etag: ETAG, 'cache-control': 'no-cache', 'access-control-allow-origin': '*' };
    if (res.req.headers['if-none-match'] === ETAG) return res.writeHead(304, headers).end();
    res.writeHead(200, { ...headers, 'content-type': 'application/feed+json; charset=utf-8', 'content-encoding': 'gzip' });
    return res.end(gzipSync(ETAG_FEED, { level: 6 }));
  }
  if (FLOOR_SCRIPTS[path]) return send(200, TYPES['.js'], FLOOR_SCRIPTS[path]);
  if (HOSTILE_FEEDS[path]) return send(200, HOSTILE_FEEDS[path].type, HOSTILE_FEEDS[path].body);
  const imgMatch = path.match(/^\/img\/(\d+)\.svg$/);
  if (imgMatch) return send(200, TYPES['.svg'], svg(Number(imgMatch[1])));
  if (path.startsWith('/dist/')) {
    const file = resolve(DIST, '.' + decodeURIComponent(path.slice('/dist'.length)));
    if (file.startsWith(DIST + sep) && existsSync(file)) return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  }
  // Chromium asks for it on every page; a 204 keeps 404s out of the page errors.
  if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
  send(404, 'text/plain', 'not found');
}

// ---------------------------------------------------------------------------
// Measurements. Each opens a fresh browser context: no shared cache, no shared feed.

async function withPage(browser, options, fn) {
  const context = await browser.newContext(options);
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    return await fn(tab);
  } finally {
    await context.close();
    if (errors.length) log(`  page errors: ${errors.join(' | ')}`);
  }
}

/** Waits until `count` news-load events have fired, then until each element has rendered. */
async function waitForRendered(tab, count) {
  await tab.waitForFunction((n) => window.__loaded >= n, count, { timeout: 15_000 });
  await tab.evaluate(() => Promise.all([...document.querySelectorAll('news-list, news-card')].map((el) => el.updateComplete)));
}

/** a. The gzip size of every script the page loads, as a reader's browser would fetch it. */
async function measureSize(browser, server, pageName = 'size', elements = 2) {
  return withPage(browser, {}, async (tab) => {
    const scripts = [];
    tab.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await tab.addInitScript(() => {
      window.__loaded = 0;
      document.addEventListener('news-load', () => window.__loaded++);
    });
    await tab.goto(`${server.origin}/page/${pageName}.html`);
    await waitForRendered(tab, elements);
    // Everything a reader's page fetches, the article's sanitizer included: wait until nothing is busy.
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('news-list, news-card, news-article, news-breadcrumb')].every((el) => !el.shadowRoot?.querySelector('[aria-busy]')),
    );
    await tab.waitForTimeout(200);
    let raw = 0;
    let gzip = 0;
    const names = [];
    for (const response of scripts) {
      const body = await response.body();
      const zipped = gzipSync(body, { level: 9 }).length;
      raw += body.length;
      gzip += zipped;
      names.push(new URL(response.url()).pathname.split('/').pop());
      log(`  ${new URL(response.url()).pathname}: ${body.length} B raw, ${zipped} B gzip -9`);
    }
    if (!scripts.length) throw new Error(`the ${pageName} page loaded no script`);
    return { raw, gzip, files: scripts.length, names };
  });
}

/**
 * b. Runs in the page. Times <news-list limit=500> on a cached feed against
 * the same cards built by hand from a <template>, in a shadow root with the
 * same stylesheets, both up to a forced layout. Runs alternate so that drift
 * (GC, thermal) hits both alike.
 */
async function renderBenchInPage({ src, items, warmup, runs }) {
  const stage = document.getElementById('stage');
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

  const renderList = async () => {
    const el = document.createElement('news-list');
    el.setAttribute('src', src);
    el.setAttribute('limit', String(items));
    const loaded = new Promise((done) => el.addEventListener('news-load', (event) => done(event.detail), { once: true }));
    stage.append(el);
    const feed = await loaded;
    await el.updateComplete;
    void el.offsetHeight;
    return { el, feed };
  };

  // Prime the shared cache (and take the parsed articles and the styles for the baseline).
  const primed = await renderList();
  const articles = primed.feed.items.slice(0, items);
  const sheets = [...primed.el.shadowRoot.adoptedStyleSheets];
  const listedCards = primed.el.shadowRoot.querySelectorAll('article.card').length;
  primed.el.remove();
  if (listedCards !== items) throw new Error(`news-list rendered ${listedCards} cards, not ${items}`);

  // The same markup as src/render/card.ts renders, classes and parts included.
  const template = document.createElement('template');
  template.innerHTML =
    '<li part="item" class="item"><article part="card" class="card horizontal">' +
    '<div class="media"><img part="image" src="" alt="" loading="lazy" decoding="async"></div>' +
    '<div class="body"><span part="category" class="category"></span>' +
    '<div part="title" class="title" role="heading" aria-level="3"><a part="link" href="" data-id=""></a></div>' +
    '<div part="meta" class="meta"><time part="date" datetime=""></time><span part="author" class="author"></span></div>' +
    '<p part="summary" class="summary"></p></div></article></li>';
  const dates = new Intl.DateTimeFormat('vi', { dateStyle: 'long' });
  const names = new Intl.ListFormat('vi', { type: 'conjunction' });

  const renderBaseline = () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const list = document.createElement('ul');
    list.setAttribute('part', 'list');
    list.className = 'list horizontal';
    list.setAttribute('role', 'list');
    const itemTemplate = template.content.firstElementChild;
    for (const article of articles) {
      const item = itemTemplate.cloneNode(true);
      const media = item.firstElementChild.firstElementChild;
      const img = media.firstElementChild;
      img.setAttribute('src', article.image.url);
      img.setAttribute('alt', article.image.alt ?? '');
      const category = media.nextElementSibling.firstElementChild;
      category.textContent = article.category.title;
      const link = category.nextElementSibling.firstElementChild;
      link.setAttribute('href', article.url);
      link.setAttribute('data-id', article.id);
      link.textContent = article.title;
      const meta = category.nextElementSibling.nextElementSibling;
      const time = meta.firstElementChild;
      time.setAttribute('datetime', article.published.toISOString());
      time.textContent = dates.format(article.published);
      meta.lastElementChild.textContent = names.format(article.authors.map((author) => author.name));
      meta.nextElementSibling.textContent = article.summary;
      list.append(item);
    }
    root.append(list);
    stage.append(host);
    void host.offsetHeight;
    return host;
  };

  const time = async (render) => {
    await frame();
    const start = performance.now();
    const result = await render();
    const elapsed = performance.now() - start;
    (result.el ?? result).remove();
    return elapsed;
  };

  const list = [];
  const baseline = [];
  for (let i = 0; i < warmup + runs; i++) {
    const l = await time(renderList);
    const b = await time(renderBaseline);
    if (i >= warmup) list.push(l), baseline.push(b);
  }
  return { list, baseline };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measureRender(browser, server) {
  return withPage(browser, { viewport: { width: 1280, height: 900 } }, async (tab) => {
    await tab.goto(`${server.origin}/page/render.html`);
    await tab.waitForFunction(() => customElements.get('news-list'));
    const { list, baseline } = await tab.evaluate(renderBenchInPage, { src: '/feed/big.json', ...RENDER });
    const result = { list: median(list), baseline: median(baseline) };
    log(`  news-list runs (ms): ${list.map((t) => t.toFixed(1)).join(' ')}`);
    log(`  baseline runs (ms):  ${baseline.map((t) => t.toFixed(1)).join(' ')}`);
    // A cross-check that drift hardly touches: each list run against the baseline run right after it.
    const paired = median(list.map((t, i) => t / baseline[i]));
    log(`  median of paired ratios: ${paired.toFixed(2)}× (the table shows the ratio of the medians)`);
    log(`  big.json requests: ${server.count('/feed/big.json')} (1 expected: the cache serves the rest)`);
    return { ...result, ratio: result.list / result.baseline };
  });
}

/**
 * c. Cumulative layout shift of a page whose feed answers after FEED_DELAY_MS.
 * Whether a frame is painted before the bundle defines the elements is a race,
 * so each layout is loaded CLS_RUNS times and the worst run counts.
 */
async function measureCls(browser, server, layout, script) {
  let worst = 0;
  let worstAfterFeed = 0;
  for (let run = 1; run <= CLS_RUNS; run++) {
    const { total, shifts, sizes, firstLoad } = await withPage(browser, { viewport: { width: 1280, height: 900 } }, async (tab) => {
      await tab.goto(`${server.origin}/page/cls.html?layout=${layout}&script=${script}`);
      await waitForRendered(tab, 2);
      // Late shifts (images, fonts, a second render) count as much as the first one.
      await tab.waitForTimeout(SETTLE_MS);
      return tab.evaluate(() => ({
        total: window.__shifts.reduce((sum, shift) => sum + shift.value, 0),
        shifts: window.__shifts,
        sizes: window.__sizes,
        firstLoad: window.__firstLoad,
      }));
    });
    const afterFeed = shifts.filter((shift) => shift.time >= firstLoad).reduce((sum, shift) => sum + shift.value, 0);
    worst = Math.max(worst, total);
    worstAfterFeed = Math.max(worstAfterFeed, afterFeed);
    log(`  ${script} script, layout="${layout}" run ${run}: CLS ${total.toFixed(4)} (${afterFeed.toFixed(4)} after the feed arrived at ${Math.round(firstLoad)} ms)`);
    for (const shift of shifts) logShift(shift, sizes, firstLoad);
    logHeights(sizes);
  }
  return { worst, worstAfterFeed };
}

/**
 * The article page's layout shift, its feed ${FEED_DELAY_MS} ms late, at a phone's width (390×844) and a
 * desktop's (1280×900), with each script; the worst of CLS_RUNS loads.
 */
async function measureArticlePage(browser, server) {
  const results = {};
  for (const width of [390, 1280]) {
    for (const script of ['module', 'classic']) results[`${width} px, ${script} script, a long article`] = await measureArticleCls(browser, server, width, script, 'tin-1');
    // Shorter than a screen, or not in the feed: what follows must not come up into view either.
    results[`${width} px, module script, a short article`] = await measureArticleCls(browser, server, width, 'module', 'tin-3');
    results[`${width} px, module script, an unknown id`] = await measureArticleCls(browser, server, width, 'module', 'khong-co');
  }
  return results;
}

async function measureArticleCls(browser, server, width, script, id) {
  let worst = 0;
  for (let run = 1; run <= CLS_RUNS; run++) {
    const { total, shifts, sizes } = await withPage(browser, { viewport: { width, height: width < 600 ? 844 : 900 } }, async (tab) => {
      await tab.goto(`${server.origin}/page/article.html?script=${script}&tin=${id}`);
      await waitForRendered(tab, 3);
      await tab.waitForTimeout(SETTLE_MS);
      return tab.evaluate(() => ({ total: window.__shifts.reduce((sum, shift) => sum + shift.value, 0), shifts: window.__shifts, sizes: window.__sizes }));
    });
    worst = Math.max(worst, total);
    log(`  article page (?tin=${id}), ${width} px, ${script} script, run ${run}: CLS ${total.toFixed(4)}`);
    for (const shift of shifts) logShift(shift, sizes, Infinity);
  }
  return worst;
}

/**
 * First paint on a phone (390×844, CPU slowed 4×, 150 ms round trip, 1.6 Mbit/s down), a fresh context
 * and no cache each time: the moment the first title is on screen, for each way of putting the list in a
 * page, as the median of FIRST_RUNS runs interleaved (static, module, classic, … then again), and as a
 * ratio to the static HTML of a server-rendered portlet; the worst layout shift of each.
 */
const FIRST_RUNS = 7;
const FIRST_LABELS = {
  module: 'the module script and news-widgets.css',
  classic: 'the classic script (defer) and news-widgets.css',
  inline: 'the module script, the feed inline (`<script type="application/json">`)',
  preload: 'the module script and `<link rel="preload" as="fetch" crossorigin>` of the feed',
  prerendered: 'the prerendered markup (`news-widgets prerender`) and the module script, no head stylesheet',
  'floor-data': 'the floor for inline data and preload: a 0.5 KB module script, no library, that writes the static list',
  'floor-fetch': 'the floor for a `src`: a 0.5 KB module script, no library, that fetches the feed and writes the static list',
};
const FIRST_TARGETS = { module: 1.5, inline: 1.3, preload: 1.3, prerendered: 1.05 };
const FIRST_VARIANTS = ['static', 'module', 'classic', 'inline', 'preload', 'prerendered', 'floor-data', 'floor-fetch'];

async function measureFirstPaint(browser, server) {
  // Without the prerender's build (dist/prerender/), that variant is left out, and says so.
  const variants = FIRST_VARIANTS.filter((variant) => variant !== 'prerendered' || PRERENDERED.list);
  if (variants.length < FIRST_VARIANTS.length) log('  (no dist/prerender: the prerendered list is not measured)');
  const times = Object.fromEntries(variants.map((variant) => [variant, []]));
  const shifts = Object.fromEntries(variants.map((variant) => [variant, 0]));
  for (let run = 1; run <= FIRST_RUNS; run++) {
    for (const variant of variants) {
      const { first, shift } = await withPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, async (tab) => {
        const cdp = await tab.context().newCDPSession(tab);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await tab.goto(`${server.origin}/page/first.html?variant=${variant}`);
        await tab.waitForFunction(() => window.__firstTitle, null, { timeout: 30_000 });
        await tab.waitForTimeout(SETTLE_MS);
        return tab.evaluate(() => ({ first: window.__firstTitle, shift: window.__shifts.reduce((sum, value) => sum + value, 0) }));
      });
      times[variant].push(first);
      shifts[variant] = Math.max(shifts[variant], shift);
      log(`  first paint run ${run}, ${variant}: first title at ${Math.round(first)} ms, layout shift ${shift.toFixed(4)}`);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const base = median(times.static);
  return Object.fromEntries(variants.map((variant) => [variant, { ms: median(times[variant]), ratio: median(times[variant]) / base, shift: shifts[variant] }]));
}

/** Each element's heights in order: undefined (0), skeleton, loaded. A skeleton that fits shows two equal last numbers. */
function logHeights(sizes) {
  for (const node of new Set(sizes.map((size) => size.node))) {
    const heights = sizes.filter((size) => size.node === node).map((size) => size.height);
    log(`    heights of ${node}: ${heights.join(' → ')} px`);
  }
}

/** One shift: when (before or after the feed), what moved, and which news element changed size then. */
function logShift(shift, sizes, firstLoad) {
  const phase = shift.time < firstLoad ? 'before the feed arrived' : 'after the feed arrived';
  log(`    ${shift.value.toFixed(4)} at ${Math.round(shift.time)} ms (${phase})`);
  for (const source of shift.sources) log(`      moved: ${source.node}, ${source.from} → ${source.to}`);
  // ResizeObserver reports in the same frame as the shift, a little after its start time.
  const resized = sizes.filter((size) => size.time >= shift.time - 5 && size.time <= shift.time + 100);
  for (const size of resized) {
    const before = sizes.filter((s) => s.node === size.node && s.time < size.time).at(-1);
    log(`      resized: ${size.node}, height ${before?.height ?? '?'} → ${size.height} px`);
  }
}

/** d. Requests for one feed from four elements at once, plus a fifth added once the feed is cached. */
async function measureRequests(browser, server) {
  return withPage(browser, {}, async (tab) => {
    await tab.goto(`${server.origin}/page/requests.html`);
    await waitForRendered(tab, 4);
    await tab.evaluate(async () => {
      const late = document.createElement('news-list');
      late.setAttribute('src', '/feed/requests.json?delay=300');
      const loaded = new Promise((done) => late.addEventListener('news-load', done, { once: true }));
      document.querySelector('main').append(late);
      await loaded;
    });
    // Give a stray duplicate request time to arrive before counting.
    await tab.waitForTimeout(300);
    const count = server.count('/feed/requests.json');
    log(`  /feed/requests.json: ${count} request(s) for 4 concurrent elements + 1 added after load`);
    return count;
  });
}

/**
 * g. Paging: a list of a 5,000-item feed (cached after the first load), opened at page 1 and at page 50
 * through its page parameter (`?p=`), PAGING.runs times each, interleaved: from adding the element to its
 * first title on screen, as the median of each, and the ratio.
 */
async function measurePaging(browser, server) {
  return withPage(browser, { viewport: { width: 1280, height: 900 } }, async (tab) => {
    await tab.goto(`${server.origin}/page/paging.html`);
    await tab.waitForFunction(() => customElements.get('news-list'));
    const times = await tab.evaluate(async ({ size, pages, runs }) => {
      const show = async (page) => {
        history.replaceState(null, '', page > 1 ? `?p=${page}` : location.pathname);
        const el = document.createElement('news-list');
        for (const [name, value] of Object.entries({ src: '/feed/paging.json', pagination: 'pages', 'page-size': size, 'page-param': 'p', show: 'date category' }))
          el.setAttribute(name, String(value));
        const first = `tin-${(page - 1) * size + 1}`;
        const start = performance.now();
        document.getElementById('stage').append(el);
        await new Promise((resolve) => {
          (function frame() {
            const link = el.shadowRoot?.querySelector('[part="title"] a');
            if (link?.dataset.id === first && link.getBoundingClientRect().height) resolve();
            else requestAnimationFrame(frame);
          })();
        });
        const time = performance.now() - start;
        el.remove();
        return time;
      };
      await show(1); // the feed and the paging part, loaded once
      const result = Object.fromEntries(pages.map((page) => [page, []]));
      for (let run = 0; run < runs; run++) for (const page of pages) result[page].push(await show(page));
      history.replaceState(null, '', location.pathname);
      return result;
    }, PAGING);
    const [one, other] = PAGING.pages.map((page) => median(times[page]));
    log(`  page 1 runs (ms): ${times[PAGING.pages[0]].map((t) => t.toFixed(1)).join(' ')}`);
    log(`  page ${PAGING.pages[1]} runs (ms): ${times[PAGING.pages[1]].map((t) => t.toFixed(1)).join(' ')}`);
    return { one, other, ratio: other / one };
  });
}

/**
 * h. What a refresh of an unchanged feed costs: the bytes of the first load and of `refresh()` after it,
 * on the wire (headers included, as Chromium counts them), from a server that sends an ETag.
 */
async function measureRefresh(browser, server) {
  return withPage(browser, {}, async (tab) => {
    ETAG_ANSWERS.length = 0;
    await tab.goto(`${server.origin}/page/paging.html`);
    await tab.waitForFunction(() => customElements.get('news-list'));
    const rendered = await tab.evaluate(async () => {
      const el = document.createElement('news-list');
      el.setAttribute('src', '/feed/etag.json');
      const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
      document.getElementById('stage').append(el);
      await loaded;
      await el.updateComplete;
      let updates = 0;
      el.addEventListener('news-load', () => updates++);
      if (typeof el.refresh !== 'function') return 'no refresh()';
      await el.refresh();
      await el.updateComplete;
      return updates ? 'news-load fired again' : 'no new news-load';
    });
    await tab.waitForTimeout(300);
    const [first, again] = ETAG_ANSWERS;
    log(`  /feed/etag.json answers: ${ETAG_ANSWERS.map(({ status, bytes }) => `${status} ${bytes} B`).join(', ')}; after refresh(): ${rendered}`);
    return { first: first?.bytes ?? 0, refresh: again?.bytes, status: again?.status, rendered };
  });
}

/**
 * i. Filtering: a list of the 5,000-item feed (cached, `limit` 10) searched by one keyword and then another
 * (`search`, accent-insensitive), FILTER.runs times each, interleaved: from setting the attribute to the
 * list's render and layout, against a plain-DOM baseline that folds and matches the same items (no cache)
 * and draws the first 10 matches with template clones.
 */
const FILTER = { words: ['giang', 'dao tao'], runs: 9 };

async function measureFilter(browser, server) {
  return withPage(browser, { viewport: { width: 1280, height: 900 } }, async (tab) => {
    await tab.goto(`${server.origin}/page/paging.html`);
    await tab.waitForFunction(() => customElements.get('news-list'));
    const result = await tab.evaluate(async ({ words, runs }) => {
      const stage = document.getElementById('stage');
      const el = document.createElement('news-list');
      el.setAttribute('src', '/feed/paging.json');
      el.setAttribute('show', 'date category');
      const loaded = new Promise((resolve) => el.addEventListener('news-load', (event) => resolve(event.detail), { once: true }));
      stage.append(el);
      const feed = await loaded;
      await el.updateComplete;
      const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
      const template = document.createElement('template');
      template.innerHTML = '<li><span class="category"></span><a></a><time></time></li>';
      const baseline = (word) => {
        const host = document.createElement('ul');
        const wanted = fold(word).split(/\s+/);
        let shown = 0;
        for (const item of feed.items) {
          const text = fold(`${item.title ?? ''} ${item.summary ?? ''} ${item.text ?? ''}`);
          if (!wanted.every((w) => text.includes(w))) continue;
          const li = template.content.firstElementChild.cloneNode(true);
          li.children[0].textContent = item.category?.title ?? '';
          li.children[1].textContent = item.title ?? '';
          li.children[2].textContent = item.published?.toISOString() ?? '';
          host.append(li);
          if (++shown === 10) break;
        }
        stage.append(host);
        void host.offsetHeight;
        host.remove();
      };
      const times = { list: [], baseline: [] };
      // The filter part, and each keyword once, before measuring.
      for (const word of words) {
        el.setAttribute('search', word);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 200));
        await el.updateComplete;
      }
      for (let run = 0; run < runs; run++) {
        for (const word of words) {
          el.removeAttribute('search');
          await el.updateComplete;
          let start = performance.now();
          el.setAttribute('search', word);
          await el.updateComplete;
          void el.offsetHeight;
          times.list.push(performance.now() - start);
          start = performance.now();
          baseline(word);
          times.baseline.push(performance.now() - start);
        }
      }
      const shown = el.shadowRoot.querySelectorAll('[part="item"]').length;
      return { times, shown };
    }, FILTER);
    const list = median(result.times.list);
    const baseline = median(result.times.baseline);
    log(`  search runs (ms): ${result.times.list.map((t) => t.toFixed(1)).join(' ')}; baseline: ${result.times.baseline.map((t) => t.toFixed(1)).join(' ')}; ${result.shown} shown`);
    return { list, baseline, ratio: list / baseline, shown: result.shown };
  });
}

/**
 * e. The longest main-thread task (Long Tasks API, from the first byte of the
 * page) while each hostile feed loads and its element renders, and what the
 * element then shows.
 */
async function measureHostile(browser, server) {
  const results = [];
  for (const [name] of HOSTILE) {
    const result = await withPage(browser, { viewport: { width: 1280, height: 900 } }, async (tab) => {
      await tab.goto(`${server.origin}/page/hostile.html?name=${encodeURIComponent(name)}`);
      await tab.waitForFunction(
        () => {
          const el = document.querySelector('main > *');
          return el?.shadowRoot && !el.shadowRoot.querySelector('[aria-busy]') && el.shadowRoot.childElementCount;
        },
        null,
        { timeout: 30_000 },
      );
      // Layout and paint of what was rendered, and any late task.
      await tab.waitForTimeout(500);
      return tab.evaluate(() => {
        const root = document.querySelector('main > *').shadowRoot;
        const shown =
          root.querySelector('[part="status"]')?.textContent.trim() ??
          `${root.querySelectorAll('[part="item"], [part="crumb"], [part="tag"]').length} items/crumbs/tags, ${root.querySelector('[part="body"]')?.querySelectorAll('p').length ?? 0} paragraphs${root.querySelector('[part="notice"]') ? ', a notice' : ''}`;
        return { longest: Math.max(0, ...window.__tasks), tasks: window.__tasks.length, shown };
      });
    });
    log(`  ${name}: longest task ${result.longest.toFixed(0)} ms (${result.tasks} over 50 ms); shows: ${result.shown}`);
    results.push({ name, ...result });
  }
  return results;
}

/**
 * f. Parsing 1 MB of each format with the library's `parseFeed` (in slices),
 * against the browser's own parse of the same text (JSON.parse, DOMParser):
 * median of PARSE_RUNS, each after a warm-up.
 */
async function measureParse(browser, server) {
  return withPage(browser, {}, async (tab) => {
    await tab.goto(`${server.origin}/page/render.html`);
    await tab.waitForFunction(() => customElements.get('news-list'));
    const results = [];
    for (const [format, type, text] of MEGABYTE_FEEDS) {
      const times = await tab.evaluate(
        async ({ text, type, runs }) => {
          const { parseFeed } = await import('/dist/news-widgets.js');
          const xml = type.includes('xml');
          const baseline = () => (xml ? new DOMParser().parseFromString(text, 'application/xml') : JSON.parse(text));
          const library = [];
          const browser = [];
          let items = 0;
          for (let i = 0; i <= runs; i++) {
            let start = performance.now();
            const feed = await parseFeed(text, type, `http://127.0.0.1/feed-${i}`);
            const elapsed = performance.now() - start;
            start = performance.now();
            baseline();
            const plain = performance.now() - start;
            if (i) library.push(elapsed), browser.push(plain);
            items = feed.items.length;
          }
          return { library, browser, items };
        },
        { text, type, runs: PARSE_RUNS },
      );
      const result = { format, bytes: text.length, items: times.items, library: median(times.library), browser: median(times.browser) };
      log(`  ${format}: ${(text.length / 1024).toFixed(0)} KB, ${result.items} items, parseFeed ${result.library.toFixed(1)} ms vs the browser's parse ${result.browser.toFixed(1)} ms`);
      results.push(result);
    }
    return results;
  });
}

/**
 * g. Every file a portal owner may upload, as built (no browser): its bytes and
 * its gzip -9 size. The one-file module and the classic script each work
 * alone; the folder is the entry and its chunks, loaded on demand beside it.
 */
const ONE_FILE = {
  'news-widgets.all.js': 'one file (ES module)',
  'news-widgets.iife.js': 'one file (classic script)',
  'news-widgets.js': 'the folder: entry',
  'news-widgets.listing.js': 'the listing folder: entry (list and card only)',
  'news-widgets.css': 'the head stylesheet (every recipe)',
  'autoload.js': 'the autoloader: entry (each element from autoload/)',
};

function measureFiles() {
  const names = [
    // Not the configurator's script (a page beside the library, not a part of it).
    ...readdirSync(DIST).filter((name) => (name.endsWith('.js') && !name.startsWith('configurator')) || name === 'news-widgets.css'),
    ...readdirSync(join(DIST, 'autoload'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `autoload/${name}`),
  ];
  const rank = (name) => (name in ONE_FILE ? Object.keys(ONE_FILE).indexOf(name) : 9);
  return names
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => {
      const body = readFileSync(join(DIST, name));
      // A part on demand belongs to the entry it imports: the full one, or the listing one.
      const recipe =
        ONE_FILE[name] ??
        (name.startsWith('autoload/')
          ? 'the autoloader: chunk, on demand'
          : body.includes('news-widgets.listing.js')
            ? 'the listing folder: chunk, on demand'
            : 'the folder: chunk, on demand');
      return { name, recipe, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
}

function filesTableOf(files) {
  const lines = ['| file | recipe | bytes | gzip -9 |', '| --- | --- | --- | --- |'];
  for (const { name, recipe, raw, gzip } of files) lines.push(`| \`${name}\` | ${recipe} | ${fmt(raw)} B | ${fmt(gzip)} B |`);
  for (const recipe of ['the folder', 'the listing folder', 'the autoloader']) {
    const folder = files.filter((file) => file.recipe.startsWith(`${recipe}:`));
    const sum = (key) => fmt(folder.reduce((total, file) => total + file[key], 0));
    lines.push(`| all ${folder.length} files of ${recipe}, summed | ${recipe} | ${sum('raw')} B | ${sum('gzip')} B |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Report.

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const fmt = (n) => n.toLocaleString('en-US');

function tableOf(results) {
  const { size, sizeAutoload, sizeAll, render, cls, clsModule, article, first, requests, hostile, parse, paging, refresh, filter } = results;
  const clsWorst = Math.max(...Object.values(cls).map((v) => v.worst));
  const worstOf = (byLayout, key) => Object.entries(byLayout).map(([l, v]) => `${l} ${v[key].toFixed(4)}`).join(', ');
  const rows = [
    [
      'size',
      'JS loaded by a page with one `<news-list>` and one `<news-card>` (gzip -9)',
      `${fmt(size.gzip)} B (${kb(size.gzip)}), ${size.files} file(s), ${fmt(size.raw)} B raw`,
      `≤ 12 KB (${fmt(TARGETS.sizeBytes)} B)`,
      size.gzip <= TARGETS.sizeBytes,
    ],
    [
      'size autoload',
      'JS loaded by the same page through the autoloader (`autoload.js`: the list’s and the card’s code, and what they share; gzip -9, summed over its files)',
      `${fmt(sizeAutoload.gzip)} B (${kb(sizeAutoload.gzip)}), ${sizeAutoload.files} file(s): ${sizeAutoload.names.join(', ')}`,
      `≤ 12 KB (${fmt(TARGETS.sizeBytes)} B)`,
      sizeAutoload.gzip <= TARGETS.sizeBytes,
    ],
    [
      'listing features',
      `What the listing features (pages, several sources, refresh, lazy; filters, search, sort, the featured, ticker and carousel layouts: each loads on first use), and since them the string API (\`setStrings\`, about 150 B), add to that page: its script against ${fmt(SIZE_BEFORE_LISTING_FEATURES)} B before them (gzip -9; 0.5 KB for each of the two sets)`,
      `${size.gzip - SIZE_BEFORE_LISTING_FEATURES >= 0 ? '+' : ''}${fmt(size.gzip - SIZE_BEFORE_LISTING_FEATURES)} B`,
      `≤ +${fmt(TARGETS.growthBytes)} B`,
      size.gzip - SIZE_BEFORE_LISTING_FEATURES <= TARGETS.growthBytes,
    ],
    [
      'paging',
      `Show page ${PAGING.pages[1]} of a ${fmt(PAGING.items)}-item feed (${PAGING.size} per page, \`pagination="pages"\`, opened by its \`page-param\`) vs page 1, the feed cached: from adding the element to its first title on screen, median of ${PAGING.runs} interleaved`,
      `${paging.other.toFixed(1)} ms vs ${paging.one.toFixed(1)} ms = ${paging.ratio.toFixed(2)}×`,
      `≤ ${TARGETS.pagingRatio}×`,
      paging.ratio <= TARGETS.pagingRatio,
    ],
    [
      'filter',
      `Search a ${fmt(PAGING.items)}-item feed by a keyword (\`search\`, accent-insensitive; "${FILTER.words.join('" and "')}"), the first 10 matches shown: from setting the attribute to the list's render and layout, median of ${FILTER.runs * FILTER.words.length}, vs plain DOM folding and matching the same items and drawing 10 with template clones`,
      `${filter.list.toFixed(1)} ms vs ${filter.baseline.toFixed(1)} ms = ${filter.ratio.toFixed(2)}×`,
      'informational',
      true,
    ],
    [
      'refresh bytes',
      'Bytes the server sends (status line, headers, body) for `refresh()` of an unchanged 12-item feed with an ETag, vs its first load (gzip)',
      refresh.refresh === undefined ? `no request (${refresh.rendered})` : `${fmt(refresh.refresh)} B (a ${refresh.status}) vs ${fmt(refresh.first)} B (${refresh.rendered})`,
      'informational',
      true,
    ],
    [
      'no sanitizer on listings',
      'The same listing page loads no sanitizer (DOMPurify comes in sanitize-*.js, fetched only when an article body is shown) and, on JSON Feed, no other format (formats-*.js)',
      `listing page: ${size.names.join(', ')}; article page: ${sizeAll.names.join(', ')}`,
      'no sanitize-*, no formats-*',
      !size.names.some((name) => /^(sanitize|formats)-/.test(name)) && sizeAll.names.some((name) => name.startsWith('sanitize-')),
    ],
    [
      'size of all four',
      'JS loaded by an article page with all four elements, the sanitizer included (gzip -9)',
      `${fmt(sizeAll.gzip)} B (${kb(sizeAll.gzip)}), ${sizeAll.files} file(s): ${sizeAll.names.join(', ')}`,
      `≤ 24 KB (${fmt(TARGETS.sizeAllBytes)} B)`,
      sizeAll.gzip <= TARGETS.sizeAllBytes,
    ],
    [
      'render time',
      `Render ${RENDER.items} cached items, median of ${RENDER.runs}: \`<news-list>\` vs plain-DOM \`<template>\` clones`,
      `${render.list.toFixed(1)} ms vs ${render.baseline.toFixed(1)} ms = ${render.ratio.toFixed(2)}×`,
      `≤ ${TARGETS.renderRatio}×`,
      render.ratio <= TARGETS.renderRatio,
    ],
    [
      'CLS',
      `CLS while the feed arrives ${FEED_DELAY_MS} ms late, content below, 1280×900, worst of ${CLS_RUNS} loads per layout (classic script in \`<head>\`: elements defined before the first paint)`,
      `${clsWorst.toFixed(4)} (${worstOf(cls, 'worst')})`,
      `≤ ${TARGETS.cls}`,
      clsWorst <= TARGETS.cls,
    ],
    [
      'CLS (module)',
      `The same page with the ES module script and the head stylesheet news-widgets.css, which reserves each element's room before the script runs`,
      `${worstOf(clsModule, 'worst')}; after the feed arrived: ${worstOf(clsModule, 'worstAfterFeed')}`,
      `≤ ${TARGETS.cls}`,
      Math.max(...Object.values(clsModule).map((v) => v.worst)) <= TARGETS.cls,
    ],
    ...Object.entries(article).map(([config, value]) => [
      `CLS article ${config}`,
      `CLS of an article page (breadcrumb, article, a list below; news-widgets.css in \`<head>\`) while its feed arrives ${FEED_DELAY_MS} ms late, ${config}, worst of ${CLS_RUNS} loads`,
      value.toFixed(4),
      `≤ ${TARGETS.cls}`,
      value <= TARGETS.cls,
    ]),
    ...Object.entries(first)
      .filter(([variant]) => variant !== 'static')
      .flatMap(([variant, { ms, ratio, shift }]) => [
        [
          `first paint ${variant}`,
          `First title on screen on a phone (390×844, CPU 4× slower, 150 ms round trip, 1.6 Mbit/s, gzip), median of ${FIRST_RUNS} interleaved loads: ${FIRST_LABELS[variant]} vs the same list as static HTML (${Math.round(first.static.ms)} ms)`,
          `${Math.round(ms)} ms = ${ratio.toFixed(2)}×`,
          FIRST_TARGETS[variant] ? `≤ ${FIRST_TARGETS[variant]}×` : 'informational',
          !FIRST_TARGETS[variant] || ratio <= FIRST_TARGETS[variant],
        ],
        [
          `first paint ${variant} CLS`,
          `Layout shift of that page (${FIRST_LABELS[variant]}), worst of ${FIRST_RUNS}`,
          shift.toFixed(4),
          `≤ ${TARGETS.cls}`,
          shift <= TARGETS.cls,
        ],
      ]),
    [
      'requests',
      'Feed requests from 4 elements sharing one `src` (+1 added after load)',
      String(requests),
      `exactly ${TARGETS.requests}`,
      requests === TARGETS.requests,
    ],
    ...hostile.map(({ name, longest, shown }) => [
      `hostile: ${name}`,
      `Longest main-thread task while ${name} loads and shows (Long Tasks API; what it shows)`,
      `${longest ? `${longest.toFixed(0)} ms` : 'none over 50 ms'} (${shown})`,
      `≤ ${TARGETS.longestTask} ms`,
      longest <= TARGETS.longestTask,
    ]),
    ...parse.map(({ format, bytes, items, library, browser }) => [
      `parse ${format}`,
      `Parse ${(bytes / 1024).toFixed(0)} KB of ${format} (${fmt(items)} items read), median of ${PARSE_RUNS}: \`parseFeed\` vs the browser's ${format === 'RSS' || format === 'Atom' ? 'DOMParser' : 'JSON.parse'}`,
      `${library.toFixed(1)} ms vs ${browser.toFixed(1)} ms = ${(library / browser).toFixed(1)}×`,
      'informational',
      true,
    ]),
  ];
  const lines = ['| measure | result | target | ok |', '| --- | --- | --- | --- |'];
  const informational = (name) => name.startsWith('parse ') || name === 'first paint classic' || name.startsWith('first paint floor') || name === 'refresh bytes' || name === 'filter';
  for (const [name, measure, result, target, ok] of rows) lines.push(`| ${measure} | ${result} | ${target} | ${informational(name) ? 'ℹ' : ok ? '✓' : '✗'} |`);
  const missed = rows.filter((row) => !row[4]).map((row) => row[0]);
  return { table: lines.join('\n'), missed };
}

function writeReadme(table, name = 'bench') {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = existsSync(README) ? readFileSync(README, 'utf8') : '';
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) {
    log(`note: ${existsSync(README) ? 'README.md has no' : 'there is no README.md with'} ${start} … ${end} markers; README.md left as it is.`);
    return;
  }
  writeFileSync(README, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
  log(`README.md: table written between the ${name} markers.`);
}

async function main() {
  if (!existsSync(join(ROOT, BUNDLE))) throw new Error(`${BUNDLE.slice(1)} is missing: run \`npx vite build\` first`);
  const files = filesTableOf(measureFiles());
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7).split(',');
  if (only?.includes('files')) console.log(files);
  // The files' sizes need no browser; with --readme, only their table is written.
  if (only?.every((name) => name === 'files')) return process.argv.includes('--readme') && writeReadme(files, 'files');
  const server = await startServer();
  // The prerendered list (dist/prerender, built by `npm run build`): the same feed as the other first-paint pages.
  const prerender = join(DIST, 'prerender/index.js');
  if (existsSync(prerender)) {
    const { prerender: render } = await import(pathToFileURL(prerender).href);
    PRERENDERED.list = await render({ element: 'news-list', feed: FIRST_FEED, src: '/feed/first.json', base: `${server.origin}/`, attributes: { lang: 'vi' } });
  }
  // --serve: the bench's pages and feeds, for a look in a browser of one's own (stop with Ctrl-C).
  if (process.argv.includes('--serve')) return log(`serving ${server.origin}/page/first.html?variant=module (and the other pages)`);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  if (only) {
    try {
      if (only.includes('size')) {
        const size = await measureSize(browser, server);
        const sizeAutoload = await measureSize(browser, server, 'sizeAutoload');
        const sizeAll = await measureSize(browser, server, 'sizeAll', 4);
        console.log(JSON.stringify({ size, sizeAutoload, sizeAll }, null, 1));
      }
      if (only.includes('hostile')) console.log(JSON.stringify(await measureHostile(browser, server), null, 1));
      if (only.includes('article')) console.log(JSON.stringify(await measureArticlePage(browser, server), null, 1));
      if (only.includes('first')) console.log(JSON.stringify(await measureFirstPaint(browser, server), null, 1));
      if (only.includes('cls')) for (const layout of ['list', 'grid']) console.log(layout, JSON.stringify(await measureCls(browser, server, layout, 'moduleCss')));
      if (only.includes('parse')) console.log(JSON.stringify(await measureParse(browser, server), null, 1));
      if (only.includes('paging')) console.log(JSON.stringify(await measurePaging(browser, server), null, 1));
      if (only.includes('refresh')) console.log(JSON.stringify(await measureRefresh(browser, server), null, 1));
      if (only.includes('filter')) console.log(JSON.stringify(await measureFilter(browser, server), null, 1));
    } finally {
      await browser.close();
      await server.close();
    }
    return;
  }
  try {
    log('a. size');
    const size = await measureSize(browser, server);
    log('a. size of the listing page through the autoloader');
    const sizeAutoload = await measureSize(browser, server, 'sizeAutoload');
    log('a. size of the article page (all four elements)');
    const sizeAll = await measureSize(browser, server, 'sizeAll', 4);
    log('b. render');
    const render = await measureRender(browser, server);
    log('c. layout shift');
    const cls = {};
    const clsModule = {};
    for (const layout of ['list', 'grid']) cls[layout] = await measureCls(browser, server, layout, 'classic');
    for (const layout of ['list', 'grid']) clsModule[layout] = await measureCls(browser, server, layout, 'moduleCss');
    log('c. layout shift of the article page');
    const article = await measureArticlePage(browser, server);
    log('c. first paint on a phone');
    const first = await measureFirstPaint(browser, server);
    log('d. requests');
    const requests = await measureRequests(browser, server);
    log('e. hostile feeds');
    const hostile = await measureHostile(browser, server);
    log('f. parsing 1 MB of each format');
    const parse = await measureParse(browser, server);
    log('g. paging a 5,000-item feed');
    const paging = await measurePaging(browser, server);
    log('h. refreshing an unchanged feed');
    const refresh = await measureRefresh(browser, server);
    log('i. filtering a 5,000-item feed by a keyword');
    const filter = await measureFilter(browser, server);

    const { table, missed } = tableOf({ size, sizeAutoload, sizeAll, render, cls, clsModule, article, first, requests, hostile, parse, paging, refresh, filter });
    console.log(table);
    console.log();
    console.log(missed.length ? `Missed targets: ${missed.join(', ')} (see the table).` : 'All targets met.');
    console.log();
    console.log('The files to upload, as built:');
    console.log();
    console.log(files);
    if (process.argv.includes('--readme')) {
      writeReadme(table);
      writeReadme(files, 'files');
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`bench crashed: ${error?.stack ?? error}`);
  process.exit(1);
});
