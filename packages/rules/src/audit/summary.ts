/**
 * Summaries of audit records, round by round: what the element shows and `rpc-kit audit summary`
 * prints. Every summary is the same whatever the order of the records (rounds sort by the dates in
 * their names if every name has one, else by name: `roundOrder`; teams, reasons and programmes by
 * their fixed order), and linear in the number of records.
 */
import { compareRoundNames, roundOrder } from './rounds.js';
import {
  ASSESSMENT_PROMPTS,
  GOOD_SCORE,
  NOT_FOR_CONFLICT_ROUTES,
  REASONS,
  TEAM_TYPES,
  UPTAKE_STAGES,
  roundKey,
  roundName,
  type AssessmentPrompt,
  type AssessmentRecord,
  type AuditKind,
  type AuditRecordOf,
  type Reason,
  type ReferralRecord,
  type TeamType,
  type UptakeRecord,
} from './model.js';
import { difference, share, type Difference, type Share } from './stats.js';
import { DEFAULT_PATHWAY_IDS } from '../content/pathways.js';

export interface AssessmentRound {
  readonly round: string;
  readonly n: number;
  /** How many scored 0, 1, 2, 3, 4 and 5. */
  readonly scores: readonly number[];
  /** Scored 4 or 5. */
  readonly good: Share;
  readonly prompts: Readonly<Record<AssessmentPrompt, Share>>;
  readonly teams: readonly { readonly team: TeamType; readonly n: number; readonly good: Share }[];
}

export interface ReferralRound {
  readonly round: string;
  readonly n: number;
  /** Found inappropriate for any reason. */
  readonly inappropriate: Share;
  /** Inappropriate because of signs of domestic abuse. */
  readonly abuse: Share;
  /** Inappropriate for another reason, and those reasons. */
  readonly other: Share;
  readonly reasons: readonly { readonly reason: Reason; readonly count: number }[];
  /** Screened before the referral. */
  readonly screened: Share;
  /** Inappropriate among those screened first, and among the others (not screened, or not known). */
  readonly inappropriateScreened: Share;
  readonly inappropriateNotScreened: Share;
  /** Referred although the screen showed signs of abuse, danger, harm or "not sure". */
  readonly againstScreen: number;
  /**
   * Took up support, of the referrals whose answer is known; and of the appropriate ones whose
   * answer is known. Pending: not known yet (in neither share's count nor its base).
   */
  readonly tookUp: Share;
  readonly tookUpAppropriate: Share;
  readonly pending: number;
  readonly teams: readonly { readonly team: TeamType; readonly n: number; readonly inappropriate: Share }[];
  readonly pathways: readonly { readonly pathway: string; readonly n: number; readonly inappropriate: Share }[];
}

/** A course's funnel: enrolled, then started (of enrolled), retained (of started), milestone (of retained). */
export interface Funnel {
  readonly enrolled: number;
  readonly started: Share;
  readonly retained: Share;
  readonly milestone: Share;
}

export interface UptakeRound {
  readonly round: string;
  readonly n: number;
  readonly total: Funnel;
  readonly programmes: readonly ({ readonly programme: string } & Funnel)[];
}

export interface RoundOf {
  assessments: AssessmentRound;
  referrals: ReferralRound;
  uptake: UptakeRound;
}

/** The share each kind of audit is judged by, and which way is better. */
export const HEADLINE = {
  assessments: { measure: 'good', better: 'up' },
  referrals: { measure: 'inappropriate', better: 'down' },
  uptake: { measure: 'retained', better: 'up' },
} as const;
export type HeadlineMeasure = (typeof HEADLINE)[AuditKind]['measure'];

/** Two rounds compared on the kind's headline share. */
export interface Comparison {
  readonly measure: HeadlineMeasure;
  readonly from: { readonly round: string; readonly share: Share };
  readonly to: { readonly round: string; readonly share: Share };
  /** Undefined when either round has nothing to count. */
  readonly change?: Difference;
}

