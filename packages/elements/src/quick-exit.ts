import { clearFallback } from './clear-fallback.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { MessageId, StringOverrides } from '@rpc-kit/rules/lean';
import {
  navigation,
  quickExitRegistry,
  safeExitUrl,
  timing,
  type QuickExitButton,
  type QuickExitState,
} from './exit-registry.js';
import { onPageLanguageChange, resolveLocale, translate, type UiLocale } from './i18n.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { exitSay } from './quick-exit-say.js';
import { afterPress, clearOf, edgeOffset, homeOf, inBar, scrollClear, watchMoves, type Home } from './exit-place.js';

const HIDDEN: QuickExitState = { primary: false, inView: false, presses: 0, say: '' };

/** How soon after the focus moved the button pinning is taken as the focus's doing (its scroll). */
const FOCUS_MOVED_MS = 500;

/**
 * `<rpc-quick-exit>`: GOV.UK's "Exit this page", once per page. Every RPC Kit element that touches
 * abuse renders one; the page's registry shows only one of them (a button the page placed itself
 * first, else the one in the first element; in each case one whose place is shown, not in a
 * hidden tab), at the top of that element. While that place is further down the page, the button
 * is pinned to the bottom of the window (the first screen has it, even on a phone, and it covers
 * nothing that scrolling cannot uncover: the page goes on below); once the place has scrolled
 * away, to the top of the window while any element is on screen; clear of the page's own bars
 * fixed at either edge. Pressing Shift 3 times within 5 seconds (a Shift used with another key does
 * not count) does the same as the button, with a spoken countdown and three dots. Leaving covers
 * the page at once, hides the rest from keyboards and assistive technology, wipes every RPC Kit
 * element, sets a no-referrer policy and replaces the current page in history with a neutral site.
 *
 * @summary Leave the page quickly and safely.
 * @attr url - where the exit goes: another website (`https:` or `http:`); BBC Weather by default.
 * @attr variant - `button` (default) or `link`: a secondary "Exit this page" link, hidden until focused, for the top of the page.
 * @fires {CustomEvent<RpcExitDetail>} rpc-exit - someone used the quick exit (from the element it sits in).
 * @csspart container - the quick exit's outer box.
 * @csspart button - the exit button (or link, for `variant="link"`).
 * @csspart bar - the strip holding the button, pinned to the bottom of the window while its place is further down, to the top once it has scrolled away.
 * @cssproperty --rpc-quick-exit-top - how far from the top of the window the pinned button sits at least (below a bar of the page's fixed there, found by itself), default 0.
 * @cssproperty --rpc-quick-exit-bottom - the same from the bottom of the window, while its place is further down, default 0.
 * @cssproperty --rpc-colour-exit - the button's colour.
 */
export class RpcQuickExit extends LitElement implements QuickExitButton {
  static override styles = quickExitStyles;

  static override properties = {
    url: {},
    variant: { reflect: true },
    locale: { attribute: false },
    strings: { attribute: false },
    preset: { attribute: false },
    spare: { type: Boolean, reflect: true },
    state: { state: true },
    home: { state: true },
  };

  // The element's own `lang` changes its words (a standalone button; embedded ones get `locale`).
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Where the exit goes: another website. */
  declare url: string | undefined;
  declare variant: 'button' | 'link';
  /**
   * The language, from the element it sits in; otherwise its own `lang`, an ancestor's or the page's.
   * @internal
   */
  declare locale: UiLocale | undefined;
  /**
   * The council's wording (`strings` in its config).
   * @internal
   */
  declare strings: StringOverrides;
  /** @internal */
  declare preset: string;
  /** Another button on the page is the one shown. */
  declare spare: boolean;
  declare state: QuickExitState;
  /** Where the button's place is: above the window (scrolled past), in it, or further down the page. */
  declare home: Home;

  /**
   * The Shift sequence's 5 seconds, and how long a message stays. Shortened only by tests.
   * @internal
   */
  static readonly timing = timing;

