import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EXIT_EVENT, quickExitRegistry } from './exit-registry.js';

/**
 * Wipes what an element holds (answers, search text, filters) when the page is left: on the
 * quick exit of any copy of RPC Kit on the page (the document-level `rpc-kit:exit` event), and on
 * `pagehide`, so a page the browser brings back from its back-forward cache, or re-enters through
 * an earlier entry of the same page, opens at the start. Also registers the element with the page's
 * one quick exit, which stays at the top of the window while any such element is on screen.
 *
 * ```ts
 * private readonly exit = new ExitController(this, () => this.wipe());
 * ```
 */
export class ExitController implements ReactiveController {
  private unregister: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly wipe: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unregister = quickExitRegistry().register(this.host);
    // Focus moving inside the shadow root never reaches the page: tell the quick exit here.
    this.host.shadowRoot?.addEventListener('focusin', this.onFocus);
    document.addEventListener(EXIT_EVENT, this.onExit);
    addEventListener('pagehide', this.onExit);
    addEventListener('pageshow', this.onShow);
  }

  hostDisconnected(): void {
    this.unregister?.();
    this.host.shadowRoot?.removeEventListener('focusin', this.onFocus);
    document.removeEventListener(EXIT_EVENT, this.onExit);
    removeEventListener('pagehide', this.onExit);
    removeEventListener('pageshow', this.onShow);
  }

  private readonly onFocus = (e: Event): void => {
    const target = e.composedPath()[0];
    if (target instanceof Element) quickExitRegistry().reveal(target);
  };

  private readonly onExit = (): void => {
    this.wipe();
    this.host.requestUpdate();
  };

  /** Back from the back-forward cache: wiped on pagehide already; once more, in case. */
  private readonly onShow = (e: PageTransitionEvent): void => {
    if (e.persisted) this.onExit();
  };
}
