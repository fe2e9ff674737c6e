/**
 * The practice audit's records: an early help assessment scored against the rubric, a referral
 * reviewed by a panel, a family's progress on a course. No record carries a name: the case
 * reference is optional, short, and must contain a digit (a case number, never a name). Every
 * value is a code from a fixed list except the round's name, so nothing personal can hide in free text.
 */
import { ROUTES, type Route } from '../types.js';

/** The CSV format's name and version (the first cell of every file). */
export const AUDIT_FORMAT = 'rpc-audit-v1';

export const AUDIT_KINDS = ['assessments', 'referrals', 'uptake'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** The rubric's levels, 0 to 5; 4 and above is good (see content/audit-rubric.ts). */
export const SCORES = [0, 1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];
export const GOOD_SCORE = 4;

/** What an auditor can tick while reading an assessment. */
export const ASSESSMENT_PROMPTS = [
  'relationship-asked',
  'both-views',
  'child-impact',
  'conflict-or-abuse',
  'action-in-plan',
] as const;
export type AssessmentPrompt = (typeof ASSESSMENT_PROMPTS)[number];

/** The kind of team that wrote the assessment or made the referral. */
export const TEAM_TYPES = [
  'early-help',
  'family-hub',
  'social-care',
  'health-visiting',
  'midwifery',
  'school',
  'early-years',
  'mental-health',
  'police',
  'voluntary',
  'other',
] as const;
export type TeamType = (typeof TEAM_TYPES)[number];

/** Was the family screened (safety first) before the referral? */
export const SCREENED = ['yes', 'no', 'unknown'] as const;
export type Screened = (typeof SCREENED)[number];

/** The panel's finding on a referral to the conflict offer. */
export const FINDINGS = ['appropriate', 'inappropriate-abuse', 'inappropriate-other'] as const;
export type PanelFinding = (typeof FINDINGS)[number];

/** Why a referral was inappropriate for a reason other than signs of abuse. */
export const REASONS = [
  'not-about-parents',
  'higher-need',
  'wrong-pathway',
  'no-consent',
  'not-eligible',
  'already-supported',
  'other',
] as const;
export type Reason = (typeof REASONS)[number];

/** Did the family go on to take up support? */
export const TOOK_UP = ['yes', 'no', 'pending'] as const;
export type TookUp = (typeof TOOK_UP)[number];

/** How far a family got on a course: each stage includes the ones before it. */
export const UPTAKE_STAGES = ['enrolled', 'started', 'retained', 'milestone'] as const;
export type UptakeStage = (typeof UPTAKE_STAGES)[number];

/** Screen routes that mean the conflict offer is not the right place (signs of abuse, or not sure). */
export const NOT_FOR_CONFLICT_ROUTES: readonly Route[] = ['emergency', 'domestic-abuse', 'using-harm', 'unclear'];

/** A tick box's value for "not recorded" in a file (a file that left its column out reads the same). */
export const NOT_RECORDED = 'not-recorded';

export interface AssessmentRecord {
  readonly round: string;
  readonly team: TeamType;
  readonly score: Score;
  /** The prompts ticked, in the order of ASSESSMENT_PROMPTS. */
  readonly prompts: readonly AssessmentPrompt[];
  /**
   * The prompts not recorded (their column left out of the file, or `not-recorded`): counted in no
   * share, so a file with only the scores never reads as "0% asked". Absent when every one was.
   */
  readonly unrecorded?: readonly AssessmentPrompt[];
  readonly ref?: string;
}

export interface ReferralRecord {
  readonly round: string;
  readonly team: TeamType;
  /** The pathway the family was referred to (a pathway id, the council's own included). */
  readonly pathway: string;
  readonly screened: Screened;
  /** The route the screen gave, when there was one. */
  readonly screenRoute?: Route;
  readonly finding: PanelFinding;
  /** Only for `inappropriate-other`, where it is required. */
  readonly reason?: Reason;
  readonly tookUp: TookUp;
  readonly ref?: string;
}

export interface UptakeRecord {
  readonly round: string;
  /** The course or programme (a pathway id). */
  readonly programme: string;
  /** The furthest stage reached. */
  readonly stage: UptakeStage;
  readonly ref?: string;
}

export interface AuditRecordOf {
  assessments: AssessmentRecord;
  referrals: ReferralRecord;
  uptake: UptakeRecord;
}
export type AuditRecord = AuditRecordOf[AuditKind];

/** The columns of each kind of file, in the order they are written. */
export const AUDIT_COLUMNS = {
  assessments: ['round', 'team', 'score', ...ASSESSMENT_PROMPTS, 'ref'],
  referrals: ['round', 'team', 'pathway', 'screened', 'screen-route', 'finding', 'reason', 'took-up', 'ref'],
  uptake: ['round', 'programme', 'stage', 'ref'],
} as const satisfies Record<AuditKind, readonly string[]>;

/** The columns a file must have (the others may be left out). */
export const REQUIRED_COLUMNS: Readonly<Record<AuditKind, readonly string[]>> = {
  assessments: ['round', 'team', 'score'],
  referrals: ['round', 'team', 'pathway', 'screened', 'finding', 'took-up'],
  uptake: ['round', 'programme', 'stage'],
};

/** Why a value was refused: a code the interface words explain, and what was allowed. */
export type ValueProblemCode =
  | 'required'
  | 'one-of'
  | 'score'
  | 'yes-no'
  | 'round'
  | 'round-formula'
  | 'ref'
  | 'id'
  | 'reason-needed'
  | 'reason-not-allowed'
  | 'route-without-screen';

export interface ValueProblem {
  /** The column the value is in. */
  readonly column: string;
  readonly code: ValueProblemCode;
  /** The value found (shortened), when there was one. */
  readonly value?: string;
  /** The values allowed, for `one-of`. */
  readonly allowed?: readonly string[];
}

export const MAX_ROUND_LENGTH = 40;
export const MAX_REF_LENGTH = 20;
const MAX_ID_LENGTH = 64;
// Both patterns are linear: no nested repetition that could backtrack.
const REF = /^[A-Za-z0-9][A-Za-z0-9_./-]*$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

type Fields = Readonly<Record<string, string | undefined>>;

/** Reads records from named text fields (a CSV row, or a form): each value checked, codes normalised. */
class Reader {
  readonly problems: ValueProblem[] = [];
  constructor(private readonly fields: Fields) {}

  private raw(column: string): string {
    return (this.fields[column] ?? '').trim();
  }

  private fail(column: string, code: ValueProblemCode, extra: Partial<ValueProblem> = {}): undefined {
    const value = this.raw(column);
    this.problems.push({ column, code, ...(value ? { value: clip(value) } : {}), ...extra });
    return undefined;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], required = true): T | undefined {
    const value = this.raw(column).toLowerCase();
    if (!value) return required ? this.fail(column, 'required') : undefined;
    return allowed.includes(value as T) ? (value as T) : this.fail(column, 'one-of', { allowed });
  }

  round(): string | undefined {
    const value = this.raw('round');
    if (!value) return this.fail('round', 'required');
    if (value.length > MAX_ROUND_LENGTH || CONTROL.test(value)) return this.fail('round', 'round');
    // A spreadsheet would read these as a formula when the file is opened again.
    if (/^[=+\-@]/.test(value)) return this.fail('round', 'round-formula');
    return value;
  }

  score(): Score | undefined {
    const value = this.raw('score');
    if (!value) return this.fail('score', 'required');
    return /^[0-5]$/.test(value) ? (Number(value) as Score) : this.fail('score', 'score');
  }

  /** Yes or no; undefined when not recorded (the column left out of the file, or `not-recorded`). */
  yesNo(column: string): boolean | undefined {
    if (!Object.hasOwn(this.fields, column)) return undefined;
    const value = this.raw(column).toLowerCase();
    if (['yes', 'y', 'true', '1'].includes(value)) return true;
    if (['', 'no', 'n', 'false', '0'].includes(value)) return false;
    if (value === NOT_RECORDED) return undefined;
    this.fail(column, 'yes-no');
    return false;
  }

  id(column: string): string | undefined {
    const value = this.raw(column).toLowerCase();
    if (!value) return this.fail(column, 'required');
    return value.length <= MAX_ID_LENGTH && ID.test(value) ? value : this.fail(column, 'id');
  }

  ref(): string | undefined {
    const value = this.raw('ref');
    if (!value) return undefined;
    // A case number, never a name: short, no spaces, and at least one digit.
    const ok = value.length <= MAX_REF_LENGTH && REF.test(value) && /\d/.test(value);
    return ok ? value : this.fail('ref', 'ref');
  }
}

