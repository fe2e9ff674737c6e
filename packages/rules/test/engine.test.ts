import { expect } from '@open-wc/testing';
import { evaluate, conflictBand, offer, qualityScores, screenedClearAnswers } from '../src/index.js';
import { DEFAULT_PATHWAYS } from '../src/content/pathways.js';
import { localise } from '../src/i18n/text.js';
import { worded } from '../src/i18n/messages.js';
import { resolveConfig } from '../src/config/validate.js';
import {
  CONFLICT_DEFAULT_IDS,
  JOINT_DEFAULT_IDS,
  safeAnswers,
  VICTIM_IDS,
  indicatorAnswer,
  loadAllContent,
} from './helpers.js';
import { parseEvaluateInput } from '../src/decision/input.js';
import { QUALITY_QUESTIONS } from '../src/content/quality.js';
import { SAFETY_QUESTIONS } from '../src/content/safety.js';
import { SITUATION_QUESTIONS } from '../src/content/situation.js';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

before(loadAllContent);

describe('evaluate: routes', () => {
  it('danger now is an emergency, with 999 first and the nation’s helpline next', () => {
    const d = evaluate({ answers: safeAnswers({ 'danger-now': 'yes' }) });
    expect(d.route).to.equal('emergency');
    expect(d.urgent).to.equal(true);
    expect(d.contacts[0]!.id).to.equal('emergency-999');
    expect(d.contacts[0]!.phone).to.equal('999');
    expect(d.contacts[0]!.description).to.contain('55');
    expect(d.contacts[1]!.id).to.equal('national-da-helpline');
    expect(ids(d.pathways)).to.deep.equal(['domestic-abuse-support']);
  });

  it('uses the helpline of the council’s nation', () => {
    const expected = {
      england: 'national-da-helpline',
      wales: 'live-fear-free',
      scotland: 'scotland-da-helpline',
      'northern-ireland': 'ni-dsa-helpline',
    } as const;
    for (const [nation, helpline] of Object.entries(expected)) {
      const config = resolveConfig({ nation });
      expect(evaluate({ answers: safeAnswers({ physical: 'yes' }) }, config).contacts[0]!.id).to.equal(helpline);
      expect(evaluate({ answers: safeAnswers({ 'danger-now': 'yes' }) }, config).contacts[1]!.id).to.equal(helpline);
    }
  });

  for (const id of VICTIM_IDS) {
    it(`${id} alone, a single time, routes to domestic abuse help with no conflict offers`, () => {
      const d = evaluate({
        answers: safeAnswers({ [id]: indicatorAnswer(id) }),
        situation: { relationship: 'together', conflict: 'low' },
      });
      expect(d.route).to.equal('domestic-abuse');
      expect(d.indicators).to.deep.equal([id]);
      expect(d.contacts[0]!.id).to.equal('national-da-helpline');
      expect(ids(d.contacts)).to.include.members(['mens-advice-line', 'galop']);
      expect(ids(d.pathways)).to.deep.equal(['domestic-abuse-support']);
      expect(d.withheld).to.include.members(['arguing-better', 'getting-on-better', 'family-hub-support']);
      expect(d.reasons.join(' ')).to.contain('domestic abuse');
    });
  }

  it('can-disagree-safely: "no" is the indicator, "yes" is not', () => {
    expect(evaluate({ answers: safeAnswers({ 'can-disagree-safely': 'no' }) }).route).to.equal('domestic-abuse');
    expect(evaluate({ answers: safeAnswers({ 'can-disagree-safely': 'yes' }) }).route).to.equal('conflict');
  });

  it('own behaviour: the Respect Phoneline first and no joint work', () => {
    const d = evaluate({ answers: safeAnswers({ 'own-behaviour': 'yes' }), situation: { relationship: 'together' } });
    expect(d.route).to.equal('using-harm');
    expect(d.contacts[0]!.id).to.equal('respect-phoneline');
    expect(d.pathways.filter((p) => p.joint)).to.deep.equal([]);
  });

  it('own behaviour with victim indicators gives both kinds of help', () => {
    const d = evaluate({ answers: safeAnswers({ 'own-behaviour': 'yes', controlling: 'yes' }) });
    expect(d.route).to.equal('domestic-abuse');
    expect(d.contacts[0]!.id).to.equal('national-da-helpline');
    expect(ids(d.contacts)).to.include('respect-phoneline');
    expect(d.reasons.join(' ')).to.contain('Respect Phoneline');
  });

  it('unsure is never no: unclear, helpline shown, no joint work or mediation', () => {
    const d = evaluate({
      answers: safeAnswers({ controlling: 'unsure' }),
      situation: { relationship: 'separated', childArrangementsDispute: true, conflict: 'high' },
    });
    expect(d.route).to.equal('unclear');
    expect(d.unsure).to.deep.equal(['controlling']);
    expect(ids(d.contacts)).to.include('national-da-helpline');
    expect(d.pathways[0]!.id).to.equal('family-hub-support');
    expect(d.pathways.some((p) => p.joint || p.kind === 'mediation')).to.equal(false);
    // Not sure is never no: no conflict programme either, only support to talk it through.
    expect(ids(d.pathways)).not.to.include('parenting-when-separated');
    expect(d.reasons.join(' ')).to.contain('being controlled');
  });

  it('danger-now unsure shows 999 first on the unclear route, and is urgent', () => {
    const d = evaluate({ answers: safeAnswers({ 'danger-now': 'unsure' }) });
    expect(d.route).to.equal('unclear');
    expect(d.urgent).to.equal(true);
    expect(d.contacts[0]!.id).to.equal('emergency-999');
  });

  it('danger-now unsure with abuse still shows 999 first, then the helpline (saying more never moves 999 down)', () => {
    const d = evaluate({ answers: safeAnswers({ 'danger-now': 'unsure', physical: 'yes' }) });
    expect(d.route).to.equal('domestic-abuse');
    expect(ids(d.contacts).slice(0, 2)).to.deep.equal(['emergency-999', 'national-da-helpline']);
    // Danger now ruled out: the helpline leads the abuse result, and 999 is still there, after it
    // (things can change after the questions).
    const clear = evaluate({ answers: safeAnswers({ physical: 'yes' }) });
    expect(ids(clear.contacts).slice(0, 2)).to.deep.equal(['national-da-helpline', 'emergency-999']);
    // The same on every result that touches abuse, danger now ruled out.
    const unsure = evaluate({ answers: safeAnswers({ afraid: 'unsure' }) });
    expect(unsure.route).to.equal('unclear');
    expect(ids(unsure.contacts).slice(0, 2)).to.deep.equal(['national-da-helpline', 'emergency-999']);
    const ownHarm = evaluate({ answers: safeAnswers({ 'own-behaviour': 'yes' }) });
    expect(ownHarm.route).to.equal('using-harm');
    expect(ids(ownHarm.contacts).slice(0, 3)).to.deep.equal([
      'respect-phoneline',
      'national-da-helpline',
      'emergency-999',
    ]);
    // Using harm, danger now not ruled out: 999, then the Respect Phoneline.
    const harm = evaluate({ answers: safeAnswers({ 'danger-now': 'unsure', 'own-behaviour': 'yes' }) });
    expect(harm.route).to.equal('using-harm');
    expect(ids(harm.contacts).slice(0, 2)).to.deep.equal(['emergency-999', 'respect-phoneline']);
  });

  it('"not sure" about their own behaviour beside abuse: the Respect Phoneline too', () => {
    const d = evaluate({ answers: safeAnswers({ controlling: 'yes', 'own-behaviour': 'unsure' }) });
    expect(d.route).to.equal('domestic-abuse');
    expect(ids(d.contacts)).to.include('respect-phoneline');
    // Not on an emergency, where the questions after danger now are never asked.
    expect(ids(evaluate({ answers: { 'danger-now': 'yes' } }).contacts)).not.to.include('respect-phoneline');
  });

  it('a missing safety answer counts as unsure, never as no', () => {
    const answers = safeAnswers();
    delete answers.physical;
    const d = evaluate({ answers });
    expect(d.route).to.equal('unclear');
    expect(d.unsure).to.deep.equal(['physical']);
  });
});

