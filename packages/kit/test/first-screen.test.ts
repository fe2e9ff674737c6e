/**
 * The first screen a CDN entry file draws before the element's code has loaded
 * (packages/kit/src/cdn/first-screen.ts), and the element taking it over (FirstScreenTakeover in
 * @rpc-kit/elements). The build renders the screens with Lit's server renderer
 * (scripts/first-screens.mjs; its output is checked on the built files by
 * test/e2e/check-first-screen.mjs); here each screen is copied from the element's own first draw
 * in this browser, so the takeover is checked against what the element really draws.
 */
import { expect, fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CSSResult, LitElement } from 'lit';
import { RpcDaCheck } from '@rpc-kit/da-check';
import { RpcQuickExit, quickExitRegistry } from '@rpc-kit/elements';
import '@rpc-kit/da-check/da-check.js';
import { RpcScreener } from '@rpc-kit/screener';
import '@rpc-kit/screener/screener.js';
import {
  PRESSING,
  afterFirstScreen,
  drawFirstScreens,
  leaving,
  type FirstScreen,
  type ScreenNode,
} from '../src/cdn/first-screen.js';
import { afterBoxPresses, showFallback, watchForStall } from '../src/cdn/fallback.js';

/** The style sheets' own text, as the server renderer writes them. */
const cssOf = (tag: string) =>
  (customElements.get(tag) as unknown as typeof LitElement).elementStyles
    .map((s) => (s as CSSResult).cssText)
    .join('\n');
/** The nodes of a shadow root as the build gives them (no comments: Lit's markers). */
function nodesOf(parent: Node): ScreenNode[] {
  return Array.from(parent.childNodes).flatMap((n): ScreenNode[] => {
    if (n.nodeType === Node.TEXT_NODE) return [n.textContent!];
    if (!(n instanceof Element)) return [];
    const attributes = Array.from(n.attributes).flatMap((a) => [a.name, a.value]);
    return [[n.localName, attributes, ...nodesOf(n)]];
  });
}

/** An element's first screen in English and Welsh, as the build makes it, from its first draw here. */
async function firstScreenOf(tag: string): Promise<FirstScreen> {
  const screen = {} as Record<'en' | 'cy', ScreenNode[]>;
  const exit = {} as Record<'en' | 'cy', ScreenNode[]>;
  for (const lang of ['en', 'cy'] as const) {
    const host = await fixture<HTMLElement>(`<div lang="${lang}"><${tag}></${tag}></div>`);
    const el = host.firstElementChild as RpcScreener;
    await el.updateComplete;
    const quickExit = el.shadowRoot!.querySelector('rpc-quick-exit')!;
    await waitUntil(() => quickExit.shadowRoot?.querySelector('button'), 'no quick exit button');
    exit[lang] = nodesOf(quickExit.shadowRoot!);
    const [frame] = nodesOf(el.shadowRoot!).filter((n) => typeof n !== 'string') as [
      string,
      string[],
      ...ScreenNode[],
    ][];
    const [, attributes, ...children] = frame!;
    screen[lang] = [
      [
        'div',
        ['data-rpc-first', '', ...attributes],
        ...children.map((c): ScreenNode =>
          typeof c !== 'string' && c[0] === 'rpc-quick-exit' ? ['div', ['data-rpc-first-exit', '', ...c[1]]] : c,
        ),
      ],
    ];
    host.remove();
  }
  return {
    audience: (document.createElement(tag) as RpcScreener).audience,
    css: cssOf(tag),
    exitCss: cssOf('rpc-quick-exit'),
    screen,
    exit,
    cover: { en: 'Loading.', cy: 'Yn llwytho.' },
  };
}

/** Every element's place in the shadow root (the quick exit's place too, whatever its tag). */
const layoutOf = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll('*'), (n) => {
    const r = n.getBoundingClientRect();
    return `${n.hasAttribute('data-rpc-first-exit') ? 'rpc-quick-exit' : n.localName} ${r.x},${r.y},${r.width},${r.height}`;
  });

