/**
 * The audit's report: the headline share round by round (a chart and its table), the kind's own
 * chart (scores, findings or the courses' funnels) with its table behind a disclosure, a table of
 * key figures for the printed page, and the summary in words. Templates only: the element
 * decides what is summarised and compared.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  ASSESSMENT_PROMPTS,
  ASSESSMENT_RUBRIC,
  FINDINGS,
  FINDING_LABELS,
  HEADLINE,
  PROMPT_LABELS,
  REASONS,
  REASON_LABELS,
  STAGE_LABELS,
  UPTAKE_STAGES,
  auditWords,
  headlineShare,
  shareWords,
  type AuditKind,
  type AuditSummary,
  type LocalisedText,
  type MessageId,
  type ReferralRound,
  type RoundOf,
  type Share,
  type SummaryLine,
  type UptakeRound,
} from '@rpc-kit/rules/lean';
import { barChart, funnelChart, intervalChart, roundsThatFit } from './charts.js';

/** The charts over rounds show the latest rounds (the tables show every one). */
const CHART_ROUNDS = 8;

/** What the report needs from its element. */
export interface ReportContext {
  readonly t: (id: MessageId, values?: Readonly<Record<string, string | number>>) => string;
  readonly locale: string;
  readonly label: (text: LocalisedText) => string;
  readonly pathwayName: (id: string) => string;
  /** The width the charts are drawn at, in CSS pixels. */
  readonly chartWidth: number;
}

type Rows = readonly (readonly string[])[];

