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
 * One recipe per page: with an entry (news-widgets.js) beside it, the elements' code would come twice.
 */
import { earlySource } from './components/early-source.js';

const LOADERS: Record<string, () => Promise<unknown>> = {
  'news-list': () => import('./autoload/news-list.js'),
  'news-card': () => import('./autoload/news-card.js'),
  'news-breadcrumb': () => import('./autoload/news-breadcrumb.js'),
  'news-article': () => import('./autoload/news-article.js'),
};

/** The tags whose code has not been asked for yet. */
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
    // A file that could not be fetched stays so until the page is loaded again (a browser keeps a module
    // that failed as failed): the page's developer learns which, and the fix.
    LOADERS[tag]().catch((error: unknown) =>
      console.warn(`news-widgets: the code of <${tag}> could not be loaded (upload the whole folder beside autoload.js, then reload)`, error),
    );
  }
  if (!waiting.size) observer.disconnect();
}

/**
 * The feed of an element, asked for now, as the element will ask for it (earlySource: not a prerendered,
 * lazy or server-queried one), and as a preload with `crossorigin` asks: a single URL, with the default
 * credentials (`same-origin`), not through a proxy.
 */
function preload(element: Element): void {
  const source = earlySource(element);
  const src = source?.src;
  if (!src || /\s/.test(src) || source.proxy || source.credentials !== 'same-origin' || preloaded.has(src)) return;
  preloaded.add(src);
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = src;
  document.head.append(link);
}

/**
 * A page's own words (see the README, "Your own language"), for a page that loads the autoloader: the
 * elements' shared code is loaded for them if it has not come yet.
 */
export function setStrings(...args: Parameters<typeof import('./i18n/locale.js').setStrings>): Promise<void> {
  return import('./i18n/locale.js').then((locale) => locale.setStrings(...args));
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) look(node);
});
observer.observe(document, { childList: true, subtree: true });
look(document);
