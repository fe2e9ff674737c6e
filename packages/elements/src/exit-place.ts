/**
 * Where the page's one quick exit button sits (see `RpcQuickExit`): where its place is against the
 * window, and how far the page's own bars fixed at the top or the bottom of the window reach (a
 * council's header, a cookie banner), so that the button pinned there sits clear of them. Worked out from the
 * boxes themselves in a frame, on every scroll and change of layout: an IntersectionObserver alone
 * misses a jump from below the window to above it (a link to the page's footer), which left the
 * button pinned over the end of the page.
 */

/** Where the button's place is: above the window (scrolled past), in it, or further down the page. */
export type Home = 'above' | 'in' | 'below';

/** The offset for a CMS toolbar at the top (`--rpc-quick-exit-top`), or a bar at the bottom, in pixels. */
export function edgeOffset(el: Element, edge: 'top' | 'bottom'): number {
  const value = getComputedStyle(el).getPropertyValue(`--rpc-quick-exit-${edge}`).trim();
  const n = parseFloat(value) || 0;
  return /r?em$/.test(value) ? n * parseFloat(getComputedStyle(document.documentElement).fontSize) : n;
}

/** Where a button `width` wide sits across the window, in line with the end of its place. */
export function spanOf(el: Element, place: DOMRect, width: number): [number, number] {
  return getComputedStyle(el).direction === 'rtl'
    ? [place.left, place.left + width]
    : [place.right - width, place.right];
}

/** Where a place is, against the band of the window between the two offsets (a toolbar, a bar). */
export function homeOf(place: DOMRect, top: number, bottom: number): Home {
  if (place.top < top - 0.5) return 'above';
  return place.bottom <= innerHeight - bottom + 0.5 ? 'in' : 'below';
}

/** The element whose shadow root holds `el`, if it is at the top of one. */
const outOf = (el: Element): Element | null => (el.getRootNode() as Partial<ShadowRoot>).host ?? null;

/** What holds a box as the page is drawn: the slot it is shown in, its parent, or the host of its shadow root. */
const up = (el: Element): Element | null => el.assignedSlot ?? el.parentElement ?? outOf(el);

/**
 * Whether a box is in one of the page's boxes fixed or stuck to the window (a header, a banner);
 * with `host`, one that does not hold it too (a header's links, not an element in a page whose
 * content scrolls in a fixed box), however deep (a mega menu; a modal dialog or a popover is fixed
 * too).
 */
export function inBar(el: Element | null, host?: Element): boolean {
  const holdsHost = (box: Element) => {
    for (let n = host ?? null; n; n = up(n)) if (n === box) return true;
    return false;
  };
  for (let depth = 0; el && (host || depth < 8); depth++, el = up(el)) {
    const { position } = getComputedStyle(el);
    if ((position === 'fixed' || position === 'sticky') && !holdsHost(el)) return true;
  }
  return false;
}

/**
 * How far from that edge of the window the page's own box fixed there (or stuck there) that holds
 * an element reaches: 0 if none. The box must start at the edge (within the band `height` high
 * there), or, for a bar stacked under another (a notice under the header), where that one ends,
 * `from`. A box over more than half the window is an overlay, not a bar; at the top, where a
 * header's menu opens below it, the row the element is in counts instead, so that its Close
 * button stays clear, given as a negative number: nothing further down counts (the menu's items).
 * Looked for 16 boxes up: a mega menu's links are deep in its header.
 */
function barOf(el: Element | null, edge: 'top' | 'bottom', from: number, height: number): number {
  const h = innerHeight;
  const band = from ? from + 8 : height;
  let row = 0;
  for (let depth = 0; el && depth < 16; depth++, el = up(el)) {
    const position = getComputedStyle(el).position;
    if (position !== 'fixed' && position !== 'sticky') {
      const bottom = edge === 'top' ? el.getBoundingClientRect().bottom : h;
      if (bottom <= h / 2) row = bottom;
      continue;
    }
    const r = el.getBoundingClientRect();
    if (edge === 'bottom') return r.bottom >= h - band && h - r.top <= h / 2 ? h - r.top : 0;
    if (r.top > band) return 0;
    if (r.bottom <= h / 2) return r.bottom;
    // A menu open below the header's row: the row's foot (the element's own, or the bar's boxes there).
    for (const box of el.children) {
      const b = box.getBoundingClientRect();
      if (b.top < from + height && b.bottom <= h / 2) row = Math.max(row, b.bottom);
    }
    return -row;
  }
  return 0;
}

