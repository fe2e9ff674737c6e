/**
 * The first screen a CDN entry file draws in its element before the element's code has loaded:
 * the element's own first draw (its introduction, Start, the quick exit, "Need help now?" with 999
 * and the helplines), rendered at build time by Lit's server renderer (scripts/first-screens.mjs)
 * with the element's templates, words and styles. So a parent on a slow phone sees 999, the
 * helplines and the quick exit one download sooner, and the page keeps still: the element, once
 * defined, draws the same screen in its place (`FirstScreenTakeover` in @rpc-kit/elements), keeps
 * the focus, an open "Need help now?" and a press of Start.
 *
 * Bundled into each entry file with the fallback (rollup.config.mjs), with the quick exit's cover
 * (exit-cover.ts in @rpc-kit/elements, which imports nothing): it needs no other file, so it works
 * whatever else fails. It builds the screen with the DOM (no markup parsed: a page's Trusted Types
 * policy has nothing to refuse). A practitioner's element, or one already drawn, draws itself.
 */
import {
  COVER_ID,
  FIRST_SHIFT_KEY,
  REGISTRY_KEY,
  coverPage,
  isShown,
  noReferrer,
  type EarlyPresses,
} from '../../../elements/src/exit-cover.js';
import { PRESSING } from '../../../elements/src/first-screen.js';

export { PRESSING };

/** A node of a first screen: a text, or an element as [tag, [name, value, ...], ...children]. */
export type ScreenNode = string | [string, string[], ...ScreenNode[]];

/** One element's first screen, in English and Welsh (scripts/first-screens.mjs). */
export interface FirstScreen {
  /** The audience the screen was drawn for: the element's own, with no `audience` attribute. */
  readonly audience: 'parent' | 'practitioner';
  /** The element's style sheet, and its quick exit's (each cut to the rules the screen may use). */
  readonly css: string;
  readonly exitCss: string;
  /** The shadow root's nodes (the frame has `data-rpc-first`, the quick exit's place `data-rpc-first-exit`). */
  readonly screen: Readonly<Record<Locale, readonly ScreenNode[]>>;
  /** The quick exit's nodes, as the page's one button. */
  readonly exit: Readonly<Record<Locale, readonly ScreenNode[]>>;
  /** What the cover says while the next site loads. */
  readonly cover: Readonly<Record<Locale, string>>;
}

type Locale = 'en' | 'cy';

/** The rules' DEFAULT_QUICK_EXIT_URL: before its config is checked, an element leaves there too. */
const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** How the page is left: its history entry replaced. Replaced only by tests. */
export const leaving = { to: (url: string): void => location.replace(url) };

/** Page-wide (every entry file on the page): the drawn quick exit, the Shift listener. */
const EXIT_KEY = Symbol.for('rpc-kit.first-exit');
interface ShownExit {
  readonly host: Element;
  readonly root: ShadowRoot;
}
const store = globalThis as unknown as Record<symbol, unknown>;
const registry = () =>
  store[REGISTRY_KEY] as { exit?: () => void; hasButton?: () => boolean; listens?: () => boolean } | undefined;
// The page's quick exit takes over from the drawn one only once it has a button (for the button),
// or an element or a button (for Shift): its code can run before any element's, as the chunks run
// one by one. A copy of RPC Kit from before these were asked has them as soon as it is there.
const registryCan = (what: 'hasButton' | 'listens'): boolean => {
  const r = registry();
  return !!r && (r[what]?.() ?? true);
};

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

function build(node: ScreenNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const el = document.createElement(tag);
  for (let i = 0; i < attributes.length; i += 2) el.setAttribute(attributes[i]!, attributes[i + 1]!);
  el.append(...children.map(build));
  return el;
}

/** The element's language as the element reads it: Welsh if the nearest `lang` is Welsh (`cy`, `cy-GB`). */
const localeOf = (el: Element): Locale =>
  /^cy(-|$)/i.test(el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang) ? 'cy' : 'en';

/**
 * Draws the first screen in every element of `tag` on the page that is not defined and has no
 * shadow root, and is for the screen's audience (no `audience` attribute, or the same). Returns
 * whether it drew any.
 */
export function drawFirstScreens(tag: string, first: FirstScreen): boolean {
  const drawn: [HTMLElement, ShadowRoot, Locale][] = [];
  if (customElements.get(tag)) return false;
  for (const el of document.querySelectorAll<HTMLElement>(tag)) {
    // Another audience's words differ: the element draws them itself.
    const audience = el.getAttribute('audience');
    // A box the autoloader showed while this file was late (999 and the helplines) stays until the
    // element draws itself: no screen is swapped under a finger on its 999.
    if (el.shadowRoot || (audience && audience !== first.audience) || el.querySelector(':scope > [data-rpc-fallback]'))
      continue;
    const locale = localeOf(el);
    const root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet(first.css)];
    root.append(...first.screen[locale].map(build));
    listenForPresses(root, first.cover[locale]);
    drawn.push([el, root, locale]);
  }
  if (!drawn.length) return false;
  // The quick exit in the first element that is shown (not in a hidden tab or panel), else the
  // first. With one element, no style is worked out here (it would be, in this task, before the paint).
  const [host, root, locale] = (drawn.length > 1 && drawn.find(([el]) => isShown(el))) || drawn[0]!;
  showExit(host, root, first, locale);
  listenForShift(first);
  return true;
}

