// Before anything: the feed's URL, unique to this load, on both elements (and on a preload link when asked),
// and the moment each element is defined, to compare with the moment its feed was asked for.
const params = new URLSearchParams(location.search);
// With ?cross, the feed is on the other origin of the same test server (localhost ↔ 127.0.0.1).
const origin = params.has('cross') ? `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}` : location.origin;
window.__feed = `${origin}/test/counted/feed.json?delay=400&run=${params.get('run')}`;
if (params.has('preload')) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = '';
  link.href = window.__feed;
  document.head.append(link);
}
window.__defined = {};
const define = customElements.define;
customElements.define = function (name, ...rest) {
  window.__defined[name] ??= performance.now();
  return define.call(this, name, ...rest);
};
/** Called by the page right after its elements (a module script runs before DOMContentLoaded). */
window.__giveSources = () => {
  for (const el of document.querySelectorAll('news-list, news-card')) el.setAttribute('src', window.__feed);
};
