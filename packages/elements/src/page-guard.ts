import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isGuardedRoute, type Route } from '@rpc-kit/rules/lean';

/**
 * Whether another RPC Kit element on the page shows a result with a sign of abuse, danger or a
 * "not sure" (a guarded route), or has said it is not safe to go on. A list beside it (the
 * signposter's whole offer) then shows no joint, couple, mediation or conflict offers, as the
 * result itself does not: they would sit a scroll away from "there may be abuse".
 *
 * Read from the elements' own events (`rpc-complete`, `rpc-step`), which carry the route and
 * nothing of the answers; held in memory, and forgotten when the list is wiped. The list follows
 * what the element shows now: once it starts again (its introduction, a question), the list shows
 * the whole offer again, so nothing on the page still hints at the result someone put away.
 */
export class PageGuard implements ReactiveController {
  private readonly by = new Set<EventTarget>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** True while another element on the page shows a guarded result. */
  get guarded(): boolean {
    return this.by.size > 0;
  }

  /** Forgets what the other elements showed (the page's quick exit, a wipe). */
  clear(): void {
    this.by.clear();
  }

  private readonly heard = (event: Event): void => {
    const from = event.target;
    if (!from || from === this.host) return;
    const detail = (event as CustomEvent<{ route?: Route; section?: string }>).detail ?? {};
    const before = this.guarded;
    const guarded =
      event.type === 'rpc-step' ? detail.section === 'not-safe' : !!detail.route && isGuardedRoute(detail.route);
    if (guarded) this.by.add(from);
    else this.by.delete(from);
    if (this.guarded !== before) this.host.requestUpdate();
  };

  // Heard first (the window, capturing): a page's own listener that stops the event cannot hide it.
  hostConnected(): void {
    addEventListener('rpc-complete', this.heard, true);
    addEventListener('rpc-step', this.heard, true);
  }

  hostDisconnected(): void {
    removeEventListener('rpc-complete', this.heard, true);
    removeEventListener('rpc-step', this.heard, true);
  }
}
