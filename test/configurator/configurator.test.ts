/**
 * The configurator (demo/configurator.html, demo/configurator.js): it offers every attribute and custom
 * property of each element as the manifest documents them, its controls change the live widget, what an
 * owner types never reaches the snippet as markup or CSS, and a snippet it writes, alone in a blank page
 * with the built library (dist/news-widgets.js), renders what its preview showed.
 *
 * The page's markup (fetched from demo/configurator.html) runs here in the test's document, started on
 * the repository's dist/custom-elements.json; one test loads the page itself, in a frame.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/news-widgets.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type Config = {
  tag: string;
  attributes: [string, string | true][];
  css: [string, string][];
  scriptUrl: string;
  stylesheet: boolean;
  stylesheetUrl?: string;
  scriptType?: 'module' | 'classic';
  className?: string;
};
interface Started {
  config: Config;
  widget: Widget;
  snippet(): string;
  cssRule(): string;
}
interface ConfiguratorModule {
  startConfigurator(root: Element, options?: Record<string, unknown>): Promise<Started>;
  checkCss(value: string): string;
  isSafeUrl(value: string): boolean;
  escapeHtml(value: string): string;
  buildSnippet(config: Config): string;
  fitsProperty(property: string, value: string): boolean;
  stylesheetUrl(scriptUrl: string): string;
  scriptKindOf(scriptUrl: string): '' | 'module' | 'classic';
  DEFAULT_SCRIPT_URL: string;
}
interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestElement {
  tagName: string;
  attributes: ManifestAttribute[];
  cssProperties: { name: string; default?: string }[];
}

const MANIFEST_URL = '/dist/custom-elements.json';
const FEED = new URL('/demo/feeds/cong-thong-tin.json', location.href).href;

/** The page's module, as the page loads it (plain JavaScript: imported by URL, never bundled). */
const loadModule = (): Promise<ConfiguratorModule> => import(/* @vite-ignore */ String('/demo/configurator.js'));

/** The elements of the manifest, as the build wrote it. */
async function manifestElements(): Promise<ManifestElement[]> {
  const manifest = await (await fetch(MANIFEST_URL)).json();
  return manifest.modules
    .flatMap((module: { declarations?: unknown[] }) => module.declarations ?? [])
    .filter((declaration: { customElement?: boolean; tagName?: string }) => declaration.customElement && declaration.tagName);
}

/** What a widget shows once loaded. */
async function settled(widget: Widget): Promise<void> {
  await customElements.whenDefined(widget.localName);
  await widget.updateComplete;
  await waitUntil(() => widget.shadowRoot && !widget.shadowRoot.querySelector('[aria-busy], .pending'), `<${widget.localName}> is still loading`, {
    timeout: 8000,
  });
  await widget.updateComplete;
}

const titles = (widget: Element): string[] =>
  [...widget.shadowRoot!.querySelectorAll('[part~="title"], [part~="crumb"]')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

const attributesOf = (element: Element): Record<string, string> => Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)!]));

