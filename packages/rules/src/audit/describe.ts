/**
 * A summary in words: the lines the element shows under "The summary in words" and
 * `rpc-kit audit summary` prints, the same for both. Every share is worded with its count, its
 * base and its 95% interval, so no bare percentage goes to a board.
 */
import { AUDIT_WORDS, type AuditWords, type ChangeWords, type ShareWords } from '../content/audit-words.js';
import { KIND_TITLES, PROMPT_LABELS, REASON_LABELS, TEAM_LABELS } from '../content/audit-rubric.js';
import { DEFAULT_PATHWAYS } from '../content/pathways.js';
import { localise, primaryLanguage } from '../i18n/text.js';
import { ASSESSMENT_PROMPTS } from './model.js';
import { columnLetter, type AuditProblem } from './csv.js';
import { percent, type Share } from './stats.js';
import type { AssessmentRound, AuditSummary, Comparison, Funnel, ReferralRound, UptakeRound } from './summary.js';

/** One line of the summary in words; level 1 lines belong to the level 0 line before them. */
export interface SummaryLine {
  readonly level: 0 | 1;
  readonly text: string;
}

export interface DescribeOptions {
  readonly locale?: string;
  /** A pathway's name by id (the council's own pathways); the default pathways' names otherwise. */
  readonly pathwayName?: (id: string) => string | undefined;
}

/** The audit's words in a locale: Welsh for `cy`, English otherwise. */
export function auditWords(locale = 'en'): AuditWords {
  return primaryLanguage(locale) === 'cy' ? AUDIT_WORDS.cy : AUDIT_WORDS.en;
}

/** A share's numbers as words need them (whole percentages). */
export function shareWords(s: Share): ShareWords {
  return {
    count: s.count,
    n: s.n,
    pct: s.share === null ? 0 : percent(s.share),
    low: s.interval ? percent(s.interval[0]) : 0,
    high: s.interval ? percent(s.interval[1]) : 0,
  };
}

/** A comparison in one sentence, with what its interval means in plain words. */
export function describeComparison(c: Comparison, locale = 'en'): string {
  const w = auditWords(locale);
  if (!c.change) return w.noChange(c.measure, c.from.round, c.to.round);
  const words: ChangeWords = {
    measure: c.measure,
    from: c.from.round,
    to: c.to.round,
    a: shareWords(c.from.share),
    b: shareWords(c.to.share),
    points: percent(c.change.estimate),
    low: percent(c.change.interval[0]),
    high: percent(c.change.interval[1]),
    clear: c.change.clear,
  };
  return w.change(words);
}

/** The name of a pathway or course, in a locale. */
export function pathwayLabel(id: string, options: DescribeOptions = {}): string {
  const own = options.pathwayName?.(id);
  if (own) return own;
  const known = DEFAULT_PATHWAYS.find((p) => p.id === id);
  return known ? localise(known.name, options.locale) : id;
}

function assessmentLines(r: AssessmentRound, w: AuditWords, locale: string): SummaryLine[] {
  const lines: SummaryLine[] = [
    { level: 1, text: w.item(w.scores, r.scores.map((c, score) => `${score}: ${c}`).join(', ')) },
    { level: 1, text: w.item(w.good, w.share(shareWords(r.good))) },
  ];
  for (const p of ASSESSMENT_PROMPTS) {
    const asked = r.prompts[p];
    lines.push({
      level: 1,
      text: w.item(localise(PROMPT_LABELS[p], locale), asked.n ? w.share(shareWords(asked)) : w.notRecorded),
    });
  }
  lines.push({
    level: 1,
    text: w.list(
      w.byTeamGood,
      r.teams.map((t) => `${localise(TEAM_LABELS[t.team], locale)} ${w.shareShort(shareWords(t.good))}`),
    ),
  });
  return lines;
}

