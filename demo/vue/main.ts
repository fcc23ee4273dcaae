/**
 * news-widgets in a Vue 3 app: the package imported by its name, as an app installs it; Vue told
 * that the news-* tags are custom elements (`isCustomElement`); <news-list> given a prop and its
 * `news-select` handled by a listener typed by `news-widgets/vue` (generated from custom-elements.json),
 * which shows the article chosen.
 *
 * The template is a string, compiled in the browser: hence `vue` is Vue's build with the compiler
 * (vite.config.ts), and `isCustomElement` is set on the app. With single-file components, the same
 * option goes to @vitejs/plugin-vue's `template.compilerOptions`, and vue-tsc checks the templates
 * against `news-widgets/vue`'s GlobalComponents.
 *
 * Run: `npx vite demo/vue`; build: `npx vite build demo/vue` (its vite.config.ts). The test suite
 * builds and loads it (test/frameworks/). The feed: `?src=` of the page, else the demo's, which
 * vite.config.ts puts beside the page.
 */
import 'news-widgets/news-list.js'; // defines <news-list> (only)
import type { NewsListProps } from 'news-widgets/vue'; // and Vue's GlobalComponents: types only
import { createApp, ref } from 'vue';

const src = new URLSearchParams(location.search).get('src') ?? 'cong-thong-tin.json';

const app = createApp({
  setup() {
    const selected = ref('');
    /** What <news-list> is given (v-bind): checked against its attributes and properties. */
    const list = { src, limit: 2, layout: 'compact' } satisfies NewsListProps;
    /** `@news-select`: the event is CustomEvent<NewsSelectDetail>. */
    const onNewsSelect: NewsListProps['onNewsSelect'] = (event) => {
      event.preventDefault(); // the app shows the article itself: the link is not followed
      selected.value = event.detail.article.title ?? event.detail.article.id;
    };
    return { list, selected, onNewsSelect };
  },
  template: `
    <main>
      <h1>News, in Vue</h1>
      <news-list v-bind="list" @news-select="onNewsSelect"></news-list>
      <p id="selected" role="status">{{ selected ? 'Selected: ' + selected : 'Choose an article.' }}</p>
    </main>
  `,
});
// <news-list> is a custom element, not a Vue component: Vue leaves it to the browser.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('news-');
app.mount('#app');
