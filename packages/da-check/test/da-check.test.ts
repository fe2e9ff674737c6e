import { expect, oneEvent } from '@open-wc/testing';
import { SAFETY_QUESTIONS, SAFETY_IDS } from '@rpc-kit/rules';
import '../src/da-check.js';
import { DA_CHECK_MESSAGES } from '../src/index.js';
import { NO_ABUSE } from '../../elements/test/harness.js';
import { journeyOf, mount, runElementSuites, type SuiteElement } from '../../elements/test/suites/index.js';

const DA_CHECK: SuiteElement = {
  tag: 'rpc-da-check',
  messages: DA_CHECK_MESSAGES,
  journey: { tool: 'da-check' },
  english: { selector: '.intro h2', text: 'Check before you refer' },
  welsh: { selector: '.intro h2', text: 'Gwiriwch cyn atgyfeirio' },
};

runElementSuites(DA_CHECK);

async function run(answers: Record<string, string>, options: { audience?: string; config?: unknown } = {}) {
  const j = journeyOf(
    await mount(DA_CHECK, { attributes: { audience: options.audience ?? 'practitioner' }, config: options.config }),
  );
  await j.startSafely();
  const asked = await j.answerAll(answers);
  return { j, asked };
}
const JOINT = ['arguing-better', 'cope', 'getting-on-better', 'me-you-and-baby-too', 'mediation'];
const offers = (j: ReturnType<typeof journeyOf>) => j.pathways('.offers');

