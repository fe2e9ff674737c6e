import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { SAFETY_IDS, QUALITY_IDS } from '@rpc-kit/rules';
import '../src/define.js';
import type { RpcScreener } from '../src/screener.component.js';
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

const NO_ABUSE: Record<string, string> = Object.fromEntries(
  SAFETY_IDS.map((id) => [id, id === 'can-disagree-safely' ? 'yes' : 'no']),
);

async function screener(attrs = ''): Promise<RpcScreener> {
  const el = await fixture<RpcScreener>(
    attrs.includes('practitioner')
      ? html`<rpc-screener audience="practitioner"></rpc-screener>`
      : html`<rpc-screener></rpc-screener>`,
  );
  await settle(el);
  return el;
}

async function clickStart(el: RpcScreener): Promise<void> {
  $<HTMLButtonElement>(el, '.intro button')!.click();
  await settle(el);
  await clickAnswer(el, 'yes');
}

/** Answers every question the screener asks from a table, by keyboard or pointer. */
async function answerAll(
  el: RpcScreener,
  answers: Record<string, string>,
  how: 'keyboard' | 'pointer' = 'pointer',
): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 40 && $(el, 'fieldset'); i++) {
    const id = currentQuestion(el)!;
    asked.push(id);
    const value = answers[id];
    if (!value) throw new Error(`no answer for ${id}`);
    if (how === 'keyboard') await keyboardAnswer(el, value);
    else await clickAnswer(el, value);
  }
  return asked;
}

const route = (el: RpcScreener) => $(el, '.result')?.dataset.route;
const pathwayIds = (el: RpcScreener) => $$(el, '[data-pathway-id]').map((p) => p.dataset.pathwayId);