describe('evaluate: urgency', () => {
  it('strangulation and threats to kill are urgent', () => {
    expect(evaluate({ answers: safeAnswers({ strangled: 'yes' }) }).urgent).to.equal(true);
    expect(evaluate({ answers: safeAnswers({ threats: 'yes' }) }).urgent).to.equal(true);
    expect(evaluate({ answers: safeAnswers({ strangled: 'unsure' }) }).urgent).to.equal(true);
  });

  it('monitoring is urgent after separation, not while together', () => {
    const answers = safeAnswers({ monitoring: 'yes' });
    expect(evaluate({ answers, situation: { relationship: 'separated' } }).urgent).to.equal(true);
    expect(evaluate({ answers, situation: { relationship: 'separating' } }).urgent).to.equal(true);
    const together = evaluate({ answers, situation: { relationship: 'together' } });
    expect(together.route).to.equal('domestic-abuse');
    expect(together.urgent).to.equal(false);
  });

  it('separation with control and violence is urgent, and shows 999 after the helpline', () => {
    const d = evaluate({
      answers: safeAnswers({ controlling: 'yes', physical: 'yes' }),
      situation: { relationship: 'separating' },
    });
    expect(d.urgent).to.equal(true);
    expect(ids(d.contacts).slice(0, 2)).to.deep.equal(['national-da-helpline', 'emergency-999']);
    expect(d.urgency.length).to.be.greaterThan(0);
    // Not knowing whether they are together is never read as "together".
    expect(evaluate({ answers: safeAnswers({ controlling: 'yes', physical: 'yes' }) }).urgent).to.equal(true);
    const together = {
      answers: safeAnswers({ controlling: 'yes', physical: 'yes' }),
      situation: { relationship: 'together' },
    } as const;
    expect(evaluate(together).urgent).to.equal(false);
  });
});

