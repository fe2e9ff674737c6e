import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Service } from '@rpc-kit/rules/lean';
import type { TemplateHost } from '@rpc-kit/elements';

/** The lists a help finder pages: the services, and the domestic abuse services in their own panel. */
export type PagedList = 'main' | 'da';

/** Cards shown at a time: thousands of services never render at once. */
export const PAGE_SIZE = 20;

/**
 * Paging of the help finder's lists: 20 cards at a time, "Show 20 more", and focus moved to the
 * first of the new cards (so keyboard and screen reader users carry on from where they were).
 */
export class Paging implements ReactiveController {
  private visible: Record<PagedList, number> = { main: PAGE_SIZE, da: PAGE_SIZE };
  private focusFrom: { list: PagedList; index: number } | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  /** Back to the first page of each list (a new search). */
  reset(): void {
    this.visible = { main: PAGE_SIZE, da: PAGE_SIZE };
  }

  private showMore(list: PagedList): void {
    this.focusFrom = { list, index: this.visible[list] };
    this.visible = { ...this.visible, [list]: this.visible[list] + PAGE_SIZE };
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.focusFrom) return;
    const list = this.focusFrom.list === 'da' ? '.services.da' : '.services:not(.da)';
    this.host.renderRoot.querySelectorAll<HTMLElement>(`${list} .service h4`)[this.focusFrom.index]?.focus();
    this.focusFrom = undefined;
  }

  /** A page of cards, with "Show 20 more" when there are more. */
  render(
    host: TemplateHost,
    services: readonly Service[],
    list: PagedList,
    cards: (shown: readonly Service[]) => TemplateResult,
  ): TemplateResult {
    const shown = this.visible[list];
    return html`${cards(services.slice(0, shown))}
    ${
      services.length > shown
        ? html`<button class="button secondary more no-print" type="button" @click=${() => this.showMore(list)}>
            ${host.t('ui.help-finder.more', { n: Math.min(PAGE_SIZE, services.length - shown) })}
          </button>`
        : nothing
    }`;
  }
}
