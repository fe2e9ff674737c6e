import { CAMPAIGN_TAG, type ConflictBand, type Need, type Route } from '@rpc-kit/rules/lean';

/** How a contact was used. */
export type ContactChannel = 'phone' | 'website' | 'email' | 'text';

/** What RPC Kit's events carry: categories for the host's analytics, never an answer. */
export interface RpcEventDetail {
  /** The element's tag name, e.g. "rpc-screener". */
  readonly element: string;
  /** The campaign tag from the page URL's `rpc-src` parameter (e.g. a poster id). */
  readonly source?: string;
  /** `rpc-step`: the section of the journey, and the step's position. */
  readonly section?: string;
  readonly index?: number;
  /** `rpc-complete`: the route, conflict band and pathway ids shown. */
  readonly route?: Route;
  readonly band?: ConflictBand;
  readonly pathways?: readonly string[];
  /** `rpc-contact-click`: which contact or pathway, and how (phone, website, email). */
  readonly contact?: string;
  readonly channel?: ContactChannel;
  /** `rpc-view`: the list a page or poster opened on (from its `need` attribute or `rpc-need`), never one a person chose. */
  readonly need?: Need;
  /** `rpc-view`: how the element is shown (`list` or `poster`). */
  readonly mode?: string;
}

export type RpcEventName = 'rpc-start' | 'rpc-step' | 'rpc-complete' | 'rpc-exit' | 'rpc-contact-click' | 'rpc-view';

/** The `rpc-src` campaign tag of the page URL: letters, digits, - and _ only, at most 64. */
export function campaignSource(search: string = globalThis.location?.search ?? ''): string | undefined {
  const value = new URLSearchParams(search).get('rpc-src');
  return value && CAMPAIGN_TAG.test(value) ? value : undefined;
}

/** Dispatches an `rpc-*` event that bubbles out of shadow roots. */
export function emit(
  target: HTMLElement,
  name: RpcEventName,
  detail: Omit<RpcEventDetail, 'element' | 'source'> = {},
): void {
  const source = campaignSource();
  const full: RpcEventDetail = { element: target.localName, ...(source ? { source } : {}), ...detail };
  target.dispatchEvent(new CustomEvent<RpcEventDetail>(name, { detail: full, bubbles: true, composed: true }));
}
