// A portal's own app, built with its own Lit and DOMPurify, on a strict page that
// also loads the script-tag bundle (dist/news-widgets.js), in the order `?order=`
// says. The page lists exactly the policies its app needs and those the README
// names for the bundle, and does not allow duplicates.
import DOMPurify from 'dompurify';
import { html, render } from 'lit';

declare global {
  interface Window {
    __violations: { directive: string; blocked: string; sample: string; source: string }[];
    __host?: { lit: boolean; purified: string; error?: string };
    __done?: boolean;
  }
}

/** The host app at work: its Lit renders a template, its DOMPurify sanitizes into TrustedHTML for its own innerHTML. */
function runHostApp(): void {
  try {
    render(html`<p class="lit">Ứng dụng ${'của cổng'}</p>`, document.querySelector<HTMLElement>('#host-lit')!);
    const clean = DOMPurify.sanitize('<b>sạch</b><a href="javascript:window.__pwned = 1">x</a>', { RETURN_TRUSTED_TYPE: true });
    document.querySelector('#host-purified')!.innerHTML = clean as unknown as string;
    window.__host = { lit: !!document.querySelector('#host-lit p.lit'), purified: document.querySelector('#host-purified')!.innerHTML };
  } catch (error) {
    window.__host = { lit: false, purified: '', error: String(error) };
  }
}

const loadWidgets = () => import(/* @vite-ignore */ String('/dist/news-widgets.js'));

const order = new URLSearchParams(location.search).get('order');
if (order === 'widgets-first') {
  await loadWidgets();
  runHostApp();
} else {
  runHostApp();
  await loadWidgets();
}

const elements = [...document.querySelectorAll('news-article, news-list, news-breadcrumb')];
const busy = () => elements.some((el) => !el.shadowRoot || el.shadowRoot.querySelector('[aria-busy]'));
while (busy()) await new Promise((resolve) => setTimeout(resolve, 20));
// Let late reports and the JSON-LD writer arrive.
await new Promise((resolve) => setTimeout(resolve, 400));
window.__done = true;
