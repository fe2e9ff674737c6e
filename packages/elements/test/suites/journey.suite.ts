/**
 * A question journey, as GOV.UK's question pages, with safety first: written once, run against
 * every element that asks questions (the screener, the da-check, the signposter).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { DEFAULT_CONFIG, SAFETY_IDS, firstScreenConfigFor, safetyClass } from '@rpc-kit/rules';
import type { RpcElement } from '../../src/base.js';
import { JourneyController } from '../../src/journey/index.js';
import { NO_ABUSE, type RpcKitElement } from '../harness.js';
import { EVERY_ANSWER } from './answers.js';
import { journeyOf, mount, type SuiteElement } from './element.js';

/** The safety class of each default pathway, by id. */
const CLASS = new Map(DEFAULT_CONFIG.pathways.map((p) => [p.id, safetyClass(p)]));

export function runJourneySuite(element: SuiteElement): void {
  describe(`<${element.tag}>: the journey (shared suite)`, () => {
    const start = async () => journeyOf(await mount(element));

    /** Starts, says yes to one controlling behaviour: the helpline `tel` first, and only abuse support offered. */
    const abuseResult = async (j: Awaited<ReturnType<typeof start>>, tel: string) => {
      await j.startSafely();
      await j.answerAll({ ...EVERY_ANSWER, controlling: 'yes' });
      expect(j.route).to.equal('domestic-abuse');
      expect(j.phoneLinks()[0]).to.equal(tel);
      expect(j.pathways('.result').length).to.be.greaterThan(0);
      for (const id of j.pathways('.result')) expect(CLASS.get(id), id).to.equal('abuse-support');
    };

    it('draws its introduction before the questions load, and Start waits for them (or says they did not load, with the helplines)', async () => {
      const load = JourneyController.importEngine;
      let attempts = 0;
      JourneyController.importEngine = () => {
        attempts++;
        return Promise.reject(new Error('offline'));
      };
      try {
        const j = await start();
        // The introduction, the quick exit and 999 are drawn without the questions.
        expect(j.$('.intro h2')!.textContent).to.contain(element.english.text);
        expect(j.$('rpc-quick-exit')).to.exist;
        expect(j.$('[part="help-now"]')!.textContent).to.contain('999');
        await j.start();
        expect(j.step).to.equal('intro');
        const alert = j.$('.step [role="alert"]')!;
        expect(alert.textContent).to.contain('the questions did not load');
        expect(j.focused).to.equal(alert);
        expect(j.$('[part="helplines"]')!.textContent).to.contain('999');
        await expect(j.element).to.be.accessible();
        // Back online: Start loads them, and the first question shows.
        JourneyController.importEngine = load;
        await j.start();
        expect(j.step).to.equal('question');
        expect(j.$('.step [role="alert"]')).to.equal(null);
        expect(attempts).to.be.greaterThan(0);
      } finally {
        JourneyController.importEngine = load;
      }
    });

    it('says the questions did not load when they never come (a stalled connection), and goes on when they do', async () => {
      const [load, slowAfter] = [JourneyController.importEngine, JourneyController.slowAfter];
      let arrive: (() => void) | undefined;
      JourneyController.importEngine = () =>
        load().then((engine) => new Promise<typeof engine>((resolve) => (arrive = () => resolve(engine))));
      JourneyController.slowAfter = 100;
      try {
        const j = await start();
        await j.start();
        // Not an answer in 100 ms: the element says so, with 999 and the helplines, not "Loading" for ever.
        expect(j.step).to.equal('intro');
        const alert = j.$('.step [role="alert"]')!;
        expect(alert.textContent).to.contain('the questions did not load');
        expect(j.focused).to.equal(alert);
        expect(j.$('.loading-line')).to.equal(null);
        expect(j.$('[part="helplines"]')!.textContent).to.contain('999');
        await expect(j.element).to.be.accessible();
        // Start pressed again while they are still on their way: loading, not the alert beside it.
        j.$<HTMLButtonElement>('.intro button')!.click();
        await new Promise((r) => setTimeout(r, 0));
        expect(j.$('.step [role="alert"]')).to.equal(null);
        expect(j.$('.intro .loading-line')).to.exist;
        // They come in the end: the first question shows.
        while (!arrive) await new Promise((r) => setTimeout(r, 5));
        arrive();
        await j.settle();
        expect(j.step).to.equal('question');
        expect(j.$('.step [role="alert"]')).to.equal(null);
      } finally {
        JourneyController.importEngine = load;
        JourneyController.slowAfter = slowAfter;
      }
    });

    it('starts once when Start is pressed twice before the questions arrive, and not at all if wiped meanwhile', async () => {
      const load = JourneyController.importEngine;
      let arrive: (() => void) | undefined;
      const held = () =>
        load().then((engine) => new Promise<typeof engine>((resolve) => (arrive = () => resolve(engine))));
      /** Lets the questions in, once they are held back. */
      const letIn = async () => {
        while (!arrive) await new Promise((r) => setTimeout(r, 5));
        arrive();
        arrive = undefined;
      };
      JourneyController.importEngine = held;
      try {
        const j = await start();
        let starts = 0;
        j.element.addEventListener('rpc-start', () => starts++);
        const button = j.$<HTMLButtonElement>('.intro button')!;
        button.click();
        button.click();
        // While they come: said on screen and to a screen reader (a press that changed nothing
        // would be pressed again and again on a slow phone).
        await new Promise((r) => setTimeout(r, 0));
        expect(j.$('.intro .loading-line')!.textContent).to.equal('Loading the questions.');
        expect(j.$('[role="status"]')!.textContent).to.contain('Loading the questions.');
        await letIn();
        await j.settle();
        expect(starts).to.equal(1);
        expect(j.step).to.equal('question');
        expect(j.$('.loading-line')).to.equal(null);

        // Pressed, then the answers wiped (the quick exit, Start again) before the questions came.
        JourneyController.importEngine = held;
        const k = await start();
        k.$<HTMLButtonElement>('.intro button')!.click();
        (k.element as unknown as { journey: JourneyController }).journey.wipe();
        await letIn();
        await k.settle();
        expect(k.step).to.equal('intro');
        await expect(k.element).to.be.accessible();
      } finally {
        JourneyController.importEngine = load;
      }
    });

    it('introduces itself with the quick exit and its note, and is accessible', async () => {
      const j = await start();
      expect(j.step).to.equal('intro');
      expect(j.$('.intro h2')!.textContent).to.contain(element.english.text);
      expect(j.$('rpc-quick-exit')).to.exist;
      expect(j.$('[part="quick-exit-note"]')!.textContent).to.contain('does not wipe your browsing history');
      await expect(j.element).to.be.accessible();
      // "Need help now?" open: its contacts' names are headings one level under the step's (no h4 under an h2).
      j.$<HTMLDetailsElement>('[part="help-now"]')!.open = true;
      expect(j.$('[part="help-now"] [data-contact-id="emergency-999"] h3')).to.exist;
      await expect(j.element).to.be.accessible();
    });

    it('says on its first screen what it is and is not, in words safe to be seen: no “abuse” for a parent', async () => {
      const j = await start();
      const intro = j.$('.intro')!;
      expect(intro.textContent).to.match(/not a (test|diagnosis|risk assessment)/);
      // Over a shoulder: a parent's title, lead and the disclosure's summary name no abuse.
      if (j.element.getAttribute('audience') !== 'practitioner') {
        expect(intro.querySelector('h2')!.textContent).not.to.match(/abuse/i);
        expect(intro.querySelector('.lead')!.textContent).not.to.match(/abuse/i);
      }
      expect(j.$('[part="help-now"] summary')!.textContent).to.equal('Need help now?');
    });

    it('keeps 999 and the national helplines one tap away on every question step (“Need help now?”)', async () => {
      const j = await start();
      await j.startSafely();
      const seen: string[] = [];
      for (let i = 0; i < 30 && j.step === 'question'; i++) {
        const help = j.$<HTMLDetailsElement>('[part="help-now"]');
        expect(help, `step ${j.question}`).to.exist;
        expect(help!.open).to.equal(false);
        const ids = j.contacts('[part="help-now"]');
        expect(ids[0], `step ${j.question}`).to.equal('emergency-999');
        expect(ids).to.include('national-da-helpline');
        // The call-history note beside the phone numbers.
        expect(help!.textContent).to.contain('call history');
        seen.push(j.question!);
        await j.answer(EVERY_ANSWER[j.question!] ?? NO_ABUSE[j.question!] ?? 'yes');
      }
      expect(seen.length).to.be.greaterThan(5);
      await expect(j.element).to.be.accessible();
    });

    it('asks first whether it is safe now, and shows the helplines when it is not', async () => {
      const j = journeyOf(await mount(element, { attributes: { audience: 'parent' } }));
      await j.start();
      expect(j.question).to.equal('safe-to-continue');
      expect(j.focused?.classList.contains('question-heading')).to.equal(true);
      await j.answer('no');
      expect(j.step).to.equal('not-safe');
      expect(j.focused?.textContent).to.contain('Come back when it is safe');
      expect(j.$('a[href="tel:999"]')).to.exist;
      expect(j.$('a[href="tel:08082000247"]')).to.exist;
      await expect(j.element).to.be.accessible();
      // A practitioner with a family is told what to do, not spoken to as the parent.
      const p = journeyOf(await mount(element, { attributes: { audience: 'practitioner' } }));
      await p.start();
      await p.answer('no');
      expect(p.focused?.textContent).to.contain('Stop here for now');
      expect(p.element.shadowRoot!.textContent).to.contain(
        'Agree with the parent a safe way and a safe time to talk again',
      );
    });

    it('asks the safety questions first, danger now first, one per step, each heading focused', async () => {
      const j = await start();
      await j.startSafely();
      for (const id of SAFETY_IDS) {
        expect(j.question).to.equal(id);
        expect(j.questions, id).to.deep.equal([id]);
        expect(j.focused?.classList.contains('question-heading'), id).to.equal(true);
        expect(j.$('details summary')!.textContent).to.contain('Why we ask');
        await j.answer(NO_ABUSE[id]!);
      }
      expect(SAFETY_IDS as readonly string[]).not.to.include(j.question);
    });

    it('shows the error summary, focused, when Continue is pressed with no answer', async () => {
      const j = await start();
      await j.startSafely();
      await j.continue();
      expect(j.$('.error-summary')).to.exist;
      expect(j.$('.error-summary h2')!.textContent).to.equal('There is a problem');
      expect(j.focused).to.equal(j.$('.error-summary'));
      expect(j.$('.error-message')!.textContent).to.contain('Select an answer');
      expect(j.question).to.equal('danger-now');
      await expect(j.element).to.be.accessible();
      // The error's link goes to the first option; answering takes the error away.
      j.$<HTMLAnchorElement>('.error-summary a')!.click();
      expect(j.focused).to.equal(j.$('input[type="radio"]'));
      await j.pick('no');
      expect(j.$('.error-summary')).to.equal(null);
    });

    it('never loses an answer going Back', async () => {
      const j = await start();
      await j.startSafely();
      await j.answer('no');
      await j.answer('unsure');
      await j.back();
      expect(j.question).to.equal('afraid');
      expect(j.$<HTMLInputElement>('input[value="unsure"]')!.checked).to.equal(true);
      await j.back();
      expect(j.$<HTMLInputElement>('input[value="no"]')!.checked).to.equal(true);
      await j.back();
      expect(j.question).to.equal('safe-to-continue');
    });

    it('danger now: 999 first, big, at once, and nothing else asked', async () => {
      const j = await start();
      await j.startSafely();
      expect(await j.answerAll({ 'danger-now': 'yes' })).to.deep.equal(['danger-now']);
      expect(j.route).to.equal('emergency');
      expect(j.phoneLinks()[0]).to.equal('tel:999');
      expect(j.$('.emergency-panel a.button')!.getAttribute('href')).to.equal('tel:999');
      expect(j.focused?.classList.contains('result-title')).to.equal(true);
      // The note on where calls show, under 999.
      expect(j.$('.emergency-panel .call-note')).to.exist;
    });

    it('one sign of abuse: the nation’s helpline first, and only domestic abuse support', async () => {
      const j = await start();
      await abuseResult(j, 'tel:08082000247');
    });

    it('with a config that could not be checked, works the result out in the council’s nation', async () => {
      // What the element holds when the check's file cannot load (ConfigController's `fail`, reached
      // end to end by test/e2e/check-release.mjs, which refuses that file on a Welsh council's page):
      // the first screen's defaults in Wales, with no pathways. The result uses Wales's defaults.
      const j = await start();
      const element = j.element as unknown as RpcElement;
      element.configState.config = firstScreenConfigFor('wales');
      element.requestUpdate();
      await abuseResult(j, 'tel:08088010800');
    });

    it('a config changed after a result: the same answers, the new council’s nation and offers', async () => {
      const j = await start();
      await j.startSafely();
      await j.answerAll({ ...EVERY_ANSWER, controlling: 'yes' });
      expect(j.phoneLinks()[0]).to.equal('tel:08082000247');
      // A page (or a single-page site moving between councils) gives the element another config.
      (j.element as RpcKitElement & { config?: unknown }).config = { nation: 'wales' };
      await waitUntil(() => j.phoneLinks()[0] === 'tel:08088010800', 'the result kept the first config', {
        timeout: 3000,
      });
      expect(j.route).to.equal('domestic-abuse');
      expect(j.pathways('.result').length).to.be.greaterThan(0);
      for (const id of j.pathways('.result')) expect(CLASS.get(id), id).to.equal('abuse-support');
    });

    it('not sure is never no: no conflict course, couple work or mediation', async () => {
      const j = await start();
      await j.startSafely();
      await j.answerAll({ ...EVERY_ANSWER, afraid: 'unsure' });
      expect(j.route).to.equal('unclear');
      for (const id of j.pathways('.result')) expect(['abuse-support', 'family-support'], id).to.include(CLASS.get(id));
    });

    it('can be used with the keyboard alone, start to result, focus on the result’s title', async () => {
      const j = await start();
      j.element.focus();
      await j.startSafely('keyboard');
      await j.answerAll(EVERY_ANSWER, 'keyboard');
      expect(j.route).to.equal('conflict');
      expect(j.focused).to.equal(j.$('.result-title'));
      await expect(j.element).to.be.accessible();
    });

    it('starts again with every answer wiped', async () => {
      const j = await start();
      await j.startSafely();
      await j.answer('yes');
      expect(j.step).to.equal('result');
      await j.startAgain();
      expect(j.step).to.equal('intro');
      expect(j.focused).to.equal(j.$('.intro h2'));
      await j.startSafely();
      expect(j.question).to.equal('danger-now');
      expect(j.$$<HTMLInputElement>('input:checked')).to.have.length(0);
    });
  });
}
