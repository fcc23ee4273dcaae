/**
 * The Vue example's server and build (`npx vite demo/vue`, `npx vite build demo/vue`): `vue` is Vue's
 * build with the template compiler, as main.ts's template is a string compiled in the browser.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // The demo's feeds (demo/feeds/), served and copied beside the page: the app shows cong-thong-tin.json.
  publicDir: '../feeds',
  resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
