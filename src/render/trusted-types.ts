/**
 * The library's one Trusted Types policy, `news-widgets`. A page that enforces
 * Trusted Types (`require-trusted-types-for 'script'`) lets our DOM writes
 * through when its CSP names this policy (`trusted-types news-widgets lit-html …`).
 *
 * Every rule lives in RULES, so the policy is made by one `createPolicy` call,
 * once, on first use: a second call with the same name would throw on such a
 * page. To add a rule (e.g. `createHTML` for the sanitizer), add it to RULES
 * and export a function like `trustedScript` below.
 */

/** The rules, typed as what they return without Trusted Types; with them, the policy returns Trusted* objects, which the DOM takes wherever it takes these strings. */
interface Rules {
  createScript(text: string): string;
  createHTML(text: string): string;
}

const RULES: Rules = {
  // Only ever given JSON (see json-ld.ts). In JSON a `<` can only stand inside a
  // string, where `\u003c` means the same; without any `<`, no `</script>` or
  // `<!--` can end or confuse the script element the text goes into.
  createScript: (json) => json.replace(/</g, '\\u003c'),
  // Only ever given to DOMParser by the adapters (data/adapters/markup.ts), for
  // feeds' XML and for HTML fields turned into text: an inert document, which
  // runs no script, and none of which reaches the page. Never for rendering.
  createHTML: (markup) => markup,
};

/** undefined: not made yet; null: the page refused it. */
let policy: Rules | null | undefined;

function getPolicy(): Rules | null {
  if (policy === undefined) {
    const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: Rules): Rules } }).trustedTypes;
    try {
      // Without Trusted Types, the rules are applied as they are: the same text either way.
      policy = factory ? factory.createPolicy('news-widgets', RULES) : RULES;
    } catch {
      // The page's CSP does not allow the name, or another copy of the library took it.
      policy = null;
    }
  }
  return policy;
}

/**
 * JSON as the text of a `<script type="application/ld+json">` (a Trusted Types
 * sink), `<` escaped. `undefined` where the page refuses our policy: the caller
 * then writes nothing rather than throw.
 */
export function trustedScript(json: string): string | undefined {
  return getPolicy()?.createScript(json);
}

/** Markup for DOMParser only (see RULES.createHTML); `undefined` where the page refuses our policy. */
export function trustedHTML(markup: string): string | undefined {
  return getPolicy()?.createHTML(markup);
}
