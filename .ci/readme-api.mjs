#!/usr/bin/env node
/**
 * The README's API reference, generated from the Custom Elements Manifest.
 *
 *   node .ci/readme-api.mjs           print the markdown to stdout
 *   node .ci/readme-api.mjs --write   replace the text between <!-- api:start --> and <!-- api:end --> in README.md
 *   node .ci/readme-api.mjs --check   exit 1 when README.md's section differs from what would be generated
 *
 * Reads dist/custom-elements.json (`npm run manifest` writes it). Paths can be overridden with
 * MANIFEST_PATH and README_PATH (resolved against the working directory). No dependencies.
 *
 * Every declaration with `customElement: true` and a `tagName` is documented, by tag name in
 * alphabetical order (glob order of the analyzer is not guaranteed to be stable across machines).
 * Defaults never print as `null`/`undefined`: an absent one is taken from a "Default: …" sentence
 * of the description, else printed as "—".
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MANIFEST_PATH = process.env.MANIFEST_PATH
  ? resolve(process.env.MANIFEST_PATH)
  : fileURLToPath(new URL('../dist/custom-elements.json', import.meta.url));
const README_PATH = process.env.README_PATH
  ? resolve(process.env.README_PATH)
  : fileURLToPath(new URL('../README.md', import.meta.url));

const START = /<!--\s*api:start\s*-->/g;
const END = /<!--\s*api:end\s*-->/g;
const NONE = '—';

const warnings = [];
const warn = (message) => warnings.push(message);

function fail(message, code = 1) {
  console.error(`readme-api: ${message}`);
  process.exit(code);
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** One line of table cell text: newlines and runs of spaces become one space, `|` escaped. */
function cell(text) {
  const value = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<!\\)\|/g, '\\|');
  return value === '' ? NONE : value;
}

/** Inline code, with a longer fence when the text itself holds backticks. */
function code(text) {
  const value = String(text).replace(/\s+/g, ' ').trim();
  const runs = value.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

function table(headers, rows) {
  if (!rows.length) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf)$/i;

/**
 * The end (exclusive) of the sentence starting at `from`: the first `.` outside a code span that
 * is followed by white space or the end of the text and does not end an abbreviation like "e.g.".
 */
function sentenceEnd(text, from) {
  let inCode = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '`') inCode = !inCode;
    else if (!inCode && c === '.' && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      if (!ABBREVIATIONS.test(text.slice(from, i))) return i + 1;
    }
  }
  return text.length;
}

/** The text after "Default:" in a description, up to the end of its sentence (no final dot). */
function defaultFromDescription(description) {
  const text = String(description ?? '').replace(/\s+/g, ' ');
  const match = /\bdefaults?(?: to|:)\s*/i.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  const value = text.slice(start, sentenceEnd(text, start)).replace(/\.$/, '').trim();
  return value || undefined;
}

const isAbsent = (value) =>
  value === undefined || value === null || /^\s*(null|undefined|void 0)?\s*$/.test(String(value));

/**
 * The Default column. A JS literal from the manifest when it means something, else the
 * description's "Default: …", else "—". Strings lose their quotes; the empty string shows as `""`
 * unless the description says what an empty value stands for.
 */
