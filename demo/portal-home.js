// The search box of the home page's filtered section: what the reader types becomes the list's `search`.
const input = document.getElementById('tim-tin');
const list = document.getElementById('tin-loc');
let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const words = input.value.trim();
    if (words) list.setAttribute('search', words);
    else list.removeAttribute('search');
  }, 200);
});

// The list's own "clear the search" (an empty result offers it) empties the box too.
list.addEventListener('news-filter', (event) => {
  if ('search' in event.detail && !event.detail.active) input.value = '';
});
