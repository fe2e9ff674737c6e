/**
 * Property-based tests of the safety rules, over every combination of answers (fast-check
 * explores the 3^13 safety answers, every situation, audience, locale and nation, and
 * council configs, honest and hostile: see ./arbitraries.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluate, offer, screenedClearAnswers, type Decision } from '../src/index.js';
import { configFor, rawConfig } from './arbitraries.js';
import { SAFETY_QUESTIONS } from '../src/content/safety.js';
import { QUALITY_QUESTIONS } from '../src/content/quality.js';
import { SITUATION_QUESTIONS } from '../src/content/situation.js';
import type { Situation } from '../src/types.js';
import { DA_HELPLINE_BY_NATION } from '../src/content/contacts.js';

const RUNS = { numRuns: 3000 };

const safetyAnswers = fc.record(
  Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, fc.constantFrom('yes', 'no', 'unsure')])) as Record<
    string,
    fc.Arbitrary<string>
  >,
);
const qualityAnswers = fc.option(
  fc.record(
    Object.fromEntries(
      QUALITY_QUESTIONS.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.value))]),
    ) as Record<string, fc.Arbitrary<string>>,
  ),
  { nil: undefined },
);
const situation: fc.Arbitrary<Situation> = fc.record(
  {
    relationship: fc.constantFrom('together', 'separating', 'separated'),
    stage: fc.constantFrom('expecting', 'baby', 'child', 'teen'),
    childArrangementsDispute: fc.boolean(),
    conflict: fc.constantFrom('low', 'moderate', 'high'),
  },
  { requiredKeys: [] },
);
/** Council configs, honest and hostile: the floor must hold whatever they say. */
const config = rawConfig.map((raw) => configFor(raw).config);
const input = fc.record({
  safety: safetyAnswers,
  quality: qualityAnswers,
  situation,
  audience: fc.constantFrom('parent' as const, 'practitioner' as const),
  locale: fc.constantFrom('en', 'cy'),
});

interface Generated {
  safety: Record<string, string>;
  quality: Record<string, string> | undefined;
  situation: Situation;
  audience: 'parent' | 'practitioner';
  locale: string;
}

const toInput = (i: Generated) => ({
  answers: { ...i.safety, ...(i.quality ?? {}) },
  situation: i.situation,
  audience: i.audience,
  locale: i.locale,
});

const hasIndicator = (answers: Record<string, string>) =>
  SAFETY_QUESTIONS.some((q) => q.concerns !== 'own-behaviour' && answers[q.id] === q.indicator);
const hasUnsure = (answers: Record<string, string>) => SAFETY_QUESTIONS.some((q) => answers[q.id] === 'unsure');
const conflictOffers = (d: Decision) => d.pathways.filter((p) => p.kind !== 'domestic-abuse');

