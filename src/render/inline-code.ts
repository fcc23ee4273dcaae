/**
 * Inline styles and event handlers out of HTML text, before the browser
 * parses it. On a page whose CSP has no `'unsafe-inline'`, every `style`
 * attribute, `<style>` element and `on…` attribute reports a violation as
 * soon as it is parsed, even into an inert document that is never shown. The
 * widgets never keep them (the sanitizer removes them), so they go before the
 * parse and the page's violation reports stay quiet.
 *
 * Not a security boundary: it follows the HTML tokenizer closely enough for
 * real markup, and what it misreads costs at most a report, since the
 * sanitizer removes all of it anyway. Linear time.
 */
import { cut, readTag, startsName } from '../data/tag-scan.js';

/**
 * Elements whose content is text up to their end tag, not markup, as an inert
 * document parses them (scripting off: `noscript` holds markup).
 */
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'];
const END_TAG = new Map(RAW_TEXT.map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/** Where the markup at `at` ends, for a comment, a declaration or an end tag. */
function skipNonTag(html: string, at: number): number {
  if (html.startsWith('<!--', at)) {
    // `<!-->` and `<!--->` are comments that end at once.
    if (html.startsWith('>', at + 4)) return at + 5;
    if (html.startsWith('->', at + 4)) return at + 6;
    const end = html.indexOf('-->', at + 4);
    return end < 0 ? html.length : end + 3;
  }
  const end = html.indexOf('>', at);
  return end < 0 ? html.length : end + 1;
}

/** An attribute the parse would report: a style, or an event handler. */
const reported = (name: string): boolean => name === 'style' || name.startsWith('on');

export function withoutInlineCode(html: string): string {
  if (!html.includes('<')) return html;
  const ranges: [number, number][] = [];
  let at = 0;
  while ((at = html.indexOf('<', at)) >= 0) {
    const next = html.charCodeAt(at + 1);
    if (next === 33 || next === 63 || next === 47) {
      at = skipNonTag(html, at);
      continue;
    }
    if (!startsName(next)) {
      at++;
      continue;
    }
    const tag = readTag(html, at);
    const name = tag.name.toLowerCase();
    const endTag = END_TAG.get(name);
    let end = tag.end;
    if (endTag) {
      endTag.lastIndex = end;
      const found = endTag.exec(html);
      end = found ? skipNonTag(html, found.index) : html.length;
    }
    if (name === 'style') ranges.push([at, end]);
    else for (const attribute of tag.attributes) if (reported(attribute.name.toLowerCase())) ranges.push([attribute.start, attribute.end]);
    at = end;
  }
  return cut(html, ranges);
}
