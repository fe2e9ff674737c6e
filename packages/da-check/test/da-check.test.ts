import { expect, fixture, html } from '@open-wc/testing';
import { SAFETY_QUESTIONS, SAFETY_IDS } from '@rpc-kit/rules';
import '../src/define.js';
import type { RpcDaCheck } from '../src/da-check.component.js';
import { nothing } from 'lit';
import { journeyIsWiped, keyboardAnswer, keyboardStart } from '../../../test/helpers/journey.js';
import { runQuickExitSuite } from '../../elements/test/suites/quick-exit.suite.js';
import { sendKeys } from '@web/test-runner-commands';

const $ = <T extends Element = HTMLElement>(el: RpcDaCheck, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: RpcDaCheck, s: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(s));
const settle = async (el: RpcDaCheck) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};
const NO_ABUSE: Record<string, string> = Object.fromEntries(
  SAFETY_IDS.map((id) => [id, id === 'can-disagree-safely' ? 'yes' : 'no']),
);

async function check(audience: 'practitioner' | 'parent' = 'practitioner', config?: unknown): Promise<RpcDaCheck> {
  const el = await fixture<RpcDaCheck>(
    audience === 'parent'
      ? html`<rpc-da-check audience="parent" .config=${config}></rpc-da-check>`
      : html`<rpc-da-check .config=${config}></rpc-da-check>`,
  );
  await settle(el);
  return el;
}

async function answer(el: RpcDaCheck, value: string): Promise<void> {
  $<HTMLInputElement>(el, `fieldset input[value="${value}"]`)!.click();
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await settle(el);
}

async function run(el: RpcDaCheck, answers: Record<string, string>): Promise<string[]> {
  $<HTMLButtonElement>(el, '.intro button')!.click();
  await settle(el);
  await answer(el, 'yes');
  const asked: string[] = [];
  for (let i = 0; i < 20 && $(el, 'fieldset'); i++) {
    const id = $(el, 'fieldset')!.dataset.questionId!;
    asked.push(id);
    await answer(el, answers[id]!);
  }
  return asked;
}

const route = (el: RpcDaCheck) => $(el, '.result')?.dataset.route;
const JOINT = ['arguing-better', 'cope', 'getting-on-better', 'me-you-and-baby-too', 'mediation'];

