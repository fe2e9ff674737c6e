/**
 * The entry row of each audit (native selects, tick boxes and a text box, each labelled, each
 * with its problem beside it), the rubric, and a record's cells in the records table. Templates
 * only: the element keeps the row's values and checks them with the rules' `readRecord`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ASSESSMENT_PROMPTS,
  ASSESSMENT_RUBRIC,
  FINDINGS,
  FINDING_LABELS,
  PROMPT_LABELS,
  REASONS,
  REASON_LABELS,
  ROUTES,
  SCREENED,
  SCREENED_LABELS,
  SCREEN_ROUTE_LABELS,
  STAGE_LABELS,
  TEAM_LABELS,
  TEAM_TYPES,
  TOOK_UP,
  TOOK_UP_LABELS,
  UPTAKE_STAGES,
  describeProblem,
  type AssessmentRecord,
  type AuditKind,
  type AuditProblem,
  type AuditRecord,
  type LocalisedText,
  type MessageId,
  type ReferralRecord,
  type UptakeRecord,
} from '@rpc-kit/rules/lean';

type Option = { readonly value: string; readonly label: string };

/** What the entry templates need from the element. */
export interface EntryContext {
  readonly t: (id: MessageId, values?: Readonly<Record<string, string | number>>) => string;
  readonly locale: string;
  readonly label: (text: LocalisedText) => string;
  readonly pathwayName: (id: string) => string;
  /** The row's values, by column name. */
  readonly draft: Readonly<Record<string, string>>;
  /** The row's problems, by column name. */
  readonly errors: Readonly<Record<string, AuditProblem>>;
  readonly setDraft: (column: string, value: string) => void;
  /** The pathways and courses to choose from. */
  readonly pathways: () => readonly Option[];
}

/** A box's problem, beside it: what is wrong, without a row or a column. */
export function fieldError(ctx: EntryContext, column: string): TemplateResult | typeof nothing {
  const problem = ctx.errors[column];
  if (!problem) return nothing;
  const text = describeProblem({ ...problem, row: undefined, column: undefined, name: undefined }, ctx.locale);
  return html`<p class="error-message" id=${`${column}-error`}>
    <span class="visually-hidden">${ctx.t('ui.error-prefix')}</span> ${text}
  </p>`;
}

