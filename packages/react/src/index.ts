/**
 * @rpc-kit/react: a React component for every RPC Kit element, made with `@lit/react`, for React 18
 * and 19. Each component sets the props its element has as properties in an effect (`config` stays
 * an object, in React 18 too, and after server rendering and hydration, where React drops
 * custom-element properties), everything else as attributes, maps the `rpc-*` events to `on*` props,
 * and registers its element once those are set (importing this module registers only the page's
 * quick exit):
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
import { createComponent, type EventName, type Options } from '@lit/react';
import { RpcQuickExit, defineElement, type RpcEvent, type RpcEventName } from '@rpc-kit/elements';
// The page's one quick exit, at once (Shift pressed 3 times works from the start).
import '@rpc-kit/elements/quick-exit.define.js';
import { RpcScreener } from '@rpc-kit/screener';
import { RpcDaCheck } from '@rpc-kit/da-check';
import { RpcSignposter } from '@rpc-kit/signposter';
import { RpcHelpFinder } from '@rpc-kit/help-finder';
import { RpcPracticeAudit } from '@rpc-kit/practice-audit';

/** The event named `K`, typed for its React prop. */
const event = <K extends RpcEventName>(name: K) => name as EventName<RpcEvent<K>>;

/** Before the browser paints; on a server, where effects do not run, React 18 warns about layout effects. */
const useClientLayoutEffect = typeof window === 'undefined' ? React.useEffect : React.useLayoutEffect;

/**
 * `@lit/react`'s component for one element, inside one that registers the element's tag in an
 * effect. React runs a child's effects before its parent's, so the element already has its props
 * and listeners when it upgrades. After server rendering, the tag upgrades once hydrated, with its
 * config (not first without it), and what it sends on showing (`rpc-view`) reaches its handler.
 */
function component<I extends HTMLElement, E extends Record<string, EventName | string>>(options: Options<I, E>) {
  // `@lit/react` sets a prop as a property when the class's prototype has it, and Lit makes its
  // properties' accessors (`config`, `mode`) when a class is finalised, usually on being defined.
  // Finalise it now: the tag is defined later, and `config` must not become an attribute meanwhile.
  (options.elementClass as unknown as { finalize(): void }).finalize();
  const Inner = createComponent(options);
  const Outer = React.forwardRef<I, object>((props, ref) => {
    useClientLayoutEffect(() => defineElement(options.tagName, options.elementClass), []);
    return React.createElement(Inner as React.ElementType, { ...props, ref });
  });
  Outer.displayName = options.displayName ?? Inner.displayName;
  return Outer as unknown as typeof Inner;
}

/** What a journey sends (the screener, the DA check, the signposter). */
const JOURNEY_EVENTS = {
  onStart: event('rpc-start'),
  onStep: event('rpc-step'),
  onComplete: event('rpc-complete'),
  onExit: event('rpc-exit'),
  onContactClick: event('rpc-contact-click'),
};

/** `<rpc-screener>`: parents self-screen, safety first. */
export const Screener = component({
  react: React,
  tagName: 'rpc-screener',
  elementClass: RpcScreener,
  displayName: 'Screener',
  events: JOURNEY_EVENTS,
});

/** `<rpc-da-check>`: conflict or domestic abuse? With the reasons, for a referral. */
export const DaCheck = component({
  react: React,
  tagName: 'rpc-da-check',
  elementClass: RpcDaCheck,
  displayName: 'DaCheck',
  events: JOURNEY_EVENTS,
});

/** `<rpc-signposter>`: from a family's situation to the council's pathways (or `mode="list"`). */
export const Signposter = component({
  react: React,
  tagName: 'rpc-signposter',
  elementClass: RpcSignposter,
  displayName: 'Signposter',
  events: JOURNEY_EVENTS,
});

/** `<rpc-help-finder>`: local services, QR codes and posters. */
export const HelpFinder = component({
  react: React,
  tagName: 'rpc-help-finder',
  elementClass: RpcHelpFinder,
  displayName: 'HelpFinder',
  events: { onView: event('rpc-view'), onContactClick: event('rpc-contact-click'), onExit: event('rpc-exit') },
});

/** `<rpc-practice-audit>`: practice audits on the device, for the council's lead. */
export const PracticeAudit = component({
  react: React,
  tagName: 'rpc-practice-audit',
  elementClass: RpcPracticeAudit,
  displayName: 'PracticeAudit',
  events: { onView: event('rpc-view') },
});

/** `<rpc-quick-exit>`: the "Exit this page" link for the top of a page (`variant="link"`). */
export const QuickExit = component({
  react: React,
  tagName: 'rpc-quick-exit',
  elementClass: RpcQuickExit,
  displayName: 'QuickExit',
  events: { onExit: event('rpc-exit') },
});

// The types a React page needs, from this package alone (pnpm's strict layout too).
export type * from '@rpc-kit/elements/types.js';
export { RpcScreener, RpcDaCheck, RpcSignposter, RpcHelpFinder, RpcPracticeAudit, RpcQuickExit };