let screens: Record<string, FirstScreen>;
let count = 0;
/** A fresh tag for the same element class, not yet defined (as on a page before its code loads). */
/** The box of 999 and the helplines an element shows (at the top of its shadow root), if any. */
const boxIn = (el: Element): HTMLElement | undefined =>
  [...(el.shadowRoot?.children ?? [])].find((n): n is HTMLElement => n.hasAttribute('data-rpc-fallback'));

function later(kind: 'screener' | 'da-check'): { tag: string; define: () => void } {
  const tag = `rpc-${kind}-early-${++count}`;
  const Base = (kind === 'screener' ? RpcScreener : RpcDaCheck) as typeof RpcScreener;
  return { tag, define: () => customElements.define(tag, class extends Base {}) };
}

describe('the first screen an entry file draws', () => {
  const left: string[] = [];
  const leave = leaving.to;
  const navigate = RpcQuickExit.navigate;
  // Before any element has loaded, a page has no quick exit registry (this test page has one, from
  // the elements copied in `before`): taken away for each test; an element defined puts it back.
  const REGISTRY = Symbol.for('rpc-kit.quick-exit');
  const page$ = globalThis as unknown as Record<symbol, unknown>;
  let registry: unknown;
  beforeEach(async () => {
    // Layout and frames: this test's page in front (test pages run side by side).
    await executeServerCommand('bring-to-front');
    registry ??= page$[REGISTRY];
    delete page$[REGISTRY];
  });
  before(async () => {
    await executeServerCommand('bring-to-front');
    screens = { screener: await firstScreenOf('rpc-screener'), 'da-check': await firstScreenOf('rpc-da-check') };
    // Where the drawn quick exit leaves to, and the page's quick exit once an element has loaded.
    leaving.to = (url) => left.push(url);
    RpcQuickExit.navigate = (url) => left.push(`element: ${url}`);
  });
  after(async () => {
    leaving.to = leave;
    RpcQuickExit.navigate = navigate;
    // This file's page was in front of the others for its frames (see web-test-runner.config.mjs).
    await executeServerCommand('release-front');
  });
  afterEach(() => {
    page$[REGISTRY] = registry;
    left.length = 0;
    // As the back-forward cache brings a page back: the cover goes and the page is given back.
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });

  it('shows 999, the helplines, Start and the quick exit in the page’s language, and only for parents', async () => {
    const { tag } = later('screener');
    const page = await fixture<HTMLElement>(
      `<div><div lang="cy"><${tag}></${tag}></div><${tag} lang="en"></${tag}><${tag} audience="practitioner"></${tag}></div>`,
    );
    expect(drawFirstScreens(tag, screens.screener!)).to.equal(true);
    const [cy, en, practitioner] = page.querySelectorAll(tag);
    expect(cy!.shadowRoot!.querySelector('h2')!.textContent).to.contain('Dod o hyd');
    expect(en!.shadowRoot!.querySelector('h2')!.textContent).to.contain('Find the right help');
    for (const el of [cy!, en!]) {
      const tels = Array.from(el.shadowRoot!.querySelectorAll('.help-now a[href^="tel:"]'), (a) =>
        a.getAttribute('href'),
      );
      expect(tels[0]).to.equal('tel:999');
      expect(tels).to.include('tel:08082000247');
      expect(el.shadowRoot!.querySelector('.intro button')).to.exist;
    }
    expect(practitioner!.shadowRoot === null, 'a practitioner’s element draws itself').to.equal(true);
    // The page's one quick exit: in the first element only.
    expect(cy!.shadowRoot!.querySelector('[data-rpc-first-exit]')!.shadowRoot!.textContent).to.contain('Gadael');
    expect(en!.shadowRoot!.querySelector('[data-rpc-first-exit]')!.shadowRoot === null).to.equal(true);
    // Drawn once: a second entry file on the page leaves them alone.
    expect(drawFirstScreens(tag, screens.screener!)).to.equal(false);
    await expect(page).to.be.accessible();
  });

  it('draws only for the audience it was made for: the DA check’s is practitioners’, so not on one for parents', async () => {
    expect(screens['da-check']!.audience).to.equal('practitioner');
    const { tag } = later('da-check');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}><${tag} audience="parent"></${tag}></div>`);
    expect(drawFirstScreens(tag, screens['da-check']!)).to.equal(true);
    const [practitioner, parent] = page.querySelectorAll(tag);
    expect(practitioner!.shadowRoot, 'no attribute: the DA check’s own audience').to.exist;
    expect(parent!.shadowRoot === null, 'a parents’ DA check draws itself').to.equal(true);
  });

  it('draws no quick exit where the page placed its own, or already has the page’s quick exit', async () => {
    const { tag } = later('da-check');
    const page = await fixture<HTMLElement>(`<div><rpc-quick-exit></rpc-quick-exit><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens['da-check']!);
    const place = page.querySelector(tag)!.shadowRoot!.querySelector('[data-rpc-first-exit]')!;
    expect(place.shadowRoot === null).to.equal(true);
    // An element of RPC Kit loaded before (the page's quick exit registry is there): its button leaves.
    page$[REGISTRY] = registry;
    const other = later('screener');
    const page2 = await fixture<HTMLElement>(`<div><${other.tag}></${other.tag}></div>`);
    drawFirstScreens(other.tag, screens.screener!);
    expect(
      page2.querySelector(other.tag)!.shadowRoot!.querySelector('[data-rpc-first-exit]')!.shadowRoot === null,
    ).to.equal(true);
  });

  it('leaves the page from its quick exit, or on Shift pressed 3 times: covered at once, its history entry replaced', async () => {
    const { tag } = later('screener');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens.screener!);
    const exit = page.querySelector(tag)!.shadowRoot!.querySelector('[data-rpc-first-exit]')!.shadowRoot!;
    exit.querySelector('button')!.click();
    expect(left).to.deep.equal(['https://www.bbc.co.uk/weather']);
    const cover = document.getElementById('rpc-quick-exit-overlay')!;
    expect(cover.textContent).to.equal('Loading.');
    expect(cover.getAttribute('role')).to.equal('alert');
    expect(page.closest('[inert]') !== null, 'the page is out of reach').to.equal(true);
    expect(document.querySelector('meta[name="referrer"]')?.getAttribute('content')).to.equal('no-referrer');
    // Back from the back-forward cache: the page as it was.
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(cover.isConnected).to.equal(false);
    expect(page.closest('[inert], [aria-hidden]') === null, 'the page is given back').to.equal(true);
    left.length = 0;
    const key = (type: string, key: string) =>
      document.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true }));
    // Shift with another key is typing, not a press.
    key('keydown', 'Shift');
    key('keydown', 'A');
    key('keyup', 'Shift');
    for (let i = 0; i < 2; i++) {
      key('keydown', 'Shift');
      key('keyup', 'Shift');
    }
    expect(left).to.deep.equal([]);
    key('keydown', 'Shift');
    key('keyup', 'Shift');
    expect(left).to.deep.equal(['https://www.bbc.co.uk/weather']);
  });

  for (const kind of ['screener', 'da-check'] as const) {
    for (const lang of ['en', 'cy']) {
      it(`<rpc-${kind}> in ${lang} takes its first screen over: the same place for everything, nothing of it left`, async () => {
        const { tag, define } = later(kind);
        const page = await fixture<HTMLElement>(`<div lang="${lang}" style="width: 320px"><${tag}></${tag}></div>`);
        drawFirstScreens(tag, screens[kind]!);
        const el = page.querySelector(tag) as RpcScreener;
        const drawn = layoutOf(el);
        define();
        await el.updateComplete;
        await waitUntil(() => el.shadowRoot!.querySelector('rpc-quick-exit')?.shadowRoot?.querySelector('button'));
        expect(el.shadowRoot!.querySelector('[data-rpc-first]') === null).to.equal(true);
        expect(el.shadowRoot!.querySelectorAll('.root')).to.have.length(1);
        // The quick exit's own button is drawn inside its element; the rest is in the same place.
        expect(layoutOf(el)).to.deep.equal(drawn);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('keeps what the person did before the code loaded: the focus, an open “Need help now?”, and Start pressed', async () => {
    const { tag, define } = later('screener');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens.screener!);
    const el = page.querySelector(tag) as RpcScreener;
    const drawn = el.shadowRoot!;
    drawn.querySelector('details')!.open = true;
    drawn.querySelector<HTMLElement>('.notice a')!.focus();
    define();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('How to browse more safely');
    expect(el.shadowRoot!.querySelector('details')!.open).to.equal(true);

    const second = later('screener');
    const page2 = await fixture<HTMLElement>(`<div><${second.tag}></${second.tag}></div>`);
    drawFirstScreens(second.tag, screens.screener!);
    const el2 = page2.querySelector(second.tag) as RpcScreener;
    el2.shadowRoot!.querySelector<HTMLButtonElement>('.intro button')!.click();
    // Meanwhile a screen reader hears that it is loading (the screen's own live region, nothing moves).
    expect(el2.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading.');
    second.define();
    await el2.updateComplete;
    await waitUntil(() => el2.shadowRoot!.querySelector('[data-step="question"]'), 'Start was not pressed again');
    await expect(el2).to.be.accessible();
  });

  it('puts the quick exit in the first element that is shown, not in one in a hidden panel', async () => {
    const { tag } = later('screener');
    const page = await fixture<HTMLElement>(
      `<div><div hidden><${tag} id="in-tab"></${tag}></div><details><summary>More</summary><${tag}></${tag}></details><${tag} id="shown"></${tag}></div>`,
    );
    drawFirstScreens(tag, screens.screener!);
    const exitIn = (el: Element) => el.shadowRoot!.querySelector('[data-rpc-first-exit]')!.shadowRoot !== null;
    expect(Array.from(page.querySelectorAll(tag), exitIn)).to.deep.equal([false, false, true]);
    // A second file's element, first on the page but hidden too, leaves it where it is.
    const other = later('da-check');
    const hidden = document.createElement(other.tag);
    hidden.hidden = true;
    page.prepend(hidden);
    drawFirstScreens(other.tag, screens['da-check']!);
    expect(exitIn(page.querySelector('#shown')!)).to.equal(true);
    expect(exitIn(hidden)).to.equal(false);
  });

  it('counts Shift presses made before the code loaded: three spanning the hand-over leave', async () => {
    const { tag, define } = later('screener');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens.screener!);
    const key = (type: string) =>
      document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', bubbles: true, composed: true }));
    for (let i = 0; i < 2; i++) {
      key('keydown');
      key('keyup');
    }
    expect(left).to.deep.equal([]);
    define();
    const el = page.querySelector(tag) as RpcScreener;
    await el.updateComplete;
    expect(page$[REGISTRY], 'the element made the page’s quick exit').to.exist;
    key('keydown');
    key('keyup');
    expect(left).to.deep.equal(['element: https://www.bbc.co.uk/weather']);
  });

  it('keeps its quick exit and Shift while the page’s quick exit has no button yet (its chunk ran before the element’s)', async () => {
    const { tag } = later('screener');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens.screener!);
    // The chunks run one by one: the quick exit's code has made the page's registry, with no
    // element and no button yet.
    quickExitRegistry();
    expect(page$[REGISTRY], 'the page’s quick exit is there').to.exist;
    await new Promise((r) => setTimeout(r, 150));
    const place = page.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('[data-rpc-first-exit]')!;
    expect(getComputedStyle(place).visibility, 'the drawn quick exit is still shown').to.equal('visible');
    const key = (type: string) =>
      document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', bubbles: true, composed: true }));
    for (let i = 0; i < 3; i++) {
      key('keydown');
      key('keyup');
    }
    expect(left, 'Shift 3 times leaves').to.have.length(1);
    left.length = 0;
    place.shadowRoot!.querySelector('button')!.click();
    expect(left, 'its button leaves').to.have.length(1);
  });

  it('lets a press under way end on the drawn screen: the quick exit held down as the code arrives still leaves', async () => {
    const { tag, define } = later('screener');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens.screener!);
    const el = page.querySelector(tag) as RpcScreener;
    const button = el.shadowRoot!.querySelector('[data-rpc-first-exit]')!.shadowRoot!.querySelector('button')!;
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect((el.shadowRoot as unknown as Record<symbol, boolean>)[PRESSING]).to.equal(true);
    define();
    await new Promise((r) => setTimeout(r, 150));
    expect(el.shadowRoot!.querySelector('[data-rpc-first]') !== null, 'the drawn screen waits for the press').to.equal(
      true,
    );
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
    button.click();
    // The element's code has run meanwhile: its quick exit leaves (to the council's address).
    expect(left).to.deep.equal(['element: https://www.bbc.co.uk/weather']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-rpc-first]') === null, 'then the element takes over').to.equal(true);
  });

  it('covers the page in the top layer, once however often pressed; once an element has loaded, its quick exit leaves', async () => {
    const { tag } = later('da-check');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens['da-check']!);
    const button = page
      .querySelector(tag)!
      .shadowRoot!.querySelector('[data-rpc-first-exit]')!
      .shadowRoot!.querySelector('button')!;
    button.click();
    button.click();
    expect(document.querySelectorAll('#rpc-quick-exit-overlay')).to.have.length(1);
    expect(document.getElementById('rpc-quick-exit-overlay')!.matches(':popover-open')).to.equal(true);
    expect(document.querySelectorAll('meta[name="referrer"]')).to.have.length(1);
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    left.length = 0;
    // An element of RPC Kit loaded since: the page's quick exit leaves, to its own address.
    const calls: unknown[][] = [];
    page$[REGISTRY] = { protocol: 1, exit: (...args: unknown[]) => calls.push(args) };
    button.click();
    expect(calls).to.deep.equal([[]]);
    expect(left).to.deep.equal([]);
  });

  it('asks for the element’s code after the first screen is painted, or at once when it drew nothing', async () => {
    let loaded = 0;
    afterFirstScreen(false, () => loaded++);
    expect(loaded).to.equal(1);
    afterFirstScreen(true, () => loaded++);
    expect(loaded).to.equal(1);
    await nextFrame();
    await waitUntil(() => loaded === 2);
    await new Promise((r) => setTimeout(r, 150));
    expect(loaded, 'once').to.equal(2);
  });

  it('gives way to the fallback if the code cannot load: the helplines box shows instead', async () => {
    const { tag } = later('screener');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens.screener!);
    const original = console.error;
    console.error = () => undefined;
    showFallback([tag], new Error('404'), 'rpc-screener.js');
    console.error = original;
    const el = page.querySelector(tag)!;
    expect(el.shadowRoot!.querySelector('.intro') === null).to.equal(true);
    const box = boxIn(el)!;
    expect(box.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(page).to.be.accessible();
  });

  it('when the code never answers: keeps a drawn screen with its 999 and quick exit; once Start is pressed, says the tool did not load and opens “Need help now?”; the code, come at last, takes over there', async () => {
    const { tag, define } = later('screener');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens.screener!);
    const el = page.querySelector(tag)!;
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    const stop = watchForStall([tag], 'rpc-screener.js', 50);
    const words = 'This tool did not load. You can still call the helplines below.';
    try {
      await new Promise((r) => setTimeout(r, 100));
      // Slow, not failed: the drawn screen works (999, the helplines, the quick exit) and stays, unchanged.
      expect(el.shadowRoot!.querySelector('[data-rpc-first] .intro')).to.exist;
      expect(el.shadowRoot!.querySelector('[data-rpc-fallback]')).to.equal(null);
      expect(errors, 'nothing shown, nothing said').to.deep.equal([]);
      // Start pressed now cannot work: it says so, beside Start and in the live region, with 999 and the helplines open.
      const start = el.shadowRoot!.querySelector<HTMLButtonElement>('.intro button')!;
      start.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[data-rpc-fallback]'), 'the tool says it did not load');
      const note = el.shadowRoot!.querySelector<HTMLElement>('[data-rpc-fallback]')!;
      expect(note.previousElementSibling).to.equal(start);
      expect(note.textContent).to.equal(words);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(words);
      expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('details')!.open).to.equal(true);
      expect(
        el.shadowRoot!.querySelector('details a[href="tel:999"]')!.getBoundingClientRect().height,
      ).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[data-rpc-first-exit]')!.shadowRoot!.querySelector('button')).to.exist;
      // Said again at each press (the live region said "Loading." meanwhile), shown and told once.
      start.click();
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading.');
      await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent === words, 'said again');
      expect(el.shadowRoot!.querySelectorAll('[data-rpc-fallback]')).to.have.length(1);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('rpc-screener.js is still waiting for its code (Error: not here after 0.05 s)');
      await expect(page).to.be.accessible();
      // The person has gone to the helplines: the code, come after all, takes over there (its
      // introduction, "Need help now?" still open, the focus kept), not on a first question.
      const link = el.shadowRoot!.querySelector<HTMLElement>('details a[href="tel:08082000247"]')!;
      link.focus();
      stop();
      define();
      await (el as RpcScreener).updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.querySelector('[data-rpc-first]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[data-rpc-fallback]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[data-step="intro"]')).to.exist;
      expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="help-now"]')!.open).to.equal(true);
      expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('tel:08082000247');
      await expect(page).to.be.accessible();
    } finally {
      stop();
      console.error = original;
    }
  });

  it('never changes a screen under a finger: a press under way on the drawn screen is let end first', async () => {
    const { tag } = later('screener');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    drawFirstScreens(tag, screens.screener!);
    const el = page.querySelector(tag)!;
    const root = el.shadowRoot! as ShadowRoot & Record<symbol, boolean>;
    root[PRESSING] = true;
    const original = console.error;
    console.error = () => undefined;
    try {
      showFallback([tag], new Error('404'), 'rpc-screener.js');
      await new Promise((r) => setTimeout(r, 120));
      expect(boxIn(el), 'held while pressed').to.equal(undefined);
      expect(root.querySelector('[data-rpc-first]')).to.exist;
      root[PRESSING] = false;
      await waitUntil(() => boxIn(el), 'then the box');
      expect(root.querySelector('[data-rpc-first]'), 'in place of the drawn screen').to.equal(null);
    } finally {
      console.error = original;
    }
  });

  it('draws no first screen over a box shown while the file itself was late (the autoloader’s), and its code waits for a press on the box to end', async () => {
    const { tag } = later('screener');
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    const el = page.querySelector(tag)!;
    const original = console.error;
    console.error = () => undefined;
    try {
      showFallback([tag], new Error('not here after 10 s'), 'rpc-screener.js', true);
      const box = boxIn(el)!;
      expect(box.getAttribute('role')).to.equal('alert');
      // The file comes: no screen swapped in under a finger on the box's 999.
      expect(drawFirstScreens(tag, screens.screener!)).to.equal(false);
      expect(el.shadowRoot!.querySelector('[data-rpc-first]')).to.equal(null);
      expect(boxIn(el)).to.equal(box);
      // A later failure leaves the one box.
      showFallback([tag], new Error('404'), 'rpc-screener.js');
      expect(
        [...el.shadowRoot!.children, ...el.children].filter((n) => n.hasAttribute('data-rpc-fallback')),
      ).to.have.length(1);
      // A press on the box's 999: the element's code waits for it to end before it is defined.
      box.querySelector('a[href="tel:999"]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      let defined = false;
      const waited = afterBoxPresses([tag]).then(() => (defined = true));
      await new Promise((r) => setTimeout(r, 120));
      expect(defined, 'waits while pressed').to.equal(false);
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      await waited;
      expect(defined).to.equal(true);
      // A second box on the page (an element added later) is not a second alert.
      const second = later('screener');
      page.append(document.createElement(second.tag));
      showFallback([second.tag], new Error('404'), 'rpc-screener.js');
      expect(boxIn(page.querySelector(second.tag)!)!.hasAttribute('role')).to.equal(false);
    } finally {
      console.error = original;
    }
  });

  it('keeps the focus when the code, come at last, takes the box away: on the same number in the element', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      // On a helpline's number in the box: the same number in the element, "Need help now?" opened for it.
      const one = later('screener');
      const page = await fixture<HTMLElement>(`<div><${one.tag}></${one.tag}></div>`);
      showFallback([one.tag], new Error('not here after 10 s'), 'rpc-screener.js', true);
      const el = page.querySelector(one.tag)!;
      boxIn(el)!.querySelector<HTMLElement>('a[href="tel:08082000247"]')!.focus();
      one.define();
      await waitUntil(() => el.shadowRoot?.activeElement, 'the focus is in the element');
      expect(boxIn(el)).to.equal(undefined);
      const link = el.shadowRoot!.activeElement as HTMLElement;
      expect(link.getAttribute('href')).to.equal('tel:08082000247');
      expect(link.closest('details')!.open).to.equal(true);
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(page).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('keeps the focus on the way out when the code takes the box away: the element’s quick exit; not if it moved on', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      // On the box's way out: the element's quick exit, the same way out.
      const two = later('screener');
      const other = await fixture<HTMLElement>(`<div><${two.tag}></${two.tag}></div>`);
      showFallback([two.tag], new Error('404'), 'rpc-screener.js');
      const second = other.querySelector(two.tag)!;
      boxIn(second)!.querySelector<HTMLElement>('p:last-child a')!.focus();
      two.define();
      const exit = second.shadowRoot!;
      await waitUntil(() => exit.activeElement, 'the focus is in the element');
      const exitButton = exit.activeElement!.shadowRoot?.activeElement;
      expect(exit.activeElement!.localName, 'its quick exit').to.equal('rpc-quick-exit');
      expect(exitButton?.localName).to.equal('button');

      // Moved on meanwhile: left where it is.
      const three = later('screener');
      const third = await fixture<HTMLElement>(`<div><${three.tag}></${three.tag}><button>Elsewhere</button></div>`);
      showFallback([three.tag], new Error('404'), 'rpc-screener.js');
      boxIn(third.querySelector(three.tag)!)!.querySelector<HTMLElement>('a')!.focus();
      third.querySelector('button')!.focus();
      three.define();
      await (third.querySelector(three.tag) as RpcScreener).updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(document.activeElement).to.equal(third.querySelector('button'));
    } finally {
      console.error = original;
    }
  });

  it('when the code never answers, an element with no drawn screen shows the helplines, not a blank space', async () => {
    const tag = `rpc-never-${++count}`;
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    const original = console.error;
    console.error = () => undefined;
    const stop = watchForStall([tag], 'rpc-help-finder.js', 50);
    try {
      const el = page.querySelector(tag)!;
      await waitUntil(() => boxIn(el), 'the helplines show');
      expect(boxIn(el)!.querySelector('a[href="tel:999"]')).to.exist;
      // One added by the page's own script while the code is still late shows them too.
      const added = page.appendChild(document.createElement(tag));
      await waitUntil(() => boxIn(added)?.querySelector('a[href="tel:999"]'), 'an element added late');
      // Once the code has come, the watch stops.
      stop();
      const after = page.appendChild(document.createElement(tag));
      await new Promise((r) => setTimeout(r, 50));
      expect(boxIn(after)).to.equal(undefined);
    } finally {
      stop();
      console.error = original;
    }
  });

  it('does not show the helplines when the code came in time', async () => {
    const tag = `rpc-in-time-${++count}`;
    const page = await fixture<HTMLElement>(`<div><${tag}></${tag}></div>`);
    watchForStall([tag], 'rpc-help-finder.js', 50)();
    await new Promise((r) => setTimeout(r, 100));
    expect(page.querySelector(tag)!.shadowRoot).to.equal(null);
  });
});