  /**
   * How the page is left (`location.replace`). Replaced only by tests.
   * @internal
   */
  static get navigate(): (url: string) => void {
    return navigation.navigate;
  }
  static set navigate(fn: (url: string) => void) {
    navigation.navigate = fn;
  }

  private leaveRegistry: (() => void) | undefined;
  private stopWatchingLanguage: (() => void) | undefined;
  private homeWatch: IntersectionObserver | undefined;
  private offset = -1;
  /** How far from each edge of the window the button pinned there sits (the token, or a bar of the page's). */
  private drop = 0;
  private lift = 0;
  private homeFrame = 0;
  private barCheck: ReturnType<typeof setTimeout> | undefined;
  private stopMoves: (() => void) | undefined;
  /** Until when the page's bars are looked at in every frame (one of the page's boxes is moving). */
  private followUntil = 0;
  private inPlace = 0;
  private wasPinned = false;
  /** When something last got the focus (see `reveal`). */
  private focusedAt = -Infinity;

  constructor() {
    super();
    this.variant = 'button';
    this.strings = {};
    this.preset = 'govuk';
    this.spare = false;
    this.state = HIDDEN;
    this.home = 'in';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    const boxed = clearFallback(this);
    // A shadow root before the first update (not a box's) is a server's (declarative shadow DOM),
    // rendered with no registry, so with no button: join the registry after hydrating it as it is, or
    // the first render would not match the server's (a hydration error on the page, then a render from scratch).
    const fromServer = !boxed && !this.hasUpdated && this.shadowRoot !== null;
    super.connectedCallback();
    this.stopWatchingLanguage = onPageLanguageChange(() => this.requestUpdate());
    if (this.variant === 'link') return;
    if (fromServer) void this.updateComplete.then(() => this.joinRegistry());
    else this.joinRegistry();
    document.addEventListener('focusin', this.onFocusIn);
    addEventListener('resize', this.onResize);
    // Every scroll, the page's or a box's (a CMS that scrolls its content in a box of its own).
    addEventListener('scroll', this.placeHome, { capture: true, passive: true });
    this.stopMoves = watchMoves(this.onMove);
  }

