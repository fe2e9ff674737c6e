import { html, type TemplateResult } from 'lit';
import type { TemplateHost } from './host.js';

/** The first-use note on the quick exit, with the council's advice on browsing safely. */
export function renderQuickExitNote(host: TemplateHost, safeBrowsingUrl: string): TemplateResult {
  return html`<div class="notice" part="quick-exit-note">
    <p>${host.t('ui.quick-exit-note')}</p>
    <p>
      <a href=${safeBrowsingUrl} rel="noopener noreferrer">${host.t('ui.safe-browsing')}</a>
    </p>
  </div>`;
}