describe('evaluate: conflict pathways by situation', () => {
  const conflict = (situation: Parameters<typeof evaluate>[0]['situation']) =>
    evaluate({ answers: safeAnswers(), situation });

  it('together and expecting or with a baby: Me, You and Baby Too and Arguing Better', () => {
    for (const stage of ['expecting', 'baby'] as const) {
      const d = conflict({ relationship: 'together', stage, conflict: 'moderate' });
      expect(d.route).to.equal('conflict');
      expect(ids(d.pathways)).to.include.members(['me-you-and-baby-too', 'arguing-better', 'getting-on-better']);
      expect(ids(d.pathways)).not.to.include('cope');
    }
    expect(ids(conflict({ relationship: 'together', stage: 'teen' }).pathways)).not.to.include('me-you-and-baby-too');
  });

  it('high conflict while together: COPE, not Getting on Better', () => {
    const d = conflict({ relationship: 'together', stage: 'child', conflict: 'high' });
    expect(ids(d.pathways)).to.include.members(['cope', 'arguing-better']);
    expect(ids(d.pathways)).not.to.include('getting-on-better');
  });

  it('low or moderate conflict while together: Getting on Better, not COPE', () => {
    for (const band of ['low', 'moderate'] as const) {
      const d = conflict({ relationship: 'together', conflict: band });
      expect(ids(d.pathways)).to.include('getting-on-better');
      expect(ids(d.pathways)).not.to.include('cope');
    }
  });

  it('an unknown conflict level offers neither COPE nor Getting on Better', () => {
    const d = conflict({ relationship: 'together' });
    expect(ids(d.pathways)).not.to.include.members(['cope']);
    expect(ids(d.pathways)).not.to.include('getting-on-better');
  });

  it('separating or separated: Getting it Right for Children and Parenting when Separated, never couple programmes', () => {
    for (const relationship of ['separating', 'separated'] as const) {
      const d = conflict({ relationship, stage: 'baby', conflict: 'high' });
      expect(ids(d.pathways)).to.include.members(['getting-it-right-for-children', 'parenting-when-separated']);
      expect(ids(d.pathways)).not.to.include.members(['me-you-and-baby-too']);
      for (const couple of ['me-you-and-baby-too', 'arguing-better', 'getting-on-better', 'cope'])
        expect(ids(d.pathways)).not.to.include(couple);
    }
  });

  it('a dispute over child arrangements adds mediation', () => {
    expect(ids(conflict({ relationship: 'separated', childArrangementsDispute: true }).pathways)).to.include(
      'mediation',
    );
    expect(ids(conflict({ relationship: 'separated', childArrangementsDispute: false }).pathways)).not.to.include(
      'mediation',
    );
    const d = conflict({ relationship: 'separated', childArrangementsDispute: true });
    expect(d.pathways.find((p) => p.id === 'mediation')!.why.join(' ')).to.contain('plans for the children');
  });

  it('supported offers rank with or above self-guided digital courses', () => {
    const situations = [
      { relationship: 'together', stage: 'baby', conflict: 'low' },
      { relationship: 'separated', childArrangementsDispute: true },
      { relationship: 'together', conflict: 'high' },
    ] as const;
    for (const situation of situations) {
      const formats = conflict(situation).pathways.map((p) => p.supported);
      const firstDigital = formats.indexOf(false);
      expect(formats.slice(firstDigital).includes(true), JSON.stringify(situation)).to.equal(false);
    }
  });

  it('family hub support is open to any parent, and every pathway says why', () => {
    const d = conflict({});
    expect(ids(d.pathways)).to.include('family-hub-support');
    for (const p of conflict({ relationship: 'together', stage: 'baby', conflict: 'low' }).pathways) {
      expect(p.why.length, p.id).to.be.greaterThan(0);
    }
  });

  it('reads the situation from answers to the situation questions too', () => {
    const d = evaluate({ answers: safeAnswers({ relationship: 'separated', 'child-arrangements-dispute': 'yes' }) });
    expect(ids(d.pathways)).to.include.members(['mediation', 'getting-it-right-for-children']);
  });
});

