import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  RELATIONSHIPS,
  SAFETY_IDS,
  SAFETY_QUESTIONS,
  STAGES,
  CONFLICT_BANDS,
  evaluate,
  resolveConfig,
  screenedClearAnswers,
  type ResolvedConfig,
} from '@rpc-kit/rules';
import '../src/define.js';
import type { RpcSignposter } from '../src/signposter.component.js';
import {
  $,
  $$,
  clickAnswer,
  currentQuestion,
  journeyIsWiped,
  keyboardAnswer,
  keyboardStart,
  settle,
} from '../../../test/helpers/journey.js';
import { runQuickExitSuite } from '../../elements/test/suites/quick-exit.suite.js';
import { nothing } from 'lit';

const NO_ABUSE = screenedClearAnswers();
const SITUATION_IDS = ['relationship', 'stage', 'child-arrangements-dispute', 'conflict'];
let example: unknown;
let council: ResolvedConfig;

before(async () => {
  example = await (await fetch('/docs/examples/northshire.config.json')).json();
  council = resolveConfig(example);
});

async function signposter(
  options: { config?: unknown; screened?: boolean; audience?: string; mode?: string } = {},
): Promise<RpcSignposter> {
  const el = await fixture<RpcSignposter>(
    html`<rpc-signposter
      .config=${options.config}
      ?screened=${options.screened ?? false}
      audience=${options.audience ?? 'parent'}
      mode=${options.mode ?? 'questions'}
    ></rpc-signposter>`,
  );
  await settle(el);
  return el;
}

async function begin(el: RpcSignposter): Promise<void> {
  $<HTMLButtonElement>(el, '.intro button')!.click();
  await settle(el);
  await clickAnswer(el, 'yes'); // safe to continue
}

/** Answers every question on screen from the map, and returns the ids asked. */
async function run(el: RpcSignposter, answers: Record<string, string>): Promise<string[]> {
  await begin(el);
  const asked: string[] = [];
  for (let i = 0; i < 30 && $(el, 'fieldset'); i++) {
    const id = currentQuestion(el)!;
    asked.push(id);
    await clickAnswer(el, answers[id]!);
  }
  return asked;
}

const route = (el: RpcSignposter) => $(el, '.result')?.dataset.route;
const shown = (el: RpcSignposter) => $$(el, '.pathways [data-pathway-id]').map((n) => n.dataset.pathwayId!);
const situationAnswers = (r: string, s: string, dispute: boolean, c: string) => ({
  relationship: r,
  stage: s,
  'child-arrangements-dispute': dispute ? 'yes' : 'no',
  conflict: c,
});

