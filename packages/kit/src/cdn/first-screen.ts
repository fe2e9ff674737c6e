/**
 * The first screen a CDN entry file draws in its element before the element's code has loaded:
 * the element's own first draw (its introduction, Start, the quick exit, "Need help now?" with 999
 * and the helplines), rendered at build time by Lit's server renderer (scripts/first-screens.mjs)
 * with the element's templates, words and styles. So a parent on a slow phone sees 999, the
 * helplines and the quick exit one download sooner, and the page keeps still: the element, once
 * defined, draws the same screen in its place (`FirstScreenTakeover` in @rpc-kit/elements), keeps
 * the focus, an open "Need help now?" and a press of Start.
 *
 * Compiled into each entry file with the fallback (rollup.config.mjs): it imports nothing, so it
 * works whatever else fails. What it cannot draw exactly, it leaves to the element: a
 * practitioner's element, one already drawn, a page whose policy refuses markup (Trusted Types).
 */

/** One element's first screen, in English and Welsh (scripts/first-screens.mjs). */
export interface FirstScreen {
  /** The element's style sheet, and its quick exit's. */
  readonly css: string;
  readonly exitCss: string;
  /** The shadow root's markup (the frame has `data-rpc-first`, the quick exit's place `data-rpc-first-exit`). */
  readonly screen: Readonly<Record<Locale, string>>;
  /** The quick exit's markup, as the page's one button. */
  readonly exit: Readonly<Record<Locale, string>>;
  /** What the cover says while the next site loads. */
  readonly cover: Readonly<Record<Locale, string>>;
}

type Locale = 'en' | 'cy';

/** The rules' DEFAULT_QUICK_EXIT_URL: before its config is checked, an element leaves there too. */
const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** How the page is left: its history entry replaced. Replaced only by tests. */
export const leaving = { to: (url: string): void => location.replace(url) };

/** Page-wide (every entry file on the page): the element whose first screen shows the quick exit. */
const EXIT_KEY = Symbol.for('rpc-kit.first-exit');
interface ShownExit {
  readonly host: Element;
  readonly root: ShadowRoot;
}
/** Page-wide: the Shift listener is there; the page's quick exit registry (exit-registry.ts in @rpc-kit/elements). */
const SHIFT_KEY = Symbol.for('rpc-kit.first-shift');
const REGISTRY_KEY = Symbol.for('rpc-kit.quick-exit');
const store = globalThis as unknown as Record<symbol, unknown>;

const sheets = new Map<string, CSSStyleSheet>();
/** A constructed style sheet (no style markup: a strict Content Security Policy allows it). */
function sheet(css: string): CSSStyleSheet {
  let s = sheets.get(css);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css);
    sheets.set(css, s);
  }
  return s;
}

const localeOf = (el: Element): Locale =>
  /^cy\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang) ? 'cy' : 'en';

/**
 * Draws the first screen in every element of `tag` on the page that is not defined and has no
 * shadow root. Returns whether it drew any.
 */
export function drawFirstScreens(tag: string, first: FirstScreen): boolean {
  let drawn = false;
  if (customElements.get(tag)) return drawn;
  for (const el of document.querySelectorAll<HTMLElement>(tag)) {
    // A practitioner's words differ: the element draws them itself.
    const audience = el.getAttribute('audience');
    if (el.shadowRoot || (audience && audience !== 'parent')) continue;
    const locale = localeOf(el);
    try {
      const root = el.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet(first.css)];
      root.innerHTML = first.screen[locale];
      // Start pressed before the element is ready: the element presses it again once it is.
      root.addEventListener('click', (e) => {
        const button = (e.target as Element).closest?.('button');
        if (button) button.dataset.rpcPressed = '';
      });
      showExit(el, root, first, locale);
      drawn = true;
    } catch {
      // A page's Trusted Types policy, an old browser: the element draws itself once loaded.
    }
  }
  if (drawn) listenForShift(first);
  return drawn;
}

/**
 * The quick exit, in the first element on the page (the registry's choice), unless the page placed
 * its own or already has the page's quick exit (an element of RPC Kit loaded before).
 */
function showExit(host: Element, root: ShadowRoot, first: FirstScreen, locale: Locale): void {
  const place = root.querySelector('[data-rpc-first-exit]');
  const shown = store[EXIT_KEY] as ShownExit | undefined;
  if (!place || store[REGISTRY_KEY] || document.querySelector('rpc-quick-exit')) return;
  if (shown?.host.isConnected) {
    if (!(host.compareDocumentPosition(shown.host) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
    shown.root.replaceChildren();
  }
  const exitRoot = place.attachShadow({ mode: 'open' });
  exitRoot.adoptedStyleSheets = [sheet(first.exitCss)];
  exitRoot.innerHTML = first.exit[locale];
  exitRoot.querySelector('button')?.addEventListener('click', () => leave(first.cover[locale], locale));
  store[EXIT_KEY] = { host, root: exitRoot };
}

/**
 * Shift pressed 3 times (alone, within 5 seconds) leaves: one listener for the page, which gives
 * way to the page's quick exit registry once an element has made it (it counts from then on).
 */
function listenForShift(first: FirstScreen): void {
  if (store[SHIFT_KEY]) return;
  store[SHIFT_KEY] = true;
  let presses = 0;
  let alone = false;
  let started = 0;
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Shift') alone ||= !e.repeat;
      else [alone, presses] = [false, 0];
    },
    true,
  );
  document.addEventListener(
    'keyup',
    (e) => {
      if (e.key !== 'Shift' || e.isComposing || !alone || store[REGISTRY_KEY]) return;
      alone = false;
      if (Date.now() - started > 5000) [presses, started] = [0, Date.now()];
      const locale = localeOf(document.documentElement);
      if (++presses === 3) leave(first.cover[locale], locale);
    },
    true,
  );
}

/** Covers the page at once, tells no one where it came from, and replaces it in the history. */
function leave(text: string, locale: Locale): void {
  // An element loaded since (its answers to wipe): the page's quick exit leaves, as its own button would.
  const registry = store[REGISTRY_KEY] as { exit?: (url: string) => void } | undefined;
  if (registry?.exit) return registry.exit(EXIT_URL);
  const cover = document.createElement('div');
  cover.id = 'rpc-quick-exit-overlay';
  cover.lang = locale;
  cover.setAttribute('role', 'alert');
  cover.style.cssText =
    'position:fixed!important;inset:0!important;z-index:2147483647!important;display:flex!important;align-items:center!important;justify-content:center!important;background:#fff!important;color:#0b0c0c!important;font:700 24px/1.4 Arial,sans-serif!important';
  const hidden = Array.from(document.body.children).filter((c) => !c.hasAttribute('inert'));
  for (const child of hidden) {
    child.setAttribute('inert', '');
    child.setAttribute('aria-hidden', 'true');
  }
  document.body.append(cover);
  // Brought back by the back-forward cache: the page as it was (it held no answers yet).
  addEventListener('pageshow', (e) => {
    if (!e.persisted) return;
    cover.remove();
    for (const child of hidden) {
      child.removeAttribute('inert');
      child.removeAttribute('aria-hidden');
    }
  });
  cover.textContent = text;
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  document.head.append(meta);
  leaving.to(EXIT_URL);
}

/**
 * Runs the element's loading once the first screen is painted (the next frame, or 100 ms in a
 * background tab, which has no frames), so that its code never delays that paint; at once if
 * nothing was drawn.
 */
export function afterFirstScreen(drawn: boolean, load: () => void): void {
  if (!drawn) return load();
  let done = false;
  const once = (): void => {
    if (!done) load();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
