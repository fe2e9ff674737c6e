import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mount } from '../../../test/helpers/mount.js';
import { LitElement, nothing } from 'lit';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { COVER_ID, coverPage } from '../src/exit-cover.js';
import {
  EXIT_EVENT,
  ExitController,
  QUICK_EXIT_PROTOCOL,
  QUICK_EXIT_REGISTRY_KEY,
  RpcQuickExit,
  defineElement,
  quickExitRegistry,
  safeExitUrl,
  type QuickExitRegistry,
} from '../src/index.js';
import '../src/quick-exit.define.js';
import { deepAll, runQuickExitSuite, shownExitButtons } from './suites/quick-exit.suite.js';

/** An element holding an answer, wiped by the quick exit: what every RPC Kit element does. */
class ExitProbe extends LitElement {
  answer = '';
  readonly exit = new ExitController(this, () => {
    this.answer = '';
  });
}
defineElement('rpc-exit-probe', ExitProbe);

const probes = new WeakMap<HTMLElement, ExitProbe>();

/**
 * A page (in a box styled `style`, if given) with `before` at its top, then a link whose foot is
 * `gap` px above the window's, then the quick exit's place further down.
 */
async function linkAboveTheExit(before: unknown, gap: number, style = '') {
  const wrapper = await mount(
    html`<div style=${style}>
      ${before}
      <div class="spacer"></div>
      <a id="low" href="#low" style="display:block;text-align:end">A link at the foot of the window</a>
      <div style="height:400px"></div>
      <rpc-quick-exit></rpc-quick-exit>
      <div style="height:3000px"></div>
    </div>`,
  );
  const el = wrapper.querySelector('rpc-quick-exit')!;
  const low = wrapper.querySelector<HTMLElement>('#low')!;
  wrapper.querySelector<HTMLElement>('.spacer')!.style.height =
    `${innerHeight - gap - low.getBoundingClientRect().bottom}px`;
  return { wrapper, el, low, bar: () => el.shadowRoot!.querySelector<HTMLElement>('.bar')! };
}

/** A page with `before` at its top, the quick exit's place, then a tall element to scroll through. */
async function exitAboveAnElement(before: unknown) {
  const wrapper = await mount(
    html`<div>
      ${before}
      <div style="height:100px"></div>
      <rpc-quick-exit></rpc-quick-exit>
      <rpc-exit-probe style="display:block;height:3000px"></rpc-exit-probe>
    </div>`,
  );
  const el = wrapper.querySelector('rpc-quick-exit')!;
  return { wrapper, el, bar: () => el.shadowRoot!.querySelector<HTMLElement>('.bar')! };
}

/**
 * Scrolls the page past the button's place until the button is pinned to the top (the test's page
 * in front: the browser reports scrolling at its next rendering).
 */
async function pinToTop(el: Element, bar: () => HTMLElement) {
  window.scrollTo(0, 0);
  await executeServerCommand('bring-to-front');
  window.scrollTo(0, el.getBoundingClientRect().top + scrollY + 500);
  // The browser reports the place scrolled away at its next rendering, later on a busy machine.
  await waitUntil(() => bar().classList.contains('pinned'), 'pinned once its place scrolled away', { timeout: 5000 });
}

/** Waits for the pinned button to sit `top` px from the top of the window. */
const sitsAt = (bar: () => HTMLElement, top: number, message: string) =>
  waitUntil(() => Math.round(bar().getBoundingClientRect().top) === top, message, { timeout: 2000 });

runQuickExitSuite({
  name: '<rpc-quick-exit> on its own',
  async create({ lang, config } = {}) {
    const url = (config?.quickExit as { url?: string } | undefined)?.url;
    const el = await fixture<RpcQuickExit>(
      html`<rpc-quick-exit
        lang=${lang ?? nothing}
        url=${url ?? nothing}
        .strings=${config?.strings ?? {}}
      ></rpc-quick-exit>`,
    );
    await el.updateComplete;
    return el;
  },
  async fill(el) {
    const probe = await fixture<ExitProbe>(html`<rpc-exit-probe></rpc-exit-probe>`);
    probe.answer = 'something to forget';
    probes.set(el, probe);
  },
  isWiped: (el) => probes.get(el)?.answer === '',
});

// This file's page was in front of the others for its frames (see web-test-runner.config.mjs).
after(() => executeServerCommand('release-front'));

