/**
 * The page's one quick exit, shared by every copy of RPC Kit on the page (a webmaster may paste
 * one file per element, each carrying its own copy of this code). The first copy to load puts a
 * registry on a well-known global; later copies use it, so the page shows one button, counts
 * Shift presses once and leaves once. Whatever the copy or its version, every element wipes its
 * answers on the document-level `rpc-kit:exit` event, and on `pagehide`.
 */
import { DEFAULT_QUICK_EXIT_URL } from '@rpc-kit/rules/lean';
import { VERSION } from './register.js';
import { emit } from './events.js';
import {
  COVER_ID,
  FIRST_SHIFT_KEY,
  REGISTRY_KEY,
  coverPage,
  isShown,
  noReferrer,
  type EarlyPresses,
} from './exit-cover.js';
import { resolveLocale, translate } from './i18n.js';

/** Dispatched on `document` when the page is left: every RPC Kit element wipes what it holds. */
export const EXIT_EVENT = 'rpc-kit:exit';
export { REGISTRY_KEY };
/** The registry's protocol. A copy speaking another keeps its own registry (and still obeys the event). */
export const PROTOCOL = 1;

/** What the button says in its live region: nothing, the countdown, a reset, or that time ran out. */
export type QuickExitSay = '' | 'countdown' | 'reset' | 'expired';

/** What the registry tells every button. */
export interface QuickExitState {
  /** This is the page's one visible button. */
  readonly primary: boolean;
  /** An RPC Kit element is on screen (or the page has none, only a standalone button). */
  readonly inView: boolean;
  /** Shift presses so far in the sequence (0 to 2). */
  readonly presses: number;
  readonly say: QuickExitSay;
}

/** A quick exit button, as the registry sees it (protocol 1). */
export interface QuickExitButton extends HTMLElement {
  /** Where this button leaves to: another website, already checked. */
  readonly exitUrl: string;
  /** The cover's words, in the button's language. */
  readonly coverText: string;
  quickExitState(state: QuickExitState): void;
  /** Scrolls an element that just got focus clear of the pinned button. */
  reveal?(target: Element): void;
}

/** The page-level registry (protocol 1). */
export interface QuickExitRegistry {
  readonly protocol: number;
  /** The RPC Kit version that made it. */
  readonly version: string;
  /** An element holding answers: tracked for placement. Returns the way to unregister. */
  register(host: Element): () => void;
  /** A button. The registry picks the one the page shows. Returns the way to remove it. */
  addButton(button: QuickExitButton): () => void;
  /** Leaves the page now (to `url`, or the shown button's). */
  exit(url?: string): void;
  /** Whether the page has a quick exit button (a drawn first screen keeps its own until then). Not in older copies. */
  hasButton?(): boolean;
  /** Whether Shift 3 times leaves: a button, an element or a marked link is on the page. Not in older copies. */
  listens?(): boolean;
  /** An element got focus inside an element's shadow root (the page cannot see that): keep it clear of the button. */
  reveal(target: Element): void;
}

/** The Shift sequence's time limit, and how long a message stays. Shortened only by tests. */
export const timing = { sequence: 5000, clearAfter: 5000 };

/** How the page is left: the current history entry is replaced. Replaced only by tests. */
export const navigation = { navigate: (url: string): void => location.replace(url) };

const warned = new Set<string>();

/**
 * A page's address as a server would most likely see it: origin and path, decoded, any case,
 * repeated slashes as one, with no `;` parameters, and `/index.html` and a last `/` left out.
 */
function pageOf(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not decodable: compared as it is.
  }
  path = path
    .split(';')[0]!
    .replace(/\/{2,}/g, '/')
    .replace(/\/(index\.html?)?$/i, '');
  return `${url.origin}${path}`.toLowerCase();
}

/**
 * The exit address, checked at the last moment: another page (`https:` or `http:`), never a
 * call, an email, a script or this page itself, whatever its query or fragment; otherwise the
 * neutral default, and a console error for the webmaster.
 */
export function safeExitUrl(value: string | undefined): string {
  try {
    // On a server (`@lit-labs/ssr`) there is no page: a full address only.
    const page = globalThis.location?.href;
    const url = new URL(value ?? '', page);
    const elsewhere = !page || pageOf(url) !== pageOf(new URL(page));
    if ((url.protocol === 'https:' || url.protocol === 'http:') && elsewhere) return url.href;
  } catch {
    // Not an address at all: the default below.
  }
  if (value && !warned.has(value)) {
    warned.add(value);
    console.error(
      `RPC Kit quick exit: "${value}" does not lead away from this page; it leaves to ${DEFAULT_QUICK_EXIT_URL} instead.`,
    );
  }
  return DEFAULT_QUICK_EXIT_URL;
}

