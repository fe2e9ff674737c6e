/**
 * The practice audit's rules: the intervals against published values, the summaries of each kind,
 * the CSV format (RFC 4180, versioned, problems by row and column), the words, and the CLI.
 */
import { expect } from '@open-wc/testing';
import { difference, share, wilsonInterval, percent } from '../src/audit/stats.js';
import { compareRounds, summarise } from '../src/audit/summary.js';
import { compareRoundNames, roundDate, roundOrder, undatedRounds } from '../src/audit/rounds.js';
import {
  MAX_CSV_LENGTH,
  columnLetter,
  exportAuditCsv,
  importAuditCsv,
  parseCsv,
  type ImportResult,
} from '../src/audit/csv.js';
import { describeProblem, describeSummary, summaryText } from '../src/audit/describe.js';
import {
  addRecords,
  readRecord,
  type AssessmentRecord,
  type ReferralRecord,
  type UptakeRecord,
} from '../src/audit/model.js';
import * as RUBRIC from '../src/content/audit-rubric.js';
import { AUDIT_WORDS } from '../src/content/audit-words.js';

const { ASSESSMENT_RUBRIC } = RUBRIC;
import { runCli } from '../src/cli/run.js';
import { contentTexts, loadAllContent } from './helpers.js';

const close = (actual: readonly number[] | null, expected: readonly number[], digits = 4) => {
  expect(actual).to.not.equal(null);
  actual!.forEach((v, i) => expect(v).to.be.closeTo(expected[i]!, 10 ** -digits));
};

const sample = async (kind: string) => (await fetch(`/docs/examples/audit-${kind}.csv`)).text();
const ok = <T extends ImportResult>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(r.problems.map((p) => describeProblem(p)).join('\n'));
  return r as Extract<T, { ok: true }>;
};

before(loadAllContent);

describe('audit: intervals', () => {
  it('gives Wilson’s score interval, as published (Newcombe 1998, single proportions)', () => {
    close(wilsonInterval(81, 263), [0.2553, 0.3662]);
    close(wilsonInterval(15, 148), [0.0624, 0.1605]);
    close(wilsonInterval(0, 20), [0, 0.1611]);
    close(wilsonInterval(1, 29), [0.0061, 0.1718]);
    // Northumberland's quarter: 5 of 36 inappropriate, 14% (6–29%).
    expect(wilsonInterval(5, 36).map(percent)).to.deep.equal([6, 29]);
    expect(wilsonInterval(36, 36)[1]).to.equal(1);
    expect(() => wilsonInterval(1, 0)).to.throw(RangeError);
    expect(() => wilsonInterval(3, 2)).to.throw(RangeError);
  });

  it('has no share and no interval with nothing to count', () => {
    expect(share(0, 0)).to.deep.equal({ count: 0, n: 0, share: null, interval: null });
    expect(difference(share(0, 0), share(1, 2))).to.equal(undefined);
  });

  it('gives Newcombe’s hybrid score interval for a change, as published (Newcombe 1998, method 10)', () => {
    // From 48 of 80 to 56 of 70: +0.2000 (0.0524 to 0.3339).
    const d = difference(share(48, 80), share(56, 70))!;
    expect(d.estimate).to.be.closeTo(0.2, 1e-9);
    close(d.interval, [0.0524, 0.3339]);
    expect(d.clear).to.equal(true);
    close(difference(share(3, 10), share(9, 10))!.interval, [0.1705, 0.809]);
    close(difference(share(0, 29), share(5, 56))!.interval, [-0.0381, 0.1926]);
    close(difference(share(0, 20), share(0, 10))!.interval, [-0.1611, 0.2775]);
    close(difference(share(0, 20), share(10, 10))!.interval, [0.6791, 1]);
    // Falling, and not clear.
    const fall = difference(share(9, 10), share(3, 10))!;
    close(fall.interval, [-0.809, -0.1705]);
    expect(difference(share(0, 29), share(5, 56))!.clear).to.equal(false);
  });
});

