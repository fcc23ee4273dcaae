// What `npm publish` would publish, checked after `npm run build`:
// - the packed files: no tests, no demo, no source maps (nor a file that names one), no configurator page (it is for a portal owner's dist/, not an app); every file the `exports` map names (each
//   condition), the `bin`, the define entries marked as side effects;
// - publint (--strict): the package.json's fields against what is packed;
// - Are the Types Wrong (ESM only: the package has no CommonJS build): each entry point's types resolve,
//   for Node's ESM and for bundlers. The stylesheet, the classic script and the autoloader are a page's, not an app's: left out there.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']));
const files = new Set(packed.files.map((file) => file.path));
const problems = [];

for (const file of files) {
  if (/^(test|demo|src)\//.test(file) || /(^|\/)configurator\./.test(file) || file.endsWith('.map')) problems.push(`${file} is packed: it must not be published`);
  if (file.endsWith('.js') && /sourceMappingURL=/.test(readFileSync(file, 'utf8'))) problems.push(`${file} names a source map that is not published`);
}
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
for (const [entry, value] of Object.entries(pkg.exports)) {
  for (const target of targets(value)) if (!files.has(target.replace(/^\.\//, ''))) problems.push(`exports["${entry}"] names ${target}, which is not packed`);
}
for (const bin of Object.values(pkg.bin)) if (!files.has(bin.replace(/^\.\//, ''))) problems.push(`bin ${bin} is not packed`);
for (const path of pkg.sideEffects) {
  if (!path.includes('*') && path.startsWith('./dist/') && !files.has(path.slice(2))) problems.push(`sideEffects names ${path}, which is not packed`);
}
for (const name of ['news-list', 'news-card', 'news-breadcrumb', 'news-article']) {
  if (!pkg.exports[`./${name}.js`]) problems.push(`no define entry ./${name}.js in exports`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`packed: ${files.size} files, ${packed.size} B (${packed.unpackedSize} B unpacked); every export, bin and define entry present`);

console.log(run('npx', ['--no-install', 'publint', '--strict']).trim());
console.log(
  run('npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './news-widgets.css', './iife', './autoload', '--format', 'table-flipped', '--no-color'])
    .trim()
    .split('\n')
    .slice(-20)
    .join('\n'),
);