  private joinRegistry(): void {
    if (this.isConnected && !this.leaveRegistry) this.leaveRegistry = quickExitRegistry().addButton(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
    this.leaveRegistry?.();
    this.leaveRegistry = undefined;
    this.homeWatch?.disconnect();
    this.homeWatch = undefined;
    this.placeSize?.disconnect();
    this.sized = undefined;
    this.offset = -1;
    document.removeEventListener('focusin', this.onFocusIn);
    removeEventListener('resize', this.onResize);
    removeEventListener('scroll', this.placeHome, { capture: true });
    this.stopMoves?.();
    cancelAnimationFrame(this.homeFrame);
    clearTimeout(this.barCheck);
    this.homeFrame = 0;
  }

  /** @internal The registry's news. */
  quickExitState(state: QuickExitState): void {
    this.state = state;
    this.spare = this.variant !== 'link' && !state.primary;
    this.placeHome(); // On screen now, after a jump: pinned, it looks at the page's bars again.
  }

  /**
   * Where this button leaves to (checked: another website, never this page).
   * @internal
   */
  get exitUrl(): string {
    return safeExitUrl(this.url);
  }

  /** @internal The cover's words. */
  get coverText(): string {
    return this.t('ui.quick-exit-loading');
  }

  private get lang_(): UiLocale {
    return this.locale ?? resolveLocale(this);
  }

  private t(id: MessageId, values?: Record<string, string | number>): string {
    return translate(id, 'parent', this.lang_, this.strings, values);
  }

  /**
   * Where the button is pinned, if it is. To the bottom of the window while its place is further
   * down (what it covers there scrolls clear; pinned to the top, it sat over a council's Menu button
   * at 320 px, where nothing could scroll it clear: WCAG 2.4.11). To the top once its place has
   * scrolled away while an element is on screen (the page goes on above it).
   */
  private get pinned(): 'top' | 'bottom' | undefined {
    if (!this.state.primary) return undefined;
    if (this.home === 'below') return 'bottom';
    return this.home === 'above' && this.state.inView ? 'top' : undefined;
  }

  /** Watches the button's place (this element, which keeps its height while the button is pinned). */
  private readonly observeHome = (): void => {
    if (!this.state.primary || typeof IntersectionObserver !== 'function') return;
    const offset = edgeOffset(this, 'top');
    if (this.homeWatch && offset === this.offset) return;
    this.homeWatch?.disconnect();
    this.offset = offset;
    // Tells of a change of layout that moves the place (the page's content above it growing).
    this.homeWatch = new IntersectionObserver(this.placeHome, {
      rootMargin: `${-offset}px 0px 0px 0px`,
      threshold: [0, 1],
    });
    this.homeWatch.observe(this);
  };

  /** Works out where the place is, and the page's bars at each edge, in the next frame (once its height is known: see placeSize). */
  private readonly placeHome = (): void => {
    if (this.homeFrame || !this.state.primary || !this.homeWatch) return;
    this.homeFrame = requestAnimationFrame(() => {
      this.homeFrame = 0;
      if (!this.isConnected || !this.state.primary) return;
      const place = this.getBoundingClientRect();
      const button = this.renderRoot.querySelector<HTMLElement>('.exit');
      // Each edge's bars only while the place is near it (a header reaches half the window at most).
      const near = place.top < Math.max(innerHeight / 2, this.offset) + 0.5;
      const drop = near ? clearOf(this, button, place, this.inPlace, 'top') : this.drop;
      const lift = place.top >= drop - 0.5 ? clearOf(this, button, place, this.inPlace, 'bottom') : this.lift;
      if (lift !== this.lift || drop !== this.drop) {
        this.requestUpdate();
        this.followUntil = performance.now() + 1000; // a bar moving (or come): followed for a second
      }
      [this.drop, this.lift] = [drop, lift];
      this.home = homeOf(place, drop, lift);
      // Pinned: looked at again in half a second, for a bar of the page's that comes or goes with no
      // scroll (a cookie banner a script adds after load, a header shown again as the page scrolls up).
      clearTimeout(this.barCheck);
      if (this.pinned) this.barCheck = setTimeout(this.placeHome, 500);
      if (this.pinned && performance.now() < this.followUntil) this.placeHome();
    });
  };

  /** A bar of the page's moving (a header sliding back): pinned, the button follows it frame by frame, for a second. */
  private readonly onMove = (e: Event): void => {
    if (!this.pinned || !inBar(e.target as Element)) return;
    if (e.type.endsWith('start')) this.followUntil = performance.now() + 1000;
    this.placeHome();
  };

  private readonly onResize = (): void => {
    this.observeHome();
    this.placeHome();
    this.requestUpdate();
  };

  /** Something on the page got focus (the page's own links; the elements report theirs, see `reveal`). */
  private readonly onFocusIn = (e: FocusEvent): void => {
    const target = e.composedPath()[0];
    if (target instanceof Element && !target.shadowRoot) this.reveal(target);
  };

  /**
   * @internal Nothing that gets focus may sit under the pinned button (WCAG 2.4.11): scrolls it
   * clear, after the browser has scrolled it into view (the button may only be pinning now).
   */
  reveal(target: Element): void {
    this.focusedAt = performance.now();
    if (this.state.primary && !this.renderRoot.contains(target)) afterPress(() => this.clear(target));
  }

  private clear(target: Element): void {
    const button = this.renderRoot.querySelector<HTMLElement>('.exit');
    if (button) scrollClear(this, button, target, this.inPlace, this.lift, this.state.inView);
  }

  private readonly onClick = (e: Event): void => {
    e.preventDefault();
    quickExitRegistry().exit(this.exitUrl);
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Tell the webmaster now, not when someone needs to leave.
    if (changed.has('url') && this.url) safeExitUrl(this.url);
  }

  /**
   * The place's height, read after each layout by a ResizeObserver rather than in `updated` (which
   * would make the browser lay out the page in the middle of the first render, in the task that
   * loads the element): kept while the button is pinned, so the page does not jump.
   */
  private readonly placeSize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          const entry = entries[entries.length - 1]!;
          if (!this.wasPinned) this.inPlace = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
          // The first layout: the style is worked out, so reading the toolbar offset costs nothing now.
          if (!this.homeWatch) this.observeHome();
        })
      : undefined;
  private sized: Element | undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar');
    const place = this.renderRoot.querySelector<HTMLElement>('.quick-exit');
    if (place !== this.sized) {
      if (this.sized) this.placeSize?.unobserve(this.sized);
      if (place) this.placeSize?.observe(place);
      this.sized = place ?? undefined;
    }
    // Once watched (see placeSize), a new toolbar offset (a council's token) watches again.
    if (this.state.primary && (this.homeWatch || !this.placeSize)) this.observeHome();
    if (!bar || !place) return;
    const top = bar.classList.contains('pinned');
    if (top || this.wasPinned) {
      // Pinned, it keeps its height in place and stays in line with the end of its place.
      place.style.setProperty('min-height', top ? `${this.inPlace}px` : 'auto');
      if (top) {
        const r = place.getBoundingClientRect();
        const rtl = getComputedStyle(this).direction === 'rtl';
        bar.style.setProperty(
          '--_end',
          `${Math.max(0, rtl ? r.left : document.documentElement.clientWidth - r.right)}px`,
        );
        bar.style.setProperty('--_lift', `${this.lift}px`);
        bar.style.setProperty('--_drop', `${this.drop}px`);
      }
    }
    try {
      // The top layer: above the page's stacking contexts, transforms and containment.
      if (top && !bar.matches(':popover-open')) bar.showPopover();
      if (!top && bar.matches(':popover-open')) bar.hidePopover();
    } catch {
      // No top layer (older browsers): the pinned class alone makes it fixed.
    }
    // Just pinned by the focus moving (the browser scrolled to it): what has focus may now be under
    // it. Not when the parent scrolls the page on later: scrolled back to the heading, their swipe
    // was undone on every step.
    if (top && !this.wasPinned && performance.now() - this.focusedAt < FOCUS_MOVED_MS) {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (active && active !== document.body) this.clear(active);
    }
    this.wasPinned = top;
  }

  /** The words people know, "Exit this page" (no council can reword them), named "Emergency Exit this page". */
  private renderName() {
    return html`<span class="visually-hidden">${this.t('ui.quick-exit-prefix')} </span>${this.t('ui.quick-exit')}`;
  }

  protected override render() {
    const root = `root preset-${this.preset} quick-exit`;
    if (this.variant === 'link') {
      return html`<div class=${root}>
        <a
          class="skip"
          part="button"
          href=${this.exitUrl}
          rel="nofollow noreferrer"
          draggable="false"
          lang=${this.lang_}
          @click=${this.onClick}
          >${this.renderName()}</a
        >
      </div>`;
    }
    if (!this.state.primary) return nothing;
    const { presses } = this.state;
    return html`<div class=${root} lang=${this.lang_} part="container">
      <div class=${this.pinned ? `bar pinned ${this.pinned}` : 'bar'} popover="manual" part="bar">
        <button class="button exit" part="button" type="button" draggable="false" @click=${this.onClick}>
          ${this.renderName()}
          <span class="dots" aria-hidden="true" ?hidden=${!presses}
            >${[0, 1, 2].map((i) => html`<span class=${i < presses ? 'dot on' : 'dot'}></span>`)}</span
          >
        </button>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${exitSay(this.state, (id, values) => this.t(id, values))}
      </div>
    </div>`;
  }
}
