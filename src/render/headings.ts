/**
 * Headings of an article body, re-levelled under the article's title: a CMS
 * writes whatever levels its editor chose (an `<h3>` first, an `<h1>` in the
 * middle, a jump from `<h2>` to `<h5>`), and the page's outline must stay
 * valid. Each heading keeps its place in the body's own hierarchy, but is at
 * most one level below the heading it belongs under, the first ones one
 * level below the title; nothing goes beyond `<h6>`.
 */
export function relevelHeadings(root: ParentNode, titleLevel: number): void {
  /** The headings still open above the current one: their level in the body, and the level given. */
  const open: { from: number; to: number }[] = [];
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const from = Number(heading.localName[1]);
    while (open.length && open.at(-1)!.from >= from) open.pop();
    const to = Math.min((open.at(-1)?.to ?? titleLevel) + 1, 6);
    open.push({ from, to });
    if (to !== from) heading.replaceWith(renamed(heading, `h${to}`));
  }
}

/** The same element under another tag name: its attributes and its children, moved. */
function renamed(element: Element, name: string): Element {
  const copy = element.ownerDocument.createElement(name);
  for (const { name: attribute, value } of element.attributes) copy.setAttribute(attribute, value);
  copy.append(...element.childNodes);
  return copy;
}
