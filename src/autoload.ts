/**
 * The autoloader (`dist/autoload.js`, a module script): defines each element when its tag first appears
 * in the document, loading only that element's code (src/autoload/*.ts, each a file of its own beside
 * their shared code), so a listing page loads the list and the card, not the article nor the breadcrumb.
 * Content the page adds later is seen too (a MutationObserver on the document, gone once every element is
 * defined). Tags inside other shadow roots are not seen: a page that renders ours inside its own
 * components imports their define entries instead.
 *
 * Definition is asynchronous: until its file has come an element is undefined (the head stylesheet,
 * news-widgets.css, holds its room). Meanwhile its feed is already on its way: a `<link rel="preload"
 * as="fetch" crossorigin>` for each plain `src` in the page, which the element's own request then uses.
 */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'news-list': () => import('./autoload/news-list.js'),
  'news-card': () => import('./autoload/news-card.js'),
  'news-breadcrumb': () => import('./autoload/news-breadcrumb.js'),
  'news-article': () => import('./autoload/news-article.js'),
};

const waiting = new Set(Object.keys(LOADERS));
const preloaded = new Set<string>();

/** Loads the code of every element of ours in `root` (or `root` itself) not asked for yet. */
function look(root: ParentNode): void {
  for (const tag of waiting) {
    const found = [...root.querySelectorAll(tag)];
    if (root instanceof Element && root.localName === tag) found.push(root);
    if (!found.length) continue;
    for (const element of found) preload(element);
    waiting.delete(tag);
    if (customElements.get(tag)) continue;
    LOADERS[tag]().catch((error: unknown) => {
      // Asked again when another one appears; the page's developer learns which file is missing.
      waiting.add(tag);
      console.warn(`news-widgets: the code of <${tag}> could not be loaded (upload the whole folder beside autoload.js)`, error);
    });
  }
  if (!waiting.size) observer.disconnect();
}

/**
 * The feed of an element, asked for now, as the element will ask for it: a single URL, with the default
 * credentials (`same-origin`, as a preload with `crossorigin` asks), not through a proxy, not lazy, and
 * not a list whose query may go to its server (its URL changes).
 */
function preload(element: Element): void {
  const src = element.getAttribute('src')?.trim();
  if (!src || /\s/.test(src) || preloaded.has(src)) return;
  if (element.matches('[proxy],[credentials]:not([credentials="same-origin"]),[loading="lazy"],[search],[tag],[sort]')) return;
  preloaded.add(src);
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = src;
  document.head.append(link);
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) look(node);
});
observer.observe(document, { childList: true, subtree: true });
look(document);