/** A summary of one kind of records (a union of them for a union of kinds). */
export type SummaryOf<K extends AuditKind> = K extends AuditKind
  ? {
      readonly kind: K;
      readonly records: number;
      readonly rounds: readonly RoundOf[K][];
      readonly comparison?: Comparison;
    }
  : never;
export type AuditSummary = SummaryOf<AuditKind>;

export interface SummaryOptions {
  /** The rounds to compare; by default the first and the last (when there are two or more). */
  readonly from?: string;
  readonly to?: string;
}

/**
 * The records by round (`roundKey`: one round however its name's capitals and spaces were typed),
 * named by the spelling that sorts first, so the summary is the same in any order of records.
 */
function groupByRound<T extends { readonly round: string }>(records: readonly T[]): [string, T[]][] {
  const groups = new Map<string, [string, T[]]>();
  for (const r of records) {
    const name = roundName(r.round);
    const key = roundKey(name);
    const group = groups.get(key);
    if (!group) groups.set(key, [name, [r]]);
    else {
      group[1].push(r);
      if (name < group[0]) group[0] = name;
    }
  }
  const order = roundOrder([...groups.values()].map(([name]) => name));
  return [...groups.values()].sort(([a], [b]) => order(a, b));
}

/** Counts per key, in a given order of keys; keys outside it follow, in natural order. */
function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K, order: readonly K[]): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  const known = order.filter((k) => groups.has(k));
  const rest = [...groups.keys()].filter((k) => !order.includes(k)).sort(compareRoundNames);
  return [...known, ...rest].map((k) => [k, groups.get(k)!]);
}

const count = <T>(items: readonly T[], test: (item: T) => boolean): number => {
  let c = 0;
  for (const item of items) if (test(item)) c++;
  return c;
};

function assessmentRound(round: string, records: readonly AssessmentRecord[]): AssessmentRound {
  const n = records.length;
  const scores = [0, 0, 0, 0, 0, 0];
  const ticked = Object.fromEntries(ASSESSMENT_PROMPTS.map((p) => [p, 0])) as Record<AssessmentPrompt, number>;
  // Each prompt's base: the records where it was recorded.
  const recorded = Object.fromEntries(ASSESSMENT_PROMPTS.map((p) => [p, n])) as Record<AssessmentPrompt, number>;
  for (const r of records) {
    scores[r.score]!++;
    for (const p of r.prompts) ticked[p]++;
    for (const p of r.unrecorded ?? []) recorded[p]--;
  }
  const isGood = (r: AssessmentRecord) => r.score >= GOOD_SCORE;
  return {
    round,
    n,
    scores,
    good: share(count(records, isGood), n),
    prompts: Object.fromEntries(ASSESSMENT_PROMPTS.map((p) => [p, share(ticked[p], recorded[p])])) as Record<
      AssessmentPrompt,
      Share
    >,
    teams: countBy(records, (r) => r.team, TEAM_TYPES).map(([team, list]) => ({
      team,
      n: list.length,
      good: share(count(list, isGood), list.length),
    })),
  };
}

function referralRound(round: string, records: readonly ReferralRecord[]): ReferralRound {
  const n = records.length;
  const bad = (r: ReferralRecord) => r.finding !== 'appropriate';
  const screened = records.filter((r) => r.screened === 'yes');
  const notScreened = records.filter((r) => r.screened !== 'yes');
  const appropriate = records.filter((r) => r.finding === 'appropriate');
  const others = records.filter((r) => r.finding === 'inappropriate-other');
  // Whether a family took up support is a share of the referrals whose answer is known: one still
  // waiting is neither a yes nor a no (the pending count is given beside it).
  const known = records.filter((r) => r.tookUp !== 'pending');
  return {
    round,
    n,
    inappropriate: share(count(records, bad), n),
    abuse: share(
      count(records, (r) => r.finding === 'inappropriate-abuse'),
      n,
    ),
    other: share(others.length, n),
    reasons: countBy(others, (r) => r.reason ?? 'other', REASONS).map(([reason, list]) => ({
      reason,
      count: list.length,
    })),
    screened: share(screened.length, n),
    inappropriateScreened: share(count(screened, bad), screened.length),
    inappropriateNotScreened: share(count(notScreened, bad), notScreened.length),
    againstScreen: count(
      records,
      (r) => r.screenRoute !== undefined && NOT_FOR_CONFLICT_ROUTES.includes(r.screenRoute),
    ),
    tookUp: share(
      count(known, (r) => r.tookUp === 'yes'),
      known.length,
    ),
    tookUpAppropriate: share(
      count(appropriate, (r) => r.tookUp === 'yes'),
      count(appropriate, (r) => r.tookUp !== 'pending'),
    ),
    pending: n - known.length,
    teams: countBy(records, (r) => r.team, TEAM_TYPES).map(([team, list]) => ({
      team,
      n: list.length,
      inappropriate: share(count(list, bad), list.length),
    })),
    pathways: countBy(records, (r) => r.pathway, DEFAULT_PATHWAY_IDS as readonly string[]).map(([pathway, list]) => ({
      pathway,
      n: list.length,
      inappropriate: share(count(list, bad), list.length),
    })),
  };
}

