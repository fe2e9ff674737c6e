/**
 * The entry form: the round and the entry row, checked with the rules' `readRecord` when the
 * record is added (each problem beside its box, focus on the first, the count said aloud), and
 * changing a record already entered. The row's boxes themselves are in `entry.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  ASSESSMENT_PROMPTS,
  HEADLINE,
  auditWords,
  headlineShare,
  readRecord,
  roundKey,
  recordFields,
  shareWords,
  type AuditKind,
  type AuditProblem,
  type ReferralRecord,
  type UptakeRecord,
} from '@rpc-kit/rules/lean';
import { rowFields, rubricDetails, textBox, type EntryContext } from './entry.js';
import { label, pathwayName, type AuditHost } from './host.js';

/** The columns each kind's entry row has, in order (the round is above the row). */
const ROW_FIELDS: Readonly<Record<AuditKind, readonly string[]>> = {
  assessments: ['score', 'team', ...ASSESSMENT_PROMPTS, 'ref'],
  referrals: ['team', 'pathway', 'screened', 'screen-route', 'finding', 'reason', 'took-up', 'ref'],
  uptake: ['programme', 'stage', 'ref'],
};

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

/** The council's pathways and courses to choose from, and any a record names that the config no longer has. */
function pathwayOptions(host: AuditHost): { value: string; label: string }[] {
  const ids = host.configState.config.pathways.map((p) => p.id).filter((id) => id !== 'domestic-abuse-support');
  for (const r of host.records) {
    const id = (r as ReferralRecord).pathway ?? (r as UptakeRecord).programme;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.map((id) => ({ value: id, label: pathwayName(host, id) }));
}

function setDraft(host: AuditHost, column: string, value: string): void {
  const draft: Record<string, string> = { ...host.draft, [column]: value };
  if (column === 'screened' && value !== 'yes') delete draft['screen-route'];
  if (column === 'finding' && value !== 'inappropriate-other') delete draft.reason;
  host.draft = draft;
  if (host.fieldErrors[column]) host.fieldErrors = without(host.fieldErrors, column);
}

function setRound(host: AuditHost, value: string): void {
  host.store.patch({ round: value });
  if (host.fieldErrors.round) host.fieldErrors = without(host.fieldErrors, 'round');
}

/** What the entry row's templates (and the records table's cells) need from the element. */
export function entryContext(host: AuditHost): EntryContext {
  return {
    t: (id, values) => host.t(id, values),
    locale: host.locale,
    label: (text) => label(host, text),
    pathwayName: (id) => pathwayName(host, id),
    draft: host.draft,
    errors: host.fieldErrors,
    setDraft: (column, value) => setDraft(host, column, value),
    pathways: () => pathwayOptions(host),
  };
}

/** Enter on a select or a tick box adds the record too (a text box does so natively). */
function onFormKey(event: KeyboardEvent): void {
  const target = event.composedPath()[0] as HTMLElement;
  if (event.key !== 'Enter' || event.isComposing) return;
  if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === 'checkbox')) {
    event.preventDefault();
    (event.currentTarget as HTMLFormElement).requestSubmit();
  }
}

/** Adds the record, or saves the changes to the one being changed; or shows what is wrong. */
function submit(host: AuditHost, event: Event): void {
  event.preventDefault();
  const kind = host.kind;
  // The row's tick boxes are always recorded: one not ticked is a "no".
  const unticked = kind === 'assessments' ? Object.fromEntries(ASSESSMENT_PROMPTS.map((p) => [p, 'no'])) : {};
  const result = readRecord(kind, { ...unticked, ...host.draft, round: host.store.current.round });
  if (!result.ok) {
    const errors: Record<string, AuditProblem> = {};
    for (const { column, ...p } of result.problems) errors[column] ??= { ...p, name: column };
    host.fieldErrors = errors;
    const order = ['round', ...ROW_FIELDS[kind]];
    const first = order.find((c) => errors[c]);
    host.focusAfterUpdate(`[name="${first}"]`);
    host.announce(host.t('ui.practice-audit.form-problems', { n: Object.keys(errors).length }));
    return;
  }
  const records = [...host.records];
  if (host.editing !== undefined && host.editing < records.length) {
    const index = host.editing;
    records[index] = result.record;
    host.store.patch({ records, unsaved: true });
    endEdit(host);
    host.focusAfterUpdate(`[data-edit="${index}"]`);
    host.announce(host.t('ui.practice-audit.changed', { n: index + 1 }));
  } else {
    records.push(result.record);
    host.store.patch({ records, unsaved: true });
    host.focusAfterUpdate(`[name="${ROW_FIELDS[kind][0]}"]`);
    const round = (host.store.summaryFor(records).rounds as readonly { round: string }[]).find(
      (r) => roundKey(r.round) === roundKey(result.record.round),
    );
    const words = auditWords(host.locale);
    const headline = round
      ? words.item(words.headlines[HEADLINE[kind].measure], words.shareShort(shareWords(headlineShare(round as never))))
      : '';
    host.announce(host.t('ui.practice-audit.added', { n: records.length, headline }));
  }
  host.draft = {};
  host.fieldErrors = {};
}

