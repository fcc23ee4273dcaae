import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';
import { configurator } from './vite.configurator.js';

/** CSS without comments and the spaces around punctuation (the components' css`` and the head stylesheet). */
const minifyCss = (text: string) =>
  text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?|(\() | (\))/g, '$1$2$3')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([ :(,])0\./g, '$1.');

/**
 * Lit's css`` and html`` literals are strings to a minifier, so their
 * indentation would ship as is. At build time this collapses it in our own
 * sources, found with TypeScript's parser (not regular expressions, since
 * templates nest): CSS loses comments and the spaces around punctuation;
 * templates lose line breaks and indentation, which render as one space.
 */
export function minifyLiterals(): Plugin {
  const minifyHtml = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/> </g, '><');
  return {
    name: 'news-widgets:minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: [number, number, string][] = [];
      const visit = (node: ts.Node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html'].includes(node.tag.text)) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
          const template = node.template;
          const literals = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const literal of literals) {
            const start = literal.getStart(source) + 1;
            const end = literal.end - (ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1);
            edits.push([start, end, minify(code.slice(start, end))]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * The bundled Lit's Trusted Types policy is named `news-widgets-lit`, not
 * `lit-html`: a host app's own Lit creates `lit-html` too, and on a page that
 * does not allow duplicate names the second one to ask throws (our elements
 * would never be defined, or the host app would break). Only in the built
 * files, which carry their own Lit; an app that bundles the library with its
 * own Lit has the one `lit-html`. The build fails if Lit's code changed shape.
 */
function renameLitPolicy(): Plugin {
  return {
    name: 'news-widgets:lit-policy',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](?:development[\\/])?lit-html\.js$/.test(id)) return null;
      const renamed = code.replace(/createPolicy\((["'])lit-html\1/g, 'createPolicy("news-widgets-lit"');
      if (renamed === code) this.error(`lit-html's Trusted Types policy was not found in ${id}: update renameLitPolicy()`);
      return { code: renamed, map: null };
    },
  };
}

/**
 * The folder's entry (news-widgets.js) imports no other file before the first
 * render, and the one-file builds import nothing at all: the build fails if a
 * change of code or of Rolldown would make an entry import a chunk statically.
 */
function entryImportsNothing(): Plugin {
  return {
    name: 'news-widgets:entry-alone',
    apply: 'build',
    // Every module the entry imports statically, for the entry's chunk group (build.rolldownOptions).
    buildEnd() {
      /** The modules `start` imports statically, itself included, up to (not into) those of `known`. */
      const closure = (start: string, known = new Set<string>()) => {
        const found = new Set<string>();
        const visit = (id: string) => {
          if (found.has(id) || known.has(id)) return;
          found.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        visit(start);
        return found;
      };
      ENTRY_MODULES.clear();
      const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry);
      if (entry) for (const id of closure(entry)) ENTRY_MODULES.add(id);
      // The autoloader's elements (its dynamic imports): which of them import each module statically. What
      // they share goes into a few files by who shares it (AUTOLOAD_GROUPS), rather than a dozen small chunks
      // that a page fetches one by one, and a page fetches no code of an element it does not have.
      AUTOLOAD_USERS.clear();
      if (!AUTOLOAD || !entry) return;
      // (Its other dynamic import, the string API's module, is not an element.)
      const elements = (this.getModuleInfo(entry)?.dynamicallyImportedIds ?? []).filter((id) => /[\\/]autoload[\\/]news-[\w-]+\.ts$/.test(id));
      for (const element of elements) {
        const name = element.replace(/^.*[\\/]|\.ts$/g, '');
        for (const id of closure(element, ENTRY_MODULES)) if (id !== element) AUTOLOAD_USERS.set(id, [...(AUTOLOAD_USERS.get(id) ?? []), name]);
      }
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.imports.length) {
          this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')} statically: modules it shares with its parts belong in it (see build.rolldownOptions)`);
        }
      }
    },
  };
}

/**
 * The modules the entry imports statically (entryImportsNothing, at the end of the module graph's build):
 * its chunk group holds them, so that the entry's chunk is all of them. Rolldown's own merging of the
 * modules an entry shares with its parts into the entry (`preserveEntrySignatures: 'allow-extension'`)
 * gives up on some graphs (rolldown 1.2: with the parts of the listing features, it moved
 * `data/errors.ts` to a chunk of its own, which the entry would have fetched before its first render).
 */
const ENTRY_MODULES = new Set<string>();
const ENTRY_GROUP = (name: string) => ({ groups: [{ name, test: (id: string) => ENTRY_MODULES.has(id) }] });
/** By module, the autoloader's elements that import it statically (entryImportsNothing). */
const AUTOLOAD_USERS = new Map<string, string[]>();
/**
 * The autoloader's shared files: `cards`, what only the list and the card share (the card template and
 * its styles); `core`, what any other two or more elements share (Lit, loading, parsing, dates). A module
 * of one element stays in that element's file. (Finer files, by each set of elements, cost a listing page
 * more in requests and lost compression than they save an article page.)
 */
const AUTOLOAD_GROUPS = [
  { name: 'cards', priority: 2, test: (id: string) => [...(AUTOLOAD_USERS.get(id) ?? [])].sort().join() === 'news-card,news-list' },
  { name: 'core', priority: 1, test: (id: string) => (AUTOLOAD_USERS.get(id)?.length ?? 0) > 1 },
];

/** The policy of a strict portal page: demo/strict.html is served with it (the sources, with Lit's own `lit-html` policy). */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types news-widgets news-widgets-dompurify lit-html";

/**
 * Demo server only: `?delay=ms` holds a response back, to show the loading
 * state; /strict.html is the demo page itself, served with the strict CSP.
 */
function delayedResponses(): Plugin {
  return {
    name: 'news-widgets:delay',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname === '/strict.html') {
          res.setHeader('Content-Security-Policy', STRICT_CSP);
          req.url = `/index.html${url.search}`;
        }
        const delay = Number(url.searchParams.get('delay'));
        setTimeout(next, Number.isFinite(delay) ? Math.min(Math.max(delay, 0), 15_000) : 0);
      });
    },
  };
}