describe('audit: records', () => {
  it('reads codes case-insensitively and trims them; a case reference is a case number, never a name', () => {
    const r = readRecord('assessments', { round: ' 2016 baseline ', team: 'School', score: ' 4', 'both-views': 'YES' });
    expect(r).to.deep.equal({
      ok: true,
      record: {
        round: '2016 baseline',
        team: 'school',
        score: 4,
        prompts: ['both-views'],
        // The tick boxes not given: not recorded, never "no".
        unrecorded: ['relationship-asked', 'child-impact', 'conflict-or-abuse', 'action-in-plan'],
      },
    });
    for (const ref of ['John Smith', 'Smith', 'EH 1043', 'a'.repeat(20) + '1', '-1043'])
      expect(readRecord('uptake', { round: 'r1', programme: 'cope', stage: 'started', ref }).ok, ref).to.equal(false);
    expect(readRecord('uptake', { round: 'r1', programme: 'cope', stage: 'started', ref: 'EH-1043' })).to.deep.equal({
      ok: true,
      record: { round: 'r1', programme: 'cope', stage: 'started', ref: 'EH-1043' },
    });
  });

  it('refuses round names a spreadsheet would run as a formula, or that are too long', () => {
    for (const round of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'x'.repeat(41), 'a\tb'])
      expect(readRecord('uptake', { round, programme: 'cope', stage: 'started' }).ok, round).to.equal(false);
  });

  it('asks for a reason only when a referral is inappropriate for another reason, and a route only after a screen', () => {
    const base = { round: 'r', team: 'school', pathway: 'cope', screened: 'yes', 'took-up': 'no' };
    const codes = (fields: Record<string, string>) => {
      const r = readRecord('referrals', { ...base, ...fields });
      return r.ok ? [] : r.problems.map((p) => `${p.column}:${p.code}`);
    };
    expect(codes({ finding: 'inappropriate-other' })).to.deep.equal(['reason:reason-needed']);
    expect(codes({ finding: 'inappropriate-other', reason: 'because' })).to.deep.equal(['reason:one-of']);
    expect(codes({ finding: 'appropriate', reason: 'other' })).to.deep.equal(['reason:reason-not-allowed']);
    expect(codes({ finding: 'appropriate', screened: 'no', 'screen-route': 'conflict' })).to.deep.equal([
      'screen-route:route-without-screen',
    ]);
    expect(codes({ finding: 'appropriate', 'screen-route': 'conflict', pathway: 'Arguing Better' })).to.deep.equal([
      'pathway:id',
    ]);
    expect(codes({ finding: 'maybe', team: '', 'took-up': 'y' })).to.deep.equal([
      'team:required',
      'finding:one-of',
      'took-up:one-of',
    ]);
  });
});