/** The outermost element in the page's own tree that holds a node (through shadow roots). */
export function anchor(node: Node): Node {
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

/** Where a button sits: its parent (through a shadow root, and past boxes of `display: contents`). */
function placeOf(button: Element): Element | undefined {
  let place: Element | undefined = button;
  do {
    const root: Node = place.getRootNode();
    place = place.parentElement ?? (root instanceof ShadowRoot ? root.host : undefined);
  } while (place && getComputedStyle(place).display === 'contents');
  return place;
}

/** A button whose place is drawn (not in a hidden tab, a closed panel or a `hidden` box). */
function inShownPlace(button: Element): boolean {
  const place = placeOf(button);
  return !place || isShown(place);
}

function inPageOrder(a: Node, b: Node): number {
  const [x, y] = anchor(a) === anchor(b) ? [a, b] : [anchor(a), anchor(b)];
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

class PageExit implements QuickExitRegistry {
  readonly protocol = PROTOCOL;
  readonly version = VERSION;
  private readonly hosts = new Set<Element>();
  private readonly visible = new Set<Element>();
  private buttons: QuickExitButton[] = [];
  private primary: QuickExitButton | undefined;
  private presses = 0;
  private say: QuickExitSay = '';
  private shiftDown = false;
  private modified = false;
  private sequenceTimer: ReturnType<typeof setTimeout> | undefined;
  private sayTimer: ReturnType<typeof setTimeout> | undefined;
  /** Takes the cover away, and gives back what it hid, if the browser brings the page back (back-forward cache). */
  private uncover: (() => void) | undefined;
  private readonly io =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          for (const e of entries) {
            if (e.isIntersecting) this.visible.add(e.target);
            else this.visible.delete(e.target);
          }
          this.update();
        })
      : undefined;
  /** A tracked element hidden or shown (a tab, a panel, `hidden`): its size changes; the button may move. */
  private readonly shown =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          // In the next frame: drawing the button now would resize what is being observed (a loop error).
          requestAnimationFrame(() => {
            const primary = this.elect();
            if (primary !== this.primary) this.update(primary);
          });
        })
      : undefined;

  constructor() {
    document.addEventListener('keydown', this.keyDown, true);
    document.addEventListener('keyup', this.keyUp, true);
    document.addEventListener('click', this.click, true);
    addEventListener('pageshow', this.pageShow);
  }

  /** Shift presses a drawn first screen counted before the page had a registry: the sequence goes on. */
  /** Shift starts to count here: the drawn first screen counted until now (its presses go on). */
  private startListening(): void {
    if (!this.listens()) this.goOnFromEarlyPresses();
  }

  goOnFromEarlyPresses(): void {
    const early = (globalThis as unknown as Record<symbol, EarlyPresses | undefined>)[FIRST_SHIFT_KEY];
    if (typeof early !== 'object' || !early) return;
    const left = timing.sequence - (Date.now() - early.started);
    if (early.presses > 0 && early.presses < 3 && left > 0) {
      clearTimeout(this.sequenceTimer);
      this.presses = early.presses;
      this.sequenceTimer = setTimeout(() => this.stop('expired'), left);
    }
  }

  register(host: Element): () => void {
    this.startListening();
    this.hosts.add(host);
    this.io?.observe(host);
    this.shown?.observe(host);
    this.update();
    return () => {
      this.hosts.delete(host);
      this.visible.delete(host);
      this.io?.unobserve(host);
      this.shown?.unobserve(host);
      this.update();
    };
  }

  addButton(button: QuickExitButton): () => void {
    this.startListening();
    this.buttons.push(button);
    // A page's own button hidden or shown with its box (a mobile menu): the one shown may change.
    const place = button.parentElement;
    if (place) this.shown?.observe(place);
    this.update();
    return () => {
      this.buttons = this.buttons.filter((b) => b !== button);
      if (place && !this.hosts.has(place) && !this.buttons.some((b) => b.parentElement === place))
        this.shown?.unobserve(place);
      this.update();
    };
  }

  reveal(target: Element): void {
    this.primary?.reveal?.(target);
  }

  /**
   * A button in a place that is drawn; of those, a button the page placed itself wins over those
   * inside elements; then the first on the page.
   */
  private elect(): QuickExitButton | undefined {
    const connected = this.buttons.filter((b) => b.isConnected);
    // One button (most pages): nothing to compare, and no style worked out while the page loads.
    const inShown = connected.length > 1 ? connected.filter(inShownPlace) : connected;
    const live = inShown.length ? inShown : connected;
    const placed = live.filter((b) => {
      const root = b.getRootNode();
      return !(root instanceof ShadowRoot && this.hosts.has(root.host));
    });
    return (placed.length ? placed : live).sort(inPageOrder)[0];
  }

  private update(primary = this.elect()): void {
    this.primary = primary;
    const inView = !this.io || this.hosts.size === 0 || this.visible.size > 0;
    for (const b of this.buttons) {
      b.quickExitState({ primary: b === this.primary, inView, presses: this.presses, say: this.say });
    }
  }

  private tell(say: QuickExitSay): void {
    this.say = say;
    clearTimeout(this.sayTimer);
    if (say) this.sayTimer = setTimeout(() => this.tell(''), timing.clearAfter);
    this.update();
  }

  private stop(say: QuickExitSay): void {
    this.presses = 0;
    clearTimeout(this.sequenceTimer);
    this.tell(say);
  }

  private readonly keyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Shift') {
      if (!e.repeat) {
        this.shiftDown = true;
        this.modified = false;
      }
    } else if (this.shiftDown) this.modified = true;
    else if (this.presses) this.stop('reset');
  };

  private readonly keyUp = (e: KeyboardEvent): void => {
    // Shift inside an input method's composition is part of typing, not a press.
    if (e.key !== 'Shift' || e.isComposing || !this.listens()) return;
    this.shiftDown = false;
    if (this.modified) {
      // Shift used with another key (a capital letter, Shift+Tab): not a press, and it breaks the sequence.
      if (this.presses) this.stop('reset');
      return;
    }
    this.presses += 1;
    if (this.presses === 1) this.sequenceTimer = setTimeout(() => this.stop('expired'), timing.sequence);
    if (this.presses < 3) return this.tell('countdown');
    this.stop('');
    this.exit();
  };

  /** Shift 3 times works on a page with a quick exit: a button, an element, or a marked link. */
  listens(): boolean {
    return this.buttons.length > 0 || this.hosts.size > 0 || !!document.querySelector('a[data-rpc-quick-exit]');
  }

  hasButton(): boolean {
    return this.buttons.some((b) => b.isConnected);
  }

  /** A link the page marked `data-rpc-quick-exit` leaves as the button does (and as a plain link without JavaScript). */
  private readonly click = (e: MouseEvent): void => {
    const link = e
      .composedPath()
      .find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('data-rpc-quick-exit'));
    if (!link) return;
    e.preventDefault();
    this.exit(link.href);
  };

  exit(url?: string): void {
    const primary = this.primary;
    const link = document.querySelector<HTMLAnchorElement>('a[data-rpc-quick-exit]');
    const target = safeExitUrl(url ?? primary?.exitUrl ?? link?.href);
    if (!this.uncover && !document.getElementById(COVER_ID)) {
      const lang = resolveLocale(primary ?? document.documentElement);
      this.uncover = coverPage(primary?.coverText ?? translate('ui.quick-exit-loading', 'parent', lang, {}), lang);
      document.dispatchEvent(new Event(EXIT_EVENT));
      const root = primary?.getRootNode();
      const from = root instanceof ShadowRoot ? root.host : primary;
      if (from instanceof HTMLElement) emit(from, 'rpc-exit');
    }
    noReferrer();
    navigation.navigate(target);
  }

  /** Back from the back-forward cache: the answers were wiped on pagehide; take the cover away. */
  private readonly pageShow = (e: PageTransitionEvent): void => {
    if (!e.persisted || !this.uncover) return;
    this.uncover();
    this.uncover = undefined;
    this.stop('');
  };
}

let own: PageExit | undefined;

/** The page's quick exit registry: the one on the global, or a new one put there. */
export function quickExitRegistry(): QuickExitRegistry {
  const store = globalThis as unknown as Record<symbol, QuickExitRegistry | undefined>;
  const found = store[REGISTRY_KEY];
  if (found?.protocol === PROTOCOL) return found;
  if (found && !own) {
    console.warn(
      `RPC Kit ${VERSION}: this page also has RPC Kit ${found.version} with another quick exit; both wipe every element on exit.`,
    );
  }
  own ??= new PageExit();
  if (!store[REGISTRY_KEY]) {
    store[REGISTRY_KEY] = own;
    own.goOnFromEarlyPresses();
  }
  return own;
}
