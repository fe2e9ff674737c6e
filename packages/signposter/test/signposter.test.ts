import { expect } from '@open-wc/testing';
import {
  RELATIONSHIPS,
  SAFETY_IDS,
  SAFETY_QUESTIONS,
  STAGES,
  CONFLICT_BANDS,
  evaluate,
  resolveConfig,
  type ResolvedConfig,
} from '@rpc-kit/rules';
import '../src/signposter.js';
import { SIGNPOSTER_MESSAGES, type RpcSignposter } from '../src/index.js';
import { NO_ABUSE, type ElementHarness } from '../../elements/test/harness.js';
import { harnessOf, journeyOf, mount, runElementSuites, type SuiteElement } from '../../elements/test/suites/index.js';

const QUESTIONS: SuiteElement = {
  tag: 'rpc-signposter',
  messages: SIGNPOSTER_MESSAGES,
  journey: { tool: 'signposter' },
  english: { selector: '.intro h2', text: 'Find support that fits your family' },
  welsh: { selector: '.intro h2', text: 'Dod o hyd i gymorth' },
};
const LIST: SuiteElement = {
  tag: 'rpc-signposter',
  messages: SIGNPOSTER_MESSAGES,
  attributes: { mode: 'list' },
  english: { selector: '.list h2', text: 'Support for parents' },
  welsh: { selector: '.list h2', text: 'Cymorth i rieni' },
  use: async (h: ElementHarness) => {
    await h.choose('filter-relationship', 'separated');
    await h.choose('filter-format', 'digital');
  },
  isWiped: (h) =>
    h.$<HTMLSelectElement>('#filter-relationship')!.value === '' &&
    h.$<HTMLSelectElement>('#filter-format')!.value === '',
};

runElementSuites(QUESTIONS);
runElementSuites(LIST);

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
  const attributes: Record<string, string> = {
    audience: options.audience ?? 'parent',
    mode: options.mode ?? 'questions',
  };
  if (options.screened) attributes.screened = '';
  return (await mount(QUESTIONS, { attributes, config: options.config })) as RpcSignposter;
}

/** Starts, says it is safe to continue, answers every question on screen from the map; returns the ids asked. */
async function run(el: RpcSignposter, answers: Record<string, string>): Promise<string[]> {
  const j = journeyOf(el);
  await j.startSafely();
  return j.answerAll(answers, 'pointer', 30);
}

const $ = <T extends Element = HTMLElement>(el: RpcSignposter, selector: string) => harnessOf(el).$<T>(selector);
const route = (el: RpcSignposter) => journeyOf(el).route;
const shown = (el: RpcSignposter) => harnessOf(el).pathways('.pathways');
const situationAnswers = (r: string, s: string, dispute: boolean, c: string) => ({
  relationship: r,
  stage: s,
  'child-arrangements-dispute': dispute ? 'yes' : 'no',
  conflict: c,
});

describe('<rpc-signposter>: questions', () => {
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
      expect($(el, '.summary pre')!.textContent).to.contain('screened for domestic abuse today');
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
      const j = journeyOf(await signposter({ screened: true, audience: 'practitioner' }));
      await j.startSafely();
      await j.answer('no');
      await j.answer('no'); // danger-now
      await j.answer('yes'); // physical
      // Back to the confirmation, now "yes": the physical abuse answered still routes to abuse help.
      for (let i = 0; i < 5 && j.question !== 'screened-confirm'; i++) await j.back();
      expect(j.question).to.equal('screened-confirm');
      await j.answer('yes');
      await j.answerAll(situationAnswers('together', 'child', false, 'low'));
      expect(j.route).to.equal('domestic-abuse');
    });

    it('is never skipped silently: without `screened` there is no confirmation', async () => {
      const j = journeyOf(await signposter({ audience: 'practitioner' }));
      await j.startSafely();
      expect(j.question).to.equal('danger-now');
    });
  });

  it('by keyboard alone, the pathways the rules give for the council, ranked', async () => {
    const el = await signposter({ config: example });
    const j = journeyOf(el);
    el.focus();
    await j.startSafely('keyboard');
    await j.answerAll({ ...NO_ABUSE, ...situationAnswers('separating', 'child', true, 'high') }, 'keyboard');
    expect(j.route).to.equal('conflict');
    expect(j.focused).to.equal(j.$('.result-title'));
    const expected = evaluate(
      {
        answers: NO_ABUSE,
        situation: { relationship: 'separating', stage: 'child', childArrangementsDispute: true, conflict: 'high' },
      },
      council,
    );
    expect(shown(el)).to.deep.equal(expected.pathways.map((p) => p.id));
  });

  it('shows the council’s Welsh words in Welsh', async () => {
    const el = await signposter({ config: example });
    el.setAttribute('lang', 'cy');
    await run(el, { ...NO_ABUSE, ...situationAnswers('separated', 'child', false, 'moderate') });
    expect($(el, '[data-pathway-id="northshire-parents-apart"] h4')!.textContent).to.equal(
      'Sesiwn galw heibio Rhieni ar Wahân',
    );
  });

  it('tells the host page the result by category: route, band and pathways', async () => {
    const events: CustomEvent[] = [];
    const el = await signposter({ config: example });
    el.addEventListener('rpc-complete', (e) => events.push(e as CustomEvent));
    await run(el, { ...NO_ABUSE, ...situationAnswers('together', 'baby', false, 'moderate') });
    expect(Object.keys(events[0]!.detail).sort()).to.deep.equal(['band', 'element', 'pathways', 'route']);
  });
});

