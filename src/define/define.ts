/**
 * Registration, apart from the classes (as Shoelace keeps it): a tag that is already defined (another copy
 * of the library on the page, or an app that registered its own) is left as it is, never thrown on.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
