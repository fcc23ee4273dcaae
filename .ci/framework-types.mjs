#!/usr/bin/env node
/**
 * The elements' types for React 19 and Vue 3, generated from the Custom Elements Manifest, so they
 * cannot drift from the elements:
 *
 *   dist/frameworks/react.d.ts   `news-widgets/react`: React's JSX.IntrinsicElements
 *   dist/frameworks/vue.d.ts     `news-widgets/vue`: Vue's GlobalComponents
 *
 *   node .ci/framework-types.mjs            write them (npm run frameworks; after npm run manifest and build:lib)
 *   node .ci/framework-types.mjs --check    exit 1 when a file differs from what would be written
 *
 * Reads dist/custom-elements.json, and dist/lib/index.d.ts and dist/lib/events.d.ts to check that what
 * the types refer to exists: each element's class is exported, each event it fires is typed in
 * GlobalEventHandlersEventMap. No dependencies.
 *
 * What each element takes, in both files:
 * - every attribute, by its name (`limit`, `skip-open`), typed as its property (`NewsList['skipOpen']`);
 * - every public property, by its name (`skipOpen`, `articles`), with the same type;
 * - its events, typed from GlobalEventHandlersEventMap (`CustomEvent<NewsSelectDetail>`), spelled as
 *   each framework passes a listener to a custom element: React 19 `onnews-select` (it listens to the
 *   name after `on`, as written), Vue `onNewsSelect` (what `@news-select` compiles to; the runtime
 *   hyphenates it back).
 * React 19 and Vue set a prop whose name is a property of the element (`name in element`) as that
 * property, and any other as an attribute. So an attribute whose name is also another member of the
 * element (`refresh`, a method; its property is `refreshInterval`) would overwrite that member: it is
 * left out, and its property is there instead.
 *
 * It stops the build (exit 1), loud rather than silent, where the manifest and the types disagree: an
 * attribute with no public property (a JSDoc `@attr` without a field), an event GlobalEventHandlersEventMap
 * does not type, a class index.d.ts does not export.
 *
 * The generic generators (custom-element-jsx-integration, custom-element-vuejs-integration) were not
 * used: they type an event from a type the manifest does not carry (`CustomEvent<never>` here), spell
 * Vue's listeners `onnews-select` (which `@news-select` does not match), declare a global JSX namespace
 * in the Vue file, and do not augment React's JSX.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const MANIFEST = at('dist/custom-elements.json');
const INDEX_TYPES = at('dist/lib/index.d.ts');
const EVENT_TYPES = at('dist/lib/events.d.ts');
const OUT = { react: at('dist/frameworks/react.d.ts'), vue: at('dist/frameworks/vue.d.ts') };
/** From dist/frameworks/ to the package's types. */
const LIB = '../lib/index.js';

function fail(message) {
  console.error(`framework-types: ${message}`);
  process.exit(1);
}

const read = (path, what) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fail(`${path} is missing: ${what}`);
  }
};

const manifest = JSON.parse(read(MANIFEST, 'run `npm run manifest` first'));
const indexTypes = read(INDEX_TYPES, 'run `npm run build:lib` first');
const eventTypes = read(EVENT_TYPES, 'run `npm run build:lib` first');

