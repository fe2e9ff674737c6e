import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { SAFETY_IDS, QUALITY_IDS } from '@rpc-kit/rules';
import '../src/screener.js';
import { SCREENER_MESSAGES } from '../src/index.js';
import { NO_ABUSE } from '../../elements/test/harness.js';
import {
  EVERY_ANSWER,
  journeyOf,
  mount,
  runElementSuites,
  SOME_CONFLICT,
  type SuiteElement,
} from '../../elements/test/suites/index.js';

const SCREENER: SuiteElement = {
  tag: 'rpc-screener',
  messages: SCREENER_MESSAGES,
  journey: { tool: 'screener' },
  english: { selector: '.intro h2', text: 'Find the right help' },
  welsh: { selector: '.intro h2', text: 'Dod o hyd i’r help iawn' },
};

runElementSuites(SCREENER);

/** Longer than the quick exit takes a pin to be the focus's doing (FOCUS_MOVED_MS in quick-exit.ts). */
const FOCUS_SETTLED_MS = 700;

/**
 * Runs `body` with a screener (these attributes) on a 320 × 640 phone's page (its wrapper styled
 * `pageStyle`, to give the page room to scroll), this test page in front; then puts the page back.
 */
async function onAPhone(
  attributes: Record<string, string>,
  pageStyle: string,
  body: (el: HTMLElement, j: ReturnType<typeof journeyOf>) => Promise<void>,
): Promise<void> {
  const el = await mount(SCREENER, { attributes });
  el.parentElement!.style.cssText = pageStyle;
  try {
    await executeServerCommand('bring-to-front');
    await setViewport({ width: 320, height: 640 });
    await body(el, journeyOf(el));
  } finally {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('release-front');
  }
}

const screener = async (audience = 'parent') => journeyOf(await mount(SCREENER, { attributes: { audience } }));