describe('evaluate: the relationship-quality band', () => {
  it('scores the quality answers into low, moderate and high', () => {
    expect(conflictBand([0, 0, 1, 1, 1])).to.equal('low');
    expect(conflictBand([0, 0, 0, 0, 3])).to.equal('moderate');
    expect(conflictBand([1, 1, 1, 1, 1])).to.equal('moderate');
    expect(conflictBand([2, 2, 2, 2, 2])).to.equal('high');
    expect(qualityScores({ frequency: 'daily' })).to.equal(null);
  });

  it('derives the band from the answers, and a calm relationship is no concern', () => {
    const calm = {
      frequency: 'rarely',
      intensity: 'calm',
      resolution: 'usually',
      children: 'never',
      heard: 'sometimes',
    };
    const d = evaluate({ answers: safeAnswers(calm), situation: { relationship: 'together' } });
    expect(d.route).to.equal('no-concern');
    expect(d.conflict).to.equal('low');
    expect(d.conflictScore).to.equal(1);
    expect(d.pathways.length).to.be.greaterThan(0);
    const stormy = {
      frequency: 'daily',
      intensity: 'very-heated',
      resolution: 'never',
      children: 'often',
      heard: 'rarely',
    };
    const s = evaluate({ answers: safeAnswers(stormy), situation: { relationship: 'together' } });
    expect(s.route).to.equal('conflict');
    expect(s.conflict).to.equal('high');
    expect(ids(s.pathways)).to.include('cope');
    expect(s.reasons.join(' ')).to.contain('not a diagnosis');
  });

  it('a dispute over the children is never "no concern"', () => {
    const calm = { frequency: 'rarely', intensity: 'calm', resolution: 'usually', children: 'never', heard: 'usually' };
    const d = evaluate({
      answers: safeAnswers(calm),
      situation: { relationship: 'separated', childArrangementsDispute: true },
    });
    expect(d.route).to.equal('conflict');
  });
});

