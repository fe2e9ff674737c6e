/**
 * What a page shows when an element's code cannot load (a chunk missing from the upload, a
 * network error): never a blank space. Every element of the given tags that is not defined gets,
 * in a shadow root of its own (out of reach of the page's style sheets: a CMS theme's
 * `a { display: none }` cannot hide a number), 999 and the national domestic abuse helplines as
 * links, in English or Welsh, and a link that leaves the page; the webmaster reads in the console
 * which file failed. Copied into each CDN entry file (rollup.config.mjs), bundled with the little it
 * imports, so it works when every other file fails. It finds elements in the open shadow roots of
 * the page's own components too (`deepAll`).
 */
import { deepAll, langOf } from './deep.js';

/** 999 and the national helplines (the rules' NATIONAL_CONTACTS; a test keeps them the same). */
export const FALLBACK_PHONES = [
  ['999', '999'],
  ['England', '0808 2000 247'],
  ['Wales', '0808 80 10 800'],
  ['Scotland', '0800 027 1234'],
  ['Northern Ireland', '0808 802 1414'],
] as const;

const WORDS = {
  en: {
    failed: 'This tool did not load.',
    still: 'You can still call the helplines below.',
    danger: 'If you are in danger now, call',
    helplines: 'Free, private domestic abuse helplines, open 24 hours:',
    places: { England: 'England', Wales: 'Wales', Scotland: 'Scotland', 'Northern Ireland': 'Northern Ireland' },
    exit: 'Exit this page',
  },
  cy: {
    failed: 'Wnaeth yr offeryn hwn ddim llwytho.',
    still: 'Gallwch ffonio’r llinellau cymorth isod o hyd.',
    danger: 'Os ydych chi mewn perygl nawr, ffoniwch',
    helplines: 'Llinellau cymorth cam-drin domestig am ddim a phreifat, ar agor 24 awr:',
    places: { England: 'Lloegr', Wales: 'Cymru', Scotland: 'Yr Alban', 'Northern Ireland': 'Gogledd Iwerddon' },
    exit: 'Gadael y dudalen hon',
  },
} as const;

const DEFAULT_EXIT = 'https://www.bbc.co.uk/weather';

/**
 * A press under way on a drawn first screen (packages/elements/src/first-screen.ts `PRESSING`), or
 * on a box (set by the box: the element's code waits for it before it draws over the box).
 */
const PRESSING = Symbol.for('rpc-kit.first-pressing');
/** How long a press is waited for, at most (a key let go outside the page never ends one). */
const PRESS_MS = 10_000;
type Pressable = Element & Record<symbol, boolean>;

/** Marks presses under way on `target` (pointer or Space down), until just after they end. */
function markPresses(target: Pressable): void {
  target.addEventListener('pointerdown', () => (target[PRESSING] = true));
  target.addEventListener('keydown', (e) => (target[PRESSING] ||= (e as KeyboardEvent).key === ' '));
  for (const type of ['pointerup', 'pointercancel', 'keyup'])
    addEventListener(type, () => target[PRESSING] && setTimeout(() => (target[PRESSING] = false)), true);
}

/** The box an element shows (in its shadow root, or in its own content as a last resort), if it shows one. */
const boxOf = (el: Element): Element | undefined =>
  [...(el.shadowRoot?.children ?? []), ...el.children].find((n) => n.hasAttribute('data-rpc-fallback'));

/** The box's one style: a block (the page's font and colours carry in; nothing else of the page's styles reaches it). */
const BOX_CSS = ':host{display:block}';
let boxSheet: CSSStyleSheet | undefined;

/** The box that is the page's one alert, whichever file showed it (each has its own copy of this code). */
const ALERT = Symbol.for('rpc-kit.fallback-alert');
const page = globalThis as unknown as Record<symbol, Element | undefined>;

/**
 * Resolves once no box of these tags has a press under way (at most `PRESS_MS`): the element's code,
 * come after a box was shown, is defined only then, so a tap on the box's 999 is not lost under it.
 */
export function afterBoxPresses(tags: readonly string[]): Promise<void> {
  const began = Date.now();
  return new Promise((resolve) => {
    const check = (): unknown =>
      deepAll(tags.join(',')).some((el) => (boxOf(el) as Pressable | undefined)?.[PRESSING]) &&
      Date.now() - began < PRESS_MS
        ? setTimeout(check, 50)
        : resolve();
    check();
  });
}

/**
 * Shows the helplines in every undefined element of these tags, once each: a box in the element's
 * own content (shown because the element never upgraded), in place of a first screen drawn by the
 * entry file (its Start cannot work now). Never under a finger: an element with a press under way on
 * its drawn screen is done once the press has ended (a tap on its 999 is not lost).
 *
 * `stalled`: the code is slow, not failed (it may still come). A drawn first screen already shows
 * 999, the helplines and the quick exit, and stays (with the page's one quick exit in it, perhaps):
 * once its Start is pressed (which cannot work yet), it says the tool did not load, beside Start,
 * and opens "Need help now?". If the code comes, the element takes it over on its introduction (the
 * press is not made again: the person has been sent to the helplines), and takes any box away
 * (`clearFallback` in @rpc-kit/elements).
 */
