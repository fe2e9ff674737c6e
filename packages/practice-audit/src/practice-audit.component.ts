import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  AUDIT_KINDS,
  defaultConfigFor,
  KIND_TITLES,
  exportAuditCsv,
  summaryText,
  type AuditKind,
  type AuditProblem,
  type AuditRecord,
  type AuditSummary,
  type MessageId,
} from '@rpc-kit/rules/lean';
import { RpcElement, SHARED_MESSAGES, baseStyles } from '@rpc-kit/elements';
import { formStyles } from '@rpc-kit/elements/list.js';
import { ChartWidth } from './chart-width.js';
import { renderEntryForm } from './entry-form.js';
import { loadCsv, renderFilePanel } from './file-panel.js';
import { PAGE, describeOptions, label, resetEntry, type AuditState, type Confirm, type FileProblems } from './host.js';
import { PRACTICE_AUDIT_MESSAGES } from './practice-audit.messages.js';
import { auditPageSheet, practiceAuditStyles } from './practice-audit.styles.js';
import { RecordsStore } from './records-store.js';
import { renderRecordsTable } from './records-table.js';
import { renderReportPanel } from './report-panel.js';

const isKind = (value: unknown): value is AuditKind => AUDIT_KINDS.includes(value as AuditKind);

/** Elements connected now: the A4 page rule stays in the document while any is. */
let connected = 0;

/**
 * `<rpc-practice-audit>`: the audits that show whether practice is changing, for a council's
 * Reducing Parental Conflict lead: early help assessments scored 0 to 5 on how well they looked at
 * the parents' relationship (`mode="assessments"`), the referral panel's findings
 * (`mode="referrals"`), and how far parents got on each course (`mode="uptake"`). Records are
 * entered one row per case with the keyboard, summarised live with 95% intervals, compared round
 * against round in plain words, drawn as charts with tables beside them, and printed on one A4
 * page for a board. Nothing leaves the device: saving is a CSV file the person downloads, carrying
 * on is opening it again; nothing is stored, nothing is sent.
 *
 * @summary Practice audits on the device: assessments, referral panels, course uptake.
 * @attr mode - `assessments` (default), `referrals` or `uptake`.
 * @attr config-src - URL of the council's config JSON (its name, its own pathways and courses).
 * @attr lang - `en` or `cy`; defaults to the page's language.
 * @fires {CustomEvent<RpcViewDetail>} rpc-view - the audit was shown (detail: mode).
 * @csspart privacy - the warning against personal details.
 * @csspart file - opening and saving the records file.
 * @csspart file-problems - what is wrong with a file, by row and column.
 * @csspart unknown-courses - the note naming pathway or course codes in the records that the config does not name (a misspelling, say).
 * @csspart undated-rounds - the note naming rounds with no date in their names when others have one (the rounds are then in the order of their names).
 * @csspart repeated - the note that records of a file added were left out, their case references already there for the same round.
 * @csspart entry - the entry row.
 * @csspart records - the records table.
 * @csspart report - the summary, charts and comparison (what prints).
 * @csspart summary-text - the summary in words.
 * @csspart config-error - config problems.
 */
