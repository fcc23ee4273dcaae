/** The React example's server and build (`npx vite demo/react`, `npx vite build demo/react`): Vite's defaults. */
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // The demo's feeds (demo/feeds/), served and copied beside the page: the app shows cong-thong-tin.json.
  publicDir: '../feeds',
  build: { outDir: 'dist', emptyOutDir: true },
});