/** Puts a record's values in the entry row to be changed. */
/** The round the person was entering records in, before they chose to change one (of any round). */
const roundBeforeEdit = new WeakMap<AuditHost, string>();

/** Leaves changing a record: the round box goes back to the round the person was entering. */
function endEdit(host: AuditHost): void {
  host.editing = undefined;
  const round = roundBeforeEdit.get(host);
  roundBeforeEdit.delete(host);
  if (round !== undefined) host.store.patch({ round });
}

export function startEdit(host: AuditHost, index: number): void {
  const record = host.records[index];
  if (!record) return;
  if (host.editing === undefined) roundBeforeEdit.set(host, host.store.current.round);
  const fields = recordFields(host.kind, record);
  const { round, ...rest } = fields;
  const draft: Record<string, string> = {};
  for (const [k, v] of Object.entries(rest)) if (v && v !== 'no') draft[k] = v;
  // "no" is a real answer for screened and took-up; only the prompts leave it unticked.
  for (const k of ['screened', 'took-up']) if (rest[k]) draft[k] = rest[k]!;
  host.draft = draft;
  host.store.patch({ round: round ?? '' });
  host.editing = index;
  host.confirming = undefined;
  host.fieldErrors = {};
  host.focusAfterUpdate(`[name="${ROW_FIELDS[host.kind][0]}"]`);
}

/** Stops changing a record, leaving it as it was. */
export function cancelEdit(host: AuditHost): void {
  const index = host.editing;
  host.draft = {};
  host.fieldErrors = {};
  endEdit(host);
  if (index !== undefined) host.focusAfterUpdate(`[data-edit="${index}"]`);
}

/** The entry form: the rubric (assessments), the round, the row, and Add (or Save changes and Cancel). */
export function renderEntryForm(host: AuditHost): TemplateResult {
  const editing = host.editing;
  const round = host.store.current.round;
  const rounds = host.store.roundNames(host.records);
  const ctx = entryContext(host);
  return html`<section class="entry no-print" part="entry" aria-labelledby="entry-heading">
    <h3 id="entry-heading">
      ${
        editing === undefined
          ? host.t('ui.practice-audit.add-title')
          : host.t('ui.practice-audit.edit-title', { n: editing + 1 })
      }
    </h3>
    <p class="hint" id="entry-hint">${host.t('ui.practice-audit.entry-hint')}</p>
    ${host.kind === 'assessments' ? rubricDetails(ctx) : nothing}
    <form
      class="entry-form"
      aria-labelledby="entry-heading"
      aria-describedby="entry-hint"
      novalidate
      @submit=${(e: Event) => submit(host, e)}
      @keydown=${onFormKey}
    >
      ${textBox(ctx, 'round', {
        value: round,
        maxlength: 40,
        list: 'rounds',
        set: (value) => setRound(host, value),
        after: html`<datalist id="rounds">${rounds.map((r) => html`<option value=${r}></option>`)}</datalist>`,
      })}
      <div class="row">${rowFields(ctx, host.kind)}</div>
      <div class="actions">
        <button class="button add" type="submit">
          ${editing === undefined ? host.t('ui.practice-audit.add') : host.t('ui.practice-audit.save-changes')}
        </button>
        ${
          editing === undefined
            ? nothing
            : html`<button class="button secondary" type="button" @click=${() => cancelEdit(host)}>
                ${host.t('ui.practice-audit.cancel')}
              </button>`
        }
      </div>
    </form>
  </section>`;
}
