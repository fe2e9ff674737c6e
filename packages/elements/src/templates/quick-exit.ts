import { html, type TemplateResult } from 'lit';
import type { ResolvedConfig } from '@rpc-kit/rules/lean';
import type { UiLocale } from '../i18n.js';
import type { TemplateHost } from './host.js';

/**
 * The element's quick exit, at its top. The page's registry shows one per page (see
 * `<rpc-quick-exit>`), in the element's language and with the council's wording. `url`: where it
 * goes (the council's address may be known before the rest of its config is checked).
 */
export function renderQuickExit(config: ResolvedConfig, locale: UiLocale, url = config.quickExitUrl): TemplateResult {
  return html`<rpc-quick-exit
    part="quick-exit"
    exportparts="button: quick-exit-button, bar: quick-exit-bar"
    class="no-print"
    .url=${url}
    .locale=${locale}
    .strings=${config.strings}
    .preset=${config.branding.preset}
  ></rpc-quick-exit>`;
}

/**
 * What the quick exit does and cannot do, shown before its first use: the button, Shift 3 times,
 * the answers wiped, and what stays (browsing history, call logs, synced devices), with the
 * council's advice on browsing safely. It names the button as it shows, in the council's words if
 * it has its own.
 */
export function renderQuickExitNote(host: TemplateHost, safeBrowsingUrl: string): TemplateResult {
  return html`<div class="notice" part="quick-exit-note">
    <p>${host.t('ui.quick-exit-note', { label: host.t('ui.quick-exit') })}</p>
    <p><a href=${safeBrowsingUrl} rel="noopener noreferrer">${host.t('ui.safe-browsing')}</a></p>
  </div>`;
}
