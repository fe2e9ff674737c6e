/**
 * Properties of the practice audit, over arbitrary records and text: a file exported and read
 * back gives the same records and the same summary; a summary does not depend on the order of
 * the records; every interval holds its estimate and stays within its bounds; any text read as
 * CSV answers without throwing.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { difference, share } from '../src/audit/stats.js';
import { summarise } from '../src/audit/summary.js';
import { roundOrder } from '../src/audit/rounds.js';
import { exportAuditCsv, importAuditCsv, parseCsv } from '../src/audit/csv.js';
import {
  ASSESSMENT_PROMPTS,
  FINDINGS,
  REASONS,
  SCORES,
  SCREENED,
  TEAM_TYPES,
  TOOK_UP,
  UPTAKE_STAGES,
  type AuditKind,
  type AuditRecord,
} from '../src/audit/model.js';
import { ROUTES } from '../src/types.js';
import { summaryText } from '../src/audit/describe.js';

const RUNS = { numRuns: 150 };

// Round names people write: letters, digits, spaces, commas, quotes, Welsh letters; never a formula start.
const roundName = fc
  .string({ unit: fc.constantFrom(...'aAbz019 ,"’ŵ-/'.split('')), minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && !/^[=+\-@]/.test(s));
const ref = fc.option(fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,6}$/), { nil: undefined });
const pathway = fc.constantFrom('arguing-better', 'cope', 'mediation', 'dads-together', 'x1');
const withRef = <T extends object>(r: T & { ref?: string }) => {
  const { ref: value, ...rest } = r;
  return value ? { ...rest, ref: value } : rest;
};

const assessment = fc
  .record({
    round: roundName,
    team: fc.constantFrom(...TEAM_TYPES),
    score: fc.constantFrom(...SCORES),
    prompts: fc.subarray([...ASSESSMENT_PROMPTS]),
    ref,
  })
  .map(withRef);
const referral = fc
  .record({
    round: roundName,
    team: fc.constantFrom(...TEAM_TYPES),
    pathway,
    screened: fc.constantFrom(...SCREENED),
    route: fc.constantFrom(...ROUTES),
    finding: fc.constantFrom(...FINDINGS),
    reason: fc.constantFrom(...REASONS),
    tookUp: fc.constantFrom(...TOOK_UP),
    ref,
  })
  .map(({ route, reason, ...r }) =>
    withRef({
      round: r.round,
      team: r.team,
      pathway: r.pathway,
      screened: r.screened,
      ...(r.screened === 'yes' ? { screenRoute: route } : {}),
      finding: r.finding,
      ...(r.finding === 'inappropriate-other' ? { reason } : {}),
      tookUp: r.tookUp,
      ref: r.ref,
    }),
  );
const uptake = fc
  .record({ round: roundName, programme: pathway, stage: fc.constantFrom(...UPTAKE_STAGES), ref })
  .map(withRef);

const ARBITRARY: Record<AuditKind, fc.Arbitrary<AuditRecord>> = {
  assessments: assessment as fc.Arbitrary<AuditRecord>,
  referrals: referral as fc.Arbitrary<AuditRecord>,
  uptake: uptake as fc.Arbitrary<AuditRecord>,
};

describe('audit: properties', () => {
  for (const kind of ['assessments', 'referrals', 'uptake'] as const) {
    it(`${kind}: exported then read back gives the same records and the same summary`, () => {
      fc.assert(
        fc.property(fc.array(ARBITRARY[kind], { maxLength: 40 }), (records) => {
          const result = importAuditCsv(exportAuditCsv(kind, records as never[]));
          expect(result.ok).to.equal(true);
          if (!result.ok) return;
          expect(result.kind).to.equal(kind);
          expect(result.records).to.deep.equal(records);
          expect(summarise(kind, result.records as never[])).to.deep.equal(summarise(kind, records as never[]));
        }),
        RUNS,
      );
    });

    it(`${kind}: the summary does not depend on the order of the records`, () => {
      fc.assert(
        fc.property(
          fc
            .array(ARBITRARY[kind], { maxLength: 60 })
            .chain((records) =>
              fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
            ),
          ([records, shuffled]) => {
            const a = summarise(kind, records as never[]);
            expect(summarise(kind, shuffled as never[])).to.deep.equal(a);
            expect(summaryText(summarise(kind, shuffled as never[]))).to.equal(summaryText(a));
          },
        ),
        RUNS,
      );
    });
  }

  it('referrals: "took up support" counts only referrals whose answer is known; every referral is known or waiting', () => {
    fc.assert(
      fc.property(fc.array(referral, { minLength: 1, maxLength: 60 }), (records) => {
        for (const r of summarise('referrals', records).rounds) {
          if (!('pending' in r)) continue;
          expect(r.tookUp.n + r.pending).to.equal(r.n);
          expect(r.tookUp.count).to.be.at.most(r.tookUp.n);
          expect(r.tookUpAppropriate.n).to.be.at.most(r.tookUp.n);
          expect(r.tookUpAppropriate.count).to.be.at.most(r.tookUp.count);
        }
      }),
      RUNS,
    );
  });

  it('round names, dated or not, sort in one consistent order (a total order: the summary cannot depend on input order)', () => {
    const dated = fc.oneof(
      roundName,
      fc
        .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 2019, max: 2027 }))
        .map(([d, m, y]) => `${d}/${m}/${y} round`),
      fc
        .tuple(fc.integer({ min: 2019, max: 2027 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `${y}/${(y + 1) % 100} Q${q}`),
      fc
        .tuple(fc.constantFrom('March', 'Medi', 'sept', 'Q2', 'Spring term'), fc.integer({ min: 2019, max: 2027 }))
        .map(([m, y]) => `${m} ${y}`),
    );
    const sign = (n: number) => Math.sign(n) || 0;
    fc.assert(
      fc.property(fc.array(dated, { minLength: 1, maxLength: 8 }), fc.nat(), (names, seed) => {
        const order = roundOrder(names);
        const [a, b, c] = [0, 1, 2].map((i) => names[(seed + i) % names.length]!);
        expect(sign(order(a!, b!))).to.equal(-sign(order(b!, a!)) || 0);
        expect(order(a!, a!)).to.equal(0);
        if (order(a!, b!) <= 0 && order(b!, c!) <= 0) expect(order(a!, c!)).to.be.at.most(0);
        // Any order of the same names sorts the same.
        expect([...names].reverse().sort(order)).to.deep.equal([...names].sort(order));
      }),
      { numRuns: 1000 },
    );
  });

  it('every share’s interval holds the share and stays within 0 and 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([count, n]) => {
          const s = share(count, n);
          const [low, high] = s.interval!;
          expect(low).to.be.at.least(0);
          expect(high).to.be.at.most(1);
          expect(low).to.be.at.most(s.share!);
          expect(high).to.be.at.least(s.share!);
          expect(high).to.be.above(low);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('every change’s interval holds the change and stays within −1 and 1; "clear" only when it leaves out 0', () => {
    const side = fc
      .integer({ min: 1, max: 5000 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(side, side, ([a, n], [b, m]) => {
        const d = difference(share(a, n), share(b, m))!;
        const [low, high] = d.interval;
        expect(low).to.be.at.least(-1);
        expect(high).to.be.at.most(1);
        expect(low).to.be.at.most(d.estimate);
        expect(high).to.be.at.least(d.estimate);
        expect(d.clear).to.equal(low > 0 || high < 0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads any text without throwing, and any table of values written with quotes back as the same table', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = importAuditCsv(text);
        expect(typeof r.ok).to.equal('boolean');
        parseCsv(text);
      }),
      { numRuns: 500 },
    );
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', 'ŵ'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 10 }), (rows) => {
        const text = rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        expect(parseCsv(text).rows.map((r) => r.values)).to.deep.equal(rows);
      }),
      { numRuns: 500 },
    );
  });
});