describe('<rpc-screener>', () => {
  afterEach(() => {
    document.getElementById('rpc-quick-exit-overlay')?.remove();
  });

  it('introduces itself kindly: private, and not a diagnosis', async () => {
    const j = await screener();
    expect(j.$('.intro')!.textContent).to.contain('Nothing is stored or sent');
    expect(j.$('.intro')!.textContent).to.contain('not a diagnosis');
  });

  it('asks how the relationship is going once every safety answer is a clear no, then the situation', async () => {
    const j = await screener();
    await j.startSafely();
    const asked = await j.answerAll({
      ...NO_ABUSE,
      frequency: 'daily',
      intensity: 'very-heated',
      resolution: 'never',
      children: 'often',
      heard: 'rarely',
      relationship: 'together',
      stage: 'baby',
      'child-arrangements-dispute': 'no',
    });
    expect(asked).to.deep.equal([...SAFETY_IDS, ...QUALITY_IDS, 'relationship', 'stage', 'child-arrangements-dispute']);
    expect(j.route).to.equal('conflict');
    expect(j.pathways('.result')).to.include.members(['cope', 'me-you-and-baby-too', 'arguing-better']);
    expect(j.pathways('.result')).not.to.include('getting-on-better');
  });

  it('before the council’s config is checked, draws with no pathways held, and a result still offers every default one', async () => {
    const originalFetch = window.fetch;
    // The council's config never arrives: the element holds the first screen's defaults throughout.
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const el = await mount(SCREENER, { attributes: { 'config-src': '/slow-council.json' } });
      const state = (el as unknown as { configState: { status: string; config: { pathways: unknown[] } } }).configState;
      expect(state.status).to.equal('loading');
      expect(state.config.pathways.length).to.equal(0);
      const j = journeyOf(el);
      await j.startSafely();
      await j.answerAll(EVERY_ANSWER);
      expect(state.status).to.equal('loading');
      expect(j.route).to.equal('conflict');
      expect(j.pathways('.result')).to.include.members(['getting-on-better', 'family-hub-support', 'arguing-better']);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('on a screen of a few questions, the error summary links to each one not answered', async () => {
    const j = await screener();
    await j.startSafely();
    for (const id of SAFETY_IDS) await j.answer(NO_ABUSE[id]!);
    expect(j.questions).to.deep.equal(['frequency', 'intensity', 'resolution']);
    await j.pick('daily');
    await j.continue();
    const links = [...j.$('.error-summary')!.querySelectorAll('a')];
    const heading = (id: string) => j.$(`fieldset[data-question-id="${id}"] .question-heading`)!.textContent!.trim();
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([heading('intensity'), heading('resolution')]);
    expect(j.$('.error-summary')!.textContent).to.contain('Select an answer to continue');
    expect(j.$$('.error-message').length).to.equal(2);
    await expect(j.element).to.be.accessible();
    links[1]!.click();
    expect(j.focused).to.equal(j.$('fieldset[data-question-id="resolution"] input[type="radio"]'));
  });

  it('with a sign of abuse, asks only whether the parents are together, never about the relationship', async () => {
    const j = await screener();
    await j.startSafely();
    const asked = await j.answerAll({ ...NO_ABUSE, controlling: 'yes', relationship: 'together' });
    expect(asked).to.deep.equal([...SAFETY_IDS, 'relationship']);
    expect(j.route).to.equal('domestic-abuse');
    expect(j.pathways('.result')).to.deep.equal(['domestic-abuse-support']);
    expect(j.result!.textContent).not.to.contain('Arguing Better');
  });

  it('emergency: the Silent Solution explained under 999', async () => {
    const j = await screener();
    await j.startSafely();
    await j.answer('yes');
    expect(j.phoneLinks().slice(0, 2)).to.deep.equal(['tel:999', 'tel:08082000247']);
    expect(j.$('.emergency-panel')!.textContent).to.contain('55');
    // The note on where calls show: in the 999 panel, not again over the helplines just under it.
    expect(j.$$('.result .call-note').length).to.equal(1);
    expect(j.$('.emergency-panel .call-note')).to.exist;
    expect(j.pathways('.result')).to.deep.equal(['domestic-abuse-support']);
  });

  it('using harm: the Respect Phoneline', async () => {
    const j = await screener();
    await j.startSafely();
    await j.answerAll({ ...NO_ABUSE, 'own-behaviour': 'yes', relationship: 'together' });
    expect(j.route).to.equal('using-harm');
    expect(j.phoneLinks()[0]).to.equal('tel:08088024040');
  });

  it('unclear: a Family Hub conversation first', async () => {
    const j = await screener();
    await j.startSafely();
    await j.answerAll({ ...NO_ABUSE, afraid: 'unsure', relationship: 'together' });
    expect(j.route).to.equal('unclear');
    expect(j.pathways('.result')[0]).to.equal('family-hub-support');
  });

  it('no concern: calm arguments that get sorted out', async () => {
    const j = await screener();
    await j.startSafely();
    await j.answerAll({
      ...NO_ABUSE,
      frequency: 'rarely',
      intensity: 'calm',
      resolution: 'usually',
      children: 'never',
      heard: 'usually',
      relationship: 'together',
      stage: 'teen',
      'child-arrangements-dispute': 'no',
    });
    expect(j.route).to.equal('no-concern');
  });

  it('separated with a dispute: mediation among the offers', async () => {
    const j = await screener();
    await j.startSafely();
    await j.answerAll({
      ...NO_ABUSE,
      ...SOME_CONFLICT,
      relationship: 'separated',
      stage: 'child',
      'child-arrangements-dispute': 'yes',
    });
    expect(j.route).to.equal('conflict');
    expect(j.pathways('.result')).to.include('mediation');
  });

  it('practitioner mode: third person, reasons and a referral summary to copy or print', async () => {
    const j = await screener('practitioner');
    await j.startSafely();
    expect(j.$('h2.question-heading')!.textContent).to.contain('Is the parent');
    await j.answerAll({ ...NO_ABUSE, economic: 'yes', relationship: 'separated' });
    const summary = j.summary()!;
    expect(summary).to.contain('Domestic abuse');
    expect(summary).to.contain('Economic abuse');
    expect(summary).to.contain('controls their money');
    await expect(j.element).to.be.accessible();
  });

  it('tells the host page the result by category only', async () => {
    const el = await mount(SCREENER);
    const j = journeyOf(el);
    const completed = oneEvent(el, 'rpc-complete');
    await j.startSafely();
    await j.answerAll({ ...NO_ABUSE, afraid: 'yes', relationship: 'separated' });
    expect((await completed).detail).to.deep.equal({
      element: 'rpc-screener',
      route: 'domestic-abuse',
      pathways: ['domestic-abuse-support'],
    });
  });

  it('in Welsh on a 320 px phone, Back is never under the pinned quick exit after a step or on the result (a tap on it would leave the page)', async () => {
    // The Welsh button ("Gadael y dudalen hon") is wide enough at 320 px to reach over Back.
    await onAPhone({ lang: 'cy' }, 'margin-top:400px;margin-bottom:3000px', async (el, j) => {
      el.scrollIntoView();
      const exit = () => el.shadowRoot!.querySelector('rpc-quick-exit')!.shadowRoot!.querySelector('.exit')!;
      /** What a tap at the middle of Back, and at its top corners, would press. */
      const tapped = () => {
        const b = j.$('.back')!.getBoundingClientRect();
        return [
          [b.left + b.width / 2, b.top + b.height / 2],
          [b.left + 2, b.top + 2],
          [b.right - 2, b.top + 2],
        ].map(([x, y]) => {
          let hit = document.elementFromPoint(x!, y!);
          for (let inner = hit?.shadowRoot?.elementFromPoint(x!, y!); inner && inner !== hit;)
            [hit, inner] = [inner, inner.shadowRoot?.elementFromPoint(x!, y!)];
          return hit === exit() ? 'the quick exit' : hit?.closest('.back') ? 'Back' : hit?.localName;
        });
      };
      await j.startSafely();
      let [steps, pinned] = [0, false];
      for (const answer of ['no', 'no', 'no', 'yes']) {
        // Scrolled down to Continue, as a parent does.
        j.$('button[type="submit"]')!.scrollIntoView({ block: 'end' });
        await aTimeout(100);
        pinned ||= exit().closest('.bar')!.classList.contains('pinned');
        await j.answer(answer);
        await aTimeout(100); // the quick exit clears Back in a task of its own
        expect(tapped(), `after step ${++steps}`).to.deep.equal(['Back', 'Back', 'Back']);
      }
      await j.answerAll({ ...NO_ABUSE, controlling: 'yes', relationship: 'separated' });
      expect(j.step).to.equal('result');
      await aTimeout(100);
      expect(tapped(), 'on the result').to.deep.equal(['Back', 'Back', 'Back']);
      expect(pinned, 'the button was never pinned before Continue: nothing was tried').to.equal(true);
    });
  });

  it('on a 320 px phone, a parent’s scroll after Continue is not undone when the quick exit pins (only a focus move is followed)', async () => {
    await onAPhone({ lang: 'cy' }, 'margin-top:400px;margin-bottom:3000px', async (el, j) => {
      el.scrollIntoView();
      await j.startSafely();
      await j.answer('no');
      await aTimeout(FOCUS_SETTLED_MS);
      const bar = el.shadowRoot!.querySelector('rpc-quick-exit')!.shadowRoot!.querySelector('.bar')!;
      expect(bar.classList.contains('pinned'), 'pinned before the scroll: nothing to try').to.equal(false);
      const from = scrollY;
      window.scrollBy(0, 200);
      await waitUntil(() => bar.classList.contains('pinned'), 'not pinned once its place scrolled away');
      await aTimeout(300);
      expect(scrollY, 'the page was scrolled back').to.equal(from + 200);
    });
  });

  it('on a 320 px phone, "Need help now?" opened at the foot of the screen scrolls up until 999 shows', async () => {
    await onAPhone({}, 'margin-bottom:3000px', async (_, j) => {
      await j.startSafely();
      const summary = j.$('[part="help-now"] summary')!;
      window.scrollBy(0, summary.getBoundingClientRect().bottom - innerHeight + 2);
      summary.click();
      await oneEvent(j.$('[part="help-now"]')!, 'toggle');
      const call = j.$('[part="help-now"] .contact a[href^="tel:"]')!.getBoundingClientRect();
      expect(call.top, 'the first number is above the screen').to.be.at.least(0);
      expect(call.bottom, 'the first number is below the screen').to.be.at.most(innerHeight);
      expect(j.$('[part="help-now"] .contact')!.dataset.contactId).to.equal('emergency-999');
    });
  });

  for (const behavior of ['auto', 'smooth'])
    it(`after Start, the first question’s heading is clear of the page’s sticky header and of the quick exit (WCAG 2.4.11), scroll-behavior: ${behavior}`, async () => {
      // A council's page (a new user's trial): a header 120 px high stuck to the top, no
      // scroll-padding-top, the screener further down, scrolled until Start is just below the header.
      const el = await mount(SCREENER);
      const wrapper = el.parentElement!;
      const header = document.createElement('header');
      header.style.cssText = 'position:sticky;top:0;height:120px;background:#eee;z-index:5';
      wrapper.before(header);
      wrapper.style.cssText = 'margin-top:600px;margin-bottom:3000px';
      const j = journeyOf(el);
      try {
        await executeServerCommand('bring-to-front');
        // As wide as a laptop's window: the heading's line is shorter than the element is wide.
        await setViewport({ width: 1280, height: 800 });
        const start = j.$<HTMLButtonElement>('.intro button')!;
        window.scrollBy(0, start.getBoundingClientRect().top - 130);
        await aTimeout(100);
        expect(el.getBoundingClientRect().top, 'the element’s top is under the header or above').to.be.below(120);
        document.documentElement.style.scrollBehavior = behavior;
        await j.start();
        expect(j.step).to.equal('question');
        const heading = j.focused!;
        expect(heading.classList.contains('question-heading')).to.equal(true);
        const bar = () => el.shadowRoot!.querySelector('rpc-quick-exit')!.shadowRoot!.querySelector('.bar')!;
        const clear = () => {
          const [h, b] = [heading.getBoundingClientRect(), bar().getBoundingClientRect()];
          const underButton = h.top < b.bottom && h.bottom > b.top && h.left < b.right && h.right > b.left;
          return h.top >= 120 && !underButton;
        };
        await waitUntil(clear, 'the heading clear of the header and the button', { timeout: 2000 });
        // And it stays there (no smooth scroll still under way takes it back).
        await aTimeout(800);
        expect(clear()).to.equal(true);
        expect(heading.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
      } finally {
        document.documentElement.style.scrollBehavior = '';
        header.remove();
        window.scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
        await executeServerCommand('release-front');
      }
    });
});
