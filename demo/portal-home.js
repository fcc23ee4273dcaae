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
