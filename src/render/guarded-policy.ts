/**
 * A Trusted Types policy that hands out no trust: made once, on first use, by
 * the module that owns it, and whose rules refuse anything not given to them
 * while that module's own code runs (synchronously) through the runner this
 * returns. The runner stays in its module; the library's modules are files
 * any script on the page can import, so none of them exports a runner, a
 * policy or a Trusted* value.
 */

type Rules = Record<string, (text: string) => string>;

function refuse(): never {
  throw new TypeError('news-widgets: this Trusted Types policy only takes what the library itself writes');
}

/**
 * The runner of policy `name`: `run(use)` calls `use` with the policy open,
 * and returns undefined where the page refuses the name (its CSP does not
 * list it, or another copy of the library took it). Without Trusted Types,
 * the rules themselves: the same text either way.
 */
export function guardedPolicy<R extends Rules>(name: string, rules: R): <T>(use: (policy: R) => T) => T | undefined {
  let open = 0;
  const guarded = Object.fromEntries(
    Object.entries(rules).map(([key, rule]) => [key, (text: string) => (open ? rule(text) : refuse())]),
  ) as R;
  /** undefined: not made yet; null: the page refused it. */
  let policy: R | null | undefined;
  return (use) => {
    if (policy === undefined) {
      const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: R): R } }).trustedTypes;
      try {
        policy = factory ? factory.createPolicy(name, guarded) : guarded;
      } catch {
        policy = null;
      }
    }
    if (!policy) return undefined;
    open++;
    try {
      return use(policy);
    } finally {
      open--;
    }
  };
}
