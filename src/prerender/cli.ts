#!/usr/bin/env node
/**
 * The command: `news-widgets prerender --element news-list --src feed.json --layout grid …`,
 * the element's attributes as flags. Prints the element's HTML, or writes it to `--out`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { prerender, PrerenderError, PRERENDERED_ELEMENTS, styleHashes } from './index.js';

const USAGE = `Usage: news-widgets prerender --element <${PRERENDERED_ELEMENTS.join('|')}> --src <URL or file> [options] [--<attribute> <value>]…

Renders the element with its feed into HTML with a declarative shadow root and
the data inline, for a page to hold as it is; the elements' script takes it
over in the browser, without fetching the feed again.

  --element <name>    the element to render
  --src <URL|file>    the feed: read from there, and kept as the element's src
  --feed <URL|file>   read the feed from here instead (src is then only written)
  --base <URL>        the URL of the page the markup is for: relative URLs (src,
                      the feed's, article-href) resolve against it; its query
                      names the open article (article-param)
  --out <file>        write the HTML there (default: standard output)
  --csp               also print (on standard error) the style-src sources that
                      a Content-Security-Policy without 'unsafe-inline' needs
                      for the markup's styles
  --<attribute> <v>   any attribute of the element, e.g. --layout grid --limit 6
                      --lang vi; a flag without a value is a boolean attribute
                      (--skip-open)

JSON feeds only (JSON Feed, WordPress, Liferay); not <news-article>.
Example:
  news-widgets prerender --element news-list --src https://portal.example/tin-tuc/feed.json \\
    --layout grid --limit 6 --lang vi --out public/tin-tuc/list.html`;

const OPTIONS = new Set(['element', 'src', 'feed', 'base', 'out', 'csp']);

/** `--name value`, `--name=value`, or `--name` alone (true: a boolean attribute). */
function parse(args: string[]): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const match = /^--([^=]+)(?:=([^]*))?$/.exec(args[i]);
    if (!match) throw new UsageError(`unexpected "${args[i]}"`);
    const [, name, inline] = match;
    const value = inline ?? (i + 1 < args.length && !args[i + 1].startsWith('--') ? args[++i] : true);
    if (flags.has(name)) throw new UsageError(`--${name} is given twice`);
    flags.set(name, value);
  }
  return flags;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command !== 'prerender') throw new UsageError(`unknown command "${command}"`);
  const flags = parse(rest);
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const text = (name: string): string | undefined => {
    const value = flags.get(name);
    if (value === true) throw new UsageError(`--${name} needs a value`);
    return value;
  };
  const element = text('element');
  if (!element) throw new UsageError('--element is missing');
  const attributes: Record<string, string | true> = {};
  for (const [name, value] of flags) if (!OPTIONS.has(name)) attributes[name] = value;
  const html = await prerender({
    element,
    src: text('src'),
    from: text('feed'),
    attributes,
    base: text('base'),
    warn: (message) => console.error(`news-widgets prerender: warning: ${message}`),
  });
  if (flags.has('csp')) console.error(`style-src ${styleHashes(html).join(' ')}`);
  const out = text('out');
  if (out) {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${html}\n`);
  } else {
    process.stdout.write(`${html}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`news-widgets: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      // Our own errors and the feed's (a NewsError names the source) say what is wrong; anything else keeps its stack.
      console.error(`news-widgets prerender: ${error instanceof PrerenderError || (error as Error).name === 'NewsError' ? (error as Error).message : error}`);
      process.exitCode = 1;
    }
  },
);