export class RpcPracticeAudit extends RpcElement implements AuditState {
  static override styles = [baseStyles, formStyles, practiceAuditStyles];
  static override messages = { ...SHARED_MESSAGES, ...PRACTICE_AUDIT_MESSAGES };
  /**
   * Its forms and report name the pathways: every default pathway until the config is checked (in
   * the council's nation while it is checked, and if it cannot be).
   * @internal
   */
  static firstConfigFor = defaultConfigFor;

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    draft: { state: true },
    editing: { state: true },
    confirming: { state: true },
    fieldErrors: { state: true },
    fileProblems: { state: true },
    repeated: { state: true },
    shown: { state: true },
    compareFrom: { state: true },
    compareTo: { state: true },
  };

  declare mode: string;
  /** The entry row's values, by column name. */
  declare draft: Readonly<Record<string, string>>;
  declare editing: number | undefined;
  declare confirming: Confirm | undefined;
  declare fieldErrors: Readonly<Record<string, AuditProblem>>;
  declare fileProblems: FileProblems | undefined;
  declare repeated: readonly string[] | undefined;
  declare shown: number;
  declare compareFrom: string | undefined;
  declare compareTo: string | undefined;

  /** Each kind's records, whether they are saved to a file, and the round being entered: in memory only. */
  readonly store = new RecordsStore(this);
  private readonly charts = new ChartWidth(this);
  private focusNext: string | undefined;
  private viewed = false;
  private warnedMode = false;

  constructor() {
    super();
    this.audience = 'practitioner';
    this.mode = 'assessments';
    this.draft = {};
    this.fieldErrors = {};
    this.shown = PAGE;
  }

  /**
   * The kind of audit shown: the `mode` attribute, or assessments when it is not one of the three.
   * @internal
   */
  get kind(): AuditKind {
    return isKind(this.mode) ? this.mode : 'assessments';
  }

  /**
   * The records of the audit shown, in the order they were entered.
   * @internal
   */
  get records(): readonly AuditRecord[] {
    return this.store.current.records;
  }

  /**
   * True while there are records not saved to a file (the page then asks before it is left).
   * @internal
   */
  get hasUnsavedChanges(): boolean {
    return this.store.hasUnsavedChanges;
  }

  /**
   * The summary shown, with the two rounds compared.
   * @internal
   */
  get summary(): AuditSummary {
    return this.store.summary(this.compareFrom, this.compareTo);
  }

  /**
   * The summary in words as plain text: what `rpc-kit audit summary` prints for the same file.
   * @internal
   */
  get summaryText(): string {
    return summaryText(this.summary, describeOptions(this));
  }

  /** The width the charts are drawn at, in CSS pixels (measured from their column). */
  get chartWidth(): number {
    return this.charts.width;
  }

  /** The records of the audit shown as a file in the rpc-audit-v1 format. */
  toCsv(): string {
    return exportAuditCsv(this.kind, this.records as never[]);
  }

  /**
   * Opens records from CSV text (a saved file), replacing the audit's records; problems with
   * the file are shown, by row and column. Returns whether it was read.
   */
  loadCsv(text: string): boolean {
    return loadCsv(this, text);
  }

  /** Moves focus to the first match of `selector` once the element has updated. */
  focusAfterUpdate(selector: string): void {
    this.focusNext = selector;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (connected++ === 0) document.adoptedStyleSheets = [...document.adoptedStyleSheets, auditPageSheet()];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (--connected === 0)
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== auditPageSheet());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mode')) {
      if (!isKind(this.mode) && !this.warnedMode) {
        this.warnedMode = true;
        console.warn(
          `<rpc-practice-audit>: mode "${this.mode}" is not one of ${AUDIT_KINDS.join(', ')}; showing assessments.`,
        );
      }
      if (changed.get('mode') !== undefined) resetEntry(this);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.viewed && this.configState.status !== 'loading') {
      this.viewed = true;
      this.emit('rpc-view', { mode: this.kind });
    }
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
  }

  protected override render(): TemplateResult {
    const kind = this.kind;
    return html`<div class=${`${this.rootClass()} audit kind-${kind}`} lang=${this.locale}>
      ${this.renderConfigProblems()}
      <h2 class="audit-title">${label(this, KIND_TITLES[kind])}</h2>
      <div class="no-print">
        <p class="lead">${this.t(`ui.practice-audit.intro.${kind}` as MessageId)}</p>
        <p class="notice privacy" part="privacy">
          <strong>${this.t('ui.practice-audit.privacy')}</strong> ${this.t('ui.practice-audit.privacy-body')}
        </p>
      </div>
      ${renderFilePanel(this)} ${renderEntryForm(this)} ${renderRecordsTable(this)} ${renderReportPanel(this)}
      ${this.announcer.render()}
    </div>`;
  }
}
