/**
 * HTML fields of a feed (WordPress's rendered titles and excerpts, Liferay's
 * descriptions) read in Node, where there is no DOM: parsed by parse5, the
 * HTML parser Lit's server rendering uses, and read as the browser reads them
 * (render/trusted-types.ts: `htmlToText`, `firstImage`). Nothing is run or
 * fetched; the text goes into the inline JSON Feed, which is what the browser
 * reads again.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { BLOCKS, type ServerHtml } from '../render/trusted-types.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const BLOCK = new Set(BLOCKS.split(','));
/** Dropped with their content, as the browser's reader drops them. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** As an inert document parses: scripting off, so `noscript` holds markup (dropped all the same). */
const parse = (html: string) => parseFragment(html, { scriptingEnabled: false });

const isElement = (node: Node): node is Element => 'tagName' in node;

function text(html: string): string {
  const parts: string[] = [];
  const read = (node: Node): void => {
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if (!isElement(node) || SKIPPED.has(node.tagName)) return;
    node.childNodes.forEach(read);
    if (BLOCK.has(node.tagName)) parts.push(' ');
  };
  parse(html).childNodes.forEach(read);
  return parts.join('');
}

function firstImage(html: string): { src: string; alt: string } | undefined {
  const search = (node: Node): Element | undefined => {
    if (!isElement(node)) return undefined;
    const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value;
    // Tracking pixels are skipped, as `img[src]:not([width="1"]):not([height="1"])` does.
    if (node.tagName === 'img' && attribute('src') !== undefined && attribute('width') !== '1' && attribute('height') !== '1') return node;
    for (const child of node.tagName === 'template' ? [] : node.childNodes) {
      const found = search(child);
      if (found) return found;
    }
    return undefined;
  };
  for (const node of parse(html).childNodes) {
    const img = search(node);
    if (img) return { src: img.attrs.find((attr) => attr.name === 'src')!.value, alt: img.attrs.find((attr) => attr.name === 'alt')?.value ?? '' };
  }
  return undefined;
}

export const serverHtml: ServerHtml = { text, firstImage };