/**
 * Start pressed before the element is ready (the element presses it again; meanwhile the screen's
 * live region says it is loading), and presses under way.
 */
function listenForPresses(root: ShadowRoot, loading: string): void {
  const mine = (): boolean => !!root.firstElementChild?.hasAttribute('data-rpc-first');
  const state = root as unknown as Record<symbol, boolean>;
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest?.('button');
    if (!button || !mine()) return;
    button.dataset.rpcPressed = '';
    const status = root.querySelector('[role="status"]');
    if (status) status.textContent = loading;
  });
  root.addEventListener('pointerdown', () => (state[PRESSING] = mine()));
  root.addEventListener('keydown', (e) => (state[PRESSING] = (e as KeyboardEvent).key === ' ' && mine()));
  // Let go: after the click it makes (a task later), so the element cannot take over in between.
  for (const type of ['pointerup', 'pointercancel', 'keyup'])
    addEventListener(type, () => state[PRESSING] && setTimeout(() => (state[PRESSING] = false)), true);
}

/**
 * The quick exit, in the first element on the page (the registry's choice), unless the page's
 * quick exit is already there (an element or a button of RPC Kit loaded before); hidden, keeping
 * its place, once the page's own quick exit has loaded (its buttons show then).
 */
function showExit(host: Element, root: ShadowRoot, first: FirstScreen, locale: Locale): void {
  const place = root.querySelector('[data-rpc-first-exit]');
  const shown = store[EXIT_KEY] as ShownExit | undefined;
  if (!place || registryCan('hasButton')) return;
  if (shown?.host.isConnected) {
    // Another file drew one: the first shown element keeps it.
    const before = !!(host.compareDocumentPosition(shown.host) & Node.DOCUMENT_POSITION_FOLLOWING);
    const [mine, theirs] = [isShown(host), isShown(shown.host)];
    if (mine === theirs ? !before : !mine) return;
    shown.root.replaceChildren();
  }
  // Kept at the top of the window while the element is on screen, as the element's own quick exit
  // pins itself once its code has loaded: a parent who scrolls before then still has it in reach.
  // Set through the CSS object model (a strict style-src has nothing to refuse); at the top of the
  // page it sits where it always does, so the element takes over with nothing moved.
  const { style } = place as HTMLElement;
  style.setProperty('position', 'sticky');
  style.setProperty('top', '0');
  style.setProperty('z-index', '1');
  const exitRoot = place.attachShadow({ mode: 'open' });
  exitRoot.adoptedStyleSheets = [sheet(first.exitCss)];
  exitRoot.append(...first.exit[locale].map(build));
  exitRoot.querySelector('button')?.addEventListener('click', () => leave(first.cover[locale], locale));
  store[EXIT_KEY] = { host, root: exitRoot };
  const pressing = root as unknown as Record<symbol, boolean>;
  const hide = (): unknown =>
    pressing[PRESSING] ? setTimeout(hide, 50) : (place as HTMLElement).style.setProperty('visibility', 'hidden');
  // Hidden once the page's quick exit shows a button (checked every 50 ms while this one is there).
  const hideWhenShown = (): unknown =>
    registryCan('hasButton') ? hide() : place.isConnected && setTimeout(hideWhenShown, 50);
  void customElements.whenDefined('rpc-quick-exit').then(() => setTimeout(hideWhenShown));
}

/**
 * Shift pressed 3 times (alone, within 5 seconds) leaves: one listener for the page, which gives
 * way to the page's quick exit registry once an element has made it (which goes on from the
 * presses counted here: three spanning the hand-over still leave).
 */
function listenForShift(first: FirstScreen): void {
  if (store[FIRST_SHIFT_KEY]) return;
  // Shared with the registry, which goes on from these presses once an element has loaded.
  const count: EarlyPresses = { presses: 0, started: 0 };
  store[FIRST_SHIFT_KEY] = count;
  let alone = false;
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Shift') alone ||= !e.repeat;
      else [alone, count.presses] = [false, 0];
    },
    true,
  );
  document.addEventListener(
    'keyup',
    (e) => {
      if (e.key !== 'Shift' || e.isComposing || !alone || registryCan('listens')) return;
      alone = false;
      if (!count.presses || Date.now() - count.started > 5000) [count.presses, count.started] = [0, Date.now()];
      const locale = localeOf(document.documentElement);
      if (++count.presses < 3) return;
      count.presses = 0;
      leave(first.cover[locale], locale);
    },
    true,
  );
}

/**
 * Leaves the page: covered at once (the same cover as the element's quick exit), no referrer, its
 * history entry replaced. Once an element has loaded, its quick exit leaves (to the council's
 * address, wiping what it holds).
 */
function leave(text: string, locale: Locale): void {
  const loaded = registry();
  if (loaded?.exit) return loaded.exit();
  if (!document.getElementById(COVER_ID)) {
    const uncover = coverPage(text, locale);
    // Brought back by the back-forward cache: the page as it was (it held no answers yet).
    addEventListener('pageshow', (e) => e.persisted && uncover(), { once: true });
  }
  noReferrer();
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