describe('audit: summaries', () => {
  const a = (round: string, score: number, team = 'school', prompts: string[] = []) =>
    ({ round, team, score, prompts }) as AssessmentRecord;

  it('assessments: the distribution of scores, good or above, the prompts and each team', () => {
    const records = [a('r1', 0), a('r1', 4, 'school', ['action-in-plan']), a('r1', 5, 'police'), a('r1', 3, 'police')];
    const s = summarise('assessments', records);
    expect(s.records).to.equal(4);
    const [r] = s.rounds;
    expect(r!.scores).to.deep.equal([1, 0, 0, 1, 1, 1]);
    expect(r!.good.count).to.equal(2);
    expect(r!.prompts['action-in-plan'].count).to.equal(1);
    expect(r!.teams.map((t) => [t.team, t.n, t.good.count])).to.deep.equal([
      ['school', 2, 1],
      ['police', 2, 1],
    ]);
    expect(s.comparison).to.equal(undefined);
    expect(ASSESSMENT_RUBRIC.map((l) => l.score)).to.deep.equal([0, 1, 2, 3, 4, 5]);
  });

  it('orders rounds naturally, and compares the first with the last unless told otherwise', () => {
    const names = ['Round 10', 'round 2', 'Round 1', '2016 baseline', 'Round 2'];
    expect([...names].sort(compareRoundNames)).to.deep.equal([
      '2016 baseline',
      'Round 1',
      'Round 2',
      'round 2',
      'Round 10',
    ]);
    const records = [a('Round 10', 4), a('Round 2', 0), a('Round 1', 0), a('Round 1', 4)];
    const s = summarise('assessments', records);
    expect(s.rounds.map((r) => r.round)).to.deep.equal(['Round 1', 'Round 2', 'Round 10']);
    expect([s.comparison!.from.round, s.comparison!.to.round]).to.deep.equal(['Round 1', 'Round 10']);
    const chosen = summarise('assessments', records, { from: 'Round 2', to: 'Round 10' });
    expect(chosen.comparison!.change!.estimate).to.equal(1);
    expect(summarise('assessments', records, { from: 'Nope' }).comparison).to.equal(undefined);
    expect(compareRounds(s, 'Round 1', 'Round 1')!.change!.estimate).to.equal(0);
  });

  it('orders rounds by the date in their names, however it is written, and compares the earliest with the latest', () => {
    // UK dates sorted as text would put September before March, and compare the wrong way round.
    const uk = ['01/09/2024 follow-up', '15/03/2024 baseline'];
    expect([...uk].sort(roundOrder(uk))).to.deep.equal(['15/03/2024 baseline', '01/09/2024 follow-up']);
    const s = summarise('assessments', [a('01/09/2024 follow-up', 4), a('15/03/2024 baseline', 0)]);
    expect([s.comparison!.from.round, s.comparison!.to.round]).to.deep.equal([
      '15/03/2024 baseline',
      '01/09/2024 follow-up',
    ]);
    expect(s.comparison!.change!.estimate).to.equal(1);
    const names = [
      'Q4 2024/25',
      '2024/25 Q1',
      'Medi 2024',
      'March 2024',
      '3/2024 again',
      '2024 Q1',
      'Baseline 2023',
      '2025-01',
      '31.12.24',
      'Sept 2025',
      '2024-25',
      'Summer term 2024',
      'March 2nd, 2024',
      '2024/2025 Q4',
      'FY24/25 Q2',
      'Quarter 4 2024',
      '2024-Q3',
    ];
    expect([...names].sort(roundOrder(names))).to.deep.equal([
      'Baseline 2023',
      '2024 Q1',
      '3/2024 again',
      'March 2024',
      'March 2nd, 2024',
      '2024-25',
      '2024/25 Q1',
      'Summer term 2024',
      '2024-Q3',
      'FY24/25 Q2',
      'Medi 2024',
      'Quarter 4 2024',
      '31.12.24',
      '2024/2025 Q4',
      '2025-01',
      'Q4 2024/25',
      'Sept 2025',
    ]);
    expect(roundDate('Baseline Jan 2024 (audited 2024-06)')).to.equal(20240100);
    expect(roundDate('Q1 24/25')).to.equal(20240400);
    expect(roundDate('1/4/99')).to.equal(19990401);
    expect(roundDate('2024/26 Q1')).to.equal(20240000);
    expect(roundDate('R2024x')).to.equal(undefined);
    expect(roundDate('2024-13 oops')).to.equal(20240000);
    expect(roundDate('Decision 2024')).to.equal(20240000);
    expect(roundDate('Round 2')).to.equal(undefined);
  });

  it('orders rounds by name alone when any name has no date: a follow-up never comes before its baseline', () => {
    const names = ['Follow-up March 2025', 'Baseline'];
    expect([...names].sort(roundOrder(names))).to.deep.equal(['Baseline', 'Follow-up March 2025']);
    const s = summarise('assessments', [a('Follow-up March 2025', 4), a('Baseline', 0)]);
    expect([s.comparison!.from.round, s.comparison!.to.round]).to.deep.equal(['Baseline', 'Follow-up March 2025']);
    const rounds = ['Round 2 (Sept 2024)', 'Round 1'];
    expect([...rounds].sort(roundOrder(rounds))).to.deep.equal(['Round 1', 'Round 2 (Sept 2024)']);
    expect([...rounds].sort(compareRoundNames)).to.deep.equal(['Round 1', 'Round 2 (Sept 2024)']);
    expect(undatedRounds(rounds)).to.deep.equal(['Round 1']);
    expect(undatedRounds(['Round 1', 'Round 2'])).to.deep.equal([]);
    expect(undatedRounds(['2024-03 baseline', 'Sept 2024'])).to.deep.equal([]);
  });

  it('takes round names that differ only in capitals or spaces as one round, named the same in any order', () => {
    const records = [a('2024-03 baseline', 4), a('2024-03  Baseline ', 0), a('2024-09 follow-up', 4)];
    const s = summarise('assessments', records);
    expect(s.rounds.map((r) => [r.round, r.n])).to.deep.equal([
      ['2024-03 Baseline', 2],
      ['2024-09 follow-up', 1],
    ]);
    expect(summarise('assessments', [...records].reverse())).to.deep.equal(s);
    expect(s.comparison!.from.round).to.equal('2024-03 Baseline');
    expect(summarise('assessments', records, { from: '2024-03 BASELINE' }).comparison!.from.round).to.equal(
      '2024-03 Baseline',
    );
  });

  it('counts a tick box only where it was recorded: a file without its column says "not recorded", never 0%', () => {
    const file =
      'rpc-audit-v1,assessments\nround,team,score,both-views\nr1,school,4,yes\nr1,school,2,no\nr1,school,3,not-recorded\n';
    const result = importAuditCsv(file, { kind: 'assessments' });
    if (!result.ok) throw new Error('not read');
    const s = summarise('assessments', result.records as AssessmentRecord[]);
    const round = s.rounds[0]!;
    expect([round.prompts['both-views'].count, round.prompts['both-views'].n]).to.deep.equal([1, 2]);
    expect(round.prompts['relationship-asked'].n).to.equal(0);
    const words = summaryText(s);
    expect(words).to.contain('not recorded');
    expect(words).not.to.match(/0 of 3/);
    // Saved and opened again: the same.
    const again = importAuditCsv(exportAuditCsv('assessments', result.records as AssessmentRecord[]), {
      kind: 'assessments',
    });
    if (!again.ok) throw new Error('not read again');
    expect(again.records).to.deep.equal(result.records);
  });

  it('adds a file’s records, leaving out those whose case reference is already there for the round', () => {
    const r = (round: string, ref?: string): UptakeRecord => ({
      round,
      programme: 'cope',
      stage: 'started',
      ...(ref === undefined ? {} : { ref }),
    });
    const there = [r('r1', 'A1'), r('r1'), r('r2', 'B1')];
    const added = addRecords(there, [
      r('R1 ', 'a1'),
      r('r1'),
      r('r2', 'A1'),
      r('r2', 'B1'),
      r('r3', 'C1'),
      r('r3', 'C1'),
    ]);
    expect(added.repeated).to.deep.equal(['a1', 'B1', 'C1']);
    expect(added.records).to.deep.equal([...there, r('r1'), r('r2', 'A1'), r('r3', 'C1')]);
  });

  it('referrals: Northumberland’s sample quarter, 5 of 36 inappropriate and 22 who took up support', async () => {
    const { records } = ok(importAuditCsv(await sample('referrals')));
    const s = summarise('referrals', records as ReferralRecord[]);
    const [launch, later] = s.rounds;
    expect([launch!.round, launch!.inappropriate.count, launch!.n]).to.deep.equal(['2021 Q4 launch', 24, 40]);
    expect([later!.inappropriate.count, later!.n, later!.tookUp.count]).to.deep.equal([5, 36, 22]);
    // Took up support: of the 33 whose answer is known, not of all 36 (3 still waiting).
    expect([later!.tookUp.n, later!.pending]).to.deep.equal([33, 3]);
    expect(later!.inappropriate.interval!.map(percent)).to.deep.equal([6, 29]);
    expect(later!.abuse.count + later!.other.count).to.equal(5);
    expect(later!.reasons.reduce((t, r) => t + r.count, 0)).to.equal(3);
    expect(later!.againstScreen).to.equal(1);
    expect(later!.pending).to.equal(3);
    expect(s.comparison!.measure).to.equal('inappropriate');
    expect(s.comparison!.change!.clear).to.equal(true);
    expect(s.comparison!.change!.estimate).to.be.below(0);
  });

  it('uptake: each course’s funnel (Northumberland’s Arguing Better: 41, 34, 28 (82%), 22 (79%))', async () => {
    const { records } = ok(importAuditCsv(await sample('uptake')));
    const s = summarise('uptake', records as UptakeRecord[]);
    const ab = s.rounds[0]!.programmes.find((p) => p.programme === 'arguing-better')!;
    expect([ab.enrolled, ab.started.count, ab.retained.count, ab.milestone.count]).to.deep.equal([41, 34, 28, 22]);
    expect([percent(ab.retained.share!), percent(ab.milestone.share!)]).to.deep.equal([82, 79]);
    expect(s.rounds[0]!.total.enrolled).to.equal(81);
    // Default pathways in their own order, a council's own after them.
    const own = summarise('uptake', [
      { round: 'r', programme: 'zeta-course', stage: 'enrolled' },
      { round: 'r', programme: 'alpha-course', stage: 'enrolled' },
      { round: 'r', programme: 'cope', stage: 'milestone' },
    ]);
    expect(own.rounds[0]!.programmes.map((p) => p.programme)).to.deep.equal(['cope', 'alpha-course', 'zeta-course']);
    // A round where nobody started cannot be compared on staying to the end.
    const none = summarise('uptake', [
      { round: '1', programme: 'cope', stage: 'retained' },
      { round: '2', programme: 'cope', stage: 'enrolled' },
    ]);
    expect(none.comparison!.change).to.equal(undefined);
    expect(describeSummary(none).at(-1)!.text).to.contain('cannot be compared');
  });
});

