/**
 * @rpc-kit/react: a React component for every RPC Kit element, made with `@lit/react`, for React 18
 * and 19. Importing this module registers the elements (each element's define entry). Each
 * component sets the props its element has as properties in an effect (`config` stays an object, in
 * React 18 too, and after server rendering and hydration, where React drops custom-element
 * properties), everything else as attributes, and maps the `rpc-*` events to `on*` props:
 *
 * ```tsx
 * <Screener config={council} onComplete={(event) => console.log(event.detail.route)} />
 * ```
 *
 * The built file starts with `'use client'` (rollup.config.mjs), so Next.js's App Router treats it
 * as client code. On a server it renders the bare tag with its attributes; the element draws itself
 * once its code runs in the browser.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { RpcQuickExit, type RpcEvent, type RpcEventName } from '@rpc-kit/elements';
import '@rpc-kit/elements/quick-exit.define.js';
import { RpcScreener } from '@rpc-kit/screener';
import '@rpc-kit/screener/define.js';
import { RpcDaCheck } from '@rpc-kit/da-check';
import '@rpc-kit/da-check/define.js';
import { RpcSignposter } from '@rpc-kit/signposter';
import '@rpc-kit/signposter/define.js';
import { RpcHelpFinder } from '@rpc-kit/help-finder';
import '@rpc-kit/help-finder/define.js';
import { RpcPracticeAudit } from '@rpc-kit/practice-audit';
import '@rpc-kit/practice-audit/define.js';

/** The event named `K`, typed for its React prop. */
const event = <K extends RpcEventName>(name: K) => name as EventName<RpcEvent<K>>;

/** What a journey sends (the screener, the DA check, the signposter). */
const JOURNEY_EVENTS = {
  onStart: event('rpc-start'),
  onStep: event('rpc-step'),
  onComplete: event('rpc-complete'),
  onExit: event('rpc-exit'),
  onContactClick: event('rpc-contact-click'),
};

/** `<rpc-screener>`: parents self-screen, safety first. */
export const Screener = createComponent({
  react: React,
  tagName: 'rpc-screener',
  elementClass: RpcScreener,
  displayName: 'Screener',
  events: JOURNEY_EVENTS,
});

/** `<rpc-da-check>`: conflict or domestic abuse? With the reasons, for a referral. */
export const DaCheck = createComponent({
  react: React,
  tagName: 'rpc-da-check',
  elementClass: RpcDaCheck,
  displayName: 'DaCheck',
  events: JOURNEY_EVENTS,
});

/** `<rpc-signposter>`: from a family's situation to the council's pathways (or `mode="list"`). */
export const Signposter = createComponent({
  react: React,
  tagName: 'rpc-signposter',
  elementClass: RpcSignposter,
  displayName: 'Signposter',
  events: JOURNEY_EVENTS,
});

/** `<rpc-help-finder>`: local services, QR codes and posters. */
export const HelpFinder = createComponent({
  react: React,
  tagName: 'rpc-help-finder',
  elementClass: RpcHelpFinder,
  displayName: 'HelpFinder',
  events: { onView: event('rpc-view'), onContactClick: event('rpc-contact-click'), onExit: event('rpc-exit') },
});

/** `<rpc-practice-audit>`: practice audits on the device, for the council's lead. */
export const PracticeAudit = createComponent({
  react: React,
  tagName: 'rpc-practice-audit',
  elementClass: RpcPracticeAudit,
  displayName: 'PracticeAudit',
  events: { onView: event('rpc-view') },
});

/** `<rpc-quick-exit>`: the "Exit this page" link for the top of a page (`variant="link"`). */
export const QuickExit = createComponent({
  react: React,
  tagName: 'rpc-quick-exit',
  elementClass: RpcQuickExit,
  displayName: 'QuickExit',
  events: { onExit: event('rpc-exit') },
});

// The types a React page needs, from this package alone (pnpm's strict layout too).
export type { ConfigInput } from '@rpc-kit/screener';
export type {
  ContactChannel,
  RpcEvent,
  RpcEventName,
  RpcEventDetailMap,
  RpcStartDetail,
  RpcStepDetail,
  RpcCompleteDetail,
  RpcExitDetail,
  RpcContactClickDetail,
  RpcViewDetail,
} from '@rpc-kit/elements';
export { RpcScreener, RpcDaCheck, RpcSignposter, RpcHelpFinder, RpcPracticeAudit, RpcQuickExit };