describe('safety rules (property-based)', () => {
  it('any abuse indicator: domestic abuse help, and no conflict intervention, joint work or mediation at all', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        const d = evaluate(toInput(i), cfg);
        if (!hasIndicator(i.safety)) return;
        expect(['emergency', 'domestic-abuse']).to.include(d.route);
        expect(conflictOffers(d), 'conflict offers shown').to.deep.equal([]);
        expect(d.pathways.some((p) => p.joint || p.kind === 'mediation')).to.equal(false);
        expect(d.contacts.map((c) => c.id)).to.include(DA_HELPLINE_BY_NATION[cfg.nation]);
      }),
      RUNS,
    );
  });

  it('danger now: emergency, and the first contact is 999', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        const d = evaluate(toInput({ ...i, safety: { ...i.safety, 'danger-now': 'yes' } }), cfg);
        expect(d.route).to.equal('emergency');
        expect(d.urgent).to.equal(true);
        expect(d.contacts[0]!.phone).to.equal('999');
        expect(d.contacts[1]!.id).to.equal(DA_HELPLINE_BY_NATION[cfg.nation]);
      }),
      RUNS,
    );
  });

  it('domestic abuse: the nation’s helpline is the first contact, after 999 where danger now was not ruled out', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        const d = evaluate(toInput(i), cfg);
        if (d.route !== 'domestic-abuse') return;
        const dangerOpen = d.unsure.includes('danger-now');
        if (dangerOpen) expect(d.contacts[0]!.id).to.equal('emergency-999');
        expect(d.contacts[dangerOpen ? 1 : 0]!.id).to.equal(DA_HELPLINE_BY_NATION[cfg.nation]);
      }),
      RUNS,
    );
  });

  it('unsure is never no: never joint work or mediation, and never the conflict route', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        if (!hasUnsure(i.safety)) return;
        const d = evaluate(toInput(i), cfg);
        expect(['conflict', 'no-concern']).not.to.include(d.route);
        expect(
          d.pathways.some((p) => p.joint || p.kind === 'mediation'),
          'joint work shown',
        ).to.equal(false);
        if (i.safety['danger-now'] === 'unsure') expect(d.contacts.map((c) => c.id)).to.include('emergency-999');
      }),
      RUNS,
    );
  });

  it('own behaviour: the Respect Phoneline is offered and no joint work', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        if (i.safety['own-behaviour'] !== 'yes') return;
        const d = evaluate(toInput(i), cfg);
        expect(d.contacts.map((c) => c.id)).to.include('respect-phoneline');
        expect(d.pathways.some((p) => p.joint)).to.equal(false);
      }),
      RUNS,
    );
  });

  it('the audience changes the wording only, never the decision', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        const parent = evaluate(toInput({ ...i, audience: 'parent' }), cfg);
        const practitioner = evaluate(toInput({ ...i, audience: 'practitioner' }), cfg);
        const decision = (d: Decision) => ({
          route: d.route,
          urgent: d.urgent,
          indicators: d.indicators,
          unsure: d.unsure,
          conflict: d.conflict,
          pathways: d.pathways.map((p) => p.id),
          contacts: d.contacts.map((c) => c.id),
          withheld: d.withheld,
        });
        expect(decision(practitioner)).to.deep.equal(decision(parent));
        expect(parent.reasons.length).to.equal(practitioner.reasons.length);
      }),
      RUNS,
    );
  });

  it('the language changes the wording only, never the decision', () => {
    fc.assert(
      fc.property(input, (i) => {
        const en = evaluate(toInput({ ...i, locale: 'en' }));
        const cy = evaluate(toInput({ ...i, locale: 'cy' }));
        expect([cy.route, cy.urgent, cy.pathways.map((p) => p.id), cy.contacts.map((c) => c.id)]).to.deep.equal([
          en.route,
          en.urgent,
          en.pathways.map((p) => p.id),
          en.contacts.map((c) => c.id),
        ]);
      }),
      RUNS,
    );
  });

  it('conflict support only when every safety answer is a clear no', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        const d = evaluate(toInput(i), cfg);
        const clear = !hasIndicator(i.safety) && !hasUnsure(i.safety) && i.safety['own-behaviour'] === 'no';
        expect(['conflict', 'no-concern'].includes(d.route)).to.equal(clear);
        if (clear) expect(d.indicators).to.deep.equal([]);
      }),
      RUNS,
    );
  });

  it('never couple programmes once separating or separated', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        if (i.situation.relationship === 'together' || i.situation.relationship === undefined) return;
        const d = evaluate(toInput(i), cfg);
        expect(d.pathways.filter((p) => p.safetyClass === 'couple').map((p) => p.id)).to.deep.equal([]);
      }),
      RUNS,
    );
  });

  it('supported offers always rank with or above self-guided digital courses on the conflict route', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        const d = evaluate(toInput(i), cfg);
        if (d.route !== 'conflict' && d.route !== 'no-concern') return;
        const supported = d.pathways.map((p) => p.supported);
        const firstDigital = supported.indexOf(false);
        if (firstDigital >= 0) expect(supported.slice(firstDigital)).not.to.include(true);
      }),
      RUNS,
    );
  });

  it('every decision explains itself', () => {
    fc.assert(
      fc.property(input, config, (i, cfg) => {
        const d = evaluate(toInput(i), cfg);
        expect(d.reasons.length).to.be.greaterThan(0);
        expect(d.contacts.length).to.be.greaterThan(0);
        for (const r of d.reasons)
          expect(r)
            .to.be.a('string')
            .and.not.match(/\{\w+\}/);
      }),
      RUNS,
    );
  });

  it('a practitioner’s confirmed screen never hides an indicator given afterwards', () => {
    fc.assert(
      fc.property(input, config, (g, c) => {
        const answers = { ...screenedClearAnswers(), ...g.safety };
        const d = evaluate({ answers, situation: g.situation }, c);
        const direct = evaluate({ answers: g.safety, situation: g.situation }, c);
        expect(d.route).to.equal(direct.route);
      }),
      RUNS,
    );
  });

  it('the listed offer never puts abuse support among courses, nor couple work after separation', () => {
    fc.assert(
      fc.property(situation, config, fc.constantFrom('en', 'cy'), (s, c, locale) => {
        const o = offer(c, { situation: s }, { locale });
        for (const p of o.safety) expect(p.kind).to.equal('domestic-abuse');
        for (const p of o.pathways) {
          expect(p.kind).not.to.equal('domestic-abuse');
          if (s.relationship === 'separating' || s.relationship === 'separated')
            expect(p.safetyClass, p.id).not.to.equal('couple');
        }
      }),
      RUNS,
    );
  });
});