/** The ids describing a box: its hint and its problem, when it has them. */
export function describedBy(ctx: EntryContext, column: string, hint = false): string | typeof nothing {
  const ids = [hint ? `${column}-hint` : '', ctx.errors[column] ? `${column}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function select(
  ctx: EntryContext,
  column: string,
  label: string,
  options: readonly Option[],
  extra: { disabled?: boolean } = {},
): TemplateResult {
  const value = ctx.draft[column] ?? '';
  const error = !!ctx.errors[column];
  return html`<div class=${`field${error ? ' has-error' : ''}`} data-field=${column}>
    <label for=${`f-${column}`}>${label}</label>
    ${fieldError(ctx, column)}
    <select
      id=${`f-${column}`}
      name=${column}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy(ctx, column)}
      ?disabled=${extra.disabled}
      .value=${live(value)}
      @change=${(e: Event) => ctx.setDraft(column, (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!value}>${ctx.t('ui.practice-audit.choose')}</option>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </div>`;
}

/** A text box with its hint and its problem: the round's (above the row) and the case reference's. */
export function textBox(
  ctx: EntryContext,
  column: 'round' | 'ref',
  box: {
    readonly value: string;
    readonly maxlength: number;
    readonly set: (value: string) => void;
    /** The id of a datalist of values to suggest. */
    readonly list?: string;
    readonly spellcheck?: boolean;
    /** Anything to put after the box (the datalist). */
    readonly after?: unknown;
  },
): TemplateResult {
  const error = !!ctx.errors[column];
  return html`<div class=${`field ${column}${error ? ' has-error' : ''}`} data-field=${column}>
    <label for=${`f-${column}`}>${ctx.t(`ui.practice-audit.${column}`)}</label>
    <p class="hint" id=${`${column}-hint`}>${ctx.t(`ui.practice-audit.${column}-hint`)}</p>
    ${fieldError(ctx, column)}
    <input
      type="text"
      id=${`f-${column}`}
      name=${column}
      maxlength=${box.maxlength}
      autocomplete="off"
      list=${box.list ?? nothing}
      spellcheck=${box.spellcheck === false ? 'false' : nothing}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy(ctx, column, true)}
      .value=${live(box.value)}
      @input=${(e: Event) => box.set((e.target as HTMLInputElement).value)}
    />
    ${box.after ?? nothing}
  </div>`;
}

const refField = (ctx: EntryContext) =>
  textBox(ctx, 'ref', {
    value: ctx.draft.ref ?? '',
    maxlength: 20,
    spellcheck: false,
    set: (value) => ctx.setDraft('ref', value),
  });

const codes = <T extends string>(ctx: EntryContext, list: readonly T[], labels: Readonly<Record<T, LocalisedText>>) =>
  list.map((c) => ({ value: c, label: ctx.label(labels[c]) }));

/** The boxes of one record, in the order a person fills them in; the first is where focus returns. */
export function rowFields(ctx: EntryContext, kind: AuditKind): TemplateResult {
  const d = ctx.draft;
  const t = ctx.t;
  const teams = codes(ctx, TEAM_TYPES, TEAM_LABELS);
  if (kind === 'assessments')
    return html`${select(
        ctx,
        'score',
        t('ui.practice-audit.score'),
        ASSESSMENT_RUBRIC.map((l) => ({ value: String(l.score), label: `${l.score} – ${ctx.label(l.title)}` })),
      )}
      ${select(ctx, 'team', t('ui.practice-audit.team'), teams)}
      <fieldset class="prompts" data-field="prompts">
        <legend>${t('ui.practice-audit.prompts')}</legend>
        ${ASSESSMENT_PROMPTS.map(
          (p) =>
            html`<div class="check">
              <input
                type="checkbox"
                id=${`f-${p}`}
                name=${p}
                .checked=${live(d[p] === 'yes')}
                @change=${(e: Event) => ctx.setDraft(p, (e.target as HTMLInputElement).checked ? 'yes' : '')}
              />
              <label for=${`f-${p}`}>${ctx.label(PROMPT_LABELS[p])}</label>
            </div>`,
        )}
      </fieldset>
      ${refField(ctx)}`;
  if (kind === 'referrals')
    return html`${select(ctx, 'team', t('ui.practice-audit.team'), teams)}
    ${select(ctx, 'pathway', t('ui.practice-audit.pathway'), ctx.pathways())}
    ${select(ctx, 'screened', t('ui.practice-audit.screened'), codes(ctx, SCREENED, SCREENED_LABELS))}
    ${select(ctx, 'screen-route', t('ui.practice-audit.screen-route'), codes(ctx, ROUTES, SCREEN_ROUTE_LABELS), {
      disabled: d.screened !== 'yes',
    })}
    ${select(ctx, 'finding', t('ui.practice-audit.finding'), codes(ctx, FINDINGS, FINDING_LABELS))}
    ${select(ctx, 'reason', t('ui.practice-audit.reason'), codes(ctx, REASONS, REASON_LABELS), {
      disabled: d.finding !== 'inappropriate-other',
    })}
    ${select(ctx, 'took-up', t('ui.practice-audit.took-up'), codes(ctx, TOOK_UP, TOOK_UP_LABELS))} ${refField(ctx)}`;
  return html`${select(ctx, 'programme', t('ui.practice-audit.programme'), ctx.pathways())}
  ${select(ctx, 'stage', t('ui.practice-audit.stage'), codes(ctx, UPTAKE_STAGES, STAGE_LABELS))} ${refField(ctx)}`;
}

/** The rubric, 0 to 5, behind a disclosure beside the entry row. */
export function rubricDetails(ctx: EntryContext): TemplateResult {
  return html`<details class="rubric">
    <summary>${ctx.t('ui.practice-audit.rubric')}</summary>
    <div>
      <table>
        <caption>
          ${ctx.t('ui.practice-audit.rubric-caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${ctx.t('ui.practice-audit.level')}</th>
            <th scope="col">${ctx.t('ui.practice-audit.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          ${ASSESSMENT_RUBRIC.map(
            (l) =>
              html`<tr>
                <th scope="row">${l.score} – ${ctx.label(l.title)}</th>
                <td>${ctx.label(l.description)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** The records table's column heads for a kind (after the number and the round). */
export function recordHeads(ctx: EntryContext, kind: AuditKind): TemplateResult {
  const th = (id: MessageId) => html`<th scope="col">${ctx.t(id)}</th>`;
  if (kind === 'assessments')
    return html`${th('ui.practice-audit.team')}${th('ui.practice-audit.score')}${th('ui.practice-audit.ticked')}`;
  if (kind === 'referrals')
    return html`${th('ui.practice-audit.team')}${th('ui.practice-audit.pathway')}${th(
      'ui.practice-audit.screened',
    )}${th('ui.practice-audit.finding')}${th('ui.practice-audit.took-up')}`;
  return html`${th('ui.practice-audit.programme')}${th('ui.practice-audit.stage')}`;
}

/** A record's cells in the records table, in words. */
export function recordCells(ctx: EntryContext, kind: AuditKind, record: AuditRecord): TemplateResult {
  const label = ctx.label;
  if (kind === 'assessments') {
    const a = record as AssessmentRecord;
    return html`<td>${label(TEAM_LABELS[a.team])}</td>
      <td>${a.score}</td>
      <td>${a.prompts.length} / ${ASSESSMENT_PROMPTS.length}</td>`;
  }
  if (kind === 'referrals') {
    const r = record as ReferralRecord;
    return html`<td>${label(TEAM_LABELS[r.team])}</td>
      <td>${ctx.pathwayName(r.pathway)}</td>
      <td>
        ${label(SCREENED_LABELS[r.screened])}${r.screenRoute ? html`: ${label(SCREEN_ROUTE_LABELS[r.screenRoute])}` : nothing}
      </td>
      <td>${label(FINDING_LABELS[r.finding])}${r.reason ? html` (${label(REASON_LABELS[r.reason])})` : nothing}</td>
      <td>${label(TOOK_UP_LABELS[r.tookUp])}</td>`;
  }
  const u = record as UptakeRecord;
  return html`<td>${ctx.pathwayName(u.programme)}</td>
    <td>${label(STAGE_LABELS[u.stage])}</td>`;
}
