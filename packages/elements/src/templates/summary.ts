/**
 * The referral summary a practitioner copies or prints. Its text comes from the rules
 * (`referralSummary`), built from the same result the screen shows; nothing is stored or sent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TemplateHost } from './host.js';

/** Copies text; if the clipboard is refused, selects it on screen so it can be copied by hand. */
export async function copyText(text: string, fallback: Node | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback) getSelection()?.selectAllChildren(fallback);
    return false;
  }
}

/** The summary section with Copy and Print buttons. */
export function renderReferralSummary(
  host: TemplateHost,
  text: string,
  copied: boolean,
  onCopy: () => void,
): TemplateResult {
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    <h3 id="summary-heading">${host.t('ui.summary.title')}</h3>
    <p class="hint no-print">${host.t('ui.summary.note')}</p>
    <pre>${text}</pre>
    <div class="actions no-print">
      <button class="button secondary" type="button" @click=${onCopy}>${host.t('ui.summary.copy')}</button>
      <button class="button secondary" type="button" @click=${() => print()}>${host.t('ui.summary.print')}</button>
      ${copied ? html`<span>${host.t('ui.summary.copied')}</span>` : nothing}
    </div>
  </section>`;
}
