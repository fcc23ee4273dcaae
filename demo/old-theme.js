// Light or dark: the page's own colours change, and the widgets follow them (nothing of theirs is set).
const toggle = document.querySelector('.theme-toggle');
toggle.addEventListener('click', () => {
  const dark = document.body.classList.toggle('dark');
  toggle.setAttribute('aria-pressed', String(dark));
});