function formatDefault(raw, description) {
  const fromDescription = defaultFromDescription(description);
  if (isAbsent(raw)) return fromDescription ?? NONE;
  const value = String(raw).replace(/\s+/g, ' ').trim();
  const quoted = /^(['"`])([\s\S]*)\1$/.exec(value);
  if (quoted) {
    if (quoted[2] === '') return fromDescription ?? code('""');
    return code(quoted[2]);
  }
  return code(value);
}

/** A type without the `null`/`undefined` members of a union (the docs never show those words). */
function formatType(type) {
  const text = String(type?.text ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return NONE;
  const parts = splitUnion(text).filter((part) => !/^(null|undefined|void)$/.test(part));
  return parts.length ? code(parts.join(' | ')) : NONE;
}

/** The top-level members of a union type, ignoring `|` inside brackets or string literals. */
function splitUnion(text) {
  const parts = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('<([{'.includes(c)) depth++;
    else if ('>)]}'.includes(c)) depth--;
    else if (c === '|' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

/** An event's `detail`: its declared type, else a "`detail`: …" sentence of its description. */
function splitEventDetail(event) {
  const description = String(event.description ?? '').replace(/\s+/g, ' ').trim();
  const match = /(^|\s)`detail`\s*:\s*/.exec(description);
  if (match) {
    const start = match.index + match[0].length;
    const end = sentenceEnd(description, start);
    const detail = description.slice(start, end).replace(/\.$/, '').trim();
    const rest = `${description.slice(0, match.index)} ${description.slice(end)}`.replace(/\s+/g, ' ').trim();
    return { detail: detail || NONE, description: rest };
  }
  const type = String(event.type?.text ?? '').replace(/\s+/g, ' ').trim();
  const inner = /^CustomEvent<([\s\S]+)>$/.exec(type)?.[1].trim();
  const detail = inner ? code(inner) : type && !/^(Event|CustomEvent)$/.test(type) ? code(type) : NONE;
  return { detail, description };
}

const isPublic = (member) =>
  (member.privacy ?? 'public') === 'public' &&
  !member.static &&
  !/^[_#]/.test(member.name ?? '') &&
  String(member.description ?? '').trim() !== '';

// ---------------------------------------------------------------------------------------------
// Manifest → markdown

function readManifest() {
  if (!existsSync(MANIFEST_PATH)) {
    fail(`${MANIFEST_PATH} not found. Run \`npm run manifest\` first (or \`npm run docs\` to update README.md).`);
  }
  try {
    return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
  } catch (error) {
    fail(`cannot read ${MANIFEST_PATH}: ${error.message}. Run \`npm run manifest\` again.`);
  }
}

function elementsOf(manifest) {
  const byTag = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      if (byTag.has(declaration.tagName)) {
        warn(`<${declaration.tagName}> is declared twice (${byTag.get(declaration.tagName).name}, ${declaration.name}); documenting the first.`);
        continue;
      }
      byTag.set(declaration.tagName, declaration);
    }
  }
  return [...byTag.values()].sort((a, b) => a.tagName.localeCompare(b.tagName, 'en'));
}

function attributeRows(element) {
  const tag = element.tagName;
  const members = element.members ?? [];
  const rows = [];
  const documented = new Set();
  for (const attribute of element.attributes ?? []) {
    if (!attribute.name) continue;
    const field = members.find(
      (m) => m.kind === 'field' && (m.name === attribute.fieldName || (m.attribute && m.attribute === attribute.name)),
    );
    const fieldIsPublic = field && (field.privacy ?? 'public') === 'public' && !field.static && !/^[_#]/.test(field.name);
    if (field) documented.add(field.name);
    const description = attribute.description || field?.description || '';
    if (!String(description).trim()) warn(`<${tag}> attribute \`${attribute.name}\` has no description.`);
    rows.push([
      code(attribute.name),
      fieldIsPublic ? code(field.name) : NONE,
      formatType(attribute.type ?? field?.type),
      formatDefault(attribute.default ?? field?.default, description),
      description,
    ]);
  }
  for (const member of members) {
    if (member.kind !== 'field' || documented.has(member.name) || member.attribute || !isPublic(member)) continue;
    rows.push([
      NONE,
      member.readonly ? `${code(member.name)} (read-only)` : code(member.name),
      formatType(member.type),
      formatDefault(member.default, member.description),
      member.description,
    ]);
  }
  return rows;
}

function methodRows(element) {
  return (element.members ?? [])
    .filter((m) => m.kind === 'method' && isPublic(m))
    .map((m) => {
      const params = (m.parameters ?? [])
        .map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional || p.default !== undefined ? '?' : ''}`)
        .join(', ');
      return [code(`${m.name}(${params})`), m.description];
    });
}

function eventRows(element) {
  const seen = new Set();
  const rows = [];
  for (const event of element.events ?? []) {
    if (!event.name) {
      warn(`<${element.tagName}> has an event without a name (dispatched with a computed name?); add an @event tag.`);
      continue;
    }
    if (seen.has(event.name)) continue;
    seen.add(event.name);
    if (!String(event.description ?? '').trim()) warn(`<${element.tagName}> event \`${event.name}\` has no description.`);
    const { detail, description } = splitEventDetail(event);
    rows.push([code(event.name), detail, description]);
  }
  return rows;
}

function namedRows(element, key, what, { defaults = false, defaultName } = {}) {
  return (element[key] ?? []).map((item) => {
    const name = item.name ? code(item.name) : defaultName ?? NONE;
    if (!String(item.description ?? '').trim()) warn(`<${element.tagName}> ${what} ${name} has no description.`);
    return defaults
      ? [name, formatDefault(item.default, item.description), item.description]
      : [name, item.description];
  });
}

function section(title, headers, rows) {
  const body = table(headers, rows);
  return body ? `**${title}**\n\n${body}` : '';
}

function elementMarkdown(element) {
  const parts = [`### ${code(`<${element.tagName}>`)}`];
  const summary = String(element.summary ?? '').trim();
  const description = String(element.description ?? '').trim();
  if (summary) parts.push(summary);
  if (description && description !== summary) parts.push(description);
  if (!summary && !description) warn(`<${element.tagName}> has neither @summary nor a description.`);
  parts.push(
    section('Attributes and properties', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributeRows(element)),
    section('Methods', ['Method', 'Description'], methodRows(element)),
    section('Events', ['Event', 'Detail', 'Description'], eventRows(element)),
    section('Slots', ['Slot', 'Description'], namedRows(element, 'slots', 'slot', { defaultName: '(default)' })),
    section('CSS parts', ['Part', 'Description'], namedRows(element, 'cssParts', 'CSS part')),
    section('CSS custom properties', ['Property', 'Default', 'Description'], namedRows(element, 'cssProperties', 'CSS property', { defaults: true })),
    section('CSS states', ['State', 'Description'], namedRows(element, 'cssStates', 'CSS state')),
  );
  return parts.filter(Boolean).join('\n\n');
}

function generate(manifest) {
  const elements = elementsOf(manifest);
  if (!elements.length) fail(`${MANIFEST_PATH} declares no custom element with a tag name (missing @tagname?).`);
  const markdown = elements.map(elementMarkdown).join('\n\n');
  for (const word of ['null', 'undefined']) {
    const line = markdown.split('\n').find((l) => new RegExp(`\\b${word}\\b`).test(l));
    if (line) warn(`the reference shows the word "${word}": ${line.slice(0, 120)}`);
  }
  return markdown;
}

// ---------------------------------------------------------------------------------------------
// README

/** The README split around its markers: { before, startMarker, inner, endMarker, after, eol }. */
function readReadme() {
  if (!existsSync(README_PATH)) fail(`${README_PATH} not found; it needs a section between <!-- api:start --> and <!-- api:end -->.`);
  const text = readFileSync(README_PATH, 'utf8');
  const starts = [...text.matchAll(START)];
  const ends = [...text.matchAll(END)];
  if (starts.length !== 1 || ends.length !== 1) {
    fail(`${README_PATH} must hold exactly one <!-- api:start --> and one <!-- api:end --> marker (found ${starts.length} and ${ends.length}).`);
  }
  const [start] = starts;
  const [end] = ends;
  if (end.index < start.index) fail(`${README_PATH}: <!-- api:end --> comes before <!-- api:start -->.`);
  const innerFrom = start.index + start[0].length;
  return {
    text,
    before: text.slice(0, start.index),
    startMarker: start[0],
    inner: text.slice(innerFrom, end.index),
    endMarker: end[0],
    after: text.slice(end.index + end[0].length),
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    innerLine: text.slice(0, innerFrom).split('\n').length, // 1-based line of the first inner line
  };
}

/**
 * Markdown compared loosely: line endings, trailing spaces, blank-line runs and the padding of
 * table cells (which formatters such as Prettier add) do not count as differences.
 */
function normalize(markdown) {
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const trimmed = line.trim();
      if (!trimmed.startsWith('|')) return line.trimEnd();
      const cells = trimmed
        .replace(/^\|/, '')
        .replace(/(?<!\\)\|$/, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      if (cells.every((c) => /^:?-+:?$/.test(c))) return `| ${cells.map((c) => c.replace(/-+/, '---')).join(' | ')} |`;
      return `| ${cells.join(' | ')} |`;
    });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A short line diff (longest common subsequence): a count, then the first `limit` changed lines,
 * README lines (-) before generated ones (+) within each run of changes.
 */
function diffLines(actual, expected, firstLine, limit = 12) {
  const a = actual.split('\n');
  const b = expected.split('\n');
  const changes = []; // { sign, line?, text }
  if (a.length * b.length > 4_000_000) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      if (i < a.length) changes.push({ sign: '-', line: firstLine + i, text: a[i] });
      if (i < b.length) changes.push({ sign: '+', text: b[i] });
    }
  } else {
    const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    let removed = [];
    let added = [];
    const flush = () => {
      changes.push(...removed, ...added);
      removed = [];
      added = [];
    };
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        flush();
        i++;
        j++;
      } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        added.push({ sign: '+', text: b[j++] });
      } else {
        removed.push({ sign: '-', line: firstLine + i, text: a[i++] });
      }
    }
    flush();
  }
  const count = (sign) => changes.filter((c) => c.sign === sign).length;
  const clip = (text) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);
  const out = [`${count('-')} line(s) of README.md are not generated, ${count('+')} generated line(s) are missing:`];
  for (const change of changes.slice(0, limit)) {
    out.push(change.sign === '-' ? `  - README.md:${change.line}  ${clip(change.text)}` : `  + generated      ${clip(change.text)}`);
  }
  if (changes.length > limit) out.push(`  … and ${changes.length - limit} more`);
  return out;
}

