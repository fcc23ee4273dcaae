import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatWithOptions } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from './.ci/chromium.mjs';
import { prerenderedFixtures } from './test/prerender/serve.mjs';
import { frameworkApps } from './test/frameworks/serve.mjs';

// Dates in tests are checked against one pinned zone, whatever the machine's.
process.env.TZ = 'Asia/Ho_Chi_Minh';

/**
 * The policy a strict portal page may send; the pages under test/csp/ are
 * served with it. With the sources (as a bundler builds them) the Lit policy
 * is the app's own `lit-html`.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types news-widgets news-widgets-dompurify lit-html";

/**
 * A strict page with its own app (its Lit's `lit-html`, its DOMPurify's
 * `dompurify`) and the script-tag bundle (the policies the README names for
 * it), without 'allow-duplicates': test/csp/host-app.html.
 */
export const HOST_APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify news-widgets news-widgets-dompurify news-widgets-lit";

/*
 * What a run prints of the browsers' consoles. The rule:
 *
 * 1. The library's own warning of a failure it has handled, when the failure
 *    is a NewsError (`console.warn(element, error)` after a failed load, a
 *    missing part): dropped. An element that warns so also shows its error
 *    state and fires `news-error`, and the tests that provoke the failure (a
 *    404, an HTML page, no src, ...) assert exactly that; the warning would
 *    only repeat it, with a stack trace, in the middle of the run.
 * 2. The library's own warning of anything else it caught (a render that
 *    threw, an item no adapter could read: an error no one foresaw): kept, so
 *    that one a test did not mean to provoke cannot hide, but without its
 *    stack trace.
 * 3. Everything else, whatever its type: printed. Above all errors (an
 *    uncaught exception or rejection, Lit's own errors) keep their stacks.
 *
 * 1 and 2 hold only for a test file whose tests all passed: where one failed,
 * every warning is printed whole, as it may tell why.
 *
 * Every log that is printed is cut to a readable size: lines of at most
 * LOG_LINE_LIMIT characters (an element is printed with its whole markup, a
 * payload whole), at most LOG_LINES_LIMIT lines. `NEWS_WIDGETS_FULL_LOGS=1`
 * prints every log as the browser gave it.
 *
 * Lit's "dev mode" notice does not appear at all: the tests load Lit's
 * production build (`exportConditions` below), the one a build of the library
 * ships.
 */
const LOG_LINE_LIMIT = 300;
const LOG_LINES_LIMIT = 40;

/** The first argument of the library's own warnings: one of its elements (as the runner prints it), or its name. */
const isLibraryWarning = ({ type, args }) =>
  type === 'warn' && typeof args[0] === 'string' && /^(?:\w+: <news-[a-z-]+[\s>/]|news-widgets: )/.test(args[0]);

/** An error, as the runner turns one into text: "Name: message", then its stack. */
const isError = (arg) => typeof arg === 'string' && /^\w*(?:Error|Exception): /.test(arg);
const STACK_LINE = /\n\s+at [^\n]*/g;

function cut(text) {
  const lines = text.split('\n');
  const kept = lines
    .slice(0, LOG_LINES_LIMIT)
    .map((line) => (line.length > LOG_LINE_LIMIT ? `${line.slice(0, LOG_LINE_LIMIT)}… (${line.length - LOG_LINE_LIMIT} more characters)` : line));
  if (lines.length > LOG_LINES_LIMIT) kept.push(`… (${lines.length - LOG_LINES_LIMIT} more lines)`);
  return kept.join('\n');
}

/** The runner's `filterBrowserLogs`: false drops a log; a log kept is rewritten in place (its `args` array is what is printed). */
function browserLogs(log, session) {
  const { args } = log;
  if (session?.passed === true && isLibraryWarning(log)) {
    const error = args.find(isError);
    if (error?.startsWith('NewsError: ')) return false;
    if (error) args.splice(args.indexOf(error), 1, `${error.replace(STACK_LINE, '')} (stack left out in the run; NEWS_WIDGETS_FULL_LOGS=1 prints it)`);
    // The element by its start tag: its content (light DOM, structured data) would push the error off the line.
    args[0] = args[0].replace(/^(\w+: <([a-z-]+)(?=[\s>])[^>]*>)(?!<\/\2>$)[\s\S]+$/, '$1…');
  }
  // As the terminal would show the arguments, in one text that can be cut.
  args.splice(0, args.length, cut(formatWithOptions({ colors: false }, ...args)));
  return true;
}