export type RecordResult<K extends AuditKind> =
  | { readonly ok: true; readonly record: AuditRecordOf[K] }
  | { readonly ok: false; readonly problems: readonly ValueProblem[] };

const withRef = <T extends object>(record: T, ref: string | undefined): T => (ref ? { ...record, ref } : record);

/**
 * Reads one record of a kind from named text fields (the CSV's column names). Codes are trimmed
 * and lower-cased; every problem is reported, each with its column.
 */
export function readRecord<K extends AuditKind>(kind: K, fields: Fields): RecordResult<K> {
  const r = new Reader(fields);
  const round = r.round();
  let record: AuditRecord | undefined;
  if (kind === 'assessments') {
    const team = r.oneOf('team', TEAM_TYPES);
    const score = r.score();
    const answers = ASSESSMENT_PROMPTS.map((p) => [p, r.yesNo(p)] as const);
    const prompts = answers.filter(([, a]) => a === true).map(([p]) => p);
    const unrecorded = answers.filter(([, a]) => a === undefined).map(([p]) => p);
    const ref = r.ref();
    if (round && team && score !== undefined)
      record = withRef({ round, team, score, prompts, ...(unrecorded.length ? { unrecorded } : {}) }, ref);
  } else if (kind === 'referrals') {
    const team = r.oneOf('team', TEAM_TYPES);
    const pathway = r.id('pathway');
    const screened = r.oneOf('screened', SCREENED);
    const screenRoute = r.oneOf('screen-route', ROUTES, false);
    if (screenRoute && screened && screened !== 'yes')
      r.problems.push({ column: 'screen-route', code: 'route-without-screen', value: screenRoute });
    const finding = r.oneOf('finding', FINDINGS);
    let reason: Reason | undefined;
    if (finding === 'inappropriate-other') {
      reason = r.oneOf('reason', REASONS, false);
      if (!reason && !fields.reason?.trim()) r.problems.push({ column: 'reason', code: 'reason-needed' });
    } else if (fields.reason?.trim() && finding) {
      r.problems.push({ column: 'reason', code: 'reason-not-allowed', value: clip(fields.reason.trim()) });
    }
    const tookUp = r.oneOf('took-up', TOOK_UP);
    const ref = r.ref();
    if (round && team && pathway && screened && finding && tookUp)
      record = withRef(
        {
          round,
          team,
          pathway,
          screened,
          ...(screenRoute ? { screenRoute } : {}),
          finding,
          ...(reason ? { reason } : {}),
          tookUp,
        },
        ref,
      );
  } else {
    const programme = r.id('programme');
    const stage = r.oneOf('stage', UPTAKE_STAGES);
    const ref = r.ref();
    if (round && programme && stage) record = withRef({ round, programme, stage }, ref);
  }
  if (r.problems.length || !record) return { ok: false, problems: r.problems };
  return { ok: true, record: record as AuditRecordOf[K] };
}