describe('<rpc-da-check>', () => {
  it('opens with safe-enquiry guidance, and says it is not a risk assessment', async () => {
    const j = journeyOf(await mount(DA_CHECK));
    const intro = j.$('.intro')!.textContent!;
    expect(intro).to.contain('Is it safe to talk now?');
    expect(intro).to.contain('safe way to contact');
    expect(intro).to.contain('This is not a risk assessment');
  });

  it('a parent’s first screen is safe to be seen: it names no abuse, and says it is not a test or a diagnosis', async () => {
    const j = journeyOf(await mount(DA_CHECK, { attributes: { audience: 'parent' } }));
    expect(j.$('.intro h2')!.textContent).to.equal('How are things at home?');
    expect(j.$('.intro .lead')!.textContent).not.to.match(/abuse/i);
    expect(j.$('.intro')!.textContent).to.contain('This is not a test and not a diagnosis');
    await expect(j.element).to.be.accessible();
  });

  it('asks exactly the safety questions of the contract', async () => {
    const { asked } = await run(NO_ABUSE);
    expect(asked).to.deep.equal([...SAFETY_IDS]);
  });

  for (const q of SAFETY_QUESTIONS.filter((x) => x.concerns === 'victim')) {
    it(`${q.id} alone gives the abuse route, with its category, and no joint work`, async () => {
      const { j } = await run({ ...NO_ABUSE, [q.id]: q.indicator! });
      expect(j.route).to.equal('domestic-abuse');
      expect(j.$(`[data-finding="${q.id}"]`)).to.exist;
      expect(j.$('.findings')!.textContent).to.contain(
        {
          'physical-sexual': 'Physical or sexual abuse',
          'violent-threatening': 'Violent or threatening behaviour',
          'controlling-coercive': 'Controlling or coercive behaviour',
          economic: 'Economic abuse',
          'psychological-emotional': 'Psychological or emotional abuse',
          'fear-power': 'Fear and an imbalance of power',
        }[q.category!],
      );
      expect(j.result!.textContent).to.contain('Do not offer joint sessions, couple programmes or mediation');
      for (const id of JOINT) expect(j.pathways()).not.to.include(id);
      expect(j.phoneLinks()[0]).to.equal('tel:08082000247');
    });
  }

  it('by keyboard alone: every answer, then the summary printed', async () => {
    const printed: number[] = [];
    const originalPrint = window.print;
    window.print = () => printed.push(1);
    try {
      const j = journeyOf(await mount(DA_CHECK));
      await j.startSafely('keyboard');
      await j.answerAll({ ...NO_ABUSE, threats: 'yes' }, 'keyboard');
      expect(j.route).to.equal('domestic-abuse');
      expect(j.focused?.classList.contains('result-title')).to.equal(true);
      await j.tabTo((n) => n.textContent?.trim() === 'Print summary', 60);
      await j.press('Enter');
      expect(printed).to.have.length(1);
    } finally {
      window.print = originalPrint;
    }
  });

  for (const id of SAFETY_IDS) {
    it(`unsure on ${id} never gives conflict support`, async () => {
      const { j } = await run({ ...NO_ABUSE, [id]: 'unsure' });
      expect(['unclear', 'emergency', 'domestic-abuse', 'using-harm']).to.include(j.route);
      // Only domestic abuse support and a family worker to talk it through: no course, no joint work.
      for (const o of offers(j)) expect(['domestic-abuse-support', 'family-hub-support']).to.include(o);
      expect(j.result!.textContent).not.to.contain('Conflict support is appropriate');
    });
  }

  it('no indicators: conflict support is appropriate, with the council’s offers', async () => {
    const { j } = await run(NO_ABUSE, { config: { pathways: { defaults: { cope: false } } } });
    expect(j.route).to.equal('conflict');
    expect(j.result!.textContent).to.contain('Conflict support is appropriate');
    expect(offers(j)).to.include.members(['arguing-better', 'family-hub-support']);
    expect(offers(j)).not.to.include('cope');
    expect(offers(j)).not.to.include('domestic-abuse-support');
    expect(j.$('.findings')!.textContent).to.contain('No signs of abuse');
    await expect(j.element).to.be.accessible();
  });

  it('shows the council’s referral routes for abuse, and tells the host page when one is used', async () => {
    const { j } = await run(
      { ...NO_ABUSE, strangled: 'yes' },
      {
        config: {
          referrals: {
            domesticAbuse: { phone: '01234 999000', howTo: 'Call the Northshire DA hub.' },
            marac: { email: 'marac@northshire.example.gov.uk', howTo: 'Send the DASH form to the MARAC coordinator.' },
          },
        },
      },
    );
    expect(j.element.shadowRoot!.textContent).to.contain('Call the Northshire DA hub.');
    const call = j.$<HTMLAnchorElement>('.referral-route a[href="tel:01234999000"]')!;
    expect(j.$('.referral-route a[href="mailto:marac@northshire.example.gov.uk"]')).to.exist;
    expect(j.result!.dataset.urgent).to.equal('true');
    await expect(j.element).to.be.accessible();
    call.addEventListener('click', (e) => e.preventDefault());
    const clicked = oneEvent(j.element, 'rpc-contact-click');
    call.click();
    expect((await clicked).detail).to.deep.equal({
      element: 'rpc-da-check',
      contact: 'referrals.domesticAbuse',
      channel: 'phone',
    });
  });

  it('the referral summary holds the reasons, and nothing from an earlier check', async () => {
    const { j } = await run({ ...NO_ABUSE, economic: 'yes' });
    const first = j.summary()!;
    expect(first).to.contain('Route: Domestic abuse');
    expect(first).to.contain('Economic abuse');
    expect(first).to.contain('Domestic Abuse Act 2021');
    expect(first).to.match(/Question wording version: \d{4}-\d{2}-\d{2}/);
    await j.startAgain();
    await j.startSafely();
    await j.answerAll({ ...NO_ABUSE, afraid: 'unsure' });
    const second = j.summary()!;
    expect(second).to.contain('Unclear');
    expect(second).not.to.contain('Economic abuse');
    const found = second.slice(second.indexOf('Indicators:'), second.indexOf('Also asked'));
    expect(found).to.contain('feeling afraid (not sure)');
    expect(found).not.to.contain('money');
    // Answered "no" this time: with what was asked and answered with no concern.
    expect(second).to.match(/Also asked, with no concern in the answer: .*control of money or work/);
  });

  it('lists what else was asked and answered with no concern, on screen and in the summary, never a "not sure"', async () => {
    const { j } = await run({ ...NO_ABUSE, economic: 'yes', monitoring: 'unsure' });
    const clear = j.$('.findings .asked-clear')!;
    expect(clear.dataset.askedClear).to.equal(String(SAFETY_IDS.length - 2));
    expect(clear.textContent).to.contain('Also asked, with no concern in the answer: danger right now;');
    expect(clear.textContent).not.to.contain('checked on');
    const summary = j.summary()!;
    expect(summary).to.contain('Safe to talk when asked: Yes');
    expect(summary).to.match(/Also asked, with no concern in the answer: danger right now; .*disagreeing safely/);
    await expect(j.element).to.be.accessible();
  });

  it('danger now: the practitioner’s result never says "no signs" of what was not asked', async () => {
    const { j } = await run({ 'danger-now': 'yes' });
    const findings = j.$('.findings')!.textContent!;
    expect(findings).not.to.contain('No signs of abuse');
    expect(j.$('.not-asked')!.dataset.notAsked).to.equal(String(SAFETY_IDS.length - 1));
    expect(findings).to.contain('these questions were not asked');
    const summary = j.summary()!;
    expect(summary).to.contain('Not asked (help was given first)');
    expect(summary).not.to.match(/Indicators:\n- None/);
    expect(summary).not.to.contain('Also asked');
    expect(j.$('.asked-clear')).to.equal(null);
    await expect(j.element).to.be.accessible();
  });

  it('"not sure" about danger now: what was found lists it, as the referral summary does, never "no signs of abuse"', async () => {
    const { j } = await run({ ...NO_ABUSE, 'danger-now': 'unsure' });
    const finding = j.$('.findings [data-finding="danger-now"]');
    expect(finding, 'listed with what was found').to.exist;
    expect(finding!.textContent).to.contain('Not sure');
    expect(j.$('.findings')!.textContent).not.to.contain('No signs of abuse');
    expect(j.summary()).to.contain('danger right now (not sure)');
    await expect(j.element).to.be.accessible();
  });

  it('"not sure" about danger now, and signs of abuse: 999 first, under the title, as with no other sign', async () => {
    const { j } = await run({ ...NO_ABUSE, 'danger-now': 'unsure', controlling: 'yes' });
    expect(j.route).to.equal('domestic-abuse');
    const panel = j.$('.emergency-panel')!;
    expect(panel, 'the 999 panel').to.exist;
    expect(j.$('.result-title')!.nextElementSibling).to.equal(panel);
    expect(j.phoneLinks()[0]).to.equal('tel:999');
    const summary = j.summary()!;
    expect(summary.indexOf('999')).to.be.below(summary.indexOf('0808 2000 247'));
    await expect(j.element).to.be.accessible();
  });

  it('the summary lists the offers the screen shows, all of them', async () => {
    const { j } = await run(NO_ABUSE);
    expect(j.route).to.equal('conflict');
    const onScreen = j.$$('.offers [data-pathway-id] strong').map((o) => o.textContent!.trim());
    expect(onScreen.length).to.be.greaterThan(2);
    const summary = j.summary()!.split('\n');
    const from = summary.indexOf('Suggested support:');
    const to = summary.indexOf('Contacts given:');
    expect(summary.slice(from + 1, to)).to.deep.equal(onScreen.map((n) => `- ${n}`));
  });

  it('parent mode: second person, gentler, and the same decision, with no summary', async () => {
    const parent = (await run({ ...NO_ABUSE, monitoring: 'yes' }, { audience: 'parent' })).j;
    const practitioner = (await run({ ...NO_ABUSE, monitoring: 'yes' })).j;
    expect(parent.route).to.equal(practitioner.route);
    expect(parent.$('.summary')).to.equal(null);
    await expect(parent.element).to.be.accessible();
  });

  it('parent mode: what the parent said, once and in their words, never filed under the Act’s categories', async () => {
    const said = (await run({ ...NO_ABUSE, afraid: 'yes', economic: 'yes' }, { audience: 'parent' })).j;
    expect(said.route).to.equal('domestic-abuse');
    expect(Boolean(said.$('.findings'))).to.equal(false);
    const text = said.result!.textContent!;
    expect(text).not.to.match(/What was found|Economic abuse|Fear and an imbalance of power/);
    expect(text.match(/You said you feel afraid of your partner or ex/g)).to.have.length(1);
    expect(text.match(/You said your partner or ex controls your money/g)).to.have.length(1);
    const unsure = (await run({ ...NO_ABUSE, 'own-behaviour': 'unsure' }, { audience: 'parent' })).j;
    expect(unsure.route).to.equal('unclear');
    expect(unsure.result!.textContent).not.to.contain('Worried about own behaviour');
    expect(unsure.result!.textContent).to.contain('You were not sure about: how you act towards your family.');
    // The practitioner still gets the categories, for the referral.
    const practitioner = (await run({ ...NO_ABUSE, afraid: 'yes', economic: 'yes' })).j;
    expect(practitioner.$('.findings')!.textContent).to.contain('Economic abuse');
    await expect(said.element).to.be.accessible();
  });

  it('parent mode: where abuse may be present, the helpline comes straight under the heading, before what they said', async () => {
    const cases: Record<string, string>[] = [{ controlling: 'yes' }, { afraid: 'unsure' }, { 'danger-now': 'unsure' }];
    for (const answers of cases) {
      const { j } = await run({ ...NO_ABUSE, ...answers }, { audience: 'parent' });
      const result = j.result!;
      const first = result.querySelector('[part="contact"]')!;
      const reasons = result.querySelector('.reasons')!;
      const name = JSON.stringify(answers);
      expect(first.getAttribute('data-contact-id'), name).to.be.oneOf(['national-da-helpline', 'emergency-999']);
      expect(first.compareDocumentPosition(reasons) & Node.DOCUMENT_POSITION_FOLLOWING, name).to.not.equal(0);
      // Once, not again under what to do next.
      expect(result.querySelectorAll('[part="contacts"]').length, name).to.equal(1);
      await expect(j.element).to.be.accessible();
    }
  });
});