describe('"prefer not to say" (property-based)', () => {
  const NOT = 'prefer-not-to-say';
  const clear = screenedClearAnswers();
  const optionOf = (q: (typeof QUALITY_QUESTIONS)[number]) =>
    fc.constantFrom(...q.options.map((o) => o.value).filter((v) => v !== NOT));
  const familyQuestions = [...QUALITY_QUESTIONS, ...SITUATION_QUESTIONS];
  const answersArb = fc.record({
    // Mostly a clear no to every safety question, so the conflict routes are well explored.
    safety: fc.oneof({ weight: 3, arbitrary: fc.constant(clear) }, { weight: 1, arbitrary: safetyAnswers }),
    family: fc.record(Object.fromEntries(familyQuestions.map((q) => [q.id, optionOf(q)])), { requiredKeys: [] }),
    declined: fc.subarray(
      familyQuestions.map((q) => q.id),
      { minLength: 1 },
    ),
    host: fc.option(situation, { nil: undefined }),
  });
  const restricted = (d: Decision) =>
    d.pathways.filter((p) => ['conflict', 'couple', 'mediation'].includes(p.safetyClass)).map((p) => p.id);

  it('replacing any quality or situation answer by "prefer not to say" never makes a decision less cautious', () => {
    fc.assert(
      fc.property(answersArb, config, (g, cfg) => {
        const family = g.family as Record<string, string>;
        const before = evaluate({ answers: { ...g.safety, ...family }, situation: g.host }, cfg);
        const declined = Object.fromEntries(g.declined.map((id) => [id, NOT]));
        const after = evaluate({ answers: { ...g.safety, ...family, ...declined }, situation: g.host }, cfg);
        // The same route, or "no concern" becoming conflict support: never the other way.
        if (after.route !== before.route) expect([before.route, after.route]).to.deep.equal(['no-concern', 'conflict']);
        // No conflict, couple or mediation offer that was not there before.
        expect(restricted(after).filter((id) => !restricted(before).includes(id))).to.deep.equal([]);
        // Never less urgent, and every contact still there.
        if (before.urgent) expect(after.urgent).to.equal(true);
        expect(before.contacts.map((c) => c.id).filter((id) => !after.contacts.some((c) => c.id === id))).to.deep.equal(
          [],
        );
        // What the person would rather not say is unknown, whatever else says it.
        for (const id of g.declined) {
          const field = QUALITY_QUESTIONS.some((q) => q.id === id)
            ? 'conflict'
            : SITUATION_QUESTIONS.find((q) => q.id === id)!.field!;
          expect(after.situation[field], id).to.equal(undefined);
        }
      }),
      RUNS,
    );
  });
});