export function showFallback(tags: readonly string[], error: unknown, file: string, stalled = false): void {
  // Said once: a failure at once, a stall only once something shows it (once for the file).
  let told = stalled && toldStalled.has(file);
  const tell = (): void => {
    if (!told) console.error(message(file, error, stalled));
    told = true;
    if (stalled) toldStalled.add(file);
  };
  if (!stalled) tell();
  const began = Date.now();
  const run = (): void => {
    let pressing = false;
    for (const el of deepAll(tags.join(','))) {
      const root = el.shadowRoot as (ShadowRoot & Record<symbol, boolean>) | null;
      if (customElements.get(el.localName) || boxOf(el)) continue;
      const drawn = root?.querySelector('[data-rpc-first]');
      // Slow, not failed: a screen already there (a server's, say) stays.
      if (stalled && root && !drawn) continue;
      if (drawn && root![PRESSING] && Date.now() - began < PRESS_MS) {
        pressing = true;
        continue;
      }
      const lang = langOf(el).toLowerCase().startsWith('cy') ? 'cy' : 'en';
      const w = WORDS[lang];
      if (stalled && drawn) {
        const start = drawn.querySelector('[data-rpc-pressed]');
        if (!start) continue;
        // Not pressed again by the element if its code comes: the person has been sent to the
        // helplines, and stays there (the element takes over on its introduction, focus kept).
        start.removeAttribute('data-rpc-pressed');
        const words = `${w.failed} ${w.still}`;
        // Said at each press, in the screen's live region (which said "Loading.").
        const status = drawn.querySelector('[role="status"]');
        if (status) status.textContent = words;
        if (!drawn.querySelector('[data-rpc-fallback]')) {
          const note = document.createElement('p');
          note.dataset.rpcFallback = '';
          note.append(words);
          // As the element's own "did not load" line: bold (a style property: a strict policy allows it).
          note.style.fontWeight = '700';
          start.after(note);
        }
        const help = drawn.querySelector('details');
        if (help) help.open = true;
        tell();
        continue;
      }
      const box = document.createElement('div');
      box.dataset.rpcFallback = '';
      // One alert for the page (the all-in-one file has four elements; an element added later).
      if (!page[ALERT]?.isConnected) {
        box.setAttribute('role', 'alert');
        page[ALERT] = box;
      }
      markPresses(box as unknown as Pressable);
      const p = (text: string) => box.appendChild(document.createElement('p')).append(text);
      const tel = (number: string) => {
        const a = document.createElement('a');
        a.href = `tel:${number.replace(/\s/g, '')}`;
        a.textContent = number;
        return a;
      };
      p(w.failed);
      const danger = box.appendChild(document.createElement('p'));
      danger.append(`${w.danger} `, tel('999'), '.');
      p(w.helplines);
      const list = box.appendChild(document.createElement('ul'));
      for (const [place, number] of FALLBACK_PHONES.slice(1)) {
        const li = list.appendChild(document.createElement('li'));
        li.append(`${w.places[place as keyof typeof w.places]}: `, tel(number));
      }
      const exit = box.appendChild(document.createElement('p')).appendChild(document.createElement('a'));
      const url = el.getAttribute('exit-url') ?? '';
      exit.href = /^https:\/\//.test(url) ? url : DEFAULT_EXIT;
      exit.rel = 'noreferrer';
      exit.textContent = w.exit;
      exit.addEventListener('click', (event) => {
        event.preventDefault();
        location.replace(exit.href);
      });
      // In place of a first screen drawn by the entry file (its Start cannot work now), or of a
      // server's: the element's code, if it comes, draws in this shadow root (`clearFallback`).
      try {
        const own = root ?? el.attachShadow({ mode: 'open' });
        if (!boxSheet) (boxSheet = new CSSStyleSheet()).replaceSync(BOX_CSS);
        own.adoptedStyleSheets = [boxSheet];
        own.replaceChildren(box);
      } catch {
        // A shadow root the page closed to scripts: in the element's own content, as a last resort.
        el.prepend(box);
      }
      tell();
    }
    if (pressing) setTimeout(run, 50);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

/** The files whose stall the console has been told of. */
const toldStalled = new Set<string>();

/** What the webmaster reads in the console. */
const message = (file: string, error: unknown, stalled: boolean): string =>
  stalled
    ? `RPC Kit: ${file} is still waiting for its code (${String(error)}): the helplines show meanwhile, and the element replaces them if its code comes.`
    : /TrustedType/.test(String(error))
      ? `RPC Kit: ${file} was refused by the page's Content Security Policy (${String(error)}): add lit-html to its trusted-types directive.`
      : `RPC Kit: ${file} could not load its code (${String(error)}). Upload the whole rpc-kit folder, with its chunks folder, as it was released (every file is checked: a file from another version, or changed by a proxy or a script optimiser, is refused), and serve it from a web server.`;

/** How long an element's code may take before its element shows the helplines meanwhile (ms). */
export const SLOW_MS = 10_000;

/**
 * A file that never answers (a stalled connection: no error, no end) must not leave an element
 * blank, or a parent pressing a drawn Start with no word: once the code has taken `SLOW_MS`, every
 * element of these tags not yet defined shows the helplines (`showFallback`, `stalled`), and so does
 * a drawn screen whose Start is pressed after that.
 */
export function watchForStall(tags: readonly string[], file: string, ms = SLOW_MS): () => void {
  let late = false;
  const show = (): void => showFallback(tags, new Error(`not here after ${ms / 1000} s`), file, true);
  // An element added to the page while the code is late (by a page's own script) gets the helplines too.
  const added = new MutationObserver(show);
  const timer = setTimeout(() => {
    late = true;
    show();
    added.observe(document, { childList: true, subtree: true });
  }, ms);
  // After the drawn screen has marked the press (its own listener, in its shadow root, runs first).
  const press = (e: Event): unknown => late && tags.includes((e.target as Element).localName) && setTimeout(show);
  addEventListener('click', press, true);
  // What stops the watch (the code came).
  return () => {
    clearTimeout(timer);
    removeEventListener('click', press, true);
    added.disconnect();
  };
}
