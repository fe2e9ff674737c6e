/**
 * The quick exit's behaviour, written once and run against every element that carries it (and the
 * standalone `<rpc-quick-exit>`): each element's test file calls `runQuickExitSuite` with a way to
 * make one, and to give it something to forget.
 */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { RpcQuickExit } from '@rpc-kit/elements';
import { harnessOf, journeyOf, mount, type SuiteElement } from './element.js';

export interface QuickExitSubject {
  /** What is tested, for the test titles. */
  readonly name: string;
  /** Makes one in the page, settled, in `lang` if given and with a council config if given. */
  create(options?: { lang?: string; config?: Record<string, unknown> }): Promise<HTMLElement>;
  /** Gives it something to forget: answers, a search, a filter. */
  fill?(el: HTMLElement): Promise<void>;
  /** True when it holds nothing any more and shows its start. */
  isWiped?(el: HTMLElement): boolean;
  /** It shows the note on the quick exit (what it does, what it cannot erase) before first use. */
  readonly note?: boolean;
}

interface A11yNode {
  role: string;
  name?: string;
  children?: A11yNode[];
}

/** Every element matching a selector, through every shadow root on the page. */
export function deepAll<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll<T>(selector, el.shadowRoot));
  return found;
}

/** The quick exit buttons a person can see on the page. */
export function shownExitButtons(): HTMLButtonElement[] {
  return deepAll<HTMLButtonElement>('button.exit').filter((b) => b.getClientRects().length > 0);
}

async function settleAll(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(
      deepAll('*')
        .filter((n): n is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in n)
        .map((n) => n.updateComplete),
    );
    await aTimeout(0);
  }
}

async function accessibilityTree(): Promise<A11yNode> {
  return (await a11ySnapshot({})) as unknown as A11yNode;
}

function flatten(node: A11yNode, out: A11yNode[] = []): A11yNode[] {
  out.push(node);
  for (const child of node.children ?? []) flatten(child, out);
  return out;
}

/** The names of the page's buttons that a screen reader finds for the quick exit. */
async function exitButtonNames(words = /Exit this page|Gadael y dudalen hon/): Promise<string[]> {
  return flatten(await accessibilityTree())
    .filter((n) => n.role === 'button' && words.test(n.name ?? ''))
    .map((n) => n.name!);
}

/** What the quick exit's live region says. */
const status = () =>
  deepAll('rpc-quick-exit')
    .map((q) => q.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '')
    .join(' ')
    .trim();