describe('<rpc-quick-exit>: the page’s one exit', () => {
  let went: string[] = [];
  const navigate = RpcQuickExit.navigate;
  beforeEach(() => {
    went = [];
    RpcQuickExit.navigate = (url) => went.push(url);
  });
  afterEach(() => {
    RpcQuickExit.navigate = navigate;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });

  it('keeps one registry on a well-known global, with a protocol version', () => {
    const store = globalThis as unknown as Record<symbol, QuickExitRegistry>;
    expect(QUICK_EXIT_REGISTRY_KEY).to.equal(Symbol.for('rpc-kit.quick-exit'));
    expect(store[QUICK_EXIT_REGISTRY_KEY]).to.equal(quickExitRegistry());
    expect(quickExitRegistry().protocol).to.equal(QUICK_EXIT_PROTOCOL);
  });

  it('an element of another copy, using only the global and the document event, is wiped too', async () => {
    // What a second copy of RPC Kit does: it finds the registry on the global, and obeys the event.
    const registry = (globalThis as unknown as Record<symbol, QuickExitRegistry>)[Symbol.for('rpc-kit.quick-exit')]!;
    const other = document.createElement('div');
    document.body.append(other);
    let held = 'an answer';
    const unregister = registry.register(other);
    document.addEventListener('rpc-kit:exit', () => (held = ''), { once: true });
    try {
      await fixture(html`<rpc-quick-exit></rpc-quick-exit>`);
      registry.exit();
      expect(held).to.equal('');
      expect(went).to.deep.equal(['https://www.bbc.co.uk/weather']);
      expect(EXIT_EVENT).to.equal('rpc-kit:exit');
    } finally {
      unregister();
      other.remove();
    }
  });

  it('a button the page placed itself is the one shown, before those inside elements', async () => {
    const wrapper = await mount(
      html`<div>
        <div id="host"></div>
        <rpc-quick-exit id="placed" url="https://www.example.org/"></rpc-quick-exit>
      </div>`,
    );
    // An element's own button, in its shadow root, first on the page.
    const host = wrapper.querySelector<HTMLElement>('#host')!;
    const unregister = quickExitRegistry().register(host);
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<rpc-quick-exit url="https://www.bbc.co.uk/news"></rpc-quick-exit>';
    try {
      await aTimeout(0);
      const shown = shownExitButtons();
      expect(shown).to.have.length(1);
      expect((shown[0]!.getRootNode() as ShadowRoot).host.id).to.equal('placed');
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(went).to.deep.equal(['https://www.example.org/']);
    } finally {
      unregister();
    }
  });

  it('is shown in the first element on screen, not in one hidden in a tab, and moves when the tab changes', async () => {
    // Sizes and frames: this test's page in front (test pages run side by side).
    await executeServerCommand('bring-to-front');
    const wrapper = await mount(
      html`<div>
        <div id="tab-1" hidden><div class="host"></div></div>
        <div id="tab-2"><div class="host"></div></div>
      </div>`,
    );
    const hosts = Array.from(wrapper.querySelectorAll<HTMLElement>('.host'));
    const unregister = hosts.map((host) => {
      const off = quickExitRegistry().register(host);
      host.attachShadow({ mode: 'open' }).innerHTML = '<div><rpc-quick-exit></rpc-quick-exit></div>';
      return off;
    });
    const shownIn = () => shownExitButtons().map((b) => b.closest('.host, #tab-1, #tab-2')?.id ?? anchorId(b));
    const anchorId = (b: Element) => {
      let node: Node = b;
      for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
      return (node as Element).parentElement!.id;
    };
    try {
      await waitUntil(() => shownExitButtons().length === 1, 'no button shown');
      expect(shownIn()).to.deep.equal(['tab-2']);
      // The other tab chosen: the button goes with what is on screen.
      wrapper.querySelector<HTMLElement>('#tab-1')!.hidden = false;
      wrapper.querySelector<HTMLElement>('#tab-2')!.hidden = true;
      await waitUntil(() => shownIn()[0] === 'tab-1', `the button stayed in the hidden tab: ${shownIn().join()}`);
      expect(shownIn()).to.deep.equal(['tab-1']);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(went).to.deep.equal(['https://www.bbc.co.uk/weather']);
    } finally {
      unregister.forEach((off) => off());
    }
  });

  it('never leaves to this page itself, nor by a script, a call or an email', () => {
    const original = console.error;
    console.error = () => {};
    try {
      for (const url of [
        location.href,
        `${location.href}#top`,
        // This page with a query, or spelt another way, reloads it: not a way out.
        `${location.origin}${location.pathname}?`,
        `${location.origin}${location.pathname}?x=1#top`,
        `${location.origin}${location.pathname.toUpperCase()}`,
        location.pathname.endsWith('/')
          ? `${location.origin}${location.pathname}index.html`
          : `${location.origin}${location.pathname}/`,
        `${location.pathname}?again`,
        `${location.origin}${location.pathname.replace(/\//g, '//')}`,
        `${location.origin}${location.pathname};x`,
        // Percent-encoded: a server decodes it to this page.
        location.origin +
          (location.pathname === '/'
            ? '/%69ndex.html'
            : location.pathname.replace(/^\/(.)/, (_, c: string) => `/%${c.charCodeAt(0).toString(16)}`)),
        'javascript:alert(1)',
        'tel:999',
        'mailto:a@b.uk',
        '',
      ]) {
        expect(safeExitUrl(url), url).to.equal('https://www.bbc.co.uk/weather');
      }
      expect(safeExitUrl('https://www.example.org/weather')).to.equal('https://www.example.org/weather');
      // Another page of the same site is another page.
      expect(safeExitUrl(`${location.origin}/another-page`)).to.equal(`${location.origin}/another-page`);
    } finally {
      console.error = original;
    }
  });

  it('a link the page marks data-rpc-quick-exit leaves as the button does', async () => {
    const wrapper = await mount(
      html`<div><a data-rpc-quick-exit href="https://www.example.org/news" rel="nofollow noreferrer">Exit</a></div>`,
    );
    wrapper.querySelector('a')!.click();
    expect(went).to.deep.equal(['https://www.example.org/news']);
    expect(document.getElementById('rpc-quick-exit-overlay')).to.exist;
    expect(document.querySelector('meta[name="referrer"][content="no-referrer"]')).to.exist;
  });

  it('the cover is seen whole and on top, whatever the page’s style sheet says', () => {
    const hostile = document.createElement('style');
    hostile.textContent = `
      [role="alert"] { visibility: hidden !important; }
      body > div { opacity: 0 !important; transform: translateY(-100vh) !important; filter: blur(20px) !important; }
      div[role] { clip-path: inset(50%) !important; zoom: 0.1 !important; max-width: 10px !important; }
      [role="alert"] { clip: rect(0 0 0 0) !important; offset-path: path("M 0 0 L 5000 5000"); offset-distance: 100%; }
      body { visibility: hidden; }`;
    document.head.append(hostile);
    const uncover = coverPage('Leaving this page', 'en');
    try {
      const cover = document.getElementById(COVER_ID)!;
      const style = getComputedStyle(cover);
      expect([style.visibility, style.opacity, style.transform, style.clipPath, style.filter]).to.deep.equal([
        'visible',
        '1',
        'none',
        'none',
        'none',
      ]);
      const box = cover.getBoundingClientRect();
      expect(box.top <= 0 && box.left <= 0 && box.bottom >= innerHeight && box.right >= innerWidth).to.equal(true);
      expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2) === cover).to.equal(true);
    } finally {
      uncover();
      hostile.remove();
    }
  });

  it('variant="link": a secondary link, hidden until focused, named like the button', async () => {
    const el = await fixture<RpcQuickExit>(html`<rpc-quick-exit variant="link" lang="cy"></rpc-quick-exit>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Argyfwng Gadael y dudalen hon');
    expect(link.getBoundingClientRect().width).to.be.below(2);
    link.focus();
    expect(link.getBoundingClientRect().width).to.be.above(100);
    await sendKeys({ press: 'Enter' });
    expect(went).to.deep.equal(['https://www.bbc.co.uk/weather']);
    expect(deepAll('rpc-quick-exit[spare]')).to.have.length(0);
  });

  it('shows the link inside it only when JavaScript does not run', async () => {
    const el = await fixture<RpcQuickExit>(
      html`<rpc-quick-exit><a href="https://www.bbc.co.uk/weather">Exit this page</a></rpc-quick-exit>`,
    );
    expect(el.querySelector('a')!.getClientRects()).to.have.length(0);
    expect(shownExitButtons()).to.have.length(1);
  });

  it('is styled on its own: the exit colour, a council’s token, hidden when printed', async () => {
    const el = await fixture<RpcQuickExit>(html`<rpc-quick-exit></rpc-quick-exit>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(212, 53, 28)');
    el.style.setProperty('--rpc-colour-exit', '#8b0000');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(139, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('is pinned to the top of the window (below a toolbar) once its place has scrolled away', async () => {
    document.documentElement.style.setProperty('--rpc-quick-exit-top', '32px');
    const { wrapper, el, bar } = await exitAboveAnElement(nothing);
    try {
      window.scrollTo(0, 0);
      await new Promise((r) => setTimeout(r, 100));
      expect(bar().classList.contains('pinned')).to.equal(false);
      await pinToTop(el, bar);
      await el.updateComplete;
      expect(bar().matches(':popover-open'), 'in the top layer').to.equal(true);
      expect(Math.round(bar().getBoundingClientRect().top)).to.equal(32);
      // Its place keeps its height: the page does not jump.
      expect(el.getBoundingClientRect().height).to.be.above(40);
      // Focus moving inside an element (which the page never sees) to something under the button:
      // it is scrolled clear.
      const probe = wrapper.querySelector('rpc-exit-probe')!;
      // Beside what Lit drew there (replacing it would break the probe's next render).
      const box = probe.shadowRoot!.appendChild(document.createElement('div'));
      box.innerHTML =
        '<button>First</button><div style="height:1200px"></div><button style="width:100%">Under</button>';
      const [first, under] = box.querySelectorAll('button');
      first!.focus({ preventScroll: true });
      window.scrollBy(0, under!.getBoundingClientRect().top - 40);
      expect(Math.round(under!.getBoundingClientRect().top)).to.equal(40);
      under!.focus({ preventScroll: true });
      await new Promise((r) => setTimeout(r, 50));
      expect(under!.getBoundingClientRect().top).to.be.at.least(bar().getBoundingClientRect().bottom);
    } finally {
      document.documentElement.style.removeProperty('--rpc-quick-exit-top');
      window.scrollTo(0, 0);
    }
  });

  it('pinned to the top, sits below the page’s own header fixed there, found by itself, and one shown again later (WCAG 2.4.11)', async () => {
    // A council's header stuck to the top of the window (its Menu button at the right end, where
    // the button is), and no token set.
    const { wrapper, el, bar } = await exitAboveAnElement(
      html`<header id="head" style="position:sticky;top:0;height:56px;background:#eee;z-index:5">
        <button id="menu" style="position:absolute;right:0;top:8px;height:40px">Menu</button>
      </header>`,
    );
    const head = wrapper.querySelector<HTMLElement>('#head')!;
    const menu = wrapper.querySelector<HTMLElement>('#menu')!;
    const clearOfMenu = () => {
      const [m, b] = [menu.getBoundingClientRect(), bar().getBoundingClientRect()];
      return m.bottom <= b.top || m.top >= b.bottom || m.right <= b.left || m.left >= b.right;
    };
    try {
      await pinToTop(el, bar);
      await sitsAt(bar, 56, 'below the header');
      expect(clearOfMenu(), 'the Menu button not under the button').to.equal(true);
      // The Menu button, focused, is where it was: nothing of it under the button.
      menu.focus();
      await aTimeout(50);
      expect(clearOfMenu()).to.equal(true);
      // The header hides as the page scrolls down, and comes back with no scroll (a header script).
      head.style.transform = 'translateY(-100%)';
      await sitsAt(bar, 0, 'up to the top');
      head.style.transform = '';
      await sitsAt(bar, 56, 'below it again');
      expect(clearOfMenu()).to.equal(true);
      // Menu opens a panel taller than half the window below the header's row, and becomes Close:
      // the button stays below the row (it had gone up over Close, and a tap there left the page).
      const panel = head.appendChild(document.createElement('nav'));
      panel.style.cssText = `margin-top:56px;height:${innerHeight * 0.7}px;background:#ddd`;
      // Its items one under another: none is taken for a bar stacked under the header.
      panel.innerHTML = '<a href="#a" style="display:block;height:44px">One</a>'.repeat(4);
      head.style.height = 'auto';
      menu.textContent = 'Close';
      await aTimeout(700);
      expect(bar().getBoundingClientRect().top).to.be.at.least(menu.getBoundingClientRect().bottom - 0.5);
      expect(clearOfMenu(), 'Close not under the button').to.equal(true);
      panel.remove();
      head.style.height = '56px';
      // A council's token in calc() counts in full (the offset worked out is only ever a floor).
      head.style.transform = 'translateY(-100%)';
      document.documentElement.style.setProperty('--rpc-quick-exit-top', 'calc(1rem + 24px)');
      const toolbar = 24 + parseFloat(getComputedStyle(document.documentElement).fontSize);
      await sitsAt(bar, toolbar, 'below the toolbar');
    } finally {
      document.documentElement.style.removeProperty('--rpc-quick-exit-top');
      window.scrollTo(0, 0);
    }
  });

  it('scrolls what gets the focus out from under the page’s own sticky header (no scroll-padding-top), the button in its place or pinned (WCAG 2.4.11)', async () => {
    // A council's header 120 px high stuck to the top, and a page that does not tell the browser
    // about it: moving focus up scrolls the focused box to the very top, under the header.
    const { wrapper, el, bar } = await exitAboveAnElement(
      html`<header id="head" style="position:sticky;top:0;height:120px;background:#eee;z-index:5">
          <a id="home" href="#home">Home</a>
        </header>
        <a id="up" href="#up" style="display:block">A link of the page’s</a>
        <div style="height:300px"></div>`,
    );
    const up = wrapper.querySelector<HTMLElement>('#up')!;
    const home = wrapper.querySelector<HTMLElement>('#home')!;
    try {
      await executeServerCommand('bring-to-front');
      // The button in its place (in the window): a link of the page's focused under the header.
      window.scrollBy(0, up.getBoundingClientRect().top - 40);
      await aTimeout(100);
      expect(Math.round(up.getBoundingClientRect().top)).to.equal(40);
      expect(bar().classList.contains('pinned')).to.equal(false);
      up.focus({ preventScroll: true });
      await waitUntil(() => up.getBoundingClientRect().top >= 120, 'the link clear of the header', { timeout: 2000 });
      // The header's own link stays where it is: the page is not scrolled for it.
      const y = scrollY;
      home.focus();
      await aTimeout(50);
      expect(scrollY).to.equal(y);
      // Pinned to the top below the header: a box in an element, full width, moved up under the
      // header (not under the button's band) goes below the button; a narrow one at the left, below
      // the header.
      await pinToTop(el, bar);
      await sitsAt(bar, 120, 'below the header');
      const probe = wrapper.querySelector('rpc-exit-probe')!;
      const box = probe.shadowRoot!.appendChild(document.createElement('div'));
      box.innerHTML =
        '<div style="height:600px"></div><button style="width:100%">Wide</button><button style="width:80px">Narrow</button><div style="height:1200px"></div>';
      const [wide, narrow] = box.querySelectorAll('button');
      for (const [button, below] of [
        [wide!, () => bar().getBoundingClientRect().bottom],
        [narrow!, () => 120],
      ] as const) {
        window.scrollBy(0, button.getBoundingClientRect().top - 30);
        await aTimeout(50);
        expect(Math.round(button.getBoundingClientRect().top)).to.equal(30);
        button.focus({ preventScroll: true });
        await waitUntil(() => button.getBoundingClientRect().top >= below(), 'clear of the header and the button', {
          timeout: 2000,
        });
        expect(button.getBoundingClientRect().top).to.be.below(below() + 20);
      }
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('scrolls what gets the focus up from under the page’s cookie banner at the bottom (WCAG 2.4.11), the button pinned at the top', async () => {
    const { wrapper, el, bar } = await exitAboveAnElement(
      html`<div id="cookies" style="position:fixed;bottom:0;left:0;right:0;height:150px;background:#eee;z-index:5">
        <a id="accept" href="#accept">Accept cookies</a>
      </div>`,
    );
    const accept = wrapper.querySelector<HTMLElement>('#accept')!;
    try {
      await pinToTop(el, bar);
      const probe = wrapper.querySelector('rpc-exit-probe')!;
      const box = probe.shadowRoot!.appendChild(document.createElement('div'));
      box.innerHTML = '<div style="height:900px"></div><button>Continue</button><div style="height:1200px"></div>';
      const button = box.querySelector('button')!;
      // Scrolled into view by the browser, as moving focus down does: at the very bottom, under the banner.
      window.scrollBy(0, button.getBoundingClientRect().bottom - innerHeight);
      await aTimeout(50);
      expect(Math.round(button.getBoundingClientRect().bottom)).to.equal(innerHeight);
      button.focus({ preventScroll: true });
      const above = () => button.getBoundingClientRect().bottom <= innerHeight - 150;
      await waitUntil(above, 'the button clear of the banner', { timeout: 2000 });
      expect(button.getBoundingClientRect().bottom).to.be.above(innerHeight - 150 - 20);
      // The banner's own link stays where it is: the page is not scrolled for it.
      const y = scrollY;
      accept.focus();
      await aTimeout(50);
      expect(scrollY).to.equal(y);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('leaves the page where it is for focus in its own menus and dialogs; waits for a mouse press to end', async () => {
    const deep = (inner: string, n = 10) => '<div>'.repeat(n) + inner + '</div>'.repeat(n);
    const { wrapper } = await exitAboveAnElement(
      html`<header id="head" style="position:sticky;top:0;height:120px;background:#eee;z-index:5"></header>
        <div style="height:1000px"></div>
        <a id="up" href="#up" style="display:block;line-height:20px">A link of the page’s</a>
        <div style="height:300px"></div>`,
    );
    const head = wrapper.querySelector<HTMLElement>('#head')!;
    // A mega menu: links ten boxes deep in the header.
    head.innerHTML = deep('<a href="#m1">One</a> <a href="#m2">Two</a> <a href="#m3">Three</a>');
    const up = wrapper.querySelector<HTMLElement>('#up')!;
    try {
      await executeServerCommand('bring-to-front');
      window.scrollBy(0, up.getBoundingClientRect().top - 300);
      await aTimeout(100);
      const y = scrollY;
      expect(y).to.be.above(500);
      for (const link of head.querySelectorAll('a')) {
        link.focus();
        await aTimeout(30);
        expect(scrollY, link.textContent!).to.equal(y);
      }
      // The page's own modal dialog, its Close button deep inside: the page behind stays put.
      const dialog = wrapper.appendChild(document.createElement('dialog'));
      dialog.innerHTML = deep('<button>Close</button>');
      dialog.showModal();
      await aTimeout(50);
      dialog.querySelector('button')!.focus();
      await aTimeout(50);
      dialog.close();
      dialog.remove();
      expect(scrollY).to.equal(y);
      // A mouse pressed on a link partly under the header: nothing moves until it is released, so
      // the click lands; then the link is scrolled clear.
      window.scrollBy(0, up.getBoundingClientRect().top - 108);
      await aTimeout(50);
      let clicks = 0;
      up.addEventListener('click', (e) => {
        e.preventDefault();
        clicks++;
      });
      const r = up.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.left + 10), Math.round(r.bottom - 3)] });
      await sendMouse({ type: 'down' });
      await aTimeout(100);
      expect(document.activeElement).to.equal(up);
      expect(Math.round(up.getBoundingClientRect().top)).to.equal(Math.round(r.top));
      await sendMouse({ type: 'up' });
      expect(clicks).to.equal(1);
      await waitUntil(() => up.getBoundingClientRect().top >= 120, 'the link clear of the header', { timeout: 2000 });
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
      window.scrollTo(0, 0);
    }
  });

  it('in a page that scrolls its content in a box of its own, with no header, leaves a link at its top where it is', async () => {
    const { wrapper } = await linkAboveTheExit(
      html`<div style="height:50px"></div>
        <a id="top" href="#top" style="display:block">Near the top of the page</a>`,
      200,
      'position:fixed;inset:0;overflow-y:auto',
    );
    await executeServerCommand('bring-to-front');
    // Scrolled a little: the link is 2 px from the top, all of it in view.
    wrapper.scrollTop = 48;
    const top = wrapper.querySelector<HTMLElement>('#top')!;
    await aTimeout(50);
    const at = top.getBoundingClientRect().top;
    expect(Math.round(at)).to.equal(2);
    top.focus();
    await aTimeout(100);
    expect(top.getBoundingClientRect().top).to.equal(at);
  });

  it('pinned to the top, finds a header inside a component of the page’s and a notice stacked under it, and follows a header sliding back', async () => {
    // A council's header drawn by a component of its own (fixed inside its open shadow root: the
    // page's hit test stops at the component), with a notice fixed under it.
    if (!customElements.get('council-header'))
      customElements.define(
        'council-header',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML =
              '<header style="position:fixed;top:0;left:0;right:0;height:56px;background:#eee;z-index:5"></header>';
          }
        },
      );
    const { wrapper, el, bar } = await exitAboveAnElement(
      html`<council-header></council-header>
        <div id="notice" style="position:fixed;top:56px;left:0;right:0;height:30px;background:#fd0;z-index:5"></div>
        <header id="head" style="position:sticky;top:0;height:56px;background:#eee;z-index:5;display:none"></header>`,
    );
    const top = () => Math.round(bar().getBoundingClientRect().top);
    try {
      await pinToTop(el, bar);
      await sitsAt(bar, 86, 'below the header and the notice');

      // A header of the page's that hides as the page scrolls down, and slides back (a transition).
      wrapper.querySelector('council-header')!.remove();
      wrapper.querySelector('#notice')!.remove();
      const head = wrapper.querySelector<HTMLElement>('#head')!;
      head.style.cssText += ';display:block;transform:translateY(-100%)';
      await sitsAt(bar, 0, 'up to the top');
      head.style.transition = 'transform 600ms linear';
      const ended = new Promise((r) => head.addEventListener('transitionend', r, { once: true }));
      head.style.transform = 'none';
      // Three quarters of the way, the button is with the header's foot (not over it, waiting for
      // the half-second check), and there as the header stops.
      await aTimeout(450);
      await new Promise((r) => requestAnimationFrame(r));
      expect(top(), 'with the header as it slides').to.be.at.least(head.getBoundingClientRect().bottom - 16);
      await ended;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(top(), 'below the header as it stops').to.equal(56);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('pinned to the top, finds the header of a page that is one app shell (the element in its slot)', async () => {
    if (!customElements.get('app-shell'))
      customElements.define(
        'app-shell',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML =
              '<header style="position:fixed;top:0;left:0;right:0;height:50px;background:#eee;z-index:5"></header><slot></slot>';
          }
        },
      );
    const wrapper = await mount(
      html`<app-shell>
        <div style="height:100px"></div>
        <rpc-quick-exit></rpc-quick-exit>
        <rpc-exit-probe style="display:block;height:3000px"></rpc-exit-probe>
      </app-shell>`,
    );
    const el = wrapper.querySelector('rpc-quick-exit')!;
    const bar = () => el.shadowRoot!.querySelector<HTMLElement>('.bar')!;
    try {
      await pinToTop(el, bar);
      await sitsAt(bar, 50, 'below the shell’s header');
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('is pinned to the bottom of the window while its place is further down, over nothing that scrolling cannot uncover (WCAG 2.4.11)', async () => {
    // A council page on a phone: its header's Menu button at the top right, the element further
    // down; a link's foot near the window's, where the pinned button sits (above the page's own
    // bar fixed at the bottom, 40 px high).
    const { wrapper, el, bar, low } = await linkAboveTheExit(
      html`<div style="display:flex;justify-content:flex-end"><button id="menu">Menu</button></div>`,
      50,
    );
    const menu = wrapper.querySelector<HTMLElement>('#menu')!;
    document.documentElement.style.setProperty('--rpc-quick-exit-bottom', '40px');
    try {
      window.scrollTo(0, 0);
      await executeServerCommand('bring-to-front');
      await waitUntil(() => bar().classList.contains('bottom'), 'pinned to the bottom while its place is below', {
        timeout: 5000,
      });
      await el.updateComplete;
      const pinned = bar().getBoundingClientRect();
      expect(Math.round(pinned.bottom)).to.equal(innerHeight - 40);
      // The top of the page is clear: the header's Menu button can be seen, tapped and focused.
      const m = menu.getBoundingClientRect();
      expect(m.bottom <= pinned.top || m.top >= pinned.bottom, 'Menu not under the button').to.equal(true);
      // A page link under the button gets focus: the page scrolls it clear above the button.
      expect(low.getBoundingClientRect().bottom).to.be.above(pinned.top);
      low.focus();
      await waitUntil(() => scrollY > 0, 'scrolled', { timeout: 2000 });
      await aTimeout(50);
      expect(low.getBoundingClientRect().bottom).to.be.at.most(bar().getBoundingClientRect().top);
      // Its place scrolled into view: the button sits there, pinned no longer.
      window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 100);
      await waitUntil(() => !bar().classList.contains('pinned'), 'in place', { timeout: 5000 });
    } finally {
      document.documentElement.style.removeProperty('--rpc-quick-exit-bottom');
      window.scrollTo(0, 0);
    }
  });

  it('scrolls a focused link clear inside a page whose content scrolls in a box of its own', async () => {
    const { wrapper, el, bar, low } = await linkAboveTheExit(nothing, 30, 'position:fixed;inset:0;overflow-y:auto');
    await executeServerCommand('bring-to-front');
    wrapper.scrollBy(0, 1);
    await waitUntil(() => bar().classList.contains('bottom'), 'pinned to the bottom', { timeout: 5000 });
    const button = () => el.shadowRoot!.querySelector('.exit')!.getBoundingClientRect();
    expect(low.getBoundingClientRect().bottom).to.be.above(button().top);
    low.focus();
    await waitUntil(() => wrapper.scrollTop > 1, 'the box scrolled', { timeout: 2000 });
    await aTimeout(50);
    expect(low.getBoundingClientRect().bottom).to.be.at.most(button().top);
  });

  it('sits above a bar of the page’s fixed at the bottom, throws no tall box a long way, and is never left pinned past its place', async () => {
    // A cookie banner fixed at the bottom (no token set), a page's <main> that a click focuses,
    // and a footer of links past the element.
    const wrapper = await mount(
      html`<div>
        <div id="main" tabindex="-1" style="height:${innerHeight * 2}px">Long page text</div>
        <rpc-quick-exit></rpc-quick-exit>
        <div style="height:600px"></div>
        <footer style="height:${innerHeight}px">
          <a id="last" href="#last" style="display:block">Make a complaint</a>
        </footer>
        <div id="banner" style="position:fixed;left:0;right:0;bottom:0;height:70px;background:#eee">
          <button id="reject">Reject</button>
        </div>
      </div>`,
    );
    const el = wrapper.querySelector('rpc-quick-exit')!;
    const bar = () => el.shadowRoot!.querySelector<HTMLElement>('.bar')!;
    const banner = wrapper.querySelector<HTMLElement>('#banner')!;
    // The banner comes after the page has loaded (as a consent script adds it), with no scroll.
    banner.remove();
    try {
      window.scrollTo(0, 0);
      await executeServerCommand('bring-to-front');
      await waitUntil(() => bar().classList.contains('bottom'), 'pinned to the bottom', { timeout: 5000 });
      wrapper.append(banner);
      // Above the banner, which it would otherwise cover (its Reject button too).
      await waitUntil(
        () => bar().getBoundingClientRect().bottom <= banner.getBoundingClientRect().top + 0.5,
        'above the banner',
        { timeout: 2000 },
      );
      // A click in the page's text focuses <main>, which reaches under the button: nothing moves.
      wrapper.querySelector<HTMLElement>('#main')!.focus({ preventScroll: true });
      await aTimeout(50);
      expect(scrollY).to.equal(0);
      // The banner goes (answered): the button goes down to the bottom of the window.
      banner.remove();
      await waitUntil(() => Math.round(bar().getBoundingClientRect().bottom) === innerHeight, 'back at the bottom', {
        timeout: 2000,
      });
      // A jump straight past the element (a link to the footer): the button is not left pinned there.
      window.scrollTo(0, document.documentElement.scrollHeight);
      await waitUntil(() => !bar().classList.contains('bottom'), 'not pinned to the bottom past its place', {
        timeout: 2000,
      });
      // The footer's last link, focused, is never under it.
      const link = wrapper.querySelector<HTMLElement>('#last')!;
      link.focus();
      await aTimeout(100);
      const last = link.getBoundingClientRect();
      const button = el.shadowRoot!.querySelector('.exit')!.getBoundingClientRect();
      const under =
        last.top < button.bottom && last.bottom > button.top && last.left < button.right && last.right > button.left;
      expect(under, 'the last link under the button').to.equal(false);
    } finally {
      window.scrollTo(0, 0);
    }
  });
});