/** Requests to /test/counted/… by URL, for the tests that a feed is asked for once. */
const requestCounts = new Map();

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: the one a build of the library ships, without the dev-mode notice in every test file.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  filterBrowserLogs: process.env.NEWS_WIDGETS_FULL_LOGS ? undefined : browserLogs,
  middleware: [
    // /test/prerendered/<name>: markup made by the built prerender command at test time (test/prerender/).
    prerenderedFixtures(new URL('./dist/', import.meta.url)),
    // /test/frameworks/built/<react|vue>/: the framework examples (demo/react, demo/vue), built by Vite at their first request (test/frameworks/).
    frameworkApps(),
    // Requests counted by the server (test/portal/early.test.ts): /test/counted/<fixture>?… serves
    // test/fixtures/<fixture> and counts each request by its whole URL; /test/count?url=<that URL> says how many.
    async (context, next) => {
      if (context.path === '/test/count') {
        context.body = String(requestCounts.get(context.query.url) ?? 0);
        context.set('Cache-Control', 'no-store');
        return;
      }
      if (!context.path.startsWith('/test/counted/') || context.path.includes('..')) return next();
      requestCounts.set(context.url, (requestCounts.get(context.url) ?? 0) + 1);
      const delay = Math.min(Number(context.query.delay) || 0, 10_000);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      context.body = await readFile(fileURLToPath(new URL(`./test/fixtures/${context.path.slice('/test/counted/'.length)}`, import.meta.url)));
      context.type = 'application/feed+json';
      context.set('Cache-Control', 'no-store');
      // Readable from the test page's other origin (localhost and 127.0.0.1 are two origins to the browser).
      context.set('Access-Control-Allow-Origin', '*');
    },
    // `?delay=ms` on a test fixture holds its response back: a feed that arrives late (test/portal/).
    async (context, next) => {
      const delay = Number(context.query.delay);
      if (!context.path.startsWith('/test/fixtures/') || !(delay > 0)) return next();
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10_000)));
      await next();
      // Late every time: a second page must not get it from the browser's cache.
      context.set('Cache-Control', 'no-store');
    },
    // A server that does not answer: the connection is closed with no response (test/data/cross-origin.test.ts).
    async (context, next) => {
      if (context.path !== '/test/no-answer') return next();
      // Never sent; set so that the runner does not report a 404.
      context.status = 204;
      context.respond = false;
      context.req.socket.destroy();
    },
    // The built files as a portal owner uploads them (test/build/): /test/upload/one/ holds the one-file build
    // alone, /test/upload/folder/ the folder without its sanitizer and formats chunks; /test/upload/partial/
    // the autoloader without its `<news-list>` file. Anything else there is a 404, as for a file that was not uploaded (the
    // runner lists those 404s: they are expected).
    async (context, next) => {
      if (!context.path.startsWith('/test/upload/')) return next();
      const [, where, name = ''] = /^\/test\/upload\/(one|folder|partial)\/((?:autoload\/)?[\w.-]+\.js)$/.exec(context.path) ?? [];
      const uploaded =
        where === 'one' ? name === 'news-widgets.all.js' : where === 'folder' ? !/^(sanitize|formats)-/.test(name) : where === 'partial' && /^autoload(\.js|\/(?!news-list-))/.test(name);
      const body = uploaded && (await readFile(fileURLToPath(new URL(`./dist/${name}`, import.meta.url))).catch(() => undefined));
      if (body) {
        context.body = body;
        context.type = 'text/javascript';
      } else {
        context.status = 404;
      }
    },
    // The real-world feeds as their bytes: the dev server would read a file in a legacy encoding as UTF-8 text.
    async (context, next) => {
      if (!context.path.startsWith('/test/fixtures/real/') || context.path.includes('..')) return next();
      context.body = await readFile(fileURLToPath(new URL(`.${context.path}`, import.meta.url)));
      context.type = 'application/octet-stream';
    },
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
        context.set('Content-Security-Policy', context.path.includes('host-app') ? HOST_APP_CSP : STRICT_CSP);
      }
    },
    // The security tests' hostile URLs, without noise in the run's output:
    // - a path that is markup (an encoded <, > or ") is a payload a test renders as an image URL on
    //   purpose: no file could answer it. It gets a 400, as the malformed request it is, and so is
    //   not listed among the 404s, a list kept for a file a test expects and does not find;
    // - a path the static server refuses (a "..", a broken %-escape) gets its 400 without the server's
    //   stack trace. An error of the server's own (5xx) is thrown on, and printed.
    async (context, next) => {
      if (/%3C|%3E|%22|[<>"]/i.test(context.path)) {
        context.status = 400;
        context.body = 'A URL made of markup';
        return;
      }
      try {
        await next();
      } catch (error) {
        if (!(error?.status >= 400 && error.status < 500 && error.expose)) throw error;
        context.status = error.status;
        context.body = error.message;
      }
    },
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: CHROMIUM_ARGS,
        env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
      },
    }),
  ],
};