describe('<rpc-screener>', () => {
  afterEach(() => {
    document.getElementById('rpc-quick-exit-overlay')?.remove();
  });

  it('introduces itself kindly, with a quick exit and its note, and is accessible', async () => {
    const el = await screener();
    expect($(el, 'h2')!.textContent).to.contain('Find the right help');
    expect($(el, 'rpc-quick-exit')).to.exist;
    expect($(el, '.intro')!.textContent).to.contain('cannot erase your browsing history');
    expect($(el, '.intro')!.textContent).to.contain('not a diagnosis');
    await expect(el).to.be.accessible();
  });

  it('asks if it is safe first, and shows the helplines when it is not', async () => {
    const el = await screener();
    $<HTMLButtonElement>(el, '.intro button')!.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('safe for you to answer');
    await clickAnswer(el as RpcScreener, 'no');
    expect($(el, 'h2')!.textContent).to.contain('Come back when it is safe');
    expect($(el, 'a[href="tel:999"]')).to.exist;
    expect($(el, 'a[href="tel:08082000247"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('asks the safety questions first, in order, one per step, with the heading focused', async () => {
    const el = await screener();
    await clickStart(el);
    const asked: string[] = [];
    for (const id of SAFETY_IDS) {
      expect(currentQuestion(el)).to.equal(id);
      expect(el.shadowRoot!.activeElement?.classList.contains('question-heading')).to.equal(true);
      asked.push(id);
      await clickAnswer(el, NO_ABUSE[id]!);
    }
    expect(asked).to.deep.equal([...SAFETY_IDS]);
    expect(currentQuestion(el)).to.equal(QUALITY_IDS[0]);
    await expect(el).to.be.accessible();
  });

  it('shows an error, focused, when Continue is pressed with no answer', async () => {
    const el = await screener();
    await clickStart(el);
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await settle(el);
    expect($(el, '.error-summary')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    expect($(el, '.error-message')!.textContent).to.contain('Select an answer');
    expect(currentQuestion(el)).to.equal('danger-now');
    await expect(el).to.be.accessible();
  });

  it('never loses an answer going Back', async () => {
    const el = await screener();
    await clickStart(el);
    await clickAnswer(el as RpcScreener, 'no');
    await clickAnswer(el, 'unsure');
    $<HTMLButtonElement>(el, '.back')!.click();
    await settle(el);
    expect(currentQuestion(el)).to.equal('afraid');
    expect($<HTMLInputElement>(el, 'input[value="unsure"]')!.checked).to.equal(true);
    $<HTMLButtonElement>(el, '.back')!.click();
    await settle(el);
    expect($<HTMLInputElement>(el, 'input[value="no"]')!.checked).to.equal(true);
  });

  describe('every route, by keyboard alone', () => {
    it('emergency: danger now goes straight to 999, first and big', async () => {
      const el = await screener();
      await keyboardStart(el);
      await keyboardAnswer(el, 'yes');
      expect(route(el)).to.equal('emergency');
      const links = $$<HTMLAnchorElement>(el, '.result a[href^="tel:"]').map((a) => a.getAttribute('href'));
      expect(links[0]).to.equal('tel:999');
      expect(links[1]).to.equal('tel:08082000247');
      expect($(el, '.emergency-panel')!.textContent).to.contain('55');
      expect(pathwayIds(el)).to.deep.equal(['domestic-abuse-support']);
      expect(el.shadowRoot!.activeElement?.classList.contains('result-title')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('domestic abuse: one indicator, the helpline first, no conflict offers', async () => {
      const el = await screener();
      await keyboardStart(el);
      const asked = await answerAll(el, { ...NO_ABUSE, controlling: 'yes', relationship: 'together' }, 'keyboard');
      expect(asked).not.to.include.members([...QUALITY_IDS]);
      expect(route(el)).to.equal('domestic-abuse');
      expect($<HTMLAnchorElement>(el, '.result a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:08082000247');
      expect(pathwayIds(el)).to.deep.equal(['domestic-abuse-support']);
      expect($(el, '.result')!.textContent).not.to.contain('Arguing Better');
      await expect(el).to.be.accessible();
    });

    it('using harm: the Respect Phoneline', async () => {
      const el = await screener();
      await keyboardStart(el);
      await answerAll(el, { ...NO_ABUSE, 'own-behaviour': 'yes', relationship: 'together' }, 'keyboard');
      expect(route(el)).to.equal('using-harm');
      expect($<HTMLAnchorElement>(el, '.result a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:08088024040');
      await expect(el).to.be.accessible();
    });

    it('unclear: not sure is never no, no joint work', async () => {
      const el = await screener();
      await keyboardStart(el);
      await answerAll(el, { ...NO_ABUSE, afraid: 'unsure', relationship: 'together' }, 'keyboard');
      expect(route(el)).to.equal('unclear');
      expect(pathwayIds(el)[0]).to.equal('family-hub-support');
      for (const joint of ['arguing-better', 'cope', 'getting-on-better', 'me-you-and-baby-too', 'mediation'])
        expect(pathwayIds(el)).not.to.include(joint);
      await expect(el).to.be.accessible();
    });

    it('conflict: relationship quality, then the situation, then ranked pathways', async () => {
      const el = await screener();
      await keyboardStart(el);
      const asked = await answerAll(
        el,
        {
          ...NO_ABUSE,
          frequency: 'daily',
          intensity: 'very-heated',
          resolution: 'never',
          children: 'often',
          heard: 'rarely',
          relationship: 'together',
          stage: 'baby',
          'child-arrangements-dispute': 'no',
        },
        'keyboard',
      );
      expect(asked.slice(SAFETY_IDS.length, SAFETY_IDS.length + QUALITY_IDS.length)).to.deep.equal([...QUALITY_IDS]);
      expect(route(el)).to.equal('conflict');
      expect(pathwayIds(el)).to.include.members(['cope', 'me-you-and-baby-too', 'arguing-better']);
      expect(pathwayIds(el)).not.to.include('getting-on-better');
      await expect(el).to.be.accessible();
    });

    it('no concern: calm arguments that get sorted out', async () => {
      const el = await screener();
      await keyboardStart(el);
      await answerAll(
        el,
        {
          ...NO_ABUSE,
          frequency: 'rarely',
          intensity: 'calm',
          resolution: 'usually',
          children: 'never',
          heard: 'usually',
          relationship: 'together',
          stage: 'teen',
          'child-arrangements-dispute': 'no',
        },
        'keyboard',
      );
      expect(route(el)).to.equal('no-concern');
      await expect(el).to.be.accessible();
    });
  });

  it('starts again with every answer wiped', async () => {
    const el = await screener();
    await clickStart(el);
    await clickAnswer(el, 'yes');
    $$<HTMLButtonElement>(el, '.result button')
      .find((b) => b.textContent?.includes('Start again'))!
      .click();
    await settle(el);
    expect($(el, '.intro')).to.exist;
    await clickStart(el);
    expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(0);
  });

  describe('config', () => {
    it('shows each problem with its JSON path, and still the national helplines', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (msg: string) => errors.push(msg);
      try {
        const el = await fixture<RpcScreener>(
          html`<rpc-screener .config=${{ nation: 'wales', pathways: { custm: [] } }}></rpc-screener>`,
        );
        await settle(el);
        const panel = $(el, '.config-error')!;
        expect(panel.textContent).to.contain('$.pathways.custm');
        expect($(el, '.helplines a[href="tel:999"]')).to.exist;
        // The council's nation was valid: its helpline shows.
        expect($(el, '.helplines a[href="tel:08088010800"]')).to.exist;
        expect(errors.join()).to.contain('$.pathways.custm');
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });

    it('reads a child JSON script, and reports bad JSON', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const el = await fixture<RpcScreener>(
          html`<rpc-screener>
            <script type="application/json">
              { "nation": "scotland" }
            </script>
          </rpc-screener>`,
        );
        await settle(el);
        expect($(el, '.config-error')).not.to.exist;
        const bad = await fixture<RpcScreener>(
          html`<rpc-screener>
            <script type="application/json">
              { nation: }
            </script>
          </rpc-screener>`,
        );
        await settle(bad);
        expect($(bad, '.config-error')!.textContent).to.contain('is not valid JSON');
      } finally {
        console.error = original;
      }
    });

    it('fetches config-src, and falls back to the helplines when it fails', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const el = await fixture<RpcScreener>(html`<rpc-screener config-src="/no/such/config.json"></rpc-screener>`);
        await waitUntil(() => $(el, '.config-error'), 'no error shown');
        expect($(el, '.config-error')!.textContent).to.contain('config-src');
        expect($(el, '.helplines a[href="tel:999"]')).to.exist;
      } finally {
        console.error = original;
      }
    });
  });

  it('speaks Welsh when the page or element is in Welsh', async () => {
    const el = await fixture<RpcScreener>(html`<rpc-screener lang="cy"></rpc-screener>`);
    await settle(el);
    expect($(el, '.intro button')!.textContent).to.equal('Dechrau');
    await expect(el).to.be.accessible();
  });

  it('practitioner mode: third person, reasons and a referral summary to copy or print', async () => {
    const el = await screener('practitioner');
    await clickStart(el);
    expect($(el, 'h2.question-heading')!.textContent).to.contain('Is the parent');
    await answerAll(el, { ...NO_ABUSE, economic: 'yes', relationship: 'separated' });
    const summary = $(el, '.summary pre')!.textContent!;
    expect(summary).to.contain('Domestic abuse');
    expect(summary).to.contain('Economic abuse');
    expect(summary).to.contain('controls their money');
    await expect(el).to.be.accessible();
  });

  it('keeps answers in memory: no storage, no cookies, no requests, nothing personal in events', async () => {
    const requests: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input));
      return originalFetch(input, init);
    };
    const before = performance.getEntriesByType('resource').length;
    const details: unknown[] = [];
    const record = (e: Event) => details.push((e as CustomEvent).detail);
    for (const name of ['rpc-start', 'rpc-step', 'rpc-complete']) document.addEventListener(name, record);
    try {
      const el = await screener();
      await clickStart(el);
      await answerAll(el, { ...NO_ABUSE, afraid: 'yes', relationship: 'separated' });
      expect(route(el)).to.equal('domestic-abuse');
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(requests).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
      const json = JSON.stringify(details);
      expect(json).not.to.contain('afraid');
      expect(json).not.to.contain('"yes"');
      expect(details.at(-1)).to.deep.equal({
        element: 'rpc-screener',
        route: 'domestic-abuse',
        pathways: ['domestic-abuse-support'],
      });
    } finally {
      window.fetch = originalFetch;
      for (const name of ['rpc-start', 'rpc-step', 'rpc-complete']) document.removeEventListener(name, record);
    }
  });
});

describe('<rpc-screener>: accessibility of every step', () => {
  it('is axe-clean on every step of a full journey, for each audience and language', async () => {
    for (const [audience, lang] of [
      ['parent', 'en'],
      ['practitioner', 'cy'],
    ] as const) {
      const el = await fixture<RpcScreener>(html`<rpc-screener audience=${audience} lang=${lang}></rpc-screener>`);
      await settle(el);
      $<HTMLButtonElement>(el, '.intro button')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
      await clickAnswer(el, 'yes');
      const answers: Record<string, string> = {
        ...NO_ABUSE,
        frequency: 'weekly',
        intensity: 'raised',
        resolution: 'sometimes',
        children: 'occasionally',
        heard: 'sometimes',
        relationship: 'separated',
        stage: 'child',
        'child-arrangements-dispute': 'yes',
      };
      for (let i = 0; i < 40 && $(el, 'fieldset'); i++) {
        await expect(el, currentQuestion(el)).to.be.accessible();
        await clickAnswer(el, answers[currentQuestion(el)!]!);
      }
      expect(route(el)).to.equal('conflict');
      expect(pathwayIds(el)).to.include('mediation');
      await expect(el).to.be.accessible();
    }
  });

  it('survives hostile page styles: its controls stay visible and usable', async () => {
    const style = document.createElement('style');
    style.textContent = `
      * { color: #fff !important; background: #fff !important; line-height: 0.5 !important; letter-spacing: 4px !important; }
      input, button, label, h2 { display: none !important; visibility: hidden !important; }
      div { position: absolute !important; left: -9999px !important; }
    `;
    document.head.append(style);
    try {
      const el = await fixture<RpcScreener>(html`<rpc-screener></rpc-screener>`);
      await settle(el);
      const start = $<HTMLButtonElement>(el, '.intro button')!;
      expect(start.getBoundingClientRect().width).to.be.greaterThan(20);
      expect(getComputedStyle(start).backgroundColor).to.equal('rgb(0, 112, 60)');
      await clickStart(el);
      const radio = $<HTMLInputElement>(el, 'input[type="radio"]')!;
      expect(radio.getBoundingClientRect().width).to.be.greaterThan(20);
      expect(getComputedStyle($(el, 'h2')!).display).to.equal('block');
    } finally {
      style.remove();
    }
  });
});

runQuickExitSuite({
  name: '<rpc-screener>',
  note: true,
  async create({ lang, config } = {}) {
    const el = await fixture<RpcScreener>(
      html`<rpc-screener lang=${lang ?? nothing} .config=${config}></rpc-screener>`,
    );
    await settle(el);
    return el;
  },
  async fill(el) {
    await clickStart(el as RpcScreener);
    await clickAnswer(el as RpcScreener, 'no');
  },
  isWiped: journeyIsWiped,
});