/** A record as named text fields (the CSV's columns): what `readRecord` reads back to the same record. */
export function recordFields(kind: AuditKind, record: AuditRecord): Record<string, string> {
  if (kind === 'assessments') {
    const a = record as AssessmentRecord;
    const out: Record<string, string> = { round: a.round, team: a.team, score: String(a.score) };
    for (const p of ASSESSMENT_PROMPTS)
      out[p] = a.unrecorded?.includes(p) ? NOT_RECORDED : a.prompts.includes(p) ? 'yes' : 'no';
    out.ref = a.ref ?? '';
    return out;
  }
  if (kind === 'referrals') {
    const r = record as ReferralRecord;
    return {
      round: r.round,
      team: r.team,
      pathway: r.pathway,
      screened: r.screened,
      'screen-route': r.screenRoute ?? '',
      finding: r.finding,
      reason: r.reason ?? '',
      'took-up': r.tookUp,
      ref: r.ref ?? '',
    };
  }
  const u = record as UptakeRecord;
  return { round: u.round, programme: u.programme, stage: u.stage, ref: u.ref ?? '' };
}

/** A round's name as shown: trimmed, each run of spaces one space. */
export const roundName = (round: string): string => round.trim().replace(/\s+/g, ' ');

/**
 * A round's name as the audit compares it: "2024-03 Baseline" and "2024-03  baseline" are one
 * round (two auditors' files, typed by hand), named by the spelling that sorts first.
 */
export const roundKey = (round: string): string => roundName(round).toLocaleLowerCase('en-GB');

/** Records added to others, and those left out as already there. */
export interface AddedRecords<T> {
  readonly records: readonly T[];
  /** The case references of the records left out: each was already there for the same round. */
  readonly repeated: readonly string[];
}

/**
 * Adds a file's records to those already open, leaving out each one whose case reference is
 * already there for the same round (the same file opened twice, or two auditors' files that
 * overlap): counted twice, every share and interval would be wrong. Records without a case
 * reference cannot be told apart, so they are all added.
 */
export function addRecords<T extends { readonly round: string; readonly ref?: string }>(
  existing: readonly T[],
  incoming: readonly T[],
): AddedRecords<T> {
  const key = (r: T) =>
    r.ref?.trim() ? `${roundKey(r.round)}\u0000${r.ref.trim().toLocaleLowerCase('en-GB')}` : undefined;
  const seen = new Set(existing.map(key).filter((k) => k !== undefined));
  const added: T[] = [];
  const repeated: string[] = [];
  for (const r of incoming) {
    const k = key(r);
    if (k !== undefined && seen.has(k)) repeated.push(r.ref!.trim());
    else {
      if (k !== undefined) seen.add(k);
      added.push(r);
    }
  }
  return { records: [...existing, ...added], repeated };
}
