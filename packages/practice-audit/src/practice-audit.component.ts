import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ASSESSMENT_PROMPTS,
  AUDIT_KINDS,
  HEADLINE,
  KIND_TITLES,
  MAX_CSV_LENGTH,
  auditWords,
  describeProblem,
  describeComparison,
  describeSummary,
  exportAuditCsv,
  headlineShare,
  importAuditCsv,
  localise,
  pathwayLabel,
  readRecord,
  recordFields,
  shareWords,
  summarise,
  summaryText,
  type AuditKind,
  type AuditProblem,
  type AuditRecord,
  type AuditSummary,
  type LocalisedText,
  type MessageId,
  type ReferralRecord,
  type UptakeRecord,
} from '@rpc-kit/rules/lean';
import { RpcElement, SHARED_MESSAGES, baseStyles } from '@rpc-kit/elements';
import { DEFAULT_CHART_WIDTH } from './charts.js';
import {
  describedBy,
  fieldError,
  recordCells,
  recordHeads,
  rowFields,
  rubricDetails,
  type EntryContext,
} from './entry.js';
import { headlineFigure, keyFigures, kindFigure, summaryLines, type ReportContext } from './report.js';
import { PRACTICE_AUDIT_MESSAGES } from './practice-audit.messages.js';
import { auditPageSheet, practiceAuditStyles } from './practice-audit.styles.js';

/** Records shown at once in the table; "Show 10 more" shows the next. */
const PAGE = 10;

type Confirm =
  | { readonly type: 'delete'; readonly index: number }
  | { readonly type: 'clear' }
  | { readonly type: 'open'; readonly file: string; readonly records: readonly AuditRecord[] };

interface FileProblems {
  readonly problems: readonly AuditProblem[];
  readonly count: number;
}

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

const isKind = (value: unknown): value is AuditKind => AUDIT_KINDS.includes(value as AuditKind);

/** The columns each kind's entry row has, in order (the round is above the row). */
const ROW_FIELDS: Readonly<Record<AuditKind, readonly string[]>> = {
  assessments: ['score', 'team', ...ASSESSMENT_PROMPTS, 'ref'],
  referrals: ['team', 'pathway', 'screened', 'screen-route', 'finding', 'reason', 'took-up', 'ref'],
  uptake: ['programme', 'stage', 'ref'],
};

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
 * @event rpc-view - the audit was shown (detail: mode).
 * @csspart privacy - the warning against personal details.
 * @csspart file - opening and saving the records file.
 * @csspart file-problems - what is wrong with a file, by row and column.
 * @csspart entry - the entry row.
 * @csspart records - the records table.
 * @csspart report - the summary, charts and comparison (what prints).
 * @csspart summary-text - the summary in words.
 * @csspart config-error - config problems.
 */