describe('the configurator', () => {
  let module: ConfiguratorModule;
  let markup: string;
  let root: HTMLElement;
  let started: Started;
  let elements: ManifestElement[];

  before(async () => {
    module = await loadModule();
    const page = new DOMParser().parseFromString(await (await fetch('/demo/configurator.html')).text(), 'text/html');
    markup = page.querySelector('[data-configurator]')!.outerHTML;
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/configurator.css' }));
    document.documentElement.lang = 'vi';
    elements = await manifestElements();
  });

  beforeEach(async () => {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    root = holder.firstElementChild as HTMLElement;
    document.body.append(root);
    started = await module.startConfigurator(root, { manifestUrls: [MANIFEST_URL], feedBase: new URL('/demo/', location.href).href });
  });

  afterEach(() => {
    root.remove();
    sinon.restore();
  });

  const $ = <T extends HTMLElement = HTMLInputElement>(selector: string) => root.querySelector<T>(selector)!;
  const control = <T extends HTMLElement = HTMLInputElement>(attribute: string) => $<T>(`[data-attribute="${attribute}"]`);
  const property = (name: string) => $(`[data-property="${name}"]`);
  const chooseElement = (tag: string) => {
    const select = $<HTMLSelectElement>('[data-element]');
    select.value = tag;
    select.dispatchEvent(new Event('change'));
  };
  /** Sets a control as a person would: its value, then the event the page listens to. */
  const set = (input: HTMLInputElement | HTMLSelectElement, value: string | boolean) => {
    if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
    else input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement || input.type === 'checkbox' ? 'change' : 'input'));
  };
  /** The snippet as a document fragment (a template's content: parsed, never run). */
  const parsedSnippet = () => {
    const template = document.createElement('template');
    template.innerHTML = started.snippet();
    return template.content;
  };

  it('offers every attribute and custom property of each element, from the manifest, with its documented values and default', async () => {
    const select = $<HTMLSelectElement>('[data-element]');
    expect([...select.options].map((option) => option.value)).to.have.members(elements.map((element) => element.tagName));
    expect(select.value, 'the list first').to.equal('news-list');
    for (const element of elements) {
      chooseElement(element.tagName);
      expect(started.widget.localName).to.equal(element.tagName);
      const offered = [...root.querySelectorAll<HTMLElement>('[data-attribute]')].map((input) => input.dataset.attribute);
      expect(offered, element.tagName).to.have.members([...new Set(element.attributes.map((a) => a.name))]);
      const properties = [...root.querySelectorAll<HTMLElement>('[data-property]')].map((input) => input.dataset.property);
      expect(properties, element.tagName).to.have.members([...new Set(element.cssProperties.map((p) => p.name))]);

      for (const attribute of element.attributes) {
        const input = control<HTMLInputElement | HTMLSelectElement>(attribute.name);
        const type = (attribute.type?.text ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '');
        const preset = /^'(.*)'$/.exec(attribute.default ?? '')?.[1] ?? (/^\d+$/.test(attribute.default ?? '') ? attribute.default : '');
        // Every control is labelled and described by the manifest's text.
        expect(root.querySelector(`label[for="${input.id}"]`)?.textContent, attribute.name).to.include(attribute.name);
        if (type === 'boolean') expect((input as HTMLInputElement).type, attribute.name).to.equal('checkbox');
        else if (type === 'number') expect((input as HTMLInputElement).type, attribute.name).to.equal('number');
        if (input instanceof HTMLSelectElement) {
          const options = [...input.options].map((option) => option.value).filter(Boolean);
          const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
          // A union of literals as written; a named type as its description documents it.
          if (literals.length) expect(options, attribute.name).to.have.members(literals);
          else for (const option of options) expect(attribute.description, `${attribute.name}: ${option}`).to.include(`\`${option}\``);
        }
        if (preset && attribute.name !== 'src') expect(input.value, `${attribute.name}'s default`).to.equal(preset);
      }
    }
    chooseElement('news-list');
    expect([...control<HTMLSelectElement>('layout').options].map((option) => option.value)).to.deep.equal(['list', 'grid', 'compact', 'featured', 'ticker', 'carousel']);
    expect([...control<HTMLSelectElement>('pagination').options].map((option) => option.value)).to.deep.equal(['none', 'pages', 'more', 'infinite']);
    expect([...control<HTMLSelectElement>('date-format').options].map((option) => option.value)).to.deep.equal(['long', 'short', 'relative']);
    chooseElement('news-card');
    expect([...control<HTMLSelectElement>('variant').options].map((option) => option.value)).to.deep.equal(['vertical', 'horizontal', 'compact']);
  });

  it('changes the live widget as a control changes, and writes only what differs from the defaults', async () => {
    const widget = started.widget;
    expect(attributesOf(widget)).to.deep.equal({ src: FEED });
    set(control<HTMLSelectElement>('layout'), 'grid');
    set(control('limit'), '3');
    set(control('skip-open'), true);
    expect(started.widget).to.equal(widget);
    expect(attributesOf(widget)).to.deep.equal({ src: FEED, layout: 'grid', limit: '3', 'skip-open': '' });
    await settled(widget);
    expect(widget.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(3);
    // In the fields' order, one attribute a line when they make a long line.
    expect(started.snippet()).to.include(`<news-list\n  src="${FEED}"\n  limit="3"\n  skip-open\n  layout="grid"\n></news-list>`);

    // Back to the default: the attribute goes.
    set(control<HTMLSelectElement>('layout'), 'list');
    set(control('limit'), '10');
    set(control('skip-open'), false);
    expect(attributesOf(widget)).to.deep.equal({ src: FEED });

    // A demo feed, chosen: the src field follows.
    const other = new URL('/demo/feeds/school-news.en.json', location.href).href;
    set($<HTMLSelectElement>('[data-demo-feed]'), other);
    expect(control('src').value).to.equal(other);
    expect(widget.getAttribute('src')).to.equal(other);

    // Another element: a new widget, the feed and the shared attributes kept.
    set(control<HTMLInputElement>('lang'), 'en');
    chooseElement('news-card');
    set(control<HTMLSelectElement>('variant'), 'horizontal');
    expect(started.widget.localName).to.equal('news-card');
    expect(attributesOf(started.widget)).to.deep.equal({ src: other, variant: 'horizontal', lang: 'en' });

    // The page's language of the preview: a widget started anew in it, with the same attributes.
    const card = started.widget;
    set($<HTMLSelectElement>('[data-preview-lang]'), 'en');
    expect(started.widget).not.to.equal(card);
    expect(started.widget.parentElement!.lang).to.equal('en');
    expect(attributesOf(started.widget)).to.deep.equal({ src: other, variant: 'horizontal', lang: 'en' });
  });

  it('typed into with the keyboard, a field changes the widget; the copy button copies and says so politely', async () => {
    const clipboard = sinon.stub(navigator.clipboard, 'writeText').resolves();
    control('category').focus();
    await sendKeys({ type: 'Thông báo' });
    expect(started.widget.getAttribute('category')).to.equal('Thông báo');

    $<HTMLButtonElement>('[data-copy]').focus();
    await sendKeys({ press: 'Enter' });
    const status = $('[data-copied]');
    await waitUntil(() => status.textContent!.includes('Copied'), 'the copy was not announced');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Đã chép · Copied');
    expect(clipboard.calledOnceWith(started.snippet())).to.equal(true);
  });

  it('applies a custom property to the preview and writes it in the snippet’s style', async () => {
    set(property('--news-color-accent'), '#b71c1c');
    set(property('--news-radius'), '0px');
    const widget = started.widget;
    expect(widget.style.getPropertyValue('--news-color-accent')).to.equal('#b71c1c');
    await settled(widget);
    // The accent colours each card's category.
    const category = widget.shadowRoot!.querySelector('[part~="category"]')!;
    expect(getComputedStyle(category).color).to.equal('rgb(183, 28, 28)');
    expect(getComputedStyle(widget.shadowRoot!.querySelector('[part~="image"]')!).borderTopLeftRadius).to.equal('0px');
    // Scoped to the snippet's own element by a class (the preview has it too).
    const scope = started.config.className!;
    expect(scope).to.match(/^news-w-[a-z0-9]+$/);
    expect(widget.classList.contains(scope)).to.equal(true);
    expect(started.snippet()).to.include(`<news-list\n  class="${scope}"\n  src="${FEED}"\n></news-list>`);
    expect(started.snippet()).to.include(`<style>\n  news-list.${scope} {\n    --news-color-accent: #b71c1c;\n    --news-radius: 0px;\n  }\n</style>`);
    // The colour picker follows a hex colour typed.
    expect($('#cfg-css-news-color-accent-picker').value).to.equal('#b71c1c');
  });

  it('never lets a typed value into the snippet as markup, CSS or a script URL', async () => {
    const hostile = '"><script>alert(1)</script><b x="';
    set(control('category'), hostile);
    set(control('article-href'), 'javascript:alert(1)//{id}');
    set(property('--news-color-accent'), 'red;}body{display:none');
    set(property('--news-font-family'), 'x"}</style><script>alert(2)</script>');
    set(property('--news-color-text'), 'url(https://evil.example/x.png)');
    set(property('--news-radius'), 'expression(alert(3))');
    set($('[data-script-url]'), 'javascript:alert(4)');

    const snippet = started.snippet();
    expect(snippet).not.to.include('<script>');
    expect(snippet).not.to.match(/display|body\s*\{|url\(|expression|javascript:/);
    const fragment = parsedSnippet();
    expect(fragment.querySelectorAll('script').length, 'the library’s script only').to.equal(1);
    expect(fragment.querySelector('script')!.getAttribute('src')).to.equal(module.DEFAULT_SCRIPT_URL);
    expect(fragment.querySelectorAll('*').length, 'link, script, element: no injected element').to.equal(3);
    const list = fragment.querySelector('news-list')!;
    expect(list.getAttribute('category')).to.equal(hostile.trim());
    expect(list.hasAttribute('article-href')).to.equal(false);
    expect(fragment.querySelector('style')).to.equal(null);

    // Each refused value is marked on its control, with why, and kept out of the preview.
    for (const input of [control('article-href'), property('--news-color-accent'), property('--news-font-family'), property('--news-color-text'), property('--news-radius'), $('[data-script-url]')]) {
      expect(input.getAttribute('aria-invalid'), input.id).to.equal('true');
      expect(document.getElementById(`${input.id}-error`)!.textContent, input.id).not.to.equal('');
    }
    expect(started.widget.getAttribute('style')).to.equal(null);
    expect(started.widget.hasAttribute('article-href')).to.equal(false);

    // A feed URL that is not http(s): refused, the element gets none.
    set(control('src'), 'javascript:alert(5)');
    expect(control('src').getAttribute('aria-invalid')).to.equal('true');
    expect(started.widget.hasAttribute('src')).to.equal(false);
    expect(parsedSnippet().querySelector('news-list')!.hasAttribute('src')).to.equal(false);

    // A script URL with markup in it stays one attribute.
    set($('[data-script-url]'), 'https://cdn.example/nw.js"><script>alert(6)</script>');
    expect($('[data-script-url]').getAttribute('aria-invalid')).to.equal('true');
    set($('[data-script-url]'), '/static/news-widgets/news-widgets.js?v="x"');
    expect(parsedSnippet().querySelectorAll('script').length).to.equal(1);
  });

  it('checks CSS values and URLs by themselves', () => {
    for (const value of ['#b71c1c', 'rgb(183 28 28 / 50%)', 'oklch(0.5 0.2 30)', "Georgia, 'Times New Roman', serif", '"/"', 'calc(1em + 2px)', 'var(--x, 4px)', '16 / 9', '2px solid color-mix(in srgb, red 50%, blue)', '[a] 1fr [b]', '"[" var(--x)']) {
      expect(module.checkCss(value), value).to.equal('');
    }
    for (const value of ['red;', 'a}b', 'x{', '<', 'url(x)', 'URL(x)', 'image-set("x" 1x)', 'expression(1)', 'red /* x', '\\7d', '"unclosed', 'rgb(1, 2, 3', 'red !important', '@import "x"', 'attr(x)', 'a\nb', 'var(--a) [', '[a', 'a]', '([)]', 'var(--a, [x)]']) {
      expect(module.checkCss(value), value).not.to.equal('');
    }
    for (const url of ['https://portal.example/feed.json', 'http://x.example/a', '/tin-tuc/feed.json', 'feed.json', '../a.json b.json', '?tin={id}']) expect(module.isSafeUrl(url), url).to.equal(true);
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:x', 'data:text/html,x', 'java\tscript:x', 'a.json javascript:x', 'vbscript:x', '"><b>', '']) expect(module.isSafeUrl(url), url).to.equal(false);
    expect(module.escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('refuses an unclosed square bracket, which the browser would take (var()) and which would empty the whole rule', async () => {
    // What CSS.supports says of it: anything with var() passes, so the bracket check is checkCss's.
    expect(module.fitsProperty('--news-color-accent', 'var(--a) [')).to.equal(true);
    set(property('--news-color-accent'), 'var(--a) [');
    set(property('--news-radius'), '0px');
    const input = property('--news-color-accent');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(`${input.id}-error`)!.textContent).to.include('not closed');
    expect(started.snippet()).not.to.include('[');
    expect(started.snippet()).to.include('--news-radius: 0px;');
    expect(started.widget.style.getPropertyValue('--news-color-accent')).to.equal('');
    expect(started.widget.style.getPropertyValue('--news-radius')).to.equal('0px');
  });

  it('offers the CSS rule alone, for a page whose Content Security Policy refuses inline styles', async () => {
    const box = $('[data-css-rule-box]');
    expect(box.hidden, 'no property, no rule').to.equal(true);
    set(property('--news-color-accent'), '#1565c0');
    expect(box.hidden).to.equal(false);
    const scope = started.config.className!;
    expect(started.cssRule()).to.equal(`news-list.${scope} {\n  --news-color-accent: #1565c0;\n}\n`);
    expect(parsedSnippet().querySelector('style')!.textContent!.replace(/^ {2}/gm, '').trim()).to.equal(started.cssRule().trim());
    const hint = document.getElementById($('[data-css-rule]').getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.match(/Content Security Policy refuses inline styles/);
    expect(hint.textContent).to.match(/portal's stylesheet/);

    // Its own copy button, its own status.
    const clipboard = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const button = box.querySelector<HTMLButtonElement>('[data-copy]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const status = box.querySelector('[data-copied]')!;
    await waitUntil(() => status.textContent!.includes('Copied'), 'the copy was not announced');
    expect(clipboard.calledOnceWith(started.cssRule())).to.equal(true);
    expect($('[data-copied]').textContent, 'the snippet’s status').to.equal('');

    // On a strict page the snippet's <style> does nothing; the rule in a stylesheet of the page's own does.
    set($('[data-script-url]'), '/dist/news-widgets.js');
    const strict = `<meta http-equiv="Content-Security-Policy" content="style-src 'self'">`;
    const { frame, widget } = await inBlankPage(started.snippet(), strict);
    try {
      const accent = () => frame.contentWindow!.getComputedStyle(widget).getPropertyValue('--news-color-accent').trim();
      expect(accent(), 'the inline <style>, refused').not.to.equal('#1565c0');
      const sheet = new (frame.contentWindow as typeof window).CSSStyleSheet();
      sheet.replaceSync(started.cssRule());
      frame.contentDocument!.adoptedStyleSheets = [sheet];
      expect(accent()).to.equal('#1565c0');
    } finally {
      frame.remove();
    }
  });

  it('scopes the snippet’s style to its own element: two snippets in one page keep their own colours', async () => {
    set($('[data-script-url]'), '/dist/news-widgets.js');
    set(control('limit'), '2');
    set(property('--news-color-accent'), '#b71c1c');
    const red = started.snippet();
    const redClass = started.config.className!;
    set(property('--news-color-accent'), '#1565c0');
    const blue = started.snippet();
    const blueClass = started.config.className!;
    expect(redClass).not.to.equal(blueClass);
    // Stable: the same style, the same class.
    set(property('--news-color-accent'), '#b71c1c');
    expect(started.config.className).to.equal(redClass);
    expect(started.snippet()).to.equal(red);

    // The two snippets and a list of the portal's own, without any class, in one page.
    const { frame } = await inBlankPage(`${red}\n${blue}\n<news-list src="${FEED}" limit="2"></news-list>`);
    try {
      const lists = [...frame.contentDocument!.querySelectorAll<Widget>('news-list')];
      expect(lists).to.have.length(3);
      for (const list of lists) await settled(list);
      const accent = (list: Element) => frame.contentWindow!.getComputedStyle(list.shadowRoot!.querySelector('[part~="category"]')!).color;
      expect(lists[0].className).to.equal(redClass);
      expect(lists[1].className).to.equal(blueClass);
      expect(accent(lists[0])).to.equal('rgb(183, 28, 28)');
      expect(accent(lists[1])).to.equal('rgb(21, 101, 192)');
      expect(accent(lists[2]), 'the portal’s own list').not.to.be.oneOf(['rgb(183, 28, 28)', 'rgb(21, 101, 192)']);
    } finally {
      frame.remove();
    }
  });

  it('takes the stylesheet’s URL and the script tag’s kind where the library’s URL does not end in its file name', async () => {
    const sheetField = $('[data-stylesheet-url]');
    const kind = () => root.querySelector<HTMLInputElement>('[data-script-type]:checked')!.value;
    const link = () => parsedSnippet().querySelector('link')?.getAttribute('href');
    const script = () => parsedSnippet().querySelector('script')!;
    // Derived from the default URL, which ends in its file name.
    expect(sheetField.value).to.equal('https://your-portal.example/news-widgets/news-widgets.css');
    expect(kind()).to.equal('module');

    // Liferay's Documents and Media: the file's name, then an id. No stylesheet can be derived: none is written, and the field asks for one.
    set($('[data-script-url]'), 'https://portal.example/documents/20121/0/news-widgets.all.js/8a7c-uuid?t=1700000000');
    expect(sheetField.value).to.equal('');
    expect(sheetField.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById('cfg-stylesheet-url-error')!.textContent).not.to.equal('');
    expect(link()).to.equal(undefined);
    expect(kind(), 'news-widgets.all.js: a module').to.equal('module');
    expect(script().type).to.equal('module');

    // The stylesheet's own URL, typed.
    set(sheetField, 'https://portal.example/documents/d/guest/news-widgets-css');
    expect(sheetField.hasAttribute('aria-invalid')).to.equal(false);
    expect(link()).to.equal('https://portal.example/documents/d/guest/news-widgets-css');

    // The classic build under a friendly URL: told by its name; the typed stylesheet URL kept.
    set($('[data-script-url]'), '/documents/d/guest/news-widgets-iife-js');
    expect(kind()).to.equal('classic');
    expect(script().type).to.equal('');
    expect(script().hasAttribute('defer')).to.equal(true);
    expect(started.snippet()).to.include('<script src="/documents/d/guest/news-widgets-iife-js" defer></script>');
    expect(link()).to.equal('https://portal.example/documents/d/guest/news-widgets-css');

    // A URL that tells nothing: the owner's choice, with the keyboard.
    set($('[data-script-url]'), '/documents/d/guest/nw-bundle');
    expect(kind(), 'kept').to.equal('classic');
    root.querySelector<HTMLInputElement>('#cfg-script-classic')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(kind()).to.equal('module');
    expect(script().type).to.equal('module');

    // No stylesheet: the field is off, nothing asked.
    set($('[data-stylesheet]'), false);
    expect(sheetField.disabled).to.equal(true);
    expect(link()).to.equal(undefined);
    set($('[data-stylesheet]'), true);

    // A refused stylesheet URL is marked and left out.
    set(sheetField, 'javascript:alert(1)');
    expect(sheetField.getAttribute('aria-invalid')).to.equal('true');
    expect(link()).to.equal(undefined);

    // Emptied, the field follows the library's URL again.
    set(sheetField, '');
    set($('[data-script-url]'), 'https://cdn.example/nw/news-widgets.iife.js?v=2');
    expect(sheetField.value).to.equal('https://cdn.example/nw/news-widgets.css');
    set($('[data-script-url]'), 'https://cdn.example/nw2/news-widgets.js');
    expect(sheetField.value, 'still following').to.equal('https://cdn.example/nw2/news-widgets.css');
    expect(kind()).to.equal('module');
    expect(link()).to.equal('https://cdn.example/nw2/news-widgets.css');
  });

  it('tells a stylesheet URL and a script kind from a library URL only when its name tells them', () => {
    const cases: [string, string, string][] = [
      ['https://your-portal.example/news-widgets/news-widgets.js', 'https://your-portal.example/news-widgets/news-widgets.css', 'module'],
      ['https://cdn.example/nw/news-widgets.iife.js?v=1#x', 'https://cdn.example/nw/news-widgets.css', 'classic'],
      ['/files/news-widgets.all.js', '/files/news-widgets.css', 'module'],
      ['/files/autoload.js', '/files/news-widgets.css', 'module'],
      ['https://portal.example/documents/20121/0/news-widgets.all.js/8a7c-uuid?t=1', '', 'module'],
      ['/documents/d/guest/news-widgets-iife-js', '', 'classic'],
      ['/documents/d/guest/news-widgets-js', '', 'module'],
      ['https://portal.example/documents/d/guest/bundle', '', ''],
      ['https://portal.example', '', ''],
    ];
    for (const [url, sheet, kind] of cases) {
      expect(module.stylesheetUrl(url), url).to.equal(sheet);
      expect(module.scriptKindOf(url), url).to.equal(kind);
    }
  });

  it('writes a classic script tag for the classic build, and the stylesheet beside the library', () => {
    set($('[data-script-url]'), 'https://cdn.example/nw/news-widgets.iife.js');
    expect(started.snippet()).to.include('<link rel="stylesheet" href="https://cdn.example/nw/news-widgets.css" />\n<script src="https://cdn.example/nw/news-widgets.iife.js" defer></script>');
    set($('[data-stylesheet]'), false);
    set($('[data-script-url]'), '/files/news-widgets.all.js');
    expect(started.snippet()).to.match(/^<script type="module" src="\/files\/news-widgets.all.js"><\/script>\n/);
  });

  /** The snippet in a blank page of its own (a frame), the script tag pointed at the built bundle. */
  async function inBlankPage(snippet: string, head = ''): Promise<{ frame: HTMLIFrameElement; widget: Widget }> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 700px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}<title>Portal page</title></head><body>${snippet}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const tag = started.config.tag;
    await waitUntil(() => frame.contentDocument?.querySelector(tag), `no <${tag}> in the snippet's page`);
    const widget = frame.contentDocument!.querySelector(tag) as Widget;
    await frame.contentWindow!.customElements.whenDefined(tag);
    await settled(widget);
    return { frame, widget };
  }

  const SCENARIOS: { tag: string; attributes: Record<string, string | boolean>; css: Record<string, string> }[] = [
    { tag: 'news-list', attributes: { layout: 'grid', limit: '4', show: 'image date category', offset: '1' }, css: { '--news-color-accent': '#b71c1c', '--news-radius': '2px' } },
    { tag: 'news-card', attributes: { variant: 'horizontal', 'article-id': 'tin-2', 'date-format': 'short' }, css: { '--news-title-font-size': '1.5em' } },
    { tag: 'news-breadcrumb', attributes: { current: 'Tin tức' }, css: { '--news-breadcrumb-separator': '"/"' } },
    { tag: 'news-article', attributes: { 'article-id': 'tin-3', 'heading-level': '2' }, css: { '--news-font-family': 'Georgia, serif' } },
  ];

  for (const { tag, attributes, css } of SCENARIOS) {
    it(`writes a snippet that renders, alone in a blank page with the built library, what its preview showed: <${tag}>`, async () => {
      chooseElement(tag);
      for (const [name, value] of Object.entries(attributes)) set(control(name), value);
      for (const [name, value] of Object.entries(css)) set(property(name), value);
      set($('[data-script-url]'), '/dist/news-widgets.js');
      const preview = started.widget;
      await settled(preview);

      const { frame, widget } = await inBlankPage(started.snippet());
      try {
        expect(widget.localName).to.equal(preview.localName);
        // The same attributes, minus the preview's inline style, which the snippet writes as a <style>.
        const { style, ...previewAttributes } = attributesOf(preview);
        expect(style).to.be.a('string');
        expect(attributesOf(widget)).to.deep.equal(previewAttributes);
        expect(previewAttributes).to.include({ src: FEED, ...Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value === true ? '' : value])) });
        // The same properties, from the snippet's <style>.
        for (const name of Object.keys(css)) {
          expect(frame.contentWindow!.getComputedStyle(widget).getPropertyValue(name).trim(), name).to.equal(getComputedStyle(preview).getPropertyValue(name).trim());
        }
        // The same first titles (or crumbs), and the same words where the page's language is the same.
        const shown = titles(preview);
        expect(shown.length, 'the preview shows titles').to.be.greaterThan(0);
        expect(titles(widget)).to.deep.equal(shown);
        const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
        expect(text(widget)).to.equal(text(preview));
        // Loaded from the built bundle, not the sources.
        const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        expect(scripts).to.include('/dist/news-widgets.js');
        expect(scripts.some((path) => path.startsWith('/src/'))).to.equal(false);
      } finally {
        frame.remove();
      }
    });
  }

  it('is accessible (axe), its controls labelled', async () => {
    await settled(started.widget);
    await expect(root).to.be.accessible();
    root.querySelector('details')!.open = true;
    chooseElement('news-article');
    // With the CSS rule alone shown, and a stylesheet URL asked for (an error shown).
    set(property('--news-font-family'), 'Georgia, serif');
    set($('[data-script-url]'), '/documents/d/guest/news-widgets-iife-js');
    expect($('[data-css-rule-box]').hidden).to.equal(false);
    expect($('[data-stylesheet-url]').getAttribute('aria-invalid')).to.equal('true');
    await settled(started.widget);
    await expect(root).to.be.accessible();
  });

  it('fits a 390 px screen', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      await settled(started.widget);
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      for (const panel of root.querySelectorAll('.cfg-panel')) expect(panel.getBoundingClientRect().right, panel.className).to.be.at.most(390);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('the configurator page', () => {
  /**
   * demo/configurator.html as the build copies it into dist/: the rewrites vite.configurator.ts applies
   * (read from that file, as the test server serves it), so the page offers no demo feeds and loads the
   * built library beside it. Its base is /dist/ (where that copy is); its own script and stylesheet are
   * demo/'s, the files the next build copies (dist/'s are those of the last one).
   */
  async function staticCopy(): Promise<string> {
    const plugin = await (await fetch('/vite.configurator.ts')).text();
    const literal = /\bREWRITES\b[^=]*=\s*(\[[\s\S]*?\]\s*\]);?/.exec(plugin)?.[1];
    const rewrites: [string, string][] = literal ? Function(`return ${literal.replace(/^\s*\/\/.*$/gm, '')}`)() : [];
    if (!rewrites.length) throw new Error('REWRITES not found in vite.configurator.ts');
    let page = await (await fetch('/demo/configurator.html')).text();
    for (const [from, to] of rewrites) {
      expect(page, `the page has ${from}`).to.include(from);
      page = page.replaceAll(from, to);
    }
    expect(page).not.to.include('data-offer-demo-feeds>');
    // Written out in full too: a frame's preload scanner reads the first URLs before the <base>.
    page = page.replace(/(href|src)="\.\/([\w.-]+)"/g, (_, name, file) => `${name}="/${file.startsWith('configurator.') ? 'demo' : 'dist'}/${file}"`);
    return page.replace('<head>', '<head><base href="/dist/">');
  }

  /** The page in a frame of `width`, started. */
  async function open(source: { src: string } | { srcdoc: string }, width: number): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
    Object.assign(frame, source);
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('[data-form]:not([hidden])'), 'the page did not start', { timeout: 10000 });
    // Its stylesheets applied.
    await waitUntil(() => frame.contentWindow!.getComputedStyle(frame.contentDocument!.querySelector('.cfg-panel')!).borderTopStyle === 'solid', 'no style');
    return frame;
  }

  for (const variant of ['dev server (demo/)', 'static copy (dist/)']) {
    for (const width of [1280, 390]) {
      it(`lays the feed field out at full width, with no sideways scroll: ${variant}, ${width} px`, async () => {
        const frame = await open(variant.startsWith('static') ? { srcdoc: await staticCopy() } : { src: '/demo/configurator.html' }, width);
        try {
          const page = frame.contentDocument!;
          expect(page.querySelector<HTMLElement>('[data-demo-feeds]')!.hidden, 'demo feeds offered').to.equal(!variant.startsWith('dev'));
          const input = page.querySelector<HTMLInputElement>('[data-feed-field] input')!;
          expect(input.getBoundingClientRect().width, 'the feed input').to.be.at.least(200);
          const panel = page.querySelector('.cfg-feed')!.getBoundingClientRect();
          expect(input.getBoundingClientRect().right).to.be.at.most(panel.right);
          expect(page.documentElement.scrollWidth, 'the page').to.be.at.most(width);
          for (const element of page.querySelectorAll('.cfg-panel, .cfg-panel input, .cfg-panel select, .cfg-panel textarea')) {
            const box = element.getBoundingClientRect();
            if (box.width) expect(box.right, element.id || element.className).to.be.at.most(width);
          }
        } finally {
          frame.remove();
        }
      });
    }
  }

  it('finds the library and the manifest by itself, offers the demo feeds, and shows the widget', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
    frame.src = '/demo/configurator.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('[data-form]:not([hidden])'), 'the page did not start', { timeout: 10000 });
      const page = frame.contentDocument!;
      expect([...page.querySelectorAll<HTMLOptionElement>('[data-demo-feed] option')].map((option) => option.value).filter(Boolean)).to.have.length(3);
      const widget = page.querySelector('[data-preview] news-list') as Widget;
      await settled(widget);
      expect(titles(widget).length).to.equal(10);
      expect(page.querySelector<HTMLTextAreaElement>('[data-snippet]')!.value).to.include('<news-list src="');
    } finally {
      frame.remove();
    }
  });
});
