/**
 * What every shared suite is told about the element it runs against (Lion's pattern: a behaviour
 * written once, run against every element from a small per-element test file).
 */
import { fixtureSync, html } from '@open-wc/testing';
import type { MessageTable } from '@rpc-kit/elements';
import type { Tool } from '@rpc-kit/rules';
import { ElementHarness, JourneyHarness, type RpcKitElement } from '../harness.js';
import { keyboard } from '../keyboard.js';

export interface SuiteElement {
  /** The tag, e.g. `rpc-screener`; the element must be defined (import its `<name>.ts`). */
  readonly tag: string;
  /** The element's own words (its `<name>.messages.ts`). */
  readonly messages: MessageTable;
  /** Attributes every fixture gets (the signposter's list: `{ mode: 'list' }`). */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Words the element shows in Welsh when it first renders (`lang="cy"`), and where. */
  readonly welsh: { readonly selector: string; readonly text: string };
  /** The same place's English words. */
  readonly english: { readonly selector: string; readonly text: string };
  /** For a question journey: the rules' journey it runs. */
  readonly journey?: { readonly tool: Tool };
  /** For an element without questions: what a person does with it (filters, typing). */
  readonly use?: (harness: ElementHarness) => Promise<void>;
  /**
   * For an element without questions: true when it holds nothing of what `use` gave it (after a
   * quick exit). Without it, the quick exit suite checks the exit but not the wipe.
   */
  readonly isWiped?: (harness: ElementHarness) => boolean;
  /** False for an element that carries no quick exit (it touches no abuse: the practice audit). */
  readonly quickExit?: boolean;
  /**
   * False for an element that shows no national helplines (a tool for practitioners that touches
   * no abuse: the practice audit). The config errors suite then checks that each problem is named
   * by its JSON path, and that the element is not blank, instead of looking for the helplines.
   */
  readonly helplines?: boolean;
}

export interface MountOptions {
  readonly attributes?: Readonly<Record<string, string>>;
  readonly config?: unknown;
  /** Children, such as `<script type="application/json">` (as markup). */
  readonly inner?: string;
  /** False: not waited for (a test that holds a file back looks at the element meanwhile). */
  readonly settle?: boolean;
}

/** Renders the element on the page (removed after the test) and waits for it to settle. */
export async function mount(element: SuiteElement, options: MountOptions = {}): Promise<RpcKitElement> {
  // fixtureSync: `fixture` waits for an animation frame, and a page in the background gets none.
  const wrapper = fixtureSync<HTMLElement>(html`<div></div>`);
  const el = document.createElement(element.tag) as RpcKitElement & { config?: unknown };
  for (const [name, value] of Object.entries({ ...element.attributes, ...options.attributes }))
    el.setAttribute(name, value);
  if (options.config !== undefined) el.config = options.config;
  if (options.inner) el.innerHTML = options.inner;
  wrapper.append(el);
  if (options.settle !== false) await new ElementHarness(el).settle();
  return el;
}

export const harnessOf = (el: RpcKitElement) => new ElementHarness(el, keyboard);
export const journeyOf = (el: RpcKitElement) => new JourneyHarness(el, keyboard);

/** Silences console.error and console.warn for the body, and returns what was said. */
export async function quietly<T>(body: (said: string[]) => Promise<T>): Promise<T> {
  const said: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => said.push(args.join(' '));
  console.warn = (...args: unknown[]) => said.push(args.join(' '));
  try {
    return await body(said);
  } finally {
    console.error = error;
    console.warn = warn;
  }
}
