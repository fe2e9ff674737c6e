/**
 * The report panel: what prints for a board. The council and the records counted, two rounds
 * compared in plain words (the first and the last to start with), the charts, the key figures, and
 * the summary in words. The figures themselves are in `report.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { KIND_TITLES, auditWords, describeComparison, describeSummary, type AuditSummary } from '@rpc-kit/rules/lean';
import { describeOptions, label, pathwayName, type AuditHost } from './host.js';
import { chosenRounds } from './records-store.js';
import { headlineFigure, keyFigures, kindFigure, summaryLines, type ReportContext } from './report.js';

/** What the report templates need from the element. */
function reportContext(host: AuditHost): ReportContext {
  return {
    t: (id, values) => host.t(id, values),
    locale: host.locale,
    label: (text) => label(host, text),
    pathwayName: (id) => pathwayName(host, id),
    chartWidth: host.chartWidth,
  };
}

/** Two rounds to compare (the first and the last to start with), and the change in plain words. */
function renderCompare(host: AuditHost, summary: AuditSummary): TemplateResult {
  const rounds = summary.rounds.map((r) => r.round);
  const comparison = summary.comparison;
  if (rounds.length < 2) return html`<p class="comparison single">${host.t('ui.practice-audit.one-round')}</p>`;
  const chosen = chosenRounds(rounds, host.compareFrom, host.compareTo);
  const pick = (id: string, text: string, value: string | undefined, set: (v: string) => void) =>
    html`<div class="field">
      <label for=${id}>${text}</label>
      <select id=${id} .value=${live(value ?? '')} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${rounds.map((r) => html`<option value=${r} ?selected=${r === value}>${r}</option>`)}
      </select>
    </div>`;
  return html`<div class="compare">
    <fieldset class="compare-rounds no-print">
      <legend>${host.t('ui.practice-audit.compare')}</legend>
      ${pick('compare-from', host.t('ui.practice-audit.from'), chosen.from, (v) => (host.compareFrom = v))}
      ${pick('compare-to', host.t('ui.practice-audit.to'), chosen.to, (v) => (host.compareTo = v))}
    </fieldset>
    ${
      comparison
        ? html`<p class=${`comparison${comparison.change?.clear ? ' clear' : ''}`}>
            <strong>${describeComparison(comparison, host.locale)}</strong>
          </p>`
        : html`<p class="comparison single">${host.t('ui.practice-audit.same-round')}</p>`
    }
  </div>`;
}

/** The report: the summary, the comparison, the charts and tables, the summary in words, and Print. */
export function renderReportPanel(host: AuditHost): TemplateResult {
  const summary = host.summary;
  const kind = host.kind;
  const w = auditWords(host.locale);
  const council = host.configState.config.council;
  const overview = w.overview(label(host, KIND_TITLES[kind]), kind, summary.records, summary.rounds.length);
  const ctx = reportContext(host);
  return html`<section class="report" part="report" aria-labelledby="report-heading">
    <h3 id="report-heading">${host.t('ui.practice-audit.summary')}</h3>
    ${
      summary.records
        ? html`<p class="report-meta">
              ${council ? html`<strong>${label(host, council.name)}</strong>. ` : nothing}
              ${host.t('ui.practice-audit.report-meta', {
                records: overview.replace(/\.$/, ''),
                date: w.date(new Date()),
              })}
            </p>
            ${renderCompare(host, summary)}
            <div class="charts">${headlineFigure(ctx, summary)} ${kindFigure(ctx, summary)}</div>
            ${keyFigures(ctx, summary)}
            <p class="how-to-read">${host.t('ui.practice-audit.how-to-read')}</p>
            <p class="made-with">${host.t('ui.practice-audit.made-with')}</p>
            <details class="in-words no-print">
              <summary>${host.t('ui.practice-audit.in-words')}</summary>
              <div class="summary-text" part="summary-text">
                ${summaryLines(describeSummary(summary, describeOptions(host)))}
              </div>
            </details>
            <p class="no-print">
              <button class="button print" type="button" @click=${() => window.print()}>
                ${host.t('ui.practice-audit.print')}
              </button>
            </p>`
        : html`<p class="empty">${host.t('ui.practice-audit.no-records')}</p>`
    }
  </section>`;
}