function referralLines(r: ReferralRound, w: AuditWords, options: DescribeOptions): SummaryLine[] {
  const locale = options.locale ?? 'en';
  const reasons = r.reasons.map((x) => `${localise(REASON_LABELS[x.reason], locale)} ${x.count}`);
  const lines: SummaryLine[] = [
    { level: 1, text: w.item(w.inappropriate, w.share(shareWords(r.inappropriate))) },
    { level: 1, text: w.item(w.abuse, w.share(shareWords(r.abuse))) },
    {
      level: 1,
      text: reasons.length
        ? w.list(`${w.other}: ${w.share(shareWords(r.other))}`, reasons)
        : w.item(w.other, w.share(shareWords(r.other))),
    },
    { level: 1, text: w.item(w.screened, w.share(shareWords(r.screened))) },
    { level: 1, text: w.item(w.inappropriateScreened, w.share(shareWords(r.inappropriateScreened))) },
    { level: 1, text: w.item(w.inappropriateNotScreened, w.share(shareWords(r.inappropriateNotScreened))) },
  ];
  if (r.againstScreen) lines.push({ level: 1, text: w.againstScreen(r.againstScreen) });
  lines.push(
    { level: 1, text: w.item(w.tookUp, w.share(shareWords(r.tookUp))) },
    { level: 1, text: w.item(w.tookUpAppropriate, w.share(shareWords(r.tookUpAppropriate))) },
  );
  if (r.pending) lines.push({ level: 1, text: w.pending(r.pending) });
  lines.push(
    {
      level: 1,
      text: w.list(
        w.byTeamInappropriate,
        r.teams.map((t) => `${localise(TEAM_LABELS[t.team], locale)} ${w.shareShort(shareWords(t.inappropriate))}`),
      ),
    },
    {
      level: 1,
      text: w.list(
        w.byPathwayInappropriate,
        r.pathways.map((p) => `${pathwayLabel(p.pathway, options)} ${w.shareShort(shareWords(p.inappropriate))}`),
      ),
    },
  );
  return lines;
}

function funnelText(f: Funnel, w: AuditWords): string {
  return w.funnel(
    f.enrolled,
    w.share(shareWords(f.started)),
    w.share(shareWords(f.retained)),
    w.share(shareWords(f.milestone)),
  );
}

function uptakeLines(r: UptakeRound, w: AuditWords, options: DescribeOptions): SummaryLine[] {
  const lines: SummaryLine[] = r.programmes.map((p) => ({
    level: 1,
    text: w.item(pathwayLabel(p.programme, options), funnelText(p, w)),
  }));
  if (r.programmes.length > 1) lines.push({ level: 1, text: w.item(w.allCourses, funnelText(r.total, w)) });
  return lines;
}

/** The summary in words, line by line: the overview, each round, then the comparison. */
export function describeSummary(summary: AuditSummary, options: DescribeOptions = {}): SummaryLine[] {
  const locale = options.locale ?? 'en';
  const w = auditWords(locale);
  const title = localise(KIND_TITLES[summary.kind], locale);
  if (!summary.records) return [{ level: 0, text: `${title}: ${w.none}` }];
  const lines: SummaryLine[] = [
    { level: 0, text: w.overview(title, summary.kind, summary.records, summary.rounds.length) },
  ];
  for (const round of summary.rounds) {
    lines.push({ level: 0, text: w.round(round.round, summary.kind, round.n) });
    if (summary.kind === 'assessments') lines.push(...assessmentLines(round as AssessmentRound, w, locale));
    else if (summary.kind === 'referrals')
      lines.push(...referralLines(round as ReferralRound, w, { ...options, locale }));
    else lines.push(...uptakeLines(round as UptakeRound, w, { ...options, locale }));
  }
  if (summary.comparison) lines.push({ level: 0, text: describeComparison(summary.comparison, locale) });
  return lines;
}

/** The summary in words as plain text: one line each, the details indented by two spaces. */
export function summaryText(summary: AuditSummary, options: DescribeOptions = {}): string {
  return describeSummary(summary, options)
    .map((l) => `${l.level ? '  ' : ''}${l.text}\n`)
    .join('');
}

/** A file problem in one line: where, then what. */
export function describeProblem(problem: AuditProblem, locale = 'en'): string {
  const w = auditWords(locale);
  const column = problem.column ? columnLetter(problem.column) : undefined;
  const where = w.at(problem.row, column, column ? problem.name : undefined);
  const what = (w.problems[problem.code] ?? (() => problem.code))({
    ...(problem.value !== undefined ? { value: problem.value } : {}),
    ...(problem.allowed ? { allowed: problem.allowed.join(', ') } : {}),
    ...(problem.found ? { found: problem.found } : {}),
    ...(problem.expected ? { expected: problem.expected } : {}),
    ...(problem.max !== undefined ? { max: problem.max } : {}),
    ...(problem.name ? { name: problem.name } : {}),
  });
  return where ? `${where}: ${what}` : what;
}
