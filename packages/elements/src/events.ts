import { CAMPAIGN_TAG, type ConflictBand, type Need, type Route } from '@rpc-kit/rules/lean';

/** How a contact was used. */
export type ContactChannel = 'phone' | 'website' | 'email' | 'text' | 'chat';

/** What RPC Kit's events carry, all fields of every event: categories for the host's analytics, never an answer. */
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
  /** `rpc-contact-click`: which contact or pathway, and how (phone, text, chat, website, email). */
  readonly contact?: string;
  readonly channel?: ContactChannel;
  /** `rpc-view`: the list a page or poster opened on (from its `need` attribute or `rpc-need`), never one a person chose. */
  readonly need?: Need;
  /** `rpc-view`: how the element is shown (`list` or `poster`). */
  readonly mode?: string;
}

/** What every event's detail carries. */
export interface RpcEventBase {
  /** The element's tag name, e.g. "rpc-screener". */
  readonly element: string;
  /** The campaign tag from the page URL's `rpc-src` parameter (e.g. a poster id). */
  readonly source?: string;
}

/** `rpc-start`: a person started a journey. */
export type RpcStartDetail = RpcEventBase;

/** `rpc-step`: a step of the journey is shown. */
export interface RpcStepDetail extends RpcEventBase {
  /** The section of the journey (e.g. "safety"), or the step ("not-safe", "result"). */
  readonly section: string;
  /** The step's position (from 1), or 0 for a step outside the questions. */
  readonly index: number;
}

/** `rpc-complete`: a result is shown. */
export interface RpcCompleteDetail extends RpcEventBase {
  /** The route of the result. */
  readonly route: Route;
  /** The conflict band, when the route has one. */
  readonly band?: ConflictBand;
  /** The ids of the pathways shown. */
  readonly pathways: readonly string[];
}

/** `rpc-exit`: the quick exit was used (sent by the element whose button was pressed). */
export type RpcExitDetail = RpcEventBase;

/** `rpc-contact-click`: a contact or pathway link was used: which one and how, never why. */
export interface RpcContactClickDetail extends RpcEventBase {
  /** The contact's or pathway's id. */
  readonly contact: string;
  readonly channel: ContactChannel;
}

/** `rpc-view`: a list or a poster was shown. */
export interface RpcViewDetail extends RpcEventBase {
  /** The list a page or poster opened on (from its `need` attribute or `rpc-need`), never one a person chose. */
  readonly need?: Need;
  /** How the element is shown (`list` or `poster`; the practice audit's kind). */
  readonly mode?: string;
}

/** Each event's detail, by the event's name. */
export interface RpcEventDetailMap {
  'rpc-start': RpcStartDetail;
  'rpc-step': RpcStepDetail;
  'rpc-complete': RpcCompleteDetail;
  'rpc-exit': RpcExitDetail;
  'rpc-contact-click': RpcContactClickDetail;
  'rpc-view': RpcViewDetail;
}

export type RpcEventName = keyof RpcEventDetailMap;

/** An RPC Kit event, e.g. `RpcEvent<'rpc-complete'>` (its `detail.route` is typed). */
export type RpcEvent<K extends RpcEventName = RpcEventName> = CustomEvent<RpcEventDetailMap[K]>;

/** The events by name, for `addEventListener('rpc-complete', (e) => e.detail.route)`. */
export type RpcEventMap = { [K in RpcEventName]: RpcEvent<K> };

declare global {
  // Every element (and the document, through bubbling) types its `rpc-*` events.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends RpcEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends RpcEventMap {}
}

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
