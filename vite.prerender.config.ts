import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from './vite.config.ts';

/**
 * dist/prerender/: the prerender (src/prerender/) for Node, its API
 * (index.js, `news-widgets/prerender`) and its command (cli.js, the
 * `news-widgets` bin). Everything it uses is bundled in (Lit's server build,
 * @lit-labs/ssr, parse5), so it runs from dist/ alone.
 *
 * The browser takes over the markup only where the templates are the same as
 * in its own bundle (Lit's hydration checks a digest of each template's
 * strings): so the same literal minifier as vite.config.ts, on the same sources.
 */
/** cli.js runs as a command (`npx news-widgets` in a clone; npm sets the mode itself when it installs the package). */
function executableCli(): Plugin {
  return {
    name: 'news-widgets:executable-cli',
    async writeBundle({ dir }) {
      await chmod(resolve(dir!, 'cli.js'), 0o755);
    },
  };
}

export default defineConfig({
  plugins: [minifyLiterals(), executableCli()],
  // Lit's `node` builds: isServer, and the DOM shim's customElements.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: resolve(import.meta.dirname, 'dist/prerender'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'src/prerender/index.ts'),
        cli: resolve(import.meta.dirname, 'src/prerender/cli.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      // The JSON-LD writer's dynamic import is for the browser's folder build; in Node one chunk or another is all the same.
      onLog(level, log, handler) {
        if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
      },
    },
  },
});