describe('<rpc-signposter>: questions', () => {
  it('introduces itself with a quick exit, and is accessible', async () => {
    const el = await signposter();
    expect($(el, '.intro h2')!.textContent).to.contain('Find support that fits your family');
    expect($(el, 'rpc-quick-exit')).to.exist;
    expect($(el, '[part="quick-exit-note"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('asks every safety question first, then only the situation', async () => {
    const el = await signposter({ config: example });
    const asked = await run(el, { ...NO_ABUSE, ...situationAnswers('together', 'child', false, 'moderate') });
    expect(asked).to.deep.equal([...SAFETY_IDS, ...SITUATION_IDS]);
    expect(route(el)).to.equal('conflict');
  });

  it('shows, for each situation, the pathways the rules give, ranked, with how to get each', async () => {
    // Every relationship, stage and band, with and without a dispute (through the practitioner's gate, to keep it quick).
    const cases: [string, string, boolean, string][] = [];
    RELATIONSHIPS.forEach((r, i) =>
      STAGES.forEach((s, j) => cases.push([r, s, (i + j) % 2 === 0, CONFLICT_BANDS[(i + j) % 3]!])),
    );
    for (const [r, s, dispute, c] of cases) {
      const el = await signposter({ config: example, screened: true, audience: 'practitioner' });
      await run(el, { 'screened-confirm': 'yes', ...situationAnswers(r, s, dispute, c) });
      const expected = evaluate(
        {
          audience: 'practitioner',
          answers: { ...NO_ABUSE, conflict: c },
          situation: { relationship: r, stage: s, childArrangementsDispute: dispute } as never,
        },
        council,
      );
      expect(shown(el), `${r}, ${s}, dispute ${dispute}, ${c}`).to.deep.equal(expected.pathways.map((p) => p.id));
      expect(expected.pathways.length, `${r} ${s}`).to.be.greaterThan(0);
    }
  });

  it('gives every card who it is for, format, cost, how to get it and why', async () => {
    const el = await signposter({ config: example });
    await run(el, { ...NO_ABUSE, ...situationAnswers('together', 'baby', false, 'moderate') });
    const card = $(el, '[data-pathway-id="arguing-better"]')!;
    const text = card.textContent!;
    for (const label of ['Who it is for', 'Format', 'Cost', 'How to get it', 'Why this was suggested'])
      expect(text).to.contain(label);
    // The council's own link and words for a default pathway.
    expect(card.querySelector('a')!.getAttribute('href')).to.equal(
      'https://www.northshire.example.gov.uk/family-hub/arguing-better',
    );
    expect(text).to.contain('Sign up free with your Northshire postcode.');
    await expect(el).to.be.accessible();
  });

  it('shows the council’s own offers, in its order, and never one it switched off', async () => {
    const el = await signposter({ config: example });
    await run(el, { ...NO_ABUSE, ...situationAnswers('separated', 'child', true, 'high') });
    const ids = shown(el);
    expect(ids[0]).to.equal('family-hub-support');
    expect(ids[1]).to.equal('northshire-parents-apart');
    expect(ids).to.include('northshire-dads-group');
    expect(ids).not.to.include('mediation'); // switched off by the council
    expect($(el, '[data-pathway-id="northshire-dads-group"]')!.textContent).to.contain('Offered by your council.');
    // The same family without the council's config gets mediation.
    const plain = await signposter();
    await run(plain, { ...NO_ABUSE, ...situationAnswers('separated', 'child', true, 'high') });
    expect(shown(plain)).to.include('mediation');
    expect(shown(plain)).not.to.include('northshire-dads-group');
  });

  for (const q of SAFETY_QUESTIONS.filter((x) => x.concerns === 'victim')) {
    it(`${q.id}: abuse removes every conflict offer, joint work and mediation`, async () => {
      const el = await signposter({ config: example });
      await run(el, { ...NO_ABUSE, [q.id]: q.indicator!, relationship: 'together' });
      expect(route(el)).to.equal('domestic-abuse');
      const kinds = new Map(council.pathways.map((p) => [p.id, p.kind]));
      expect(shown(el).length).to.be.greaterThan(0);
      for (const id of shown(el)) expect(kinds.get(id), id).to.equal('domestic-abuse');
      expect(shown(el)).to.include('northshire-da-outreach');
      // Who to contact comes before anything else, the nation's helpline first.
      expect($(el, '.contacts [data-contact-id]')!.dataset.contactId).to.equal('national-da-helpline');
    });
  }

  it('danger now: 999 first, nothing else asked', async () => {
    const el = await signposter({ config: example });
    const asked = await run(el, { 'danger-now': 'yes' });
    expect(asked).to.deep.equal(['danger-now']);
    expect(route(el)).to.equal('emergency');
    expect($(el, '.emergency-panel a')!.getAttribute('href')).to.equal('tel:999');
  });

  it('not sure is never no: no joint work, no mediation, no couple courses', async () => {
    const el = await signposter();
    const asked = await run(el, { ...NO_ABUSE, controlling: 'unsure', relationship: 'separated' });
    expect(asked).to.deep.equal([...SAFETY_IDS, 'relationship']);
    expect(route(el)).to.equal('unclear');
    const joint = new Set(council.pathways.filter((p) => p.joint || p.kind === 'mediation').map((p) => p.id));
    for (const id of shown(el)) expect(joint.has(id), id).to.equal(false);
  });

  describe('the practitioner’s gate (screened)', () => {
    it('asks for a one-line confirmation, then the situation, and says so in the reasons', async () => {
      const el = await signposter({ config: example, screened: true, audience: 'practitioner' });
      const asked = await run(el, { 'screened-confirm': 'yes', ...situationAnswers('together', 'teen', false, 'low') });
      expect(asked).to.deep.equal(['screened-confirm', ...SITUATION_IDS]);
      expect($(el, '.reasons')!.textContent).to.contain('screened for domestic abuse today, with no concerns');
      expect(route(el)).to.equal('conflict');
      expect(el.summaryText()).to.contain('screened for domestic abuse today');
    });

    for (const answer of ['no', 'unsure']) {
      it(`"${answer}" to the confirmation: the full safety questions follow`, async () => {
        const el = await signposter({ screened: true, audience: 'practitioner' });
        const asked = await run(el, {
          'screened-confirm': answer,
          ...NO_ABUSE,
          ...situationAnswers('together', 'teen', false, 'low'),
        });
        expect(asked).to.deep.equal(['screened-confirm', ...SAFETY_IDS, ...SITUATION_IDS]);
      });
    }

    it('a parent on a page that says `screened` is asked every safety question, never the confirmation', async () => {
      const el = await signposter({ screened: true, audience: 'parent' });
      const asked = await run(el, {
        'screened-confirm': 'yes',
        ...NO_ABUSE,
        ...situationAnswers('together', 'teen', false, 'low'),
      });
      expect(asked).to.deep.equal([...SAFETY_IDS, ...SITUATION_IDS]);
      expect($(el, '.reasons')!.textContent).not.to.contain('A practitioner confirmed');
    });

    it('an indicator given after a confirmation still counts', async () => {
      const el = await signposter({ screened: true, audience: 'practitioner' });
      await begin(el);
      await clickAnswer(el, 'no');
      await clickAnswer(el, 'no'); // danger-now
      await clickAnswer(el, 'yes'); // physical
      // Back to the confirmation, now "yes": the physical abuse answered still routes to abuse help.
      for (let i = 0; i < 5 && currentQuestion(el) !== 'screened-confirm'; i++) {
        $<HTMLButtonElement>(el, '.back')!.click();
        await settle(el);
      }
      expect(currentQuestion(el)).to.equal('screened-confirm');
      await clickAnswer(el, 'yes');
      const rest: Record<string, string> = situationAnswers('together', 'child', false, 'low');
      for (let i = 0; i < 10 && $(el, 'fieldset'); i++) await clickAnswer(el, rest[currentQuestion(el)!]!);
      expect(route(el)).to.equal('domestic-abuse');
    });

    it('is never skipped silently: without `screened` there is no confirmation', async () => {
      const el = await signposter({ audience: 'practitioner' });
      await begin(el);
      expect(currentQuestion(el)).to.equal('danger-now');
    });
  });

  it('can be used with the keyboard alone, start to result, and stays accessible', async () => {
    const el = await signposter({ config: example });
    el.focus();
    await keyboardStart(el);
    for (let i = 0; i < 20 && $(el, 'fieldset'); i++) {
      const id = currentQuestion(el)!;
      const answers: Record<string, string> = {
        ...NO_ABUSE,
        ...situationAnswers('separating', 'child', true, 'high'),
      };
      await keyboardAnswer(el, answers[id]!);
    }
    expect(route(el)).to.equal('conflict');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.result-title'));
    const expected = evaluate(
      {
        answers: NO_ABUSE,
        situation: { relationship: 'separating', stage: 'child', childArrangementsDispute: true, conflict: 'high' },
      },
      council,
    );
    expect(shown(el)).to.deep.equal(expected.pathways.map((p) => p.id));
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh, with the council’s Welsh text', async () => {
    const el = await fixture<RpcSignposter>(html`<rpc-signposter lang="cy" .config=${example}></rpc-signposter>`);
    await settle(el);
    expect($(el, '.intro h2')!.textContent).to.contain('Dod o hyd i gymorth');
    await run(el, { ...NO_ABUSE, ...situationAnswers('separated', 'child', false, 'moderate') });
    expect($(el, '[data-pathway-id="northshire-parents-apart"] h4')!.textContent).to.equal(
      'Sesiwn galw heibio Rhieni ar Wahân',
    );
    await expect(el).to.be.accessible();
  });

  it('keeps answers in memory: no storage, and events carry categories only', async () => {
    const events: CustomEvent[] = [];
    const el = await signposter({ config: example });
    for (const name of ['rpc-start', 'rpc-step', 'rpc-complete'])
      el.addEventListener(name, (e) => events.push(e as CustomEvent));
    await run(el, { ...NO_ABUSE, ...situationAnswers('together', 'baby', false, 'moderate') });
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    const complete = events.find((e) => e.type === 'rpc-complete')!;
    expect(Object.keys(complete.detail).sort()).to.deep.equal(['band', 'element', 'pathways', 'route']);
    expect(JSON.stringify(events.map((e) => e.detail))).not.to.match(/"together"|"baby"|"no"|"yes"/);
  });
});

describe('<rpc-signposter mode="list">', () => {
  const listed = (el: RpcSignposter) => $$(el, '.list > .pathways [data-pathway-id]').map((n) => n.dataset.pathwayId!);
  const choose = async (el: RpcSignposter, key: string, value: string) => {
    const select = $<HTMLSelectElement>(el, `#filter-${key}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle(el);
  };

  it('lists the council’s whole offer, domestic abuse support apart and first, asking nothing', async () => {
    const el = await signposter({ config: example, mode: 'list' });
    expect($(el, 'fieldset[data-question-id]')).to.equal(null);
    const expected = council.pathways.filter((p) => p.kind !== 'domestic-abuse').map((p) => p.id);
    expect(listed(el)).to.deep.equal(expected);
    expect(listed(el)).not.to.include('mediation');
    expect(listed(el)).to.include('northshire-dads-group');
    const safety = $(el, '[part="safety"]')!;
    expect(safety.querySelector('[data-pathway-id="northshire-da-outreach"]')).to.exist;
    expect(safety.querySelector('[data-contact-id="national-da-helpline"]')).to.exist;
    expect(safety.querySelector('[data-contact-id="northshire-da-service"]')).to.exist;
    expect(safety.textContent).to.contain('not for families where there is abuse');
    // The safety panel comes before the courses.
    expect(safety.compareDocumentPosition($(el, '.list > .pathways')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect($(el, 'rpc-quick-exit')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('narrows by relationship, child and format, says how many, and can show everything again', async () => {
    const el = await signposter({ config: example, mode: 'list' });
    await choose(el, 'relationship', 'separated');
    // No couple programmes once separated; separated parents' offers stay.
    const joint = council.pathways.filter((p) => p.joint && p.kind !== 'mediation').map((p) => p.id);
    for (const id of joint) expect(listed(el)).not.to.include(id);
    expect(listed(el)).to.include('parenting-when-separated');
    expect(listed(el)).to.include('northshire-parents-apart');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      `${listed(el).length} offers shown`,
    );
    await choose(el, 'format', 'digital');
    for (const id of listed(el)) expect(council.pathways.find((p) => p.id === id)!.formats).to.include('digital');
    await choose(el, 'stage', 'expecting');
    await choose(el, 'relationship', 'together');
    expect(listed(el)).to.include('me-you-and-baby-too');
    $<HTMLButtonElement>(el, '.filters .link-button')!.click();
    await settle(el);
    for (const select of $$<HTMLSelectElement>(el, '.filters select')) expect(select.value, select.id).to.equal('');
    expect(listed(el).length).to.equal(council.pathways.filter((p) => p.kind !== 'domestic-abuse').length);
    await expect(el).to.be.accessible();
  });

  it('says so when nothing fits', async () => {
    const el = await signposter({
      mode: 'list',
      config: { pathways: { allDefaults: false, defaults: { 'me-you-and-baby-too': true } } },
    });
    await choose(el, 'relationship', 'separated');
    expect(listed(el)).to.deep.equal([]);
    expect($(el, '.empty')!.textContent).to.contain('Nothing in the list fits');
    expect($(el, '.count')!.textContent).to.contain('0 offers shown');
  });

  it('filters with the keyboard alone', async () => {
    const el = await signposter({ config: example, mode: 'list' });
    const select = $<HTMLSelectElement>(el, '#filter-relationship')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(select.value).to.equal('separated');
    expect(listed(el)).not.to.include('arguing-better');
  });

  it('speaks Welsh', async () => {
    const el = await fixture<RpcSignposter>(
      html`<rpc-signposter lang="cy" mode="list" .config=${example}></rpc-signposter>`,
    );
    await settle(el);
    expect($(el, '.list h2')!.textContent).to.equal('Cymorth i rieni');
    expect($(el, '#filter-relationship option[value="separated"]')!.textContent).to.equal('Wedi gwahanu');
    await expect(el).to.be.accessible();
  });
});

describe('<rpc-signposter>: a config with mistakes', () => {
  const bad = {
    nation: 'england',
    pathways: {
      defaults: { 'arguing-better': { access: { url: 'javascript:alert(1)' } } },
      custom: [{ id: 'x', name: 'Course', description: 'A course', formats: ['online'], kind: 'conflict', access: {} }],
    },
  };

  for (const mode of ['questions', 'list']) {
    it(`${mode}: names each problem by its JSON path, and still shows the national helplines`, async () => {
      const el = await signposter({ config: bad, mode });
      const problems = $(el, '[part="config-error"]')!.textContent!;
      expect(problems).to.contain('$.pathways.defaults.arguing-better.access.url');
      expect(problems).to.contain('$.pathways.custom[0].formats[0]');
      const helplines = $$(el, '[data-contact-id]').map((n) => n.dataset.contactId);
      expect(helplines).to.include('emergency-999');
      expect(helplines).to.include('national-da-helpline');
      await expect(el).to.be.accessible();
    });
  }
});

runQuickExitSuite({
  name: '<rpc-signposter> (questions)',
  note: true,
  async create({ lang, config } = {}) {
    const el = await fixture<RpcSignposter>(
      html`<rpc-signposter lang=${lang ?? nothing} .config=${config}></rpc-signposter>`,
    );
    await settle(el);
    return el;
  },
  async fill(el) {
    $<HTMLButtonElement>(el as RpcSignposter, '.intro button')!.click();
    await settle(el as RpcSignposter);
    await clickAnswer(el as RpcSignposter, 'yes');
    await clickAnswer(el as RpcSignposter, 'no');
  },
  isWiped: journeyIsWiped,
});

runQuickExitSuite({
  name: '<rpc-signposter mode="list">',
  note: true,
  async create({ lang, config } = {}) {
    const el = await fixture<RpcSignposter>(
      html`<rpc-signposter mode="list" lang=${lang ?? nothing} .config=${config}></rpc-signposter>`,
    );
    await settle(el);
    return el;
  },
  async fill(el) {
    const select = $<HTMLSelectElement>(el as RpcSignposter, '#filter-relationship')!;
    select.value = 'separated';
    select.dispatchEvent(new Event('change'));
    await settle(el as RpcSignposter);
  },
  isWiped: (el) =>
    Object.keys((el as RpcSignposter).filter).length === 0 &&
    $<HTMLSelectElement>(el as RpcSignposter, '#filter-relationship')!.value === '',
});