/**
 * dist/news-widgets.css, the head stylesheet (src/news-widgets.css): the room
 * of each element before the script has run. Minified as the components' CSS is.
 */
function headStylesheet(): Plugin {
  return {
    name: 'news-widgets:head-stylesheet',
    apply: 'build',
    async generateBundle() {
      const source = await readFile(resolve(import.meta.dirname, 'src/news-widgets.css'), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'news-widgets.css', source: minifyCss(source) });
    },
  };
}

/**
 * `vite build` writes the full entry's files; `vite build --mode listing` adds
 * dist/news-widgets.listing.js (src/listing.ts), the list and the card only,
 * with its own parts on demand beside it (their names differ: they import it).
 */
const LISTING = process.argv.includes('listing');
/**
 * `vite build --mode autoload` adds dist/autoload.js (src/autoload.ts), the autoloader: it imports
 * nothing statically, and loads each element's file (dist/autoload/) when its tag appears.
 */
const AUTOLOAD = process.argv.includes('autoload');

export default defineConfig({
  root: 'demo',
  // A missing file is a 404, not the index page (the demo shows the error states).
  appType: 'mpa',
  // Demo pages load the library's sources as /src/… (the build uses dist/).
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(import.meta.dirname, 'src')}/` }] },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  esbuild: { target: 'es2022' },
  plugins: [minifyLiterals(), renameLitPolicy(), entryImportsNothing(), headStylesheet(), delayedResponses(), configurator()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    target: 'es2022',
    // Maps beside the files, for whoever analyses the build, but no `sourceMappingURL` in them: the npm
    // package leaves the maps out (3.6 MB), and a file must not point at one that is not there.
    sourcemap: 'hidden',
    // The listing build adds its files beside the full entry's.
    emptyOutDir: !LISTING && !AUTOLOAD,
    lib: {
      entry: resolve(import.meta.dirname, LISTING ? 'src/listing.ts' : AUTOLOAD ? 'src/autoload.ts' : 'src/news-widgets.ts'),
      name: 'NewsWidgets',
    },
    rolldownOptions: {
      // Modules shared by the entry and a part loaded on demand stay in the entry, which the part imports
      // (lib mode's default, 'strict', would move them to chunks that the entry imports statically). The
      // entry then also exports a few internal bindings, under minified names, for its parts.
      preserveEntrySignatures: 'allow-extension',
      // Three files to upload, each with every plugin above applied (one build, three outputs):
      // - news-widgets.js, "the folder": the entry, with no static import; its parts (the sanitizer and
      //   DOMPurify, the formats other than JSON Feed, the XML reader) load on demand from chunks beside it;
      // - news-widgets.all.js, "one file": the same ES module with every part inlined, nothing to fetch;
      // - news-widgets.iife.js: the classic script, everything inlined too, exports on `window.NewsWidgets`.
      // No comments: in a final bundle the tree-shaking annotations are only bytes.
      output: LISTING
        ? [{ format: 'es', entryFileNames: 'news-widgets.listing.js', minify: true, comments: false, codeSplitting: ENTRY_GROUP('listing') }]
        : AUTOLOAD
          ? [
              {
                format: 'es',
                entryFileNames: 'autoload.js',
                chunkFileNames: 'autoload/[name]-[hash].js',
                minify: true,
                comments: false,
                // The entry's own modules (what it shares with the elements: the attributes it reads) stay in it.
                // A module goes to the first group it matches (by priority), and only its own group: not its
                // dependencies, which have their own place.
                codeSplitting: { includeDependenciesRecursively: false, groups: [...ENTRY_GROUP('autoload').groups.map((group) => ({ ...group, priority: 4 })), ...AUTOLOAD_GROUPS] },
              },
            ]
          : [
            { format: 'es', entryFileNames: 'news-widgets.js', minify: true, comments: false, codeSplitting: ENTRY_GROUP('news-widgets') },
            { format: 'es', entryFileNames: 'news-widgets.all.js', codeSplitting: false, minify: true, comments: false },
            { format: 'iife', name: 'NewsWidgets', entryFileNames: 'news-widgets.iife.js', minify: true, comments: false },
          ],
    },
  },
});