// The events GlobalEventHandlersEventMap types ('news-select': CustomEvent<NewsSelectDetail>;).
const eventMap = /interface GlobalEventHandlersEventMap\s*{([^}]*)}/.exec(eventTypes)?.[1] ?? '';
const typedEvents = new Set([...eventMap.matchAll(/['"]([\w-]+)['"]\s*:/g)].map((match) => match[1]));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (!elements.length) fail('the manifest has no custom element');

const pascal = (name) => name.replace(/(?:^|-)([a-z])/g, (_, letter) => letter.toUpperCase());
const quoted = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** A JSDoc comment of a manifest description, indented. */
function doc(text, indent = '  ') {
  const lines = (text ?? '').trim().replace(/\*\//g, '*\\/').split('\n');
  if (!lines[0]) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** The description's first paragraph: a tag's summary on hover. */
const summary = (element) => (element.summary || element.description || '').split(/\n\s*\n/)[0];

/** An element's members as props: `{ name, type, description }`, and its events. */
function describe(element) {
  if (!new RegExp(`export\\s*{[^}]*\\b${element.name}\\b`).test(indexTypes)) {
    fail(`<${element.tagName}>'s class ${element.name} is not exported by dist/lib/index.d.ts`);
  }
  const members = element.members ?? [];
  const fields = members.filter((member) => member.kind === 'field' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'));
  const publicField = (name) => fields.find((field) => field.name === name);
  const props = new Map();
  const add = (name, field, description, hyphenatedBoolean = false) => {
    if (!props.has(name)) props.set(name, { name, type: `${element.name}['${field}']`, description, hyphenatedBoolean });
  };
  for (const attribute of element.attributes ?? []) {
    const field = attribute.fieldName;
    if (!field || !publicField(field)) fail(`<${element.tagName}> ${attribute.name}: no public property (fieldName ${field})`);
    // A framework would set a same-named member (a method, another field) rather than the attribute.
    const clash = attribute.name !== field && members.some((member) => member.name === attribute.name);
    // A boolean attribute by a name that is no property (`skip-open`): Vue writes `false` as `skip-open="false"`,
    // which is present, so true (vue() leaves it out: its property, `skipOpen`, takes false).
    if (!clash) add(attribute.name, field, attribute.description, attribute.name !== field && /^boolean\b/.test(attribute.type?.text ?? ''));
    if (field !== attribute.name) {
      const note = clash
        ? `The \`${attribute.name}\` attribute, as its property (a prop \`${attribute.name}\` would set the element's \`${attribute.name}\` member).`
        : `The \`${attribute.name}\` attribute, as its property.`;
      add(field, field, `${note}\n\n${attribute.description ?? ''}`);
    }
  }
  // Properties without an attribute (`articles`); readonly ones are not props.
  for (const field of fields) if (!field.attribute && !field.readonly) add(field.name, field.name, field.description);
  const events = (element.events ?? []).filter((event) => event.name);
  for (const event of events) {
    if (!typedEvents.has(event.name)) fail(`<${element.tagName}> fires ${event.name}, which GlobalEventHandlersEventMap (src/events.ts) does not type`);
  }
  return { props: [...props.values()], events };
}

const described = elements.map((element) => ({ element, propsName: `${pascal(element.tagName)}Props`, ...describe(element) }));
const classes = [...new Set(elements.map((element) => element.name))].sort();

const HEADER = `// Generated from custom-elements.json by .ci/framework-types.mjs (npm run frameworks): do not edit.`;

function propsInterface({ element, propsName, props, events }, eventProp, intro, keep = () => true) {
  let text = doc(`${intro}`, '');
  text += `export interface ${propsName} {\n`;
  for (const prop of props.filter(keep)) text += `${doc(prop.description)}  ${quoted(prop.name)}?: ${prop.type};\n`;
  for (const event of events) {
    text += `${doc(`\`${event.name}\`: ${event.description ?? ''}`)}  ${quoted(eventProp(event.name))}?: (event: GlobalEventHandlersEventMap['${event.name}']) => void;\n`;
  }
  return `${text}}\n`;
}

function react() {
  let text = `${HEADER}
/**
 * news-widgets/react: the elements in React 19's JSX, with their attributes, properties and events.
 * \`import type {} from 'news-widgets/react';\` once in the app (or list it in tsconfig's \`types\`).
 * Events are props named \`on\` + the event's name, as React 19 listens to them on a custom element:
 * \`<news-list onnews-select={(event) => event.detail.article}>\`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${classes.join(', ')} } from '${LIB}';

/** An element's props in JSX: its own, then those of any HTML element (\`className\`, \`style\`, \`ref\`, \`key\`, \`children\`, …). */
export type NewsElementProps<E extends HTMLElement, P> = P & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P>;
`;
  for (const entry of described) {
    text += `\n${propsInterface(entry, (name) => `on${name}`, `<${entry.element.tagName}>'s attributes, properties and events (\`on${entry.events[0]?.name ?? 'news-load'}\`: a listener of \`${entry.events[0]?.name ?? 'news-load'}\`).`)}`;
  }
  text += `\n/** The tags, as JSX intrinsic elements. */\nexport interface NewsWidgetsElements {\n`;
  for (const { element, propsName } of described) {
    text += `${doc(`\`<${element.tagName}>\`: ${summary(element)}`)}  ${quoted(element.tagName)}: NewsElementProps<${element.name}, ${propsName}>;\n`;
  }
  text += `}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends NewsWidgetsElements {}
  }
}
`;
  return text;
}

function vue() {
  const handlerKey = (name) => `on${pascal(name)}`;
  let text = `${HEADER}
/**
 * news-widgets/vue: the elements as Vue 3's global components, with their attributes, properties and
 * events, for templates checked by vue-tsc (Volar) and for typed bindings.
 * \`import type {} from 'news-widgets/vue';\` once in the app (or list it in tsconfig's \`types\`); and
 * tell Vue's compiler that they are custom elements: \`isCustomElement: (tag) => tag.startsWith('news-')\`.
 * Events are props named as Vue compiles \`@news-select\`: \`onNewsSelect\`.
 */
import type { DefineComponent } from 'vue';
import type { ${classes.join(', ')} } from '${LIB}';
`;
  for (const entry of described) {
    text += `\n${propsInterface(
      entry,
      handlerKey,
      `<${entry.element.tagName}>'s attributes, properties and events (\`@${entry.events[0]?.name ?? 'news-load'}\`: \`${handlerKey(entry.events[0]?.name ?? 'news-load')}\`). A boolean option by its property only (\`:skipOpen="false"\`): Vue writes \`:skip-open="false"\` as an attribute, which turns it on.`,
      (prop) => !prop.hyphenatedBoolean,
    )}`;
  }
  text += `\n/** The tags, as global components. */\nexport interface NewsWidgetsComponents {\n`;
  for (const { element, propsName } of described) {
    text += `${doc(`\`<${element.tagName}>\`: ${summary(element)}`)}  ${quoted(element.tagName)}: DefineComponent<${propsName}>;\n`;
  }
  text += `}

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends NewsWidgetsComponents {}
}
`;
  return text;
}

const outputs = { react: react(), vue: vue() };
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, text] of Object.entries(outputs)) {
  const path = OUT[name];
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing: stale */
    }
    if (current !== text) {
      console.error(`framework-types: ${path} is not what custom-elements.json gives: run npm run frameworks`);
      stale++;
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`framework-types: wrote ${path.slice(at('').length)} (${described.map((entry) => `<${entry.element.tagName}> ${entry.props.length} props, ${entry.events.length} events`).join('; ')})`);
  }
}
if (stale) process.exit(1);