describe('audit: words', () => {
  it('has every label of the rubric and the codes in English and Welsh', () => {
    const texts = contentTexts(RUBRIC, 'rubric');
    expect(texts.length).to.be.greaterThan(50);
    expect(texts.filter((t) => !t.text.cy?.trim()).map((t) => t.path)).to.deep.equal([]);
  });

  it('words every problem and measure in both languages', () => {
    expect(Object.keys(AUDIT_WORDS.cy.problems)).to.deep.equal(Object.keys(AUDIT_WORDS.en.problems));
    expect(Object.keys(AUDIT_WORDS.cy.measures)).to.deep.equal(Object.keys(AUDIT_WORDS.en.measures));
    expect(AUDIT_WORDS.en.date(new Date(2026, 4, 3))).to.equal('3 May 2026');
    expect(AUDIT_WORDS.cy.date(new Date(2026, 11, 25))).to.equal('25 Rhagfyr 2026');
    expect(describeProblem({ code: 'too-many-records', max: 100000 })).to.equal(
      'The file has more than 100000 records: split it into smaller files.',
    );
  });
});

describe('audit: the summary in words', () => {
  it('words every share with its count, its base and its interval, and reads the comparison plainly', async () => {
    const { records } = ok(importAuditCsv(await sample('referrals')));
    const text = summaryText(summarise('referrals', records as ReferralRecord[]));
    expect(text).to.contain('  Inappropriate: 5 of 36 (14%, 95% interval 6–29%).\n');
    expect(text).to.contain('Took up support, where known: 22 of 33');
    expect(text).to.contain('Not known yet whether the family took up support: 3.');
    expect(text).to.contain('fell from 60% (24 of 40) to 14% (5 of 36)');
    expect(text).to.contain('The change is larger than chance would explain.');
    const cy = summaryText(summarise('referrals', records as ReferralRecord[]), { locale: 'cy' });
    expect(cy).to.contain('Amhriodol: 5 o 36 (14%, cyfwng 95% 6–29%).');
    expect(cy).to.contain('Mae’r newid yn fwy nag y gallai siawns ei esbonio.');
  });

  it('says when a change could be chance', () => {
    const records = [
      ...Array.from({ length: 10 }, (_, i) => ({ round: 'a', team: 'school', score: i < 1 ? 4 : 1, prompts: [] })),
      ...Array.from({ length: 10 }, (_, i) => ({ round: 'b', team: 'school', score: i < 3 ? 4 : 1, prompts: [] })),
    ] as AssessmentRecord[];
    const lines = describeSummary(summarise('assessments', records));
    expect(lines.at(-1)!.text).to.equal(
      'From “a” to “b”, good or above rose from 10% (1 of 10) to 30% (3 of 10): up 20 percentage points (95% interval −16 to +51). The change could be chance: the interval includes no change. More records would tell.',
    );
    expect(describeSummary(summarise('uptake', []))).to.deep.equal([
      { level: 0, text: 'Course uptake: No records yet.' },
    ]);
    expect(summaryText(summarise('uptake', [{ round: 'x', programme: 'my-course', stage: 'started' }]))).to.contain(
      'my-course: 1 enrolled',
    );
  });
});