/** Whether `box` is `el` or holds it, through shadow roots too. */
function holds(box: Element, el: Element | null): boolean {
  for (; el; el = el.parentElement ?? outOf(el)) if (el === box) return true;
  return false;
}

/**
 * The topmost of the page's own boxes at a point, inside the open shadow roots of the page's own
 * components too (a council's header may be one, or the page may be one app shell with the element
 * in its slot). The element the button is drawn in (`own`), and the boxes that hold it, are passed
 * over. A box in front that holds it and has a shadow root may stand for a box inside that root
 * (the list names a shadow root's boxes by its host): the list from inside that root says which.
 */
function boxAt(x: number, y: number, own: Element, root: Document | ShadowRoot = document, depth = 0): Element | null {
  for (const el of root.elementsFromPoint(x, y)) {
    if (el === own) continue;
    if (holds(el, own)) {
      if (el.shadowRoot && el.shadowRoot !== root && depth < 3) return boxAt(x, y, own, el.shadowRoot, depth + 1);
      continue;
    }
    let hit = el;
    for (let inner = hit.shadowRoot, d = 0; inner && d < 4; inner = hit.shadowRoot, d++) {
      // The topmost of that root's own (the pinned button, in front, is named by its element).
      const box = inner.elementsFromPoint(x, y).find((b) => b.getRootNode() === inner);
      if (!box) break;
      hit = box;
    }
    return hit;
  }
  return null;
}

/**
 * How far from that edge of the window the page's own bars fixed there reach where a button
 * `height` high pinned there would be, between `left` and `right`: 0 if none. A council's header
 * or a CMS toolbar at the top; a cookie banner or a chat button at the bottom (on a phone on its
 * side, one takes 40% of the window). A bar stacked against the first (a notice under the header)
 * counts too: each found is looked past, three deep at most. `rows`: a row under a box fixed there
 * taller than half the window (a header's open menu) counts too; not where the page's content
 * scrolls in such a box (an app shell), for what gets focus there.
 */
export function edgeBars(
  host: Element,
  edge: 'top' | 'bottom',
  left: number,
  right: number,
  height: number,
  rows = true,
): number {
  // The element the button is drawn in, or the button itself where the page placed it.
  const own = outOf(host) ?? host;
  let reach = 0;
  for (let depth = 0, tall = false; depth < 3 && !tall; depth++) {
    let next = reach;
    for (const x of [left + 4, right - 4])
      for (const d of [reach + 4, reach + height - 4]) {
        const found = barOf(boxAt(x, edge === 'top' ? d : innerHeight - d, own), edge, reach, height);
        tall ||= found < 0;
        next = Math.max(next, rows ? Math.abs(found) : found);
      }
    if (next < reach + 1) break;
    reach = next;
  }
  return reach;
}

/**
 * How far from that edge of the window the button pinned there sits: clear of the page's bars
 * there, or at the council's token for it (`--rpc-quick-exit-top`, `--rpc-quick-exit-bottom`).
 */
export function clearOf(
  host: Element,
  button: HTMLElement | null,
  place: DOMRect,
  height: number,
  edge: 'top' | 'bottom',
): number {
  const [left, right] = spanOf(host, place, (button?.offsetWidth ?? 0) + 10);
  return Math.max(edgeOffset(host, edge), edgeBars(host, edge, left, right, height));
}

/**
 * Scrolls what holds an element by `y`, at once whatever the page's `scroll-behavior` (where it ends
 * up is read after): the nearest box that scrolls (a page whose content scrolls in a box of its
 * own, the window not at all), else the window. If that moved the element by less than a pixel (a
 * box of the page's fixed holds it), puts the page back.
 */
export function scrollFor(el: Element, y: number): void {
  let box = document.scrollingElement ?? document.documentElement;
  for (let n: Element | null = el; n;) {
    n = n.parentElement ?? outOf(n);
    if (!n || n === document.documentElement || n === document.body) break;
    const { overflowY } = getComputedStyle(n);
    if ((overflowY === 'auto' || overflowY === 'scroll') && n.scrollHeight > n.clientHeight) {
      box = n;
      break;
    }
  }
  const [from, top] = [box.scrollTop, el.getBoundingClientRect().top];
  box.scrollBy({ top: y, behavior: 'instant' });
  if (Math.abs(el.getBoundingClientRect().top - top) < 1) box.scrollTo({ top: from, behavior: 'instant' });
}