describe('evaluate: wording', () => {
  it('words reasons for a practitioner in the third person, with the same decision', () => {
    const answers = safeAnswers({ afraid: 'yes' });
    const parent = evaluate({ answers, audience: 'parent' });
    const practitioner = evaluate({ answers, audience: 'practitioner' });
    expect(practitioner.route).to.equal(parent.route);
    expect(parent.findings[0]!.text).to.match(/^You said/);
    expect(practitioner.findings[0]!.text).to.match(/^The parent/);
    expect(practitioner.findings[0]!.categoryLabel).to.equal('Fear and an imbalance of power');
  });

  it('speaks Welsh when asked', () => {
    const d = evaluate({ answers: safeAnswers({ physical: 'yes' }), locale: 'cy' });
    const en = evaluate({ answers: safeAnswers({ physical: 'yes' }) });
    expect(d.reasons[0]).not.to.equal(en.reasons[0]);
    expect(d.route).to.equal(en.route);
  });

  it('applies a council’s own wording for a message, never for a safety message', () => {
    const config = resolveConfig({ strings: { en: { 'why.council': 'Offered by Northshire.' } } });
    const d = evaluate({ answers: safeAnswers(), situation: { relationship: 'together' } }, config);
    expect(d.pathways.length).to.be.greaterThan(0);
    expect(d.reasons[0]).to.contain('do not show signs of abuse');
  });
});

describe('evaluate: council config', () => {
  it('only offers the pathways the council runs', () => {
    const config = resolveConfig({ pathways: { allDefaults: false, defaults: { 'arguing-better': true } } });
    const d = evaluate({ answers: safeAnswers(), situation: { relationship: 'together' } }, config);
    expect(ids(d.pathways)).to.deep.equal(['arguing-better']);
  });

  it('never shows a council’s joint offer, or any conflict offer, where abuse is indicated', () => {
    const config = resolveConfig({
      pathways: {
        custom: [
          {
            id: 'couples-club',
            name: 'Couples club',
            description: 'x',
            formats: ['group'],
            kind: 'conflict',
            access: { phone: '01234 567890' },
          },
          {
            id: 'local-idva',
            name: 'Local IDVA service',
            description: 'x',
            formats: ['one-to-one'],
            kind: 'domestic-abuse',
            access: { phone: '01234 567891' },
          },
        ],
      },
      contacts: [{ id: 'local-da', name: 'Local DA service', phone: '01234 000000', topics: ['domestic-abuse'] }],
    });
    const abuse = evaluate({ answers: safeAnswers({ economic: 'yes' }) }, config);
    expect(ids(abuse.pathways)).to.deep.equal(['domestic-abuse-support', 'local-idva']);
    expect(ids(abuse.contacts).slice(0, 3)).to.deep.equal(['national-da-helpline', 'emergency-999', 'local-da']);
    const unclear = evaluate({ answers: safeAnswers({ economic: 'unsure' }) }, config);
    expect(ids(unclear.pathways)).not.to.include('couples-club');
    const ok = evaluate({ answers: safeAnswers(), situation: { relationship: 'together' } }, config);
    expect(ids(ok.pathways)).to.include('couples-club');
    expect(ok.pathways.find((p) => p.id === 'couples-club')!.council).to.equal(true);
    expect(
      ids(evaluate({ answers: safeAnswers(), situation: { relationship: 'separated' } }, config).pathways),
    ).not.to.include('couples-club');
  });

  it('keeps the council’s order of preference within each tier', () => {
    const config = resolveConfig({ pathways: { order: ['family-hub-support', 'parenting-when-separated'] } });
    const d = evaluate({ answers: safeAnswers(), situation: { relationship: 'separated' } }, config);
    expect(ids(d.pathways)).to.deep.equal([
      'family-hub-support',
      'parenting-when-separated',
      'getting-it-right-for-children',
    ]);
  });

  it('every conflict default pathway is on with no config', () => {
    const seen = new Set<string>();
    for (const relationship of ['together', 'separated'] as const)
      for (const conflict of ['low', 'high'] as const)
        for (const stage of ['baby', 'teen'] as const)
          for (const d of evaluate({
            answers: safeAnswers(),
            situation: { relationship, conflict, stage, childArrangementsDispute: true },
          }).pathways)
            seen.add(d.id);
    expect([...seen]).to.include.members(CONFLICT_DEFAULT_IDS);
  });
});

