/**
 * news-widgets in a React 19 app: the package imported by its name, as an app installs it, and
 * <news-list> typed by `news-widgets/react` (generated from custom-elements.json): a prop passed, and
 * `news-select` handled by a typed listener that shows the article chosen.
 *
 * Run: `npx vite demo/react`; build: `npx vite build demo/react` (its vite.config.ts). The test suite
 * builds and loads it (test/frameworks/). The feed: `?src=` of the page, else the demo's, which
 * vite.config.ts puts beside the page.
 */
import 'news-widgets/news-list.js'; // defines <news-list> (only), once, before React renders it
import type {} from 'news-widgets/react'; // the elements in JSX.IntrinsicElements: types only
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const src = new URLSearchParams(location.search).get('src') ?? 'cong-thong-tin.json';

function App() {
  const [selected, setSelected] = useState('');
  return (
    <main>
      <h1>News, in React</h1>
      <news-list
        src={src}
        limit={2}
        layout="compact"
        // React 19 listens to `news-select` for a prop `on` + its name; the event is typed:
        // CustomEvent<NewsSelectDetail>.
        onnews-select={(event) => {
          event.preventDefault(); // the app shows the article itself: the link is not followed
          setSelected(event.detail.article.title ?? event.detail.article.id);
        }}
      />
      <p id="selected" role="status">
        {selected ? `Selected: ${selected}` : 'Choose an article.'}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
