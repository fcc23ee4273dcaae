#!/usr/bin/env node
/**
 * Builds a framework example (demo/react, demo/vue) with Vite and its own vite.config.ts, as its app
 * would be built, into a folder of the caller's:
 *
 *   node test/frameworks/build.mjs <react|vue> <outDir>
 *
 * test/frameworks/serve.mjs runs it (a process of its own: a build sets NODE_ENV and Vite's state,
 * which the test server must not share) and serves what it writes.
 */
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const [name, outDir] = process.argv.slice(2);
if (!['react', 'vue'].includes(name) || !outDir) {
  console.error('usage: node test/frameworks/build.mjs <react|vue> <outDir>');
  process.exit(2);
}
const root = fileURLToPath(new URL(`../../demo/${name}/`, import.meta.url));
await build({
  root,
  configFile: `${root}vite.config.ts`,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, reportCompressedSize: false },
});