describe('offer: the council’s whole offer for a list', () => {
  it('lists every switched-on pathway in the council’s order, abuse support apart', () => {
    const config = resolveConfig({ pathways: { order: ['mediation'], defaults: { cope: false } } });
    const o = offer(config);
    expect(o.pathways[0]!.id).to.equal('mediation');
    expect(ids(o.pathways)).not.to.include('cope');
    expect(ids(o.pathways)).not.to.include('domestic-abuse-support');
    expect(ids(o.safety)).to.deep.equal(['domestic-abuse-support']);
    expect(o.pathways.every((p) => p.why.length === 0)).to.equal(true);
  });

  it('leaves out a council’s own offer that it switched off', () => {
    const custom = { name: 'Local', description: 'A local offer', formats: ['group'], kind: 'support', joint: false };
    const config = resolveConfig({
      pathways: {
        custom: [
          { ...custom, id: 'on-offer', access: { phone: '01234 567890' } },
          { ...custom, id: 'off-offer', enabled: false, access: { phone: '01234 567890' } },
        ],
      },
    });
    expect(ids(offer(config).pathways)).to.include('on-offer');
    expect(ids(offer(config).pathways)).not.to.include('off-offer');
  });

  it('narrows by situation and format, keeping pathways with no rule for a field', () => {
    const together = ids(offer(undefined, { situation: { relationship: 'together' } }).pathways);
    expect(together).to.include('arguing-better');
    expect(together).not.to.include('parenting-when-separated');
    const separated = ids(offer(undefined, { situation: { relationship: 'separated' } }).pathways);
    expect(separated).not.to.include('arguing-better');
    expect(separated).to.include('parenting-when-separated');
    expect(separated).to.include('family-hub-support');
    const baby = ids(offer(undefined, { situation: { stage: 'teen' } }).pathways);
    expect(baby).not.to.include('me-you-and-baby-too');
    const digital = offer(undefined, { formats: ['digital'] }).pathways;
    expect(digital.length).to.be.greaterThan(0);
    for (const p of digital) expect(p.formats).to.include('digital');
    const band = ids(offer(undefined, { situation: { conflict: 'high' } }).pathways);
    expect(band).not.to.include('getting-on-better');
    const dispute = resolveConfig({
      pathways: {
        custom: [
          {
            id: 'court-route',
            name: 'Court route',
            description: 'For families in a dispute',
            formats: ['one-to-one'],
            kind: 'support',
            joint: false,
            access: { phone: '01234 567890' },
            eligibility: { childArrangementsDispute: true },
          },
        ],
      },
    });
    expect(ids(offer(dispute, { situation: { childArrangementsDispute: false } }).pathways)).not.to.include(
      'court-route',
    );
    expect(ids(offer(dispute, { situation: { childArrangementsDispute: true } }).pathways)).to.include('court-route');
  });

  it('speaks the family’s language and the audience’s words', () => {
    const o = offer(undefined, {}, { locale: 'cy', audience: 'practitioner' });
    expect(o.pathways[0]!.formatLabels[0]).to.be.a('string');
    expect(o.pathways.find((p) => p.id === 'arguing-better')!.name).to.equal(
      localise(DEFAULT_PATHWAYS.find((p) => p.id === 'arguing-better')!.name, 'cy'),
    );
  });

  it('screenedClearAnswers answers every safety question with its non-indicator value', () => {
    const clear = screenedClearAnswers();
    expect(evaluate({ answers: clear }).route).to.not.be.oneOf([
      'emergency',
      'domestic-abuse',
      'using-harm',
      'unclear',
    ]);
    expect(clear['can-disagree-safely']).to.equal('yes');
    expect(clear['danger-now']).to.equal('no');
  });
});