/** A table with a caption, a header row and a header cell per row. */
export function dataTable(
  caption: string,
  heads: readonly string[],
  rows: Rows,
  captionHidden = false,
): TemplateResult {
  return html`<table>
    <caption class=${captionHidden ? 'visually-hidden' : ''}>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${heads.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([head, ...cells]) =>
          html`<tr>
            <th scope="row">${head}</th>
            ${cells.map((c) => html`<td>${c}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** A table in a scrolling region of its own, so a wide one never widens the page. */
const scrolling = (caption: string, table: TemplateResult) =>
  html`<div class="scroll" role="region" aria-label=${caption} tabindex="0">${table}</div>`;

const countShare = (count: number, n: number) => (n ? `${count} (${Math.round((count / n) * 100)}%)` : '–');
const shareText = (s: Share) => {
  const w = shareWords(s);
  return s.n ? `${w.pct}% (${w.low}–${w.high}%)` : '–';
};
/**
 * A share with its count and base, then its percentage and 95% interval ("1/4: 25% (5–70%)"):
 * for the printed key figures, where a bare percentage of a handful of records would mislead a board.
 */
const countedShare = (s: Share) => {
  if (!s.n) return '–';
  const w = shareWords(s);
  // A narrow column wraps between the share and its interval, never inside the interval.
  return `${s.count}/${s.n}: ${w.pct}% (${w.low}\u2060–\u2060${w.high}%)`;
};

/** At most `max` rounds' names: every round, or if too many, the two compared and the latest. */
function roundsToShow(summary: AuditSummary, max: number): string[] {
  const all = summary.rounds.map((r) => r.round);
  if (all.length <= max) return all;
  const c = summary.comparison;
  const keep = new Set(c ? [c.from.round, c.to.round] : []);
  for (const r of [...all].reverse()) if (keep.size < max) keep.add(r);
  return all.filter((r) => keep.has(r));
}

/** The rounds a kind's chart shows: the two compared, or the only one. */
function comparedRounds<R extends { readonly round: string }>(summary: AuditSummary, rounds: readonly R[]): R[] {
  const c = summary.comparison;
  if (!c) return rounds.slice(-1);
  return [c.from.round, c.to.round].map((name) => rounds.find((r) => r.round === name)).filter((r) => !!r);
}

/** The headline share, round by round: a chart of shares and intervals, and the same as a table. */
export function headlineFigure(ctx: ReportContext, summary: AuditSummary): TemplateResult {
  const w = auditWords(ctx.locale);
  const measure = w.headlines[HEADLINE[summary.kind].measure];
  const caption = ctx.t('ui.practice-audit.headline-caption', { measure });
  const rounds = summary.rounds as readonly RoundOf[AuditKind][];
  const charted = new Set(roundsToShow(summary, Math.min(CHART_ROUNDS, roundsThatFit(ctx.chartWidth))));
  // Printed, the key figures carry these numbers for assessments and referrals (their first row):
  // the table is left off the board's page, so that it fits on one.
  const printed = summary.kind === 'uptake' ? '' : ' in-key-figures';
  return html`<figure class="chart-figure headline-figure${printed}">
    <figcaption id="headline-caption">${caption}</figcaption>
    ${intervalChart(
      'headline',
      // The rounds compared always among them (the board reads the comparison beside the chart).
      rounds.filter((r) => charted.has(r.round)).map((r) => ({ label: r.round, share: headlineShare(r) })),
      {
        title: caption,
        desc: `${ctx.t('ui.practice-audit.chart.headline', { measure })} ${rounds
          .map((r) => `${r.round}: ${w.share(shareWords(headlineShare(r)))}`)
          .join('; ')}.`,
      },
      ctx.chartWidth,
    )}
    ${scrolling(
      caption,
      dataTable(
        caption,
        [ctx.t('ui.practice-audit.round'), ctx.t('ui.practice-audit.count-col'), ctx.t('ui.practice-audit.share-col')],
        rounds.map((r) => {
          const s = headlineShare(r);
          return [r.round, s.n ? `${s.count} / ${s.n}` : '–', shareText(s)];
        }),
        true,
      ),
    )}
  </figure>`;
}

/** The kind's own chart (scores, findings, the courses' funnels) with its numbers as a table. */
export function kindFigure(ctx: ReportContext, summary: AuditSummary): TemplateResult {
  const w = auditWords(ctx.locale);
  const seriesName = (r: { round: string; n: number }) => `${r.round} (${w.records(summary.kind, r.n)})`;
  // Printed, the courses' funnel is the key figures' table (the same round, with each share's
  // interval), drawn legibly: the chart is left off the board's page.
  const printed = summary.kind === 'uptake' ? ' in-key-figures' : '';
  const figure = (title: string, chart: TemplateResult, heads: readonly string[], rows: Rows) =>
    html`<figure class="chart-figure kind-figure${printed}">
      <figcaption>${title}</figcaption>
      ${chart}
      <details class="as-table">
        <summary>${ctx.t('ui.practice-audit.as-table')}</summary>
        ${scrolling(title, dataTable(title, heads, rows))}
      </details>
    </figure>`;

  if (summary.kind === 'assessments') {
    const rounds = summary.rounds;
    const shown = comparedRounds(summary, rounds);
    const title = ctx.t('ui.practice-audit.chart.scores');
    return figure(
      title,
      barChart(
        'scores',
        ASSESSMENT_RUBRIC.map((l) => ({
          label: String(l.score),
          values: shown.map((r) => (r.n ? r.scores[l.score]! / r.n : 0)),
        })),
        shown.map(seriesName),
        {
          title,
          desc: shown.map((r) => `${r.round}: ${r.scores.map((c, s) => `${s}: ${c}`).join(', ')}`).join('. '),
          zone: { from: 4, label: ctx.t('ui.practice-audit.chart.good-zone') },
        },
        ctx.chartWidth,
      ),
      [ctx.t('ui.practice-audit.score'), ...rounds.map((r) => r.round)],
      ASSESSMENT_RUBRIC.map((l) => [
        `${l.score} – ${ctx.label(l.title)}`,
        ...rounds.map((r) => countShare(r.scores[l.score]!, r.n)),
      ]),
    );
  }

  if (summary.kind === 'referrals') {
    const rounds = summary.rounds;
    const shown = comparedRounds(summary, rounds);
    const title = ctx.t('ui.practice-audit.chart.findings');
    const counts = (r: ReferralRound) => [r.n - r.inappropriate.count, r.abuse.count, r.other.count];
    return figure(
      title,
      barChart(
        'findings',
        FINDINGS.map((f, i) => ({
          label: ctx.t(`ui.practice-audit.chart.${f}`),
          values: shown.map((r) => (r.n ? counts(r)[i]! / r.n : 0)),
        })),
        shown.map(seriesName),
        {
          title,
          desc: shown
            .map(
              (r) =>
                `${r.round}: ${FINDINGS.map((f, i) => `${ctx.label(FINDING_LABELS[f])} ${counts(r)[i]}`).join(', ')}`,
            )
            .join('. '),
        },
        ctx.chartWidth,
      ),
      [ctx.t('ui.practice-audit.finding'), ...rounds.map((r) => r.round)],
      [
        ...FINDINGS.map((f, i) => [ctx.label(FINDING_LABELS[f]), ...rounds.map((r) => countShare(counts(r)[i]!, r.n))]),
        ...REASONS.map((reason) => [
          `${ctx.label(FINDING_LABELS['inappropriate-other'])}: ${ctx.label(REASON_LABELS[reason])}`,
          ...rounds.map((r) => String(r.reasons.find((x) => x.reason === reason)?.count ?? 0)),
        ]),
      ],
    );
  }

  const rounds = summary.rounds;
  const latest = comparedRounds(summary, rounds).at(-1)!;
  const title = ctx.t('ui.practice-audit.chart.funnel', { round: latest.round });
  const stages = (f: UptakeRound['total']) => [f.enrolled, f.started.count, f.retained.count, f.milestone.count];
  return figure(
    title,
    funnelChart(
      'funnel',
      latest.programmes.map((p) => ({
        label: ctx.pathwayName(p.programme),
        stages: UPTAKE_STAGES.map((s, i) => ({ label: ctx.label(STAGE_LABELS[s]), count: stages(p)[i]! })),
      })),
      {
        title,
        desc: latest.programmes.map((p) => `${ctx.pathwayName(p.programme)}: ${stages(p).join(', ')}`).join('. '),
      },
      ctx.chartWidth,
    ),
    [ctx.t('ui.practice-audit.programme'), ...UPTAKE_STAGES.map((s) => ctx.label(STAGE_LABELS[s]))],
    funnelRows(ctx, rounds),
  );
}

/** Each course's funnel, round by round (named with its round unless `named` is false). */
function funnelRows(ctx: ReportContext, rounds: readonly UptakeRound[], named = true): Rows {
  return rounds.flatMap((r) =>
    r.programmes.map((p) => [
      named ? `${ctx.pathwayName(p.programme)} (${r.round})` : ctx.pathwayName(p.programme),
      String(p.enrolled),
      countedShare(p.started),
      countedShare(p.retained),
      countedShare(p.milestone),
    ]),
  );
}

/** The most rounds the printed key figures show side by side (A4, in Welsh too). */
const PRINTED_ROUNDS = 6;

/**
 * The key figures, for the printed page (on screen they are in the summary in words): for
 * assessments and referrals, the headline share and the kind's own shares, round by round; for
 * course uptake, each course in the round its chart shows (the courses of every round would run
 * the board's page onto a second and third sheet: they are in the tool's table of numbers).
 */
export function keyFigures(ctx: ReportContext, summary: AuditSummary): TemplateResult {
  const w = auditWords(ctx.locale);
  // Columns that fit across the sheet: the rounds compared, then the latest.
  const rounds = roundsToShow(summary, PRINTED_ROUNDS);
  const shown = new Set(rounds);
  const pick = <R extends { readonly round: string }>(list: readonly R[]) => list.filter((r) => shown.has(r.round));
  const left = summary.rounds.filter((r) => !shown.has(r.round)).map((r) => r.round);
  let title = ctx.t('ui.practice-audit.key-figures');
  let heads: string[] = [ctx.t('ui.practice-audit.measure-col'), ...rounds];
  let rows: (readonly string[])[];
  // Where the figures left off this page are.
  let note = left.length ? ctx.t('ui.practice-audit.key-figures-left-out', { rounds: left.join(', ') }) : '';
  const headline = [
    w.headlines[HEADLINE[summary.kind].measure],
    ...pick(summary.rounds as readonly RoundOf[AuditKind][]).map((r) => countedShare(headlineShare(r))),
  ];
  if (summary.kind === 'assessments')
    rows = [
      headline,
      ...ASSESSMENT_PROMPTS.map((p) => [
        ctx.label(PROMPT_LABELS[p]),
        ...pick(summary.rounds).map((r) => countedShare(r.prompts[p])),
      ]),
    ];
  else if (summary.kind === 'referrals') {
    const printed = pick(summary.rounds);
    const line = (label: string, get: (r: ReferralRound) => Share) => [
      label,
      ...printed.map((r) => countedShare(get(r))),
    ];
    rows = [
      headline,
      line(w.abuse, (r) => r.abuse),
      line(w.other, (r) => r.other),
      line(w.screened, (r) => r.screened),
      line(w.inappropriateScreened, (r) => r.inappropriateScreened),
      line(w.inappropriateNotScreened, (r) => r.inappropriateNotScreened),
      line(w.tookUp, (r) => r.tookUp),
    ];
    // What a board must see as well as the shares: referrals made against what the screen showed
    // (check these first), and those still waiting. Counts, round by round, when any round has some.
    const counts = (label: string, get: (r: ReferralRound) => number) =>
      printed.some((r) => get(r) > 0) ? [[label, ...printed.map((r) => String(get(r)))]] : [];
    rows.push(...counts(w.againstScreenRow, (r) => r.againstScreen), ...counts(w.pendingRow, (r) => r.pending));
  } else {
    const latest = comparedRounds(summary, summary.rounds).at(-1)!;
    title = ctx.t('ui.practice-audit.key-figures-round', { round: latest.round });
    heads = [ctx.t('ui.practice-audit.programme'), ...UPTAKE_STAGES.map((s) => ctx.label(STAGE_LABELS[s]))];
    rows = [...funnelRows(ctx, [latest], false)];
    note = summary.rounds.length > 1 ? ctx.t('ui.practice-audit.key-figures-earlier') : '';
  }
  return html`<div class="key-figures print-only">
    ${dataTable(title, heads, rows)} ${note ? html`<p class="earlier">${note}</p>` : nothing}
  </div>`;
}

/** The summary in words: each level-0 line a paragraph, its details a list under it. */
export function summaryLines(lines: readonly SummaryLine[]): TemplateResult[] {
  const blocks: { head: string; items: string[] }[] = [];
  for (const line of lines) {
    if (line.level === 0 || !blocks.length) blocks.push({ head: line.text, items: [] });
    else blocks[blocks.length - 1]!.items.push(line.text);
  }
  return blocks.map(
    (b) =>
      html`<p class="line" data-level="0">${b.head}</p>
        ${
          b.items.length
            ? html`<ul>
                ${b.items.map((t) => html`<li class="line" data-level="1">${t}</li>`)}
              </ul>`
            : nothing
        }`,
  );
}