describe('audit: CSV', () => {
  it('parses RFC 4180: quoted commas, doubled quotes, line breaks inside quotes, CRLF, LF, CR and a BOM', () => {
    const text = '\uFEFFa,"b,c","say ""hi"""\r\n"two\r\nlines",,x\nlast\rrow,""\r\n';
    expect(parseCsv(text).rows.map((r) => r.values)).to.deep.equal([
      ['a', 'b,c', 'say "hi"'],
      ['two\r\nlines', '', 'x'],
      ['last'],
      ['row', ''],
    ]);
    expect(parseCsv(text).rows.map((r) => r.number)).to.deep.equal([1, 2, 3, 4]);
    expect(parseCsv('').rows).to.deep.equal([]);
    expect(parseCsv('a,').rows[0]!.values).to.deep.equal(['a', '']);
  });

  it('names the row and column of a broken quote', () => {
    expect(parseCsv('a,b\nc,"open\n\nd').problem).to.deep.equal({ code: 'unclosed-quote', row: 2, column: 2 });
    expect(parseCsv('a,b"c').problem).to.deep.equal({ code: 'stray-quote', row: 1, column: 2 });
    expect(parseCsv('"a"b').problem).to.deep.equal({ code: 'after-quote', row: 1, column: 1 });
    expect(columnLetter(1) + columnLetter(26) + columnLetter(27) + columnLetter(53)).to.equal('AZAABA');
  });

  it('reads one pass over any text: a huge unclosed quote or a long line answers at once', () => {
    const r = importAuditCsv(`rpc-audit-v1,uptake\nround,programme,stage\n"${'x'.repeat(4_000_000)}`);
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.problems[0]).to.deep.equal({ code: 'unclosed-quote', row: 3, column: 1 });
    const big = importAuditCsv('x'.repeat(MAX_CSV_LENGTH + 1));
    expect(!big.ok && describeProblem(big.problems[0]!)).to.equal(
      'The file is larger than 5 MB: split it into smaller files.',
    );
  });

  it('writes the format line with a privacy reminder, the columns, and quotes only where needed', () => {
    const record: ReferralRecord = {
      round: '2024 Q3, "panel"',
      team: 'school',
      pathway: 'cope',
      screened: 'yes',
      screenRoute: 'conflict',
      finding: 'inappropriate-other',
      reason: 'higher-need',
      tookUp: 'no',
      ref: 'EH-1',
    };
    const csv = exportAuditCsv('referrals', [record]);
    expect(csv).to.equal(
      'rpc-audit-v1,referrals,No names or personal details / Dim enwau na manylion personol\r\n' +
        'round,team,pathway,screened,screen-route,finding,reason,took-up,ref\r\n' +
        '"2024 Q3, ""panel""",school,cope,yes,conflict,inappropriate-other,higher-need,no,EH-1\r\n',
    );
    expect(ok(importAuditCsv(csv)).records).to.deep.equal([record]);
  });

  it('takes the columns in any order, leaves optional ones out, and ignores blank rows and trailing commas', () => {
    const r = ok(
      importAuditCsv('rpc-audit-v1,Assessments\r\nscore,round,team,,\r\n4,r1,school,,\r\n,,,,\r\n0,r1,police\r\n'),
    );
    expect(r.kind).to.equal('assessments');
    const unrecorded = ['relationship-asked', 'both-views', 'child-impact', 'conflict-or-abuse', 'action-in-plan'];
    expect(r.records).to.deep.equal([
      { round: 'r1', team: 'school', score: 4, prompts: [], unrecorded },
      { round: 'r1', team: 'police', score: 0, prompts: [], unrecorded },
    ]);
  });

  it('says what is wrong with a file, by row and column, in English and Welsh', () => {
    const problems = (text: string, kind?: 'assessments') => {
      const r = importAuditCsv(text, kind ? { kind } : {});
      return r.ok ? [] : r.problems.map((p) => describeProblem(p));
    };
    expect(problems('')).to.deep.equal(['The file is empty.']);
    expect(problems('round,team,score\n')[0]).to.match(/^Row 1, column A: This is not a practice audit file/);
    expect(problems('rpc-audit-v2,assessments\n')[0]).to.contain('another format (“rpc-audit-v2”)');
    expect(problems('rpc-audit-v1;assessments;no names\nround;team;score\n')[0]).to.equal(
      'Row 1: The values in this file are separated by semicolons. Save it again as CSV with commas (in Excel: “CSV UTF-8 (Comma delimited)”).',
    );
    expect(problems('rpc-audit-v1,cases\n')).to.deep.equal([
      'Row 1, column B: The kind of records must be one of: assessments, referrals, uptake (found “cases”).',
    ]);
    expect(problems('rpc-audit-v1,uptake\n', 'assessments')).to.deep.equal([
      'Row 1, column B: This file holds uptake records; this audit is for assessments.',
    ]);
    expect(problems('rpc-audit-v1,uptake\n')).to.deep.equal(['Row 2: The second line must name the columns.']);
    expect(problems('rpc-audit-v1,uptake\nround,programme,programme,scroe\n')).to.deep.equal([
      'Row 2, column C (programme): This column is named twice.',
      'Row 2, column D: Unknown column “scroe”: the columns are round, programme, stage, ref.',
      'Row 2: The column “stage” is missing.',
    ]);
    const values = problems(
      'rpc-audit-v1,assessments\nround,team,score,both-views,ref\n' +
        'r1,school,7,yes,\nr1,school,4,maybe,Jo Bloggs\nr1,school,4,,,extra\n"r1\n',
    );
    expect(values).to.deep.equal([
      'Row 3, column C (score): Must be a whole number from 0 to 5 (found “7”).',
      'Row 4, column D (both-views): Must be yes or no, or left empty (found “maybe”).',
      'Row 4, column E (ref): A case reference must be a case number: up to 20 letters and digits with at least one digit and no spaces, like EH-1043. Never a name.',
      'Row 5, column F: This row has more values than there are columns.',
      'Row 6, column A: A quoted value starts here and is never closed.',
    ]);
    const cy = importAuditCsv('rpc-audit-v1,assessments\nround,team,score\nr1,school,7\n');
    expect(!cy.ok && describeProblem(cy.problems[0]!, 'cy')).to.equal(
      'Rhes 3, colofn C (score): Rhaid iddo fod yn rhif cyfan o 0 i 5 (wedi canfod “7”).',
    );
  });

  it('lists the first 50 problems and counts the rest', () => {
    const rows = Array.from({ length: 120 }, () => 'r1,school,9').join('\n');
    const r = importAuditCsv(`rpc-audit-v1,assessments\nround,team,score\n${rows}`);
    expect(!r.ok && [r.problems.length, r.problemCount]).to.deep.equal([50, 120]);
  });
});

