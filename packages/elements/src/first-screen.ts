import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prepareTemplates } from './prepare-templates.js';

/**
 * A press under way on a drawn screen (a pointer or Space held down on it), set on its shadow root
 * by the entry file (packages/kit/src/cdn/first-screen.ts): the element waits for its end before
 * it takes the screen over, so the press ends on the button it began on (the quick exit, Start).
 */
export const PRESSING = Symbol.for('rpc-kit.first-pressing');

/** Where a node is in its shadow root: the index of each element from the root down. */
type Path = readonly number[];

function pathOf(root: ShadowRoot, node: Element): Path {
  const path: number[] = [];
  for (let n: Element | null = node; n; n = n.parentElement) {
    const parent = n.parentNode as ParentNode;
    path.unshift(Array.prototype.indexOf.call(parent.children, n));
    if (parent === root) break;
  }
  return path;
}

function at(root: ShadowRoot, path: Path, tag: string): HTMLElement | undefined {
  let n: Element | undefined = root.children[path[0]!];
  for (const i of path.slice(1)) n = n?.children[i];
  return n instanceof HTMLElement && n.localName === tag ? n : undefined;
}

/**
 * Takes over the first screen a CDN entry file drew in the element's shadow root before its code
 * had loaded (packages/kit/src/cdn/first-screen.ts: the element's own first draw, rendered at
 * build time): in the element's first update, the drawn screen is cleared and the element draws
 * the same one in its place, in the same task (nothing blank, nothing moves). What the person did
 * meanwhile carries over: the focus, an open "Need help now?", and Start (pressed again).
 */
export class FirstScreenTakeover implements ReactiveController {
  private carried: { focus?: Path; focusTag?: string; exitFocused: boolean; open: Path[]; pressed: Path[] } | undefined;

  /** The first update waits one task (see `hostConnected`). */
  waiting = false;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly hasUpdated: boolean; waitFor(work: Promise<unknown>): void },
    /**
     * What the element's first draw would show now, for `prepareTemplates`; nothing to prepare
     * (false, undefined) while the words it reads are not loaded: reading a Welsh or
     * practitioners' pack before asking for it is an error (the element's `firstScreen`).
     */
    private readonly preview: () => unknown = () => undefined,
  ) {
    host.addController(this);
  }

  private drawn(): ShadowRoot | undefined {
    const root = this.host.shadowRoot;
    return root && !this.host.hasUpdated && root.querySelector('[data-rpc-first]')?.parentNode === root
      ? root
      : undefined;
  }

  hostConnected(): void {
    // LitElement renders before the shadow root's first node (for shimmed style sheets): that is the
    // drawn screen, which goes in the first update, so the element's own screen is added after it.
    if (!this.drawn()) return;
    const options = (this.host as unknown as { renderOptions: { renderBefore?: ChildNode | null } }).renderOptions;
    if (options.renderBefore?.parentNode === this.host.shadowRoot) options.renderBefore = null;
    // The drawn screen is there meanwhile: the element's first draw waits for the next task, so that
    // running its code and drawing are two shorter tasks, not one long one.
    // A press under way on the drawn screen (the quick exit, Start) ends on the button it began on.
    this.waiting = true;
    const root = this.host.shadowRoot as unknown as Record<symbol, boolean>;
    const started = Date.now();
    this.host.waitFor(
      new Promise<void>((resolve) => {
        const go = (): void => {
          if (root[PRESSING] && Date.now() - started < 10000) return void setTimeout(go, 50);
          this.waiting = false;
          this.host.requestUpdate();
          resolve();
        };
        // Lit's templates of the first draw are prepared in a task between the two (`prepareTemplates`).
        setTimeout(() => {
          this.prepare();
          setTimeout(go, 0);
        }, 0);
      }),
    );
  }

  /** Prepares the templates the first draw will use, from what the element would draw now. */
  private prepare(): void {
    try {
      prepareTemplates(this.preview());
    } catch {
      // Only the first draw is slower: it prepares them itself.
    }
  }

  hostUpdate(): void {
    const root = this.drawn();
    if (!root) return;
    const focused = root.activeElement;
    this.carried = {
      focus: focused ? pathOf(root, focused) : undefined,
      focusTag: focused?.localName,
      exitFocused: !!focused?.hasAttribute('data-rpc-first-exit'),
      open: Array.from(root.querySelectorAll('details[open]'), (d) => pathOf(root, d)),
      pressed: Array.from(root.querySelectorAll('[data-rpc-pressed]'), (b) => pathOf(root, b)),
    };
    root.replaceChildren();
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const carried = this.carried;
    if (!root || !carried) return;
    this.carried = undefined;
    for (const path of carried.open) at(root, path, 'details')?.setAttribute('open', '');
    if (carried.exitFocused) {
      // The quick exit draws its button in its own update, just after.
      const exit = root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('rpc-quick-exit');
      void exit?.updateComplete?.then(() => exit.shadowRoot?.querySelector<HTMLElement>('button')?.focus());
    } else if (carried.focus && carried.focusTag) at(root, carried.focus, carried.focusTag)?.focus();
    for (const path of carried.pressed) at(root, path, 'button')?.click();
  }
}