export class RpcPracticeAudit extends RpcElement {
  static override styles = [baseStyles, practiceAuditStyles];
  static override messages = { ...SHARED_MESSAGES, ...PRACTICE_AUDIT_MESSAGES };

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    store: { state: true },
    draft: { state: true },
    editing: { state: true },
    confirming: { state: true },
    fieldErrors: { state: true },
    fileProblems: { state: true },
    shown: { state: true },
    compareFrom: { state: true },
    compareTo: { state: true },
    chartWidth: { state: true },
  };

  declare mode: string;
  /** Each kind's records, whether they are saved to a file, and the round being entered: in memory only. */
  declare store: Readonly<
    Record<AuditKind, { readonly records: readonly AuditRecord[]; readonly unsaved: boolean; readonly round: string }>
  >;
  /** The entry row's values, by column name. */
  declare draft: Readonly<Record<string, string>>;
  declare editing: number | undefined;
  declare confirming: Confirm | undefined;
  declare fieldErrors: Readonly<Record<string, AuditProblem>>;
  declare fileProblems: FileProblems | undefined;
  declare shown: number;
  declare compareFrom: string | undefined;
  declare compareTo: string | undefined;
  /** The width the charts are shown at, in CSS pixels (they are drawn to it). */
  declare chartWidth: number;

  private focusNext: string | undefined;
  private viewed = false;
  /** The last plain summary (the first and last rounds compared), and the last with other rounds chosen. */
  private plainCache: { kind: AuditKind; records: readonly AuditRecord[]; summary: AuditSummary } | undefined;
  private chosenCache: { key: readonly unknown[]; summary: AuditSummary } | undefined;
  private warnedMode = false;
  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | undefined;

  constructor() {
    super();
    this.audience = 'practitioner';
    this.mode = 'assessments';
    const empty = { records: [], unsaved: false, round: '' };
    this.store = { assessments: empty, referrals: empty, uptake: empty };
    this.draft = {};
    this.fieldErrors = {};
    this.shown = PAGE;
    this.chartWidth = DEFAULT_CHART_WIDTH;
  }

  /** The kind of audit shown: the `mode` attribute, or assessments when it is not one of the three. */
  get kind(): AuditKind {
    return isKind(this.mode) ? this.mode : 'assessments';
  }

  /** The records of the audit shown, in the order they were entered. */
  get records(): readonly AuditRecord[] {
    return this.store[this.kind].records;
  }

  /** True while there are records not saved to a file (the page then asks before it is left). */
  get hasUnsavedChanges(): boolean {
    return AUDIT_KINDS.some((k) => this.store[k].unsaved && this.store[k].records.length > 0);
  }

  /** The summary shown, with the two rounds compared. */
  get summary(): AuditSummary {
    const plain = this.summaryFor(this.records);
    const rounds = plain.rounds.map((r) => r.round);
    const { from, to } = this.chosenRounds(rounds);
    // The first and the last are what a plain summary compares already.
    if (from === rounds[0] && to === rounds[rounds.length - 1]) return plain;
    const key = [plain, from, to];
    if (!this.chosenCache || this.chosenCache.key.some((x, i) => x !== key[i])) {
      const options = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
      this.chosenCache = { key, summary: summarise(this.kind, this.records as never[], options) as AuditSummary };
    }
    return this.chosenCache.summary;
  }

  /** The two rounds compared: those chosen, while they exist; else the first and the last. */
  private chosenRounds(rounds: readonly string[]): { from?: string; to?: string } {
    const from = this.compareFrom && rounds.includes(this.compareFrom) ? this.compareFrom : rounds[0];
    const to = this.compareTo && rounds.includes(this.compareTo) ? this.compareTo : rounds[rounds.length - 1];
    return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  }

  /** The summary in words as plain text: what `rpc-kit audit summary` prints for the same file. */
  get summaryText(): string {
    return summaryText(this.summary, this.describeOptions());
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
    const result = importAuditCsv(text, { kind: this.kind });
    if (!result.ok) {
      this.showFileProblems({ problems: result.problems, count: result.problemCount });
      return false;
    }
    this.fileProblems = undefined;
    this.setRecords(result.records, false);
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (connected++ === 0) document.adoptedStyleSheets = [...document.adoptedStyleSheets, auditPageSheet()];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.resizeObserver?.disconnect();
    this.observed = undefined;
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
      if (changed.get('mode') !== undefined) this.resetEntry();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.viewed && this.configState.status !== 'loading') {
      this.viewed = true;
      this.emit('rpc-view', { mode: this.kind });
    }
    if (changed.has('store')) this.guardUnload();
    this.watchChartWidth();
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
  }

  /** Charts are drawn at the width of their column, measured (in steps of 10 px, so resizing stays calm). */
  private watchChartWidth(): void {
    const charts = this.renderRoot.querySelector('.charts') ?? undefined;
    if (charts === this.observed) return;
    this.resizeObserver?.disconnect();
    this.observed = charts;
    if (!charts) return;
    // Measured after this update (a timer, so a redrawn chart never resizes what is observed
    // mid-turn), then whenever the space changes.
    this.resizeObserver ??= new ResizeObserver(() => setTimeout(() => this.measureCharts()));
    this.resizeObserver.observe(charts);
    setTimeout(() => this.measureCharts());
  }

  private measureCharts(): void {
    const figure = this.observed?.querySelector('figure');
    if (!figure?.clientWidth) return;
    const width = Math.round(Math.min(640, Math.max(240, figure.clientWidth)) / 10) * 10;
    if (width !== this.chartWidth) this.chartWidth = width;
  }

  // The page asks before it is left only while there are unsaved records; otherwise no listener,
  // so the page stays eligible for the back-forward cache.
  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    event.returnValue = '';
  };

  private guardUnload(): void {
    if (this.hasUnsavedChanges) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  private patch(part: Partial<{ records: readonly AuditRecord[]; unsaved: boolean; round: string }>): void {
    this.store = { ...this.store, [this.kind]: { ...this.store[this.kind], ...part } };
  }

  private setRecords(records: readonly AuditRecord[], unsaved: boolean): void {
    this.patch({ records, unsaved });
    this.editing = undefined;
    this.confirming = undefined;
    this.shown = PAGE;
  }

  private resetEntry(): void {
    this.draft = {};
    this.fieldErrors = {};
    this.editing = undefined;
    this.confirming = undefined;
    this.fileProblems = undefined;
    this.shown = PAGE;
  }

  private roundNames(records: readonly AuditRecord[]): string[] {
    return this.summaryFor(records).rounds.map((r) => r.round);
  }

  /** The records summarised once per change: every part of the page reads the same summary. */
  private summaryFor(records: readonly AuditRecord[]): AuditSummary {
    const kind = this.kind;
    if (this.plainCache?.kind !== kind || this.plainCache.records !== records)
      this.plainCache = { kind, records, summary: summarise(kind, records as never[]) as AuditSummary };
    return this.plainCache.summary;
  }

  private label(text: LocalisedText): string {
    return localise(text, this.locale);
  }

  /** A council's name for its own pathways and courses, from its config. */
  private describeOptions() {
    const pathways = this.configState.config.pathways;
    return {
      locale: this.locale,
      pathwayName: (id: string) => {
        const p = pathways.find((x) => x.id === id);
        return p ? localise(p.name, this.locale) : undefined;
      },
    };
  }

  private pathwayName(id: string): string {
    return pathwayLabel(id, this.describeOptions());
  }

  // ---- Entry ----

  private setDraft(column: string, value: string): void {
    const draft: Record<string, string> = { ...this.draft, [column]: value };
    if (column === 'screened' && value !== 'yes') delete draft['screen-route'];
    if (column === 'finding' && value !== 'inappropriate-other') delete draft.reason;
    this.draft = draft;
    if (this.fieldErrors[column]) {
      this.fieldErrors = without(this.fieldErrors, column);
    }
  }

  private setRound(value: string): void {
    this.patch({ round: value });
    if (this.fieldErrors.round) {
      this.fieldErrors = without(this.fieldErrors, 'round');
    }
  }

  /** Enter on a select or a tick box adds the record too (a text box does so natively). */
  private onFormKey(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key !== 'Enter' || event.isComposing) return;
    if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === 'checkbox')) {
      event.preventDefault();
      (event.currentTarget as HTMLFormElement).requestSubmit();
    }
  }

  private submit(event: Event): void {
    event.preventDefault();
    const kind = this.kind;
    const result = readRecord(kind, { ...this.draft, round: this.store[kind].round });
    if (!result.ok) {
      const errors: Record<string, AuditProblem> = {};
      for (const { column, ...p } of result.problems) errors[column] ??= { ...p, name: column };
      this.fieldErrors = errors;
      const order = ['round', ...ROW_FIELDS[kind]];
      const first = order.find((c) => errors[c]);
      this.focusNext = `[name="${first}"]`;
      this.announce(this.t('ui.practice-audit.form-problems', { n: Object.keys(errors).length }));
      return;
    }
    const records = [...this.records];
    if (this.editing !== undefined && this.editing < records.length) {
      const index = this.editing;
      records[index] = result.record;
      this.patch({ records, unsaved: true });
      this.editing = undefined;
      this.focusNext = `[data-edit="${index}"]`;
      this.announce(this.t('ui.practice-audit.changed', { n: index + 1 }));
    } else {
      records.push(result.record);
      this.patch({ records, unsaved: true });
      this.focusNext = `[name="${ROW_FIELDS[kind][0]}"]`;
      const round = (this.summaryFor(records).rounds as readonly { round: string }[]).find(
        (r) => r.round === result.record.round,
      );
      const headline = round
        ? auditWords(this.locale).item(
            auditWords(this.locale).headlines[HEADLINE[kind].measure],
            auditWords(this.locale).shareShort(shareWords(headlineShare(round as never))),
          )
        : '';
      this.announce(this.t('ui.practice-audit.added', { n: records.length, headline }));
    }
    this.draft = {};
    this.fieldErrors = {};
  }

  private startEdit(index: number): void {
    const record = this.records[index];
    if (!record) return;
    const fields = recordFields(this.kind, record);
    const { round, ...rest } = fields;
    const draft: Record<string, string> = {};
    for (const [k, v] of Object.entries(rest)) if (v && v !== 'no') draft[k] = v;
    // "no" is a real answer for screened and took-up; only the prompts leave it unticked.
    for (const k of ['screened', 'took-up']) if (rest[k]) draft[k] = rest[k]!;
    this.draft = draft;
    this.patch({ round: round ?? '' });
    this.editing = index;
    this.confirming = undefined;
    this.fieldErrors = {};
    this.focusNext = `[name="${ROW_FIELDS[this.kind][0]}"]`;
  }

  private cancelEdit(): void {
    const index = this.editing;
    this.draft = {};
    this.fieldErrors = {};
    this.editing = undefined;
    if (index !== undefined) this.focusNext = `[data-edit="${index}"]`;
  }

  private deleteRecord(index: number): void {
    const records = this.records.filter((_, i) => i !== index);
    this.patch({ records, unsaved: true });
    this.confirming = undefined;
    if (this.editing === index) this.cancelEdit();
    else if (this.editing !== undefined && this.editing > index) this.editing--;
    this.focusNext = '#records-heading';
    this.announce(this.t('ui.practice-audit.deleted', { n: index + 1 }));
  }

  // ---- Files ----

  private showFileProblems(problems: FileProblems): void {
    this.fileProblems = problems;
    this.focusNext = '.file-problems';
  }

  private openFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (file.size > MAX_CSV_LENGTH) {
      this.showFileProblems({ problems: [{ code: 'too-large', max: MAX_CSV_LENGTH }], count: 1 });
      return;
    }
    const reader = new FileReader();
    reader.onload = () => this.receiveFile(String(reader.result ?? ''), file.name);
    reader.onerror = () => this.showFileProblems({ problems: [{ code: 'unreadable' }], count: 1 });
    reader.readAsText(file);
  }

  private receiveFile(text: string, name: string): void {
    const result = importAuditCsv(text, { kind: this.kind });
    if (!result.ok) {
      this.showFileProblems({ problems: result.problems, count: result.problemCount });
      return;
    }
    this.fileProblems = undefined;
    if (this.records.length) {
      this.confirming = { type: 'open', file: name, records: result.records };
      this.focusNext = '.confirm button';
      return;
    }
    this.finishOpen(result.records, name, false);
  }

  private finishOpen(records: readonly AuditRecord[], name: string, add: boolean): void {
    this.setRecords(add ? [...this.records, ...records] : records, add);
    this.focusNext = '#records-heading';
    this.announce(this.t('ui.practice-audit.opened', { n: records.length, file: name }));
  }

  private fileName(): string {
    const d = new Date();
    const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return `rpc-audit-${this.kind}-${date}.csv`;
  }

  /** Saves the records as a CSV file the person downloads: the only way anything leaves the page. */
  private save(): void {
    const name = this.fileName();
    // A byte order mark, so spreadsheets read Welsh letters in round names correctly.
    const blob = new Blob(['\uFEFF', this.toCsv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.patch({ unsaved: false });
    this.announce(this.t('ui.practice-audit.saved', { file: name }));
  }

  private clearAll(): void {
    this.setRecords([], false);
    this.resetEntry();
    this.focusNext = '#records-heading';
    this.announce(this.t('ui.practice-audit.cleared'));
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const kind = this.kind;
    return html`<div class=${`${this.rootClass()} audit kind-${kind}`} lang=${this.locale}>
      ${this.renderConfigProblems()}
      <h2 class="audit-title">${this.label(KIND_TITLES[kind])}</h2>
      <div class="no-print">
        <p class="lead">${this.t(`ui.practice-audit.intro.${kind}` as MessageId)}</p>
        <p class="notice privacy" part="privacy">
          <strong>${this.t('ui.practice-audit.privacy')}</strong> ${this.t('ui.practice-audit.privacy-body')}
        </p>
      </div>
      ${this.renderFile()} ${this.renderEntry()} ${this.renderRecords()} ${this.renderReport()}
      ${this.announcer.render()}
    </div>`;
  }

  private renderFile(): TemplateResult {
    const { records, unsaved } = this.store[this.kind];
    const n = records.length;
    const status = !n
      ? this.t('ui.practice-audit.status.empty')
      : unsaved
        ? this.t('ui.practice-audit.status.unsaved', { n })
        : this.t('ui.practice-audit.status.saved', { n });
    const confirm = this.confirming;
    return html`<section class="file no-print" part="file" aria-labelledby="file-heading">
      <h3 id="file-heading">${this.t('ui.practice-audit.file')}</h3>
      <p class=${`status${n && unsaved ? ' unsaved' : ''}`} data-unsaved=${n && unsaved ? 'true' : 'false'}>
        ${status}
      </p>
      ${this.renderFileProblems()}
      <div class="field open">
        <label for="open-file">${this.t('ui.practice-audit.open')}</label>
        <p class="hint" id="open-file-hint">${this.t('ui.practice-audit.open-hint')}</p>
        <input
          type="file"
          id="open-file"
          accept=".csv,text/csv"
          aria-describedby="open-file-hint"
          @change=${this.openFile}
        />
      </div>
      ${
        confirm?.type === 'open'
          ? html`<div class="confirm panel" role="group" aria-labelledby="confirm-open">
              <p id="confirm-open">${this.t('ui.practice-audit.confirm-open', { n })}</p>
              <button class="button" type="button" @click=${() => this.finishOpen(confirm.records, confirm.file, true)}>
                ${this.t('ui.practice-audit.add-to')}
              </button>
              <button
                class="button secondary"
                type="button"
                @click=${() => this.finishOpen(confirm.records, confirm.file, false)}
              >
                ${this.t('ui.practice-audit.replace')}
              </button>
              <button class="button secondary" type="button" @click=${() => (this.confirming = undefined)}>
                ${this.t('ui.practice-audit.cancel')}
              </button>
            </div>`
          : nothing
      }
      <div class="actions">
        <button class="button save" type="button" ?disabled=${!n} @click=${this.save}>
          ${this.t('ui.practice-audit.save')}
        </button>
        ${
          confirm?.type === 'clear'
            ? html`<div class="confirm panel" role="group" aria-labelledby="confirm-clear">
                <p id="confirm-clear">${this.t('ui.practice-audit.confirm-clear', { n })}</p>
                <button class="button warning" type="button" @click=${this.clearAll}>
                  ${this.t('ui.practice-audit.yes-clear')}
                </button>
                <button
                  class="button secondary"
                  type="button"
                  @click=${() => {
                    this.confirming = undefined;
                    this.focusNext = '.clear';
                  }}
                >
                  ${this.t('ui.practice-audit.cancel')}
                </button>
              </div>`
            : html`<button
                class="button secondary clear"
                type="button"
                ?disabled=${!n}
                @click=${() => {
                  this.confirming = { type: 'clear' };
                  this.focusNext = '.confirm .secondary';
                }}
              >
                ${this.t('ui.practice-audit.clear')}
              </button>`
        }
      </div>
    </section>`;
  }

  private renderFileProblems(): TemplateResult | typeof nothing {
    const found = this.fileProblems;
    if (!found) return nothing;
    const more = found.count - found.problems.length;
    return html`<div class="error-summary file-problems" role="alert" tabindex="-1" part="file-problems">
      <h4>${this.t('ui.practice-audit.file-problems')}</h4>
      <ul>
        ${found.problems.map((p) => html`<li>${describeProblem(p, this.locale)}</li>`)}
        ${more > 0 ? html`<li>${auditWords(this.locale).moreProblems(more)}</li>` : nothing}
      </ul>
    </div>`;
  }

  private pathwayOptions(): { value: string; label: string }[] {
    const ids = this.configState.config.pathways.map((p) => p.id).filter((id) => id !== 'domestic-abuse-support');
    for (const r of this.records) {
      const id = (r as ReferralRecord).pathway ?? (r as UptakeRecord).programme;
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids.map((id) => ({ value: id, label: this.pathwayName(id) }));
  }

  /** What the entry row's templates need from the element. */
  private entryContext(): EntryContext {
    return {
      t: (id, values) => this.t(id, values),
      locale: this.locale,
      label: (text) => this.label(text),
      pathwayName: (id) => this.pathwayName(id),
      draft: this.draft,
      errors: this.fieldErrors,
      setDraft: (column, value) => this.setDraft(column, value),
      pathways: () => this.pathwayOptions(),
    };
  }

  private renderEntry(): TemplateResult {
    const editing = this.editing;
    const round = this.store[this.kind].round;
    const roundError = !!this.fieldErrors.round;
    const rounds = this.roundNames(this.records);
    return html`<section class="entry no-print" part="entry" aria-labelledby="entry-heading">
      <h3 id="entry-heading">
        ${
          editing === undefined
            ? this.t('ui.practice-audit.add-title')
            : this.t('ui.practice-audit.edit-title', { n: editing + 1 })
        }
      </h3>
      <p class="hint" id="entry-hint">${this.t('ui.practice-audit.entry-hint')}</p>
      ${this.kind === 'assessments' ? rubricDetails(this.entryContext()) : nothing}
      <form
        class="entry-form"
        aria-labelledby="entry-heading"
        aria-describedby="entry-hint"
        novalidate
        @submit=${this.submit}
        @keydown=${this.onFormKey}
      >
        <div class=${`field round${roundError ? ' has-error' : ''}`} data-field="round">
          <label for="f-round">${this.t('ui.practice-audit.round')}</label>
          <p class="hint" id="round-hint">${this.t('ui.practice-audit.round-hint')}</p>
          ${fieldError(this.entryContext(), 'round')}
          <input
            type="text"
            id="f-round"
            name="round"
            maxlength="40"
            autocomplete="off"
            list="rounds"
            aria-invalid=${roundError ? 'true' : nothing}
            aria-describedby=${describedBy(this.entryContext(), 'round', true)}
            .value=${live(round)}
            @input=${(e: Event) => this.setRound((e.target as HTMLInputElement).value)}
          />
          <datalist id="rounds">${rounds.map((r) => html`<option value=${r}></option>`)}</datalist>
        </div>
        <div class="row">${rowFields(this.entryContext(), this.kind)}</div>
        <div class="actions">
          <button class="button add" type="submit">
            ${editing === undefined ? this.t('ui.practice-audit.add') : this.t('ui.practice-audit.save-changes')}
          </button>
          ${
            editing === undefined
              ? nothing
              : html`<button class="button secondary" type="button" @click=${this.cancelEdit}>
                  ${this.t('ui.practice-audit.cancel')}
                </button>`
          }
        </div>
      </form>
    </section>`;
  }

  private renderRecords(): TemplateResult {
    const records = this.records;
    const visible: { record: AuditRecord; index: number }[] = [];
    for (let index = records.length - 1; index >= 0 && visible.length < this.shown; index--)
      visible.push({ record: records[index]!, index });
    const confirm = this.confirming;
    return html`<section class="records no-print" part="records" aria-labelledby="records-heading">
      <h3 id="records-heading" tabindex="-1">${this.t('ui.practice-audit.records', { n: records.length })}</h3>
      ${
        records.length
          ? html`<div class="scroll" role="region" aria-labelledby="records-caption" tabindex="0">
                <table class="records-table">
                  <caption id="records-caption">
                    ${this.t('ui.practice-audit.records-caption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${this.t('ui.practice-audit.number')}</th>
                      <th scope="col">${this.t('ui.practice-audit.round')}</th>
                      ${recordHeads(this.entryContext(), this.kind)}
                      <th scope="col">${this.t('ui.practice-audit.ref-col')}</th>
                      <th scope="col">${this.t('ui.practice-audit.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${visible.map(({ record, index }) => {
                      const n = index + 1;
                      const which = this.t('ui.practice-audit.record-n', { n });
                      return html`<tr data-record=${index} class=${this.editing === index ? 'editing' : ''}>
                        <th scope="row">${n}</th>
                        <td>${record.round}</td>
                        ${recordCells(this.entryContext(), this.kind, record)}
                        <td>${record.ref ?? ''}</td>
                        <td class="row-actions">
                          ${
                            confirm?.type === 'delete' && confirm.index === index
                              ? html`<span class="confirm" role="group" aria-labelledby=${`confirm-${index}`}>
                                  <span id=${`confirm-${index}`}
                                    >${this.t('ui.practice-audit.confirm-delete', { n })}</span
                                  >
                                  <button class="link-button" type="button" @click=${() => this.deleteRecord(index)}>
                                    ${this.t('ui.practice-audit.yes-delete')}
                                  </button>
                                  <button
                                    class="link-button keep"
                                    type="button"
                                    @click=${() => {
                                      this.confirming = undefined;
                                      this.focusNext = `[data-delete="${index}"]`;
                                    }}
                                  >
                                    ${this.t('ui.practice-audit.no-keep')}
                                  </button>
                                </span>`
                              : html`<button
                                    class="link-button"
                                    type="button"
                                    data-edit=${index}
                                    @click=${() => this.startEdit(index)}
                                  >
                                    ${this.t('ui.practice-audit.edit')}<span class="visually-hidden"> ${which}</span>
                                  </button>
                                  <button
                                    class="link-button"
                                    type="button"
                                    data-delete=${index}
                                    @click=${() => {
                                      this.confirming = { type: 'delete', index };
                                      this.focusNext = `[data-record="${index}"] .keep`;
                                    }}
                                  >
                                    ${this.t('ui.practice-audit.delete')}<span class="visually-hidden"> ${which}</span>
                                  </button>`
                          }
                        </td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>
              ${
                records.length > this.shown
                  ? html`<button class="button secondary more" type="button" @click=${() => (this.shown += PAGE)}>
                      ${this.t('ui.practice-audit.more', { n: Math.min(PAGE, records.length - this.shown) })}
                    </button>`
                  : nothing
              }`
          : nothing
      }
    </section>`;
  }

  // ---- The report: summary, comparison, charts, tables; what prints ----

  /** What the report templates need from the element. */
  private reportContext(): ReportContext {
    return {
      t: (id, values) => this.t(id, values),
      locale: this.locale,
      label: (text) => this.label(text),
      pathwayName: (id) => this.pathwayName(id),
      chartWidth: this.chartWidth,
    };
  }

  private renderReport(): TemplateResult {
    const summary = this.summary;
    const kind = this.kind;
    const w = auditWords(this.locale);
    const council = this.configState.config.council;
    const overview = w.overview(this.label(KIND_TITLES[kind]), kind, summary.records, summary.rounds.length);
    const ctx = this.reportContext();
    return html`<section class="report" part="report" aria-labelledby="report-heading">
      <h3 id="report-heading">${this.t('ui.practice-audit.summary')}</h3>
      ${
        summary.records
          ? html`<p class="report-meta">
                ${council ? html`<strong>${this.label(council.name)}</strong>. ` : nothing}
                ${this.t('ui.practice-audit.report-meta', {
                  records: overview.replace(/\.$/, ''),
                  date: w.date(new Date()),
                })}
              </p>
              ${this.renderCompare(summary)}
              <div class="charts">${headlineFigure(ctx, summary)} ${kindFigure(ctx, summary)}</div>
              ${keyFigures(ctx, summary)}
              <p class="how-to-read">${this.t('ui.practice-audit.how-to-read')}</p>
              <p class="made-with">${this.t('ui.practice-audit.made-with')}</p>
              <details class="in-words no-print">
                <summary>${this.t('ui.practice-audit.in-words')}</summary>
                <div class="summary-text" part="summary-text">
                  ${summaryLines(describeSummary(summary, this.describeOptions()))}
                </div>
              </details>
              <p class="no-print">
                <button class="button print" type="button" @click=${() => window.print()}>
                  ${this.t('ui.practice-audit.print')}
                </button>
              </p>`
          : html`<p class="empty">${this.t('ui.practice-audit.no-records')}</p>`
      }
    </section>`;
  }

  /** Two rounds to compare (the first and the last to start with), and the change in plain words. */
  private renderCompare(summary: AuditSummary): TemplateResult {
    const rounds = summary.rounds.map((r) => r.round);
    const comparison = summary.comparison;
    if (rounds.length < 2) return html`<p class="comparison single">${this.t('ui.practice-audit.one-round')}</p>`;
    const chosen = this.chosenRounds(rounds);
    const pick = (id: string, label: string, value: string | undefined, set: (v: string) => void) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select
          id=${id}
          .value=${live(value ?? '')}
          @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
        >
          ${rounds.map((r) => html`<option value=${r} ?selected=${r === value}>${r}</option>`)}
        </select>
      </div>`;
    return html`<div class="compare">
      <fieldset class="compare-rounds no-print">
        <legend>${this.t('ui.practice-audit.compare')}</legend>
        ${pick('compare-from', this.t('ui.practice-audit.from'), chosen.from, (v) => (this.compareFrom = v))}
        ${pick('compare-to', this.t('ui.practice-audit.to'), chosen.to, (v) => (this.compareTo = v))}
      </fieldset>
      ${
        comparison
          ? html`<p class=${`comparison${comparison.change?.clear ? ' clear' : ''}`}>
              <strong>${describeComparison(comparison, this.locale)}</strong>
            </p>`
          : html`<p class="comparison single">${this.t('ui.practice-audit.same-round')}</p>`
      }
    </div>`;
  }
}