function funnel(records: readonly UptakeRecord[]): Funnel {
  const reached = [0, 0, 0, 0];
  for (const r of records) {
    const stage = UPTAKE_STAGES.indexOf(r.stage);
    for (let i = 0; i <= stage; i++) reached[i]!++;
  }
  const [enrolled, started, retained, milestone] = reached as [number, number, number, number];
  return {
    enrolled,
    started: share(started, enrolled),
    retained: share(retained, started),
    milestone: share(milestone, retained),
  };
}

function uptakeRound(round: string, records: readonly UptakeRecord[]): UptakeRound {
  return {
    round,
    n: records.length,
    total: funnel(records),
    programmes: countBy(records, (r) => r.programme, DEFAULT_PATHWAY_IDS as readonly string[]).map(
      ([programme, list]) => ({ programme, ...funnel(list) }),
    ),
  };
}

/** The headline share of a round: good or above, inappropriate, or retained of those who started. */
export function headlineShare(round: RoundOf[AuditKind]): Share {
  if ('good' in round) return round.good;
  if ('inappropriate' in round) return round.inappropriate;
  return round.total.retained;
}

/** Compares two rounds of a summary on its headline share; undefined if either round is missing. */
export function compareRounds<K extends AuditKind>(
  summary: { readonly kind: K; readonly rounds: readonly RoundOf[K][] },
  from: string,
  to: string,
): Comparison | undefined {
  const a = summary.rounds.find((r) => roundKey(r.round) === roundKey(from));
  const b = summary.rounds.find((r) => roundKey(r.round) === roundKey(to));
  if (!a || !b) return undefined;
  const fromShare = headlineShare(a);
  const toShare = headlineShare(b);
  const change = difference(fromShare, toShare);
  return {
    measure: HEADLINE[summary.kind].measure,
    from: { round: a.round, share: fromShare },
    to: { round: b.round, share: toShare },
    ...(change ? { change } : {}),
  };
}

/**
 * Summarises one kind of records, round by round, and compares two rounds (the first and the last
 * unless `from` and `to` name others). Rounds not found are not compared.
 */
export function summarise<K extends AuditKind>(
  kind: K,
  records: readonly AuditRecordOf[K][],
  options: SummaryOptions = {},
): SummaryOf<K> {
  const groups = groupByRound(records);
  const make = {
    assessments: assessmentRound,
    referrals: referralRound,
    uptake: uptakeRound,
  }[kind] as unknown as (round: string, records: readonly AuditRecordOf[K][]) => RoundOf[K];
  const rounds = groups.map(([round, list]) => make(round, list));
  const summary = { kind, records: records.length, rounds } as unknown as SummaryOf<K>;
  const from = options.from ?? rounds[0]?.round;
  const to = options.to ?? rounds[rounds.length - 1]?.round;
  const comparison =
    rounds.length > 1 && from !== undefined && to !== undefined && roundKey(from) !== roundKey(to)
      ? compareRounds(summary, from, to)
      : undefined;
  return comparison ? { ...summary, comparison } : summary;
}
