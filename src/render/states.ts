/** The non-content states every element shows: a message, and for errors a reason and a retry. */
import { html, nothing, type TemplateResult } from 'lit';
import { NewsError } from '../data/errors.js';
import type { NewsStrings } from '../i18n/strings.js';

export function renderMessage(message: string, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div part="status" class="status" role="status"><p class="message">${message}</p>${extra}</div>`;
}

export function renderError(error: unknown, strings: NewsStrings, retry: () => void): TemplateResult {
  const code = error instanceof NewsError ? error.code : 'network';
  const reason = code === 'http' ? 'network' : code === 'parse' ? 'format' : code;
  return html`<div part="status" class="status error" role="status">
    <p class="message">${strings.error}</p>
    <p class="reason">${strings.reasons[reason]}</p>
    ${code === 'config' ? nothing : html`<button part="button" class="button" type="button" @click=${retry}>${strings.retry}</button>`}
  </div>`;
}
