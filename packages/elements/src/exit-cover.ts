/**
 * What the page's quick exit (exit-registry.ts) shares with the first screen a CDN entry file draws
 * before any element's code has loaded (packages/kit/src/cdn/first-screen.ts, bundled into the
 * entry file, so this imports nothing): where the registry lives, and the cover, the page covered
 * at once while the next site loads, everything else taken away from keyboards and assistive
 * technology.
 */

/** Where the page's registry lives: `globalThis[Symbol.for('rpc-kit.quick-exit')]`. */
export const REGISTRY_KEY = Symbol.for('rpc-kit.quick-exit');

/**
 * Shift presses counted by a drawn first screen before any element's code has loaded
 * (`globalThis[Symbol.for('rpc-kit.first-shift')]`): the registry goes on from them, so three
 * presses spanning the hand-over still leave.
 */
export const FIRST_SHIFT_KEY = Symbol.for('rpc-kit.first-shift');
export interface EarlyPresses {
  /** Shift presses so far (0 to 2). */
  presses: number;
  /** When the first of them was made (`Date.now()`). */
  started: number;
}

/**
 * Whether an element's box is drawn: none of its ancestors (through shadow roots) is
 * `display: none`, `visibility: hidden`, a closed `<details>` or `content-visibility: hidden`. A quick exit inside a
 * hidden tab or panel must not be the page's one button.
 */
export function isShown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  return el.getClientRects().length > 0;
}

/** The cover's look, through the CSS object model (no style markup: CSP-safe), over the browser's popover styles. */
const COVER_STYLE = [
  'position:fixed',
  'inset:0',
  'width:100%',
  'height:100%',
  'margin:0',
  'border:0',
  'padding:1em',
  'z-index:2147483647',
  'display:flex',
  'align-items:center',
  'justify-content:center',
  'background:#fff',
  'color:#0b0c0c',
  'font:700 24px/1.4 Arial,sans-serif',
  'text-align:center',
  // Whatever a page's style sheet says of `div`s or alerts: seen whole, in place, on top.
  'visibility:visible',
  'opacity:1',
  'transform:none',
  'translate:none',
  'rotate:none',
  'scale:none',
  'clip-path:none',
  'clip:auto',
  'offset-path:none',
  'offset-distance:0',
  'mask:none',
  'filter:none',
  'mix-blend-mode:normal',
  'content-visibility:visible',
  'zoom:1',
  'max-width:none',
  'max-height:none',
  'box-sizing:border-box',
]
  .map((d) => `${d}!important`)
  .join(';');

/** The cover's id: one per page, whichever copy of RPC Kit put it there. */
export const COVER_ID = 'rpc-quick-exit-overlay';

/**
 * Covers the page (in the top layer where the browser has one: above any dialog, stacking context
 * or toolbar of the page) with `text`, and hides what is under it, and anything the page adds
 * meanwhile. Returns the way to give the page back (the back-forward cache brings it back).
 */
export function coverPage(text: string, lang: string): () => void {
  const cover = document.createElement('div');
  cover.id = COVER_ID;
  cover.lang = lang;
  cover.setAttribute('role', 'alert');
  cover.style.cssText = COVER_STYLE;
  const hidden: [Element, boolean, string | null][] = [];
  const hide = (el: Element): void => {
    if (el === cover) return;
    hidden.push([el, el.hasAttribute('inert'), el.getAttribute('aria-hidden')]);
    el.setAttribute('inert', '');
    el.setAttribute('aria-hidden', 'true');
  };
  for (const child of Array.from(document.body.children)) hide(child);
  // Anything the page adds while the next site loads is hidden too.
  const watcher = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element) hide(n);
  });
  watcher.observe(document.body, { childList: true });
  document.body.append(cover);
  try {
    // The top layer: above any stacking context, transform or toolbar of the page.
    cover.popover = 'manual';
    cover.showPopover();
  } catch {
    // Older browsers: the fixed cover with the highest z-index.
  }
  // Set after it is in the page, so screen readers announce it.
  cover.textContent = text;
  return () => {
    watcher.disconnect();
    for (const [el, inert, ariaHidden] of hidden) {
      el.toggleAttribute('inert', inert);
      if (ariaHidden === null) el.removeAttribute('aria-hidden');
      else el.setAttribute('aria-hidden', ariaHidden);
    }
    cover.remove();
  };
}

/** Before leaving: a script's navigation ignores rel="noreferrer", so the page's own policy must say it. */
export function noReferrer(): void {
  if (document.querySelector('meta[data-rpc-quick-exit]')) return;
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  meta.setAttribute('data-rpc-quick-exit', '');
  (document.head ?? document.documentElement).append(meta);
}