describe('<rpc-signposter mode="list">', () => {
  const list = async (config: unknown = example) => harnessOf(await signposter({ config, mode: 'list' }));
  const listed = (h: ElementHarness) => h.pathways('.list > .pathways');

  it('lists the council’s whole offer, domestic abuse support apart and first, asking nothing', async () => {
    const h = await list();
    expect(h.$('fieldset[data-question-id]')).to.equal(null);
    const expected = council.pathways.filter((p) => p.kind !== 'domestic-abuse').map((p) => p.id);
    expect(listed(h)).to.deep.equal(expected);
    expect(listed(h)).not.to.include('mediation');
    expect(listed(h)).to.include('northshire-dads-group');
    const safety = h.$('[part="safety"]')!;
    expect(h.pathways('[part="safety"]')).to.include('northshire-da-outreach');
    expect(h.contacts('[part="safety"]')).to.include.members(['national-da-helpline', 'northshire-da-service']);
    expect(safety.textContent).to.contain('The courses on this page are not safe for you');
    // The safety panel comes before the courses.
    expect(safety.compareDocumentPosition(h.$('.list > .pathways')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(h.$('rpc-quick-exit')).to.exist;
  });

  it('beside a result with a sign of abuse or a “not sure”, lists no joint, couple or conflict offers', async () => {
    const questions = await signposter({ config: example });
    const h = await list();
    expect(listed(h).length).to.be.greaterThan(3);
    // Afraid of a partner, said in the questions above: the list below gives way.
    await run(questions, { ...NO_ABUSE, afraid: 'yes', ...situationAnswers('together', 'child', false, 'moderate') });
    expect(route(questions)).to.equal('domestic-abuse');
    await h.settle();
    expect(h.$('.list > .pathways'), 'no offers').to.equal(null);
    expect(h.$('.filters')).to.equal(null);
    expect(h.contacts('.list')).not.to.include('relate');
    expect(h.$('[part="guarded"]')!.textContent).to.contain('not safe where there may be abuse');
    // The domestic abuse panel, 999 and the helplines stay.
    expect(h.contacts('[part="safety"]')).to.include.members(['emergency-999', 'national-da-helpline']);
    await expect(h.element).to.be.accessible();
    // Start again (someone came in, say): the list no longer hints at the result put away.
    const j = journeyOf(questions);
    await j.startAgain();
    await h.settle();
    expect(h.$('[part="guarded"]')).to.equal(null);
    expect(listed(h).length).to.be.greaterThan(3);
    await run(questions, { ...NO_ABUSE, ...situationAnswers('together', 'child', false, 'moderate') });
    expect(route(questions)).to.equal('conflict');
    await h.settle();
    expect(listed(h).length).to.be.greaterThan(3);
    expect(h.$('[part="guarded"]')).to.equal(null);
  });

  it('says a council offer’s description once when it gives no “who it is for”', async () => {
    const config = structuredClone(example) as { pathways: { custom: Record<string, unknown>[] } };
    delete config.pathways.custom[0]!.whoFor;
    const h = await list(config);
    const card = h.$(`[data-pathway-id="${String(config.pathways.custom[0]!.id)}"]`)!;
    const description = String((config.pathways.custom[0]!.description as { en: string }).en);
    expect(card.textContent!.split(description).length - 1, 'said once').to.equal(1);
    expect(card.textContent).not.to.contain('Who it is for');
  });

  it('narrows by relationship, child and format, says how many, and can show everything again', async () => {
    const h = await list();
    await h.choose('filter-relationship', 'separated');
    // No couple programmes once separated; separated parents' offers stay.
    const joint = council.pathways.filter((p) => p.joint && p.kind !== 'mediation').map((p) => p.id);
    for (const id of joint) expect(listed(h)).not.to.include(id);
    expect(listed(h)).to.include('parenting-when-separated');
    expect(listed(h)).to.include('northshire-parents-apart');
    expect(h.$('[role="status"]')!.textContent).to.contain(`${listed(h).length} offers shown`);
    await h.choose('filter-format', 'digital');
    for (const id of listed(h)) expect(council.pathways.find((p) => p.id === id)!.formats).to.include('digital');
    await h.choose('filter-stage', 'expecting');
    await h.choose('filter-relationship', 'together');
    expect(listed(h)).to.include('me-you-and-baby-too');
    h.$<HTMLButtonElement>('.filters .link-button')!.click();
    await h.settle();
    for (const select of h.$$<HTMLSelectElement>('.filters select')) expect(select.value, select.id).to.equal('');
    expect(h.focused).to.equal(h.$('#filter-relationship'));
    expect(listed(h).length).to.equal(council.pathways.filter((p) => p.kind !== 'domestic-abuse').length);
    await expect(h.element).to.be.accessible();
  });

  it('says so when nothing fits, and counts one offer as one', async () => {
    const h = await list({ pathways: { allDefaults: false, defaults: { 'me-you-and-baby-too': true } } });
    expect(h.$('.count')!.textContent).to.contain('1 offer shown');
    await h.choose('filter-relationship', 'separated');
    expect(listed(h)).to.deep.equal([]);
    expect(h.$('.empty')!.textContent).to.contain('Nothing in the list fits');
    expect(h.$('.count')!.textContent).to.contain('0 offers shown');
  });

  it('filters with the keyboard alone', async () => {
    const h = await list();
    h.$<HTMLSelectElement>('#filter-relationship')!.focus();
    for (let i = 0; i < 3; i++) await h.press('ArrowDown');
    await h.settle();
    expect(h.$<HTMLSelectElement>('#filter-relationship')!.value).to.equal('separated');
    expect(listed(h)).not.to.include('arguing-better');
  });

  it('names its filters’ options in Welsh', async () => {
    const h = await list();
    h.element.setAttribute('lang', 'cy');
    await h.settle();
    expect(h.$('#filter-relationship option[value="separated"]')!.textContent).to.equal('Wedi gwahanu');
  });

  it('on a Welsh page, marks a council’s words given only in English as English, for a screen reader’s voice', async () => {
    const config = structuredClone(example) as {
      pathways: { custom: Record<string, unknown>[] };
      contacts: Record<string, unknown>[];
    };
    const english = (t: unknown) => ({ en: (t as { en: string }).en });
    const offer = config.pathways.custom[0]!;
    for (const key of ['name', 'description', 'whoFor', 'cost']) offer[key] = english(offer[key]);
    const hub = config.contacts.find((c) => c.id === 'northshire-family-hub')!;
    hub.name = english(hub.name);
    hub.topics = ['conflict'];
    const h = await list(config);
    h.element.setAttribute('lang', 'cy');
    await h.settle();
    const card = h.$(`[data-pathway-id="${String(offer.id)}"]`)!;
    const marked = [...card.querySelectorAll('[lang="en"]')].map((n) => n.textContent!.trim());
    expect(marked).to.include((offer.name as { en: string }).en);
    expect(marked).to.include((offer.description as { en: string }).en);
    expect(marked).to.include((offer.cost as { en: string }).en);
    // Its Welsh labels, and the built-in offers (Welsh from the packs), are not marked.
    expect(card.querySelector('dt [lang]')).to.equal(null);
    const builtIn = h.$('[data-pathway-id="arguing-better"], [data-pathway-id="parenting-when-separated"]')!;
    expect(builtIn.querySelector('[lang]')).to.equal(null);
    const contact = h.$('[data-contact-id="northshire-family-hub"]')!;
    expect(contact.querySelector('h4 [lang="en"]')!.textContent).to.equal((hub.name as { en: string }).en);
    // Its hours were given in Welsh: not marked.
    expect(contact.querySelectorAll('[lang="en"]')).to.have.length(1);
    await expect(h.element).to.be.accessible();
  });

  it('forgets the filter when it leaves the page', async () => {
    const h = await list();
    await h.choose('filter-relationship', 'separated');
    const parent = h.element.parentElement!;
    h.element.remove();
    parent.append(h.element);
    await h.settle();
    expect(h.$<HTMLSelectElement>('#filter-relationship')!.value).to.equal('');
  });
});
