// The strict page's one module: proves the policy is enforced (a canary), then
// loads every element and says when they have all rendered.
import '../../src/news-widgets.js';

declare global {
  interface Window {
    __violations: { directive: string; blocked: string; sample: string; source: string }[];
    __canary?: boolean;
    __done?: boolean;
  }
}

// With require-trusted-types-for 'script', a plain string into innerHTML must throw.
try {
  document.createElement('div').innerHTML = '<b>canary</b>';
} catch {
  window.__canary = true;
}

const elements = [...document.querySelectorAll('news-breadcrumb, news-article, news-list, news-card')] as (HTMLElement & {
  updateComplete: Promise<boolean>;
})[];
const busy = () => elements.some((el) => !el.shadowRoot || el.shadowRoot.querySelector('[aria-busy]'));
const poll = async () => {
  while (busy()) await new Promise((resolve) => setTimeout(resolve, 20));
  await Promise.all(elements.map((el) => el.updateComplete));
  // Let image loads and late violation reports arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  window.__done = true;
};

void poll();
