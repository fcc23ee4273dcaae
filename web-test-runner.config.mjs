import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './.ci/chromium.mjs';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  middleware: [
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
