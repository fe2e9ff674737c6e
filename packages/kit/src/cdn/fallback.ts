/**
 * What a page shows when an element's code cannot load (a chunk missing from the upload, a
 * network error): never a blank space. Every element of the given tags that is not defined gets,
 * in its own content (shown because the element never upgraded), 999 and the national domestic
 * abuse helplines as links, in English or Welsh, and a link that leaves the page; the webmaster
 * reads in the console which file failed. Copied into each CDN entry file (rollup.config.mjs), so
 * it works when every other file fails: it imports nothing.
 */

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
    danger: 'If you are in danger now, call',
    helplines: 'Free, private domestic abuse helplines, open 24 hours:',
    places: { England: 'England', Wales: 'Wales', Scotland: 'Scotland', 'Northern Ireland': 'Northern Ireland' },
    exit: 'Exit this page',
  },
  cy: {
    failed: 'Wnaeth yr offeryn hwn ddim llwytho.',
    danger: 'Os ydych chi mewn perygl nawr, ffoniwch',
    helplines: 'Llinellau cymorth cam-drin domestig am ddim a phreifat, ar agor 24 awr:',
    places: { England: 'Lloegr', Wales: 'Cymru', Scotland: 'Yr Alban', 'Northern Ireland': 'Gogledd Iwerddon' },
    exit: 'Gadael y dudalen hon',
  },
} as const;

const DEFAULT_EXIT = 'https://www.bbc.co.uk/weather';

/**
 * Shows the helplines in every undefined element of these tags, once each. `stalled`: the code is
 * slow, not failed (it may still come), so a first screen drawn by the entry file stays, with its
 * working 999, helplines and quick exit, unless its Start was pressed (and cannot work yet).
 */
export function showFallback(tags: readonly string[], error: unknown, file: string, stalled = false): void {
  console.error(
    stalled
      ? `RPC Kit: ${file} is still waiting for its code (${String(error)}): the helplines show meanwhile, and the element replaces them if its code comes.`
      : `RPC Kit: ${file} could not load its code (${String(error)}). Upload the whole rpc-kit folder, with its chunks folder, as it was released (every file is checked: a file from another version, or changed by a proxy or a script optimiser, is refused), and serve it from a web server.`,
  );
  const run = () => {
    for (const el of document.querySelectorAll<HTMLElement>(tags.join(','))) {
      if (customElements.get(el.localName) || el.querySelector('[data-rpc-fallback]')) continue;
      const drawn = el.shadowRoot?.querySelector('[data-rpc-first]');
      if (stalled && drawn && !drawn.querySelector('[data-rpc-pressed]')) continue;
      const lang = (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('cy') ? 'cy' : 'en';
      const w = WORDS[lang];
      const box = document.createElement('div');
      box.dataset.rpcFallback = '';
      box.setAttribute('role', 'alert');
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
      el.prepend(box);
      // A first screen drawn by the entry file (its Start cannot work now): the box shows instead.
      // (An element whose code comes after all takes both away: `clearFallback` in @rpc-kit/elements.)
      const slot = document.createElement('slot');
      slot.dataset.rpcFallback = '';
      el.shadowRoot?.replaceChildren(slot);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

/** How long an element's code may take before its element shows the helplines meanwhile (ms). */
export const SLOW_MS = 10_000;

/**
 * A file that never answers (a stalled connection: no error, no end) must not leave an element
 * blank, or a parent pressing a drawn Start with no word: once the code has taken `SLOW_MS`, every
 * element of these tags not yet defined shows the helplines (`showFallback`, `stalled`), and so does
 * a drawn screen whose Start is pressed after that. Returns what stops the watch (the code came).
 */
export function watchForStall(tags: readonly string[], file: string, ms = SLOW_MS): () => void {
  let late = false;
  const show = (): void => showFallback(tags, new Error(`not here after ${ms / 1000} s`), file, true);
  const timer = setTimeout(() => {
    late = true;
    show();
  }, ms);
  // After the drawn screen has marked the press (its own listener, in its shadow root, runs first).
  const press = (e: Event): unknown => late && tags.includes((e.target as Element).localName) && setTimeout(show);
  addEventListener('click', press, true);
  return () => {
    clearTimeout(timer);
    removeEventListener('click', press, true);
  };
}
