import { html, nothing, type TemplateResult } from 'lit';
import type { NewsStrings } from '../i18n/strings.js';
import { relFor } from './safe.js';

/** After a link that opens a new tab or window: an arrow to see, words to hear (the styles: tokens). */
export function newTabHint(target: string | undefined, strings: NewsStrings): TemplateResult | typeof nothing {
  return relFor(target) ? html`<span class="new-tab" aria-hidden="true">↗</span><span class="sr-only">${strings.newTab}</span>` : nothing;
}