/** The element on the page that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

interface Departure {
  url: string;
  referrer: string | undefined;
  covered: boolean;
  hidden: boolean;
}

export function runQuickExitSuite(subject: QuickExitSubject): void {
  describe(`quick exit: ${subject.name}`, () => {
    let went: Departure[] = [];
    const navigate = RpcQuickExit.navigate;
    const timing = { ...RpcQuickExit.timing };

    beforeEach(() => {
      went = [];
      // What the page looks like at the moment it is left.
      RpcQuickExit.navigate = (url) =>
        went.push({
          url,
          referrer: document.querySelector<HTMLMetaElement>('meta[name="referrer"]:last-of-type')?.content,
          covered: !!document.getElementById('rpc-quick-exit-overlay'),
          hidden: [...document.body.children]
            .filter((c) => c.id !== 'rpc-quick-exit-overlay')
            .every((c) => c.hasAttribute('inert') && c.getAttribute('aria-hidden') === 'true'),
        });
    });

    afterEach(() => {
      RpcQuickExit.navigate = navigate;
      Object.assign(RpcQuickExit.timing, timing);
      // As the browser does when it brings the page back from its back-forward cache.
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      document.querySelectorAll('meta[data-rpc-quick-exit]').forEach((m) => m.remove());
      document.documentElement.lang = 'en';
    });

    const theButton = () => {
      const shown = shownExitButtons();
      expect(shown, 'one quick exit button shows').to.have.length(1);
      return shown[0]!;
    };

    const expectLeftCompletely = async (el: HTMLElement) => {
      expect(went.map((w) => w.url)).to.deep.equal(['https://www.bbc.co.uk/weather']);
      expect(went[0]!.covered, 'covered before leaving').to.equal(true);
      expect(went[0]!.hidden, 'the page hidden before leaving').to.equal(true);
      expect(went[0]!.referrer, 'no referrer before leaving').to.equal('no-referrer');
      await settleAll();
      if (subject.isWiped) expect(subject.isWiped(el), 'wiped').to.equal(true);
    };

    it('shows one real button named "Emergency Exit this page", not draggable, with its note before first use', async () => {
      const el = await subject.create();
      const button = theButton();
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.draggable).to.equal(false);
      expect(await exitButtonNames()).to.deep.equal(['Emergency Exit this page']);
      if (subject.note) {
        const note = el.shadowRoot!.querySelector('[part="quick-exit-note"]')!;
        expect(note.textContent).to.contain('press the Shift key 3 times');
        expect(note.textContent).to.contain('browsing history');
        expect(note.textContent).to.contain('call log');
        expect(note.textContent).to.contain('copy to other phones or computers');
      }
      await expect(el).to.be.accessible();
    });

    it('on click: covers the page, hides the rest, wipes, tells the page without answers, leaves with no referrer', async () => {
      const el = await subject.create();
      await subject.fill?.(el);
      if (subject.isWiped) expect(subject.isWiped(el), 'filled before the exit').to.equal(false);
      const exited = oneEvent(document, 'rpc-exit');
      theButton().click();
      const event = (await exited) as CustomEvent;
      expect(Object.keys(event.detail)).to.deep.equal(['element']);
      await expectLeftCompletely(el);
    });

    for (const key of ['Enter', 'Space']) {
      it(`on ${key} on the focused button`, async () => {
        const el = await subject.create();
        await subject.fill?.(el);
        theButton().focus();
        await sendKeys({ press: key });
        await waitUntil(() => went.length === 1, `${key} did not leave`);
        await expectLeftCompletely(el);
      });
    }

    it('on Shift pressed 3 times, with three dots and a spoken countdown', async () => {
      const el = await subject.create();
      await subject.fill?.(el);
      const button = theButton();
      const lit = () => button.querySelectorAll('.dot.on').length;
      expect(button.querySelector<HTMLElement>('.dots')!.hidden).to.equal(true);
      await sendKeys({ press: 'Shift' });
      await waitUntil(() => status().includes('Shift, press 2 more times to exit.'));
      expect(lit()).to.equal(1);
      await sendKeys({ press: 'Shift' });
      await waitUntil(() => status().includes('Shift, press 1 more time to exit.'));
      expect(lit()).to.equal(2);
      expect(went).to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      await waitUntil(() => went.length === 1);
      await expectLeftCompletely(el);
    });

    it('another key resets the count and says so; the message clears; "expired" after 5 seconds, cleared too', async () => {
      await subject.create();
      RpcQuickExit.timing.sequence = 300;
      // Each message stays a second: long enough to be seen by a test on a busy machine.
      RpcQuickExit.timing.clearAfter = 1000;
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await waitUntil(() => status().includes('Exit this page reset'), 'no "reset"', { timeout: 3000 });
      expect(theButton().querySelectorAll('.dot.on')).to.have.length(0);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(went, 'the count started again').to.deep.equal([]);
      await waitUntil(() => status().includes('Exit this page expired.'), 'no "expired"', { timeout: 3000 });
      await waitUntil(() => status() === '', '"expired" stays', { timeout: 3000 });
      expect(went).to.deep.equal([]);
    });

    it('a Shift used with another key does not count', async () => {
      await subject.create();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await aTimeout(20);
      expect(went).to.deep.equal([]);
    });

    it('behind the cover: nothing reachable by Tab, nothing in the accessibility tree but the cover', async () => {
      await subject.create();
      theButton().click();
      const cover = document.getElementById('rpc-quick-exit-overlay')!;
      expect(cover.getAttribute('role')).to.equal('alert');
      expect(cover.textContent).to.equal('Loading.');
      const style = getComputedStyle(cover);
      expect(style.color, 'readable: dark on white').to.equal('rgb(11, 12, 12)');
      expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        expect(active === null || active === document.body, `Tab reached ${active?.outerHTML.slice(0, 80)}`).to.equal(
          true,
        );
      }
      const named = flatten(await accessibilityTree())
        .slice(1)
        .map((n) => n.name)
        .filter(Boolean);
      expect(named).to.deep.equal(['Loading.']);
    });

    it('brought back from the back-forward cache: uncovered, usable, holding nothing', async () => {
      const el = await subject.create();
      await subject.fill?.(el);
      theButton().click();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await settleAll();
      expect(document.getElementById('rpc-quick-exit-overlay')).to.equal(null);
      expect([...document.body.children].some((c) => c.hasAttribute('inert'))).to.equal(false);
      if (subject.isWiped) expect(subject.isWiped(el)).to.equal(true);
      expect(await exitButtonNames()).to.deep.equal(['Emergency Exit this page']);
    });

    if (subject.fill && subject.isWiped) {
      it('wipes on pagehide, so Back never shows the answers', async () => {
        const el = await subject.create();
        await subject.fill!(el);
        window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
        await settleAll();
        expect(subject.isWiped!(el)).to.equal(true);
      });
    }

    it('two on the page: one button, and both wiped on exit', async () => {
      const first = await subject.create();
      const second = await subject.create();
      await subject.fill?.(first);
      await subject.fill?.(second);
      await settleAll();
      expect(await exitButtonNames()).to.have.length(1);
      theButton().click();
      await settleAll();
      if (subject.isWiped) {
        expect(subject.isWiped(first), 'the first wiped').to.equal(true);
        expect(subject.isWiped(second), 'the second wiped').to.equal(true);
      }
    });

    it('speaks Welsh, and follows a change of language', async () => {
      const el = await subject.create({ lang: 'cy' });
      expect(await exitButtonNames()).to.deep.equal(['Argyfwng Gadael y dudalen hon']);
      el.setAttribute('lang', 'en');
      await settleAll();
      expect(await exitButtonNames()).to.deep.equal(['Emergency Exit this page']);
      el.removeAttribute('lang');
      document.documentElement.lang = 'cy';
      await aTimeout(0);
      await settleAll();
      expect(await exitButtonNames()).to.deep.equal(['Argyfwng Gadael y dudalen hon']);
      theButton().click();
      expect(document.getElementById('rpc-quick-exit-overlay')!.textContent).to.equal('Yn llwytho.');
    });

    it('keeps the words people know: a council cannot reword "Exit this page"', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        await subject.create({
          config: { strings: { en: { 'ui.quick-exit': 'Leave feedback' }, cy: { 'ui.quick-exit': 'Gadael nawr' } } },
        });
      } finally {
        console.error = original;
      }
      const shown = theButton().cloneNode(true) as HTMLElement;
      shown.querySelectorAll('.visually-hidden, .dots').forEach((n) => n.remove());
      expect(shown.textContent!.trim()).to.equal('Exit this page');
      expect(await exitButtonNames()).to.deep.equal(['Emergency Exit this page']);
    });

    it('refuses to leave by a phone call: a tel: address goes to the neutral site', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const el = await subject.create({ config: { quickExit: { url: 'tel:999' } } });
        theButton().click();
        expect(went.map((w) => w.url)).to.deep.equal(['https://www.bbc.co.uk/weather']);
        expect(errors.join('\n')).to.match(/quickExit\.url|tel:999/);
        const panel = el.shadowRoot!.querySelector('.config-error');
        if (panel) expect(panel.textContent).to.contain('$.quickExit.url');
      } finally {
        console.error = original;
      }
    });
  });
}

/**
 * The quick exit suite for an element of the one list, from what the other suites are told: a
 * journey is filled by starting it and answering, anything else by its `use`.
 */
export function runElementQuickExitSuite(element: SuiteElement): void {
  const attributes = Object.entries(element.attributes ?? {}).map(([k, v]) => `${k}="${v}"`);
  runQuickExitSuite({
    name: `<${[element.tag, ...attributes].join(' ')}>`,
    note: true,
    create: ({ lang, config } = {}) =>
      mount(element, { attributes: lang ? { lang } : {}, ...(config !== undefined ? { config } : {}) }),
    ...(element.journey
      ? {
          async fill(el: HTMLElement) {
            const j = journeyOf(el as never);
            await j.startSafely();
            await j.answer('no');
          },
          isWiped: (el: HTMLElement) =>
            !!el.shadowRoot!.querySelector('.intro') && el.shadowRoot!.querySelectorAll('input:checked').length === 0,
        }
      : element.use && element.isWiped
        ? {
            fill: (el: HTMLElement) => element.use!(harnessOf(el as never)),
            isWiped: (el: HTMLElement) => element.isWiped!(harnessOf(el as never)),
          }
        : {}),
  });
}
