/**
 * The test server's prerendered fixtures, made at test time by the built
 * command (dist/prerender/cli.js, from `npm run build:prerender`), so that the
 * tests always check the current code: GET /test/prerendered/<name> runs
 * `news-widgets prerender` with the arguments below (and `--base`, the test
 * server's own URL) and answers its HTML; where the command refuses, 422 and
 * what it printed. Only these names: nothing of the request reaches the command.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FEED = ['--feed', 'test/fixtures/feed.json', '--src', '/test/fixtures/feed.json'];
const ARTICLES = ['--feed', 'test/fixtures/articles.json', '--src', '/test/fixtures/articles.json'];

/** Each fixture's arguments. The feeds are read as files; `src` is written as the page would have it. */
export const PRERENDERED = {
  'list-grid': ['--element', 'news-list', ...FEED, '--layout', 'grid', '--limit', '3', '--lang', 'vi'],
  'list-list': ['--element', 'news-list', ...ARTICLES, '--layout', 'list', '--limit', '3', '--offset', '1', '--lang', 'vi'],
  'list-compact': ['--element', 'news-list', '--feed', 'test/fixtures/many.json', '--src', '/test/fixtures/many.json', '--layout', 'compact', '--limit', '6', '--lang', 'en', '--date-format', 'short'],
  card: ['--element', 'news-card', ...ARTICLES, '--article-id', 'khai-giang', '--variant', 'horizontal', '--lang', 'vi'],
  breadcrumb: ['--element', 'news-breadcrumb', ...ARTICLES, '--article-id', 'toa-dam', '--lang', 'vi'],
  // Other JSON formats, written inline as JSON Feed.
  'list-wordpress': ['--element', 'news-list', '--feed', 'test/fixtures/formats/wordpress-posts.json', '--src', '/test/fixtures/formats/wordpress-posts.json', '--limit', '3', '--lang', 'vi'],
  'card-liferay': [
    '--element', 'news-card', '--feed', 'test/fixtures/formats/liferay-structured-contents.json', '--src', '/test/fixtures/formats/liferay-structured-contents.json',
    '--url-base', 'https://portal.example/web/guest/w/', '--lang', 'vi',
  ],
  // Refused, with a message that says why.
  rss: ['--element', 'news-list', '--src', 'test/fixtures/formats/rss.xml'],
  article: ['--element', 'news-article', ...ARTICLES],
  'no-feed': ['--element', 'news-list'],
  paged: ['--element', 'news-list', ...FEED, '--pagination', 'pages', '--lang', 'vi'],
  filtered: ['--element', 'news-list', ...FEED, '--category', 'Đào tạo', '--lang', 'vi'],
  featured: ['--element', 'news-list', ...FEED, '--layout', 'featured', '--lang', 'vi'],
};

/** The middleware, running the command of `dist` (a file: URL of a dist/ folder). */
export function prerenderedFixtures(dist) {
  const cli = fileURLToPath(new URL('prerender/cli.js', dist));
  const root = fileURLToPath(new URL('../../', import.meta.url));
  return async (context, next) => {
    const match = /^\/test\/prerendered\/([\w-]+)$/.exec(context.path);
    if (!match) return next();
    const args = PRERENDERED[match[1]];
    if (!args) return next();
    if (!existsSync(cli)) {
      context.status = 500;
      context.body = `${cli} is missing: run npm run build:prerender (npm test's pretest does)`;
      return;
    }
    // The page the markup goes in: the test server's.
    const base = `${context.origin}/`;
    const { code, stdout, stderr } = await new Promise((resolve) =>
      execFile(process.execPath, [cli, 'prerender', ...args, '--base', base], { cwd: root, timeout: 20_000 }, (error, out, err) =>
        resolve({ code: error ? (error.code ?? 1) : 0, stdout: out, stderr: err }),
      ),
    );
    context.set('Cache-Control', 'no-store');
    context.set('X-Exit-Code', String(code));
    context.set('X-Warnings', encodeURIComponent(code ? '' : stderr));
    context.status = code ? 422 : 200;
    context.type = code ? 'text/plain' : 'text/html';
    context.body = code ? stderr : stdout;
  };
}