describe('<rpc-da-check>', () => {
  it('opens with safe-enquiry guidance, says it is not a risk assessment, and is accessible', async () => {
    const el = await check();
    const intro = $(el, '.intro')!.textContent!;
    expect(intro).to.contain('Is it safe to talk now?');
    expect(intro).to.contain('safe way to contact');
    expect(intro).to.contain('This is not a risk assessment');
    expect($(el, 'rpc-quick-exit')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('asks exactly the safety questions of the contract, each with why we ask', async () => {
    const el = await check();
    $<HTMLButtonElement>(el, '.intro button')!.click();
    await settle(el);
    await answer(el, 'yes');
    expect($(el, 'details summary')!.textContent).to.contain('Why we ask');
    await expect(el).to.be.accessible();
    const asked = await run(await check(), NO_ABUSE);
    expect(asked).to.deep.equal([...SAFETY_IDS]);
  });

  for (const q of SAFETY_QUESTIONS.filter((x) => x.concerns === 'victim')) {
    it(`${q.id} alone gives the abuse route, with its category, and no joint work`, async () => {
      const el = await check();
      await run(el, { ...NO_ABUSE, [q.id]: q.indicator! });
      expect(route(el)).to.equal('domestic-abuse');
      const finding = $(el, `[data-finding="${q.id}"]`)!;
      expect(finding).to.exist;
      expect($(el, '.findings')!.textContent).to.contain(
        {
          'physical-sexual': 'Physical or sexual abuse',
          'violent-threatening': 'Violent or threatening behaviour',
          'controlling-coercive': 'Controlling or coercive behaviour',
          economic: 'Economic abuse',
          'psychological-emotional': 'Psychological or emotional abuse',
          'fear-power': 'Fear and an imbalance of power',
        }[q.category!],
      );
      expect($(el, '.result')!.textContent).to.contain('Do not offer joint sessions, couple programmes or mediation');
      for (const id of JOINT) expect($(el, `[data-pathway-id="${id}"]`)).to.equal(null);
      expect($<HTMLAnchorElement>(el, '.result a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:08082000247');
    });
  }

  it('by keyboard alone: every answer, then the summary printed', async () => {
    const printed: number[] = [];
    const originalPrint = window.print;
    window.print = () => printed.push(1);
    try {
      const el = await check();
      await keyboardStart(el);
      for (const id of SAFETY_IDS) await keyboardAnswer(el, id === 'threats' ? 'yes' : NO_ABUSE[id]!);
      expect(route(el)).to.equal('domestic-abuse');
      expect(el.shadowRoot!.activeElement?.classList.contains('result-title')).to.equal(true);
      for (let i = 0; i < 60; i++) {
        await sendKeys({ press: 'Tab' });
        if (el.shadowRoot!.activeElement?.textContent?.trim() === 'Print summary') break;
      }
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Print summary');
      await sendKeys({ press: 'Enter' });
      expect(printed).to.have.length(1);
    } finally {
      window.print = originalPrint;
    }
  });

  it('danger now: 999 first, at once', async () => {
    const el = await check();
    const asked = await run(el, { 'danger-now': 'yes' });
    expect(asked).to.deep.equal(['danger-now']);
    expect(route(el)).to.equal('emergency');
    expect($<HTMLAnchorElement>(el, '.result a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:999');
    await expect(el).to.be.accessible();
  });

  for (const id of SAFETY_IDS) {
    it(`unsure on ${id} never gives conflict support`, async () => {
      const el = await check();
      await run(el, { ...NO_ABUSE, [id]: 'unsure' });
      expect(['unclear', 'emergency', 'domestic-abuse', 'using-harm']).to.include(route(el));
      // Only domestic abuse support and a family worker to talk it through: no course, no joint work.
      const offers = $$(el, '.offers [data-pathway-id]').map((o) => o.dataset.pathwayId);
      for (const o of offers) expect(['domestic-abuse-support', 'family-hub-support']).to.include(o);
      expect($(el, '.result')!.textContent).not.to.contain('Conflict support is appropriate');
    });
  }

  it('no indicators: conflict support is appropriate, with the council’s offers', async () => {
    const el = await check('practitioner', { pathways: { defaults: { cope: false } } });
    await run(el, NO_ABUSE);
    expect(route(el)).to.equal('conflict');
    expect($(el, '.result')!.textContent).to.contain('Conflict support is appropriate');
    const offers = $$(el, '.offers [data-pathway-id]').map((o) => o.dataset.pathwayId);
    expect(offers).to.include.members(['arguing-better', 'family-hub-support']);
    expect(offers).not.to.include('cope');
    expect(offers).not.to.include('domestic-abuse-support');
    expect($(el, '.findings')!.textContent).to.contain('No signs of abuse');
    await expect(el).to.be.accessible();
  });

  it('shows the council’s referral routes for abuse', async () => {
    const el = await check('practitioner', {
      referrals: {
        domesticAbuse: { phone: '01234 999000', howTo: 'Call the Northshire DA hub.' },
        marac: { email: 'marac@northshire.example.gov.uk', howTo: 'Send the DASH form to the MARAC coordinator.' },
      },
    });
    await run(el, { ...NO_ABUSE, strangled: 'yes' });
    expect(el.shadowRoot!.textContent).to.contain('Call the Northshire DA hub.');
    expect($(el, 'a[href="tel:01234999000"]')).to.exist;
    expect($(el, 'a[href="mailto:marac@northshire.example.gov.uk"]')).to.exist;
    expect($(el, '.result')!.dataset.urgent).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('the referral summary holds the reasons, and nothing from an earlier check', async () => {
    const el = await check();
    await run(el, { ...NO_ABUSE, economic: 'yes' });
    const first = $(el, '.summary pre')!.textContent!;
    expect(first).to.contain('Route: Domestic abuse');
    expect(first).to.contain('Economic abuse');
    expect(first).to.contain('Domestic Abuse Act 2021');
    expect(first).to.match(/Question wording version: \d{4}-\d{2}-\d{2}/);
    $$<HTMLButtonElement>(el, '.result button')
      .find((b) => b.textContent!.includes('Start again'))!
      .click();
    await settle(el);
    await run(el, { ...NO_ABUSE, afraid: 'unsure' });
    const second = $(el, '.summary pre')!.textContent!;
    expect(second).to.contain('Unclear');
    expect(second).not.to.contain('Economic abuse');
    expect(second).not.to.contain('money');
  });

  it('danger now: the practitioner’s result never says "no signs" of what was not asked', async () => {
    const el = await check();
    await run(el, { 'danger-now': 'yes' });
    const findings = $(el, '.findings')!.textContent!;
    expect(findings).not.to.contain('No signs of abuse');
    expect($(el, '.not-asked')!.dataset.notAsked).to.equal(String(SAFETY_IDS.length - 1));
    expect(findings).to.contain('these questions were not asked');
    const summary = $(el, '.summary pre')!.textContent!;
    expect(summary).to.contain('Not asked (help was given first)');
    expect(summary).not.to.match(/Indicators:\n- None/);
    await expect(el).to.be.accessible();
  });

  it('the summary lists the offers the screen shows, all of them', async () => {
    const el = await check();
    await run(el, NO_ABUSE);
    expect(route(el)).to.equal('conflict');
    const onScreen = $$(el, '.offers [data-pathway-id] strong').map((o) => o.textContent!.trim());
    expect(onScreen.length).to.be.greaterThan(2);
    const summary = $(el, '.summary pre')!.textContent!.split('\n');
    const from = summary.indexOf('Suggested support:');
    const to = summary.indexOf('Contacts given:');
    expect(summary.slice(from + 1, to)).to.deep.equal(onScreen.map((n) => `- ${n}`));
  });

  it('parent mode: second person, gentler, and the same decision, with no summary', async () => {
    const parent = await check('parent');
    await run(parent, { ...NO_ABUSE, monitoring: 'yes' });
    const practitioner = await check('practitioner');
    await run(practitioner, { ...NO_ABUSE, monitoring: 'yes' });
    expect(route(parent)).to.equal(route(practitioner));
    expect($(parent, '.findings')!.textContent).to.contain('You said');
    expect($(parent, '.summary')).to.equal(null);
    await expect(parent).to.be.accessible();
  });

  it('speaks Welsh', async () => {
    const el = await fixture<RpcDaCheck>(html`<rpc-da-check lang="cy"></rpc-da-check>`);
    await settle(el);
    expect($(el, '.intro h2')!.textContent).to.contain('Gwiriwch cyn atgyfeirio');
    await expect(el).to.be.accessible();
  });

  it('stores nothing and sends nothing', async () => {
    const calls: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return originalFetch(input, init);
    };
    const before = performance.getEntriesByType('resource').length;
    try {
      const el = await check();
      await run(el, { ...NO_ABUSE, sexual: 'yes' });
      expect(route(el)).to.equal('domestic-abuse');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(calls).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    } finally {
      window.fetch = originalFetch;
    }
  });
});

runQuickExitSuite({
  name: '<rpc-da-check>',
  note: true,
  async create({ lang, config } = {}) {
    const el = await fixture<RpcDaCheck>(html`<rpc-da-check lang=${lang ?? nothing} .config=${config}></rpc-da-check>`);
    await settle(el);
    return el;
  },
  async fill(el) {
    $<HTMLButtonElement>(el as RpcDaCheck, '.intro button')!.click();
    await settle(el as RpcDaCheck);
    await answer(el as RpcDaCheck, 'yes');
    await answer(el as RpcDaCheck, 'no');
  },
  isWiped: journeyIsWiped,
});
