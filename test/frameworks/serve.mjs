/**
 * The framework examples for the test server: /test/frameworks/built/<react|vue>/… serves demo/<name>
 * as its app's build makes it (Vite and the example's own vite.config.ts, by build.mjs in a process of
 * its own), built into a temporary folder at the first request of a run (a second or so) and served
 * from there. A build that fails answers 500 with Vite's message, which the test prints.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD = fileURLToPath(new URL('./build.mjs', import.meta.url));
const PATH = /^\/test\/frameworks\/built\/(react|vue)\/([\w.-]+(?:\/[\w.-]+)*)?$/;

export function frameworkApps() {
  let folder;
  const builds = new Map();
  const built = (name) => {
    if (!folder) {
      folder = mkdtempSync(join(tmpdir(), 'news-widgets-frameworks-'));
      process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    }
    if (!builds.has(name)) {
      const outDir = join(folder, name);
      builds.set(
        name,
        new Promise((resolve, reject) =>
          execFile(process.execPath, [BUILD, name, outDir], { timeout: 120_000 }, (error, stdout, stderr) =>
            error ? reject(new Error(`${name} example: the build failed\n${stderr || stdout || error.message}`)) : resolve(outDir),
          ),
        ),
      );
    }
    return builds.get(name);
  };

  return async (context, next) => {
    const match = PATH.exec(context.path);
    if (!match) return next();
    const [, name, file = 'index.html'] = match;
    let outDir;
    try {
      outDir = await built(name);
    } catch (error) {
      context.status = 500;
      context.body = error.message;
      return;
    }
    if (file.split('/').includes('..')) {
      context.status = 400;
      return;
    }
    const body = await readFile(join(outDir, file)).catch(() => undefined);
    if (!body) {
      context.status = 404;
      return;
    }
    context.type = extname(file);
    context.body = body;
    context.set('Cache-Control', 'no-store');
  };
}
