/**
 * The referral summary a practitioner copies or prints: plain text, built from the decision,
 * shown on screen and never stored or sent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision } from '@rpc-kit/rules';
import type { UiLocale } from './i18n.js';
import type { TemplateHost } from './templates.js';

export interface SummaryHost extends TemplateHost {
  readonly locale: UiLocale;
}

/** The summary as plain text: date, route, urgency, indicators by category, reasons, wording version. */
export function referralSummaryText(host: SummaryHost, d: Decision, today: Date = new Date()): string {
  const t = host.t.bind(host);
  const findings = d.findings.length
    ? d.findings.map(
        (f) => `- ${f.categoryLabel ? `${f.categoryLabel}: ` : ''}${f.text}${f.answer === 'unsure' ? ' (?)' : ''}`,
      )
    : [`- ${t('ui.summary.none')}`];
  return [
    t('ui.summary.title'),
    `${t('ui.summary.date')}: ${today.toLocaleDateString(host.locale === 'cy' ? 'cy-GB' : 'en-GB')}`,
    `${t('ui.summary.route')}: ${t(`ui.route.${d.route}`)}`,
    `${t('ui.summary.urgent')}: ${d.urgent ? t('ui.yes') : t('ui.no')}`,
    `${t('ui.summary.indicators')}:`,
    ...findings,
    `${t('ui.summary.reasons')}:`,
    ...d.reasons.map((r) => `- ${r}`),
    `${t('ui.summary.pathways')}: ${d.pathways.map((p) => p.name).join(', ') || t('ui.summary.none')}`,
    `${t('ui.summary.version')}: ${d.contentVersion}`,
  ].join('\n');
}

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
  host: SummaryHost,
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