/**
 * Scrolls `target`, which has just got the focus, clear of what covers it: the button pinned (or
 * about to be: the focus may have just scrolled its place away) at the top of the window once its
 * place is above, or at the bottom (above the page's bars there, `lift`) while it is below; the
 * page's own bars at the top (a council's sticky header, where the page sets no
 * `scroll-padding-top`: the browser scrolls a box moving up into view to the very top, under it);
 * and at the bottom (a cookie banner: the browser scrolls a box moving down into view to the very
 * bottom, under it).
 * What is in a bar itself (the header's own links) stays where it is. `inPlace` is the button's
 * height.
 */
export function scrollClear(
  host: Element,
  button: HTMLElement,
  target: Element,
  inPlace: number,
  lift: number,
  inView: boolean,
): void {
  if (inBar(target, host)) return;
  const place = host.getBoundingClientRect();
  const offset = clearOf(host, button, place, inPlace, 'top');
  const r = target.getBoundingClientRect();
  // The page's bars at the top over the target, where it is across the window (not the row of a
  // fixed box holding the page's content, which the button's offset counts).
  const bars = Math.max(edgeOffset(host, 'top'), edgeBars(host, 'top', r.left, r.right, 8, false));
  const inWindow = place.top >= offset && place.bottom <= innerHeight - lift;
  const pinned = !inWindow && (place.top >= offset || inView) ? (place.top >= offset ? 'bottom' : 'top') : undefined;
  const [left, right] = spanOf(host, place, button.offsetWidth + 10);
  const across = r.left < right && r.right > left;
  // The line the target's top must be below: the button's foot, pinned at the top over it.
  const line = pinned === 'top' && across ? Math.max(bars, offset + inPlace) : bars;
  // Only what fits in the rest of the window: a taller box (a page's `<main>`, focused by a click
  // or a skip link) shows most of itself already; scrolling it would throw the page a long way.
  if (pinned === 'bottom') {
    const top = innerHeight - lift - inPlace;
    if (across && r.bottom > top && r.top < innerHeight - lift && r.height + 10 <= top - bars)
      return scrollFor(target, r.bottom - top + 10);
  }
  const room = innerHeight - line - (pinned === 'bottom' ? lift + inPlace : 0);
  if (line > 0 && r.top < line - 0.5 && r.bottom > 0 && r.height + 10 <= room)
    return scrollFor(target, r.top - line - 10);
  // The page's bars at the bottom over the target (a cookie banner): up above them, if it fits.
  const foot = r.bottom > innerHeight / 2 ? edgeBars(host, 'bottom', r.left, r.right, 8, false) : 0;
  const over = r.bottom + 10 - (innerHeight - foot);
  if (foot > 0 && over > 0 && r.top < innerHeight && r.top - over >= line) scrollFor(target, over);
}

/**
 * Calls `moved` with each transition or animation of the page's that starts or ends: a header
 * sliding back as the page scrolls up, a banner sliding in. Watches the page's pointer presses
 * too, for `afterPress`. Returns how to stop.
 */
export function watchMoves(moved: (e: Event) => void): () => void {
  const types = [
    'transitionstart',
    'animationstart',
    'transitionend',
    'animationend',
    'transitioncancel',
    'animationcancel',
  ];
  for (const type of types) addEventListener(type, moved, { capture: true, passive: true });
  const stopPresses = watchPresses();
  return () => {
    types.forEach((type) => removeEventListener(type, moved, { capture: true }));
    stopPresses();
  };
}

/** A pointer held down (pressed, not yet released nor taken by the browser to scroll), what waits for it, and how many quick exits watch. */
let held = false;
let waiting: (() => void) | undefined;
let watchers = 0;
const PRESS = ['pointerdown', 'pointerup', 'pointercancel'];

const onPress = (e: Event): void => {
  const run = waiting;
  held = e.type === 'pointerdown';
  waiting = undefined;
  // After the click that follows the release.
  if (run) setTimeout(run, 0);
};

/** Watches the page's pointer presses (for `afterPress`) while a quick exit is on it. Returns how to stop. */
function watchPresses(): () => void {
  if (!watchers++) for (const type of PRESS) addEventListener(type, onPress, { capture: true, passive: true });
  let on = true;
  return () => {
    if (!on) return;
    on = false;
    if (--watchers) return;
    for (const type of PRESS) removeEventListener(type, onPress, { capture: true });
    held = false;
    waiting = undefined;
  };
}

/**
 * Runs `run` in a task of its own, or, for focus given by a mouse press still held down, once it is
 * released: moved from under the pointer before then, the click would not land.
 */
export function afterPress(run: () => void): void {
  if (held) waiting = run;
  else setTimeout(run, 0);
}
