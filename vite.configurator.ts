import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = import.meta.dirname;

/** The configurator's files in demo/, copied as they are into dist/ (the page's library URLs rewritten). */
const PAGE = 'configurator.html';
const FILES = ['configurator.js', 'configurator.css'];

/**
 * What changes in the page's copy in dist/: the library's URLs (the sources on the dev server, the built files beside it there), the demo feeds.
 * test/configurator/ reads this array from this file, to lay that copy out as the build writes it: keep it a literal of string pairs.
 */
const REWRITES: [from: string, to: string][] = [
  ['"/src/news-widgets.css"', '"./news-widgets.css"'],
  ['"/src/news-widgets.ts"', '"./news-widgets.js"'],
  // No demo feeds in dist/: the page offers none there (and asks for none).
  [' data-offer-demo-feeds>', '>'],
];

/** The analyzer's own modules, untyped: imported by a computed name, so the config's type-check does not look for their types. */
type Analyzer = {
  create(options: { modules: unknown[]; plugins: unknown[]; context: Record<string, unknown> }): unknown;
  ts: typeof import('typescript');
};
type CliHelpers = {
  DEFAULTS: Record<string, unknown> & { globs: string[] };
  getCliConfig(argv: string[]): Record<string, unknown>;
  getUserConfig(configPath: string | undefined, cwd: string): Promise<Record<string, unknown> | undefined>;
  mergeGlobsAndExcludes(defaults: unknown, userConfig: unknown, cliConfig: unknown): string[];
  addFrameworkPlugins(options: Record<string, unknown>): Promise<unknown[]>;
};
const ANALYZER = '@custom-elements-manifest/analyzer';
const CLI_HELPERS = '@custom-elements-manifest/analyzer/src/utils/cli-helpers.js';

/**
 * custom-elements.json as `npm run manifest` writes it (that script's own arguments, read from
 * package.json), in memory: the analyzer's `cem analyze` without its writes (neither the file nor
 * package.json's `customElements`).
 */
export async function analyzeManifest(): Promise<string> {
  const pkg = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = [...pkg.scripts.manifest.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]);
  if (words[0] !== 'cem' || words[1] !== 'analyze') throw new Error(`the manifest script is not "cem analyze …": ${pkg.scripts.manifest}`);
  const [{ create, ts }, helpers, { default: globby }] = await Promise.all([
    import(ANALYZER as string) as Promise<Analyzer>,
    import(CLI_HELPERS as string) as Promise<CliHelpers>,
    import('globby' as string) as Promise<{ default(patterns: string[], options: { cwd: string }): Promise<string[]> }>,
  ]);
  const { config: configPath, ...cliConfig } = helpers.getCliConfig(words.slice(2));
  const userConfig = (await helpers.getUserConfig(configPath as string | undefined, ROOT)) ?? {};
  const defaults = { ...helpers.DEFAULTS, globs: [...helpers.DEFAULTS.globs] };
  const options = { ...defaults, ...userConfig, ...cliConfig };
  const globs = await globby(helpers.mergeGlobsAndExcludes(defaults, userConfig, cliConfig), { cwd: ROOT });
  const modules = await Promise.all(
    globs.map(async (glob) => ts.createSourceFile(glob, await readFile(resolve(ROOT, glob), 'utf8'), ts.ScriptTarget.ES2015, true)),
  );
  const plugins = [...(await helpers.addFrameworkPlugins(options)), ...((userConfig.plugins as unknown[]) ?? [])];
  const manifest = create({ modules, plugins, context: { dev: false, thirdPartyCEMs: [] } });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * The configurator (demo/configurator.html, issue 12): served by `npm start`, and a static page of dist/.
 *
 * - Dev server: /custom-elements.json, the manifest the page reads, written from the sources at each
 *   request (so it follows the JSDoc as it is edited).
 * - Main build (not the listing build, `--mode listing`): dist/configurator.html, .js and .css, the page
 *   loading ./news-widgets.js and ./news-widgets.css beside it; and dist/custom-elements.json, which the
 *   page reads, so that a build that does not run `npm run manifest` (`npm test`'s pretest) has it too
 *   (the same file that script writes). The demo feeds are not copied (dist/ is what the npm package
 *   publishes and what a portal uploads): there, the page offers only a typed feed URL.
 */
export function configurator(): Plugin {
  const listing = process.argv.includes('listing');
  let manifest: Promise<string> | undefined;
  return {
    name: 'news-widgets:configurator',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/custom-elements.json') return next();
        analyzeManifest().then((text) => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(text);
        }, next);
      });
    },
    buildStart() {
      manifest = undefined;
    },
    // Once per output (the build has three): the same files each time, written over one another.
    async generateBundle() {
      if (listing) return;
      let page = await readFile(resolve(ROOT, 'demo', PAGE), 'utf8');
      for (const [from, to] of REWRITES) {
        if (!page.includes(from)) this.error(`demo/${PAGE} no longer has ${from}: update REWRITES in vite.configurator.ts`);
        page = page.replaceAll(from, to);
      }
      this.emitFile({ type: 'asset', fileName: PAGE, source: page });
      for (const file of FILES) this.emitFile({ type: 'asset', fileName: file, source: await readFile(resolve(ROOT, 'demo', file), 'utf8') });
      manifest ??= analyzeManifest();
      this.emitFile({ type: 'asset', fileName: 'custom-elements.json', source: await manifest });
    },
  };
}