describe('rpc-kit audit summary', () => {
  const run = async (argv: string[], files: Record<string, string> = {}) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      readFile: (path) => {
        if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
        return files[path]!;
      },
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    return { code, stdout, stderr };
  };

  it('prints the summary in words, the same as summaryText, or as JSON', async () => {
    const file = await sample('assessments');
    const r = await run(['audit', 'summary', 'a.csv'], { 'a.csv': file });
    expect(r.code).to.equal(0);
    const { records } = ok(importAuditCsv(file));
    const summary = summarise('assessments', records as AssessmentRecord[]);
    expect(r.stdout).to.equal(summaryText(summary));
    expect(r.stdout).to.contain('good or above rose from 5% (3 of 60) to 31% (18 of 58)');
    const json = await run(['audit', 'summary', 'a.csv', '--json'], { 'a.csv': file });
    expect(JSON.parse(json.stdout)).to.deep.equal(JSON.parse(JSON.stringify(summary)));
    const cy = await run(['audit', 'summary', '--locale', 'cy', 'a.csv'], { 'a.csv': file });
    expect(cy.stdout).to.equal(summaryText(summary, { locale: 'cy' }));
  });

  it('compares the rounds asked for, and names the council’s own courses from its config', async () => {
    const file =
      'rpc-audit-v1,uptake\nround,programme,stage\n1,dads-course,milestone\n2,dads-course,started\n3,cope,retained\n';
    const r = await run(['audit', 'summary', 'u.csv', '--from', '2', '--to=3'], { 'u.csv': file });
    expect(r.stdout.trim().split('\n').at(-1)).to.match(/^From “2” to “3”/);
    const config = JSON.stringify({
      pathways: {
        custom: [
          {
            id: 'dads-course',
            name: 'Dads Together',
            description: 'A course for dads.',
            whoFor: 'Dads',
            formats: ['group'],
            kind: 'support',
            joint: false,
            access: { referral: 'self', phone: '01234 567890' },
          },
        ],
      },
    });
    const named = await run(['audit', 'summary', 'u.csv', '--config', 'c.json'], { 'u.csv': file, 'c.json': config });
    expect(named.stderr).to.equal('');
    expect(named.stdout).to.contain('  Dads Together: 1 enrolled');
    const unknown = await run(['audit', 'summary', 'u.csv', '--from', '9'], { 'u.csv': file });
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.contain('there is no round named "9" (the rounds are: 1, 2, 3)');
  });

  it('exits 1 with one line per problem (row and column), 2 on misuse; never a stack trace', async () => {
    const bad = await run(['audit', 'summary', 'b.csv'], {
      'b.csv': 'rpc-audit-v1,assessments\nround,team,score\nr1,school,9\nr1,team,1\n',
    });
    expect(bad.code).to.equal(1);
    expect(bad.stdout).to.equal('');
    expect(bad.stderr).to.equal(
      'b.csv: Row 3, column C (score): Must be a whole number from 0 to 5 (found “9”).\n' +
        'b.csv: Row 4, column B (team): Must be one of: early-help, family-hub, social-care, health-visiting, midwifery, school, early-years, mental-health, police, voluntary, other (found “team”).\n',
    );
    const many = await run(['audit', 'summary', 'm.csv'], {
      'm.csv': `rpc-audit-v1,assessments\nround,team,score\n${'r,school,9\n'.repeat(60)}`,
    });
    expect(many.stderr.trim().split('\n').at(-1)).to.equal('m.csv: …and 10 more problems.');
    const missing = await run(['audit', 'summary', 'nope.csv']);
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.match(/^nope\.csv: cannot read the file/);
    expect((await run(['audit'])).code).to.equal(2);
    expect((await run(['audit', 'summary'])).code).to.equal(2);
    expect((await run(['audit', 'summary', 'a', 'b'])).code).to.equal(2);
    expect((await run(['audit', 'summary', 'a', '--colour', 'x'])).stderr).to.contain('unknown option --colour');
    const config = await run(['audit', 'summary', 'u.csv', '--config', 'c.json'], {
      'u.csv': '',
      'c.json': '{"nation":1}',
    });
    expect(config.code).to.equal(1);
    for (const r of [bad, many, missing]) expect(r.stderr).not.to.contain('    at ');
  });
});