describe('evaluate: "prefer not to say"', () => {
  const NOT = 'prefer-not-to-say';
  const calm = { frequency: 'rarely', intensity: 'calm', resolution: 'usually', children: 'never', heard: 'usually' };
  const together = { relationship: 'together', stage: 'baby', 'child-arrangements-dispute': 'no' };

  it('is offered on every relationship-quality and situation question, and never on a safety question', () => {
    for (const q of [...QUALITY_QUESTIONS, ...SITUATION_QUESTIONS]) expect(q.options.at(-1)!.value, q.id).to.equal(NOT);
    for (const q of SAFETY_QUESTIONS) expect(q.options.map((o) => o.value)).not.to.include(NOT);
  });

  it('a quality answer not given: no conflict level, so never "no concern", COPE or Getting on Better', () => {
    const all = evaluate({ answers: safeAnswers({ ...calm, ...together }) });
    expect(all.route).to.equal('no-concern');
    for (const id of Object.keys(calm)) {
      const d = evaluate({ answers: safeAnswers({ ...calm, ...together, [id]: NOT }) });
      expect(d.route, id).to.equal('conflict');
      expect(d.conflict, id).to.equal(null);
      expect(ids(d.pathways), id).not.to.include.members(['cope']);
      expect(ids(d.pathways), id).not.to.include('getting-on-better');
      expect(d.reasons.join(' '), id).to.contain('You chose not to answer some questions');
    }
  });

  it('a declined answer wins over the host page’s value for the same field', () => {
    const d = evaluate({
      answers: safeAnswers({ ...calm, heard: NOT, relationship: NOT }),
      situation: { relationship: 'together', conflict: 'low' },
    });
    expect(d.situation).to.deep.equal({});
    expect(ids(d.pathways)).not.to.include.members(['arguing-better']);
    expect(ids(d.pathways)).not.to.include('getting-on-better');
  });

  it('relationship not given: no couple programmes, no separated ones, and possibly separated for urgency', () => {
    const d = evaluate({ answers: safeAnswers({ relationship: NOT, stage: 'baby' }) });
    expect(d.situation.relationship).to.equal(undefined);
    for (const couple of JOINT_DEFAULT_IDS.filter((x) => x !== 'mediation'))
      expect(ids(d.pathways)).not.to.include(couple);
    expect(ids(d.pathways)).not.to.include('getting-it-right-for-children');
    expect(ids(d.pathways)).to.include('family-hub-support');
    expect(d.withheld).to.include('arguing-better');
    const tracked = evaluate({ answers: safeAnswers({ monitoring: 'yes', relationship: NOT }) });
    expect(tracked.urgent).to.equal(true);
    expect(tracked.urgency.join(' ')).to.contain('stalking');
    const hurt = evaluate({ answers: safeAnswers({ controlling: 'yes', physical: 'yes', relationship: NOT }) });
    expect(hurt.urgency.length).to.equal(1);
    // Together, said plainly: checking is controlling, not stalking.
    expect(evaluate({ answers: safeAnswers({ monitoring: 'yes', relationship: 'together' }) }).urgent).to.equal(false);
  });

  it('never a couple: the answer for parents apart, so no couple programmes', () => {
    const q = SITUATION_QUESTIONS.find((x) => x.id === 'relationship')!;
    const apart = q.options.find((o) => o.value === 'separated')!;
    expect(localise(worded(apart.label, 'parent'), 'en')).to.contain('never a couple');
    const d = evaluate({ answers: safeAnswers({ relationship: 'separated' }) });
    expect(ids(d.pathways)).to.include('getting-it-right-for-children');
    expect(ids(d.pathways)).not.to.include('arguing-better');
  });

  it('stage not given: no course for new parents; dispute not given: no mediation, never "no concern"', () => {
    const stage = evaluate({ answers: safeAnswers({ relationship: 'together', stage: NOT }) });
    expect(ids(stage.pathways)).not.to.include('me-you-and-baby-too');
    const dispute = evaluate({
      answers: safeAnswers({ ...calm, relationship: 'separated', 'child-arrangements-dispute': NOT }),
    });
    expect(dispute.route).to.equal('conflict');
    expect(ids(dispute.pathways)).not.to.include('mediation');
    const band = evaluate({ answers: safeAnswers({ relationship: 'together', conflict: NOT }) });
    expect(band.conflict).to.equal(null);
  });

  it('a program asking for a decision gives one or the other, not both', () => {
    const both = parseEvaluateInput({
      answers: safeAnswers({ relationship: NOT, heard: NOT, frequency: NOT }),
      situation: { relationship: 'together', conflict: 'low', stage: 'teen' },
    });
    expect(both.ok).to.equal(false);
    if (!both.ok)
      expect(both.problems.map((p) => p.path)).to.deep.equal(['$.situation.conflict', '$.situation.relationship']);
    expect(parseEvaluateInput({ answers: safeAnswers({ relationship: NOT, heard: NOT }) }).ok).to.equal(true);
  });
});