// ---------------------------------------------------------------------------------------------

const USAGE = 'usage: node .ci/readme-api.mjs [--write | --check]';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = args.filter((a) => a !== '--write' && a !== '--check');
if (unknown.length || args.length > 1) fail(`${unknown.length ? `unknown option ${unknown.join(' ')}; ` : ''}${USAGE}`, 2);
const mode = args[0] ?? 'print';

const markdown = generate(readManifest());
for (const message of warnings) console.error(`readme-api: warning: ${message}`);

if (mode === 'print') {
  process.stdout.write(`${markdown}\n`);
} else if (mode === '--write') {
  const readme = readReadme();
  const body = `\n\n${markdown}\n\n`.replace(/\n/g, readme.eol);
  const next = `${readme.before}${readme.startMarker}${body}${readme.endMarker}${readme.after}`;
  if (next === readme.text) {
    console.log(`README API reference already up to date (${README_PATH}).`);
  } else {
    writeFileSync(README_PATH, next);
    console.log(`README API reference written to ${README_PATH}.`);
  }
} else {
  const readme = readReadme();
  const actual = normalize(readme.inner);
  const expected = normalize(markdown);
  if (actual === expected) {
    console.log('README API reference matches custom-elements.json');
  } else {
    // Line numbers: the normalized section starts at the first non-blank line after the marker.
    const leadingBlank = readme.inner.replace(/\r\n?/g, '\n').match(/^\s*\n/)?.[0].split('\n').length - 1 || 0;
    console.error(`README API reference (${README_PATH}) differs from custom-elements.json:`);
    console.error(diffLines(actual, expected, readme.innerLine + leadingBlank).join('\n'));
    console.error('Run `npm run docs` to update it.');
    process.exit(1);
  }
}
