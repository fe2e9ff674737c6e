import { yieldToMain } from '@rpc-kit/rules/lean';

/**
 * Resolves in a task after the next frame is painted, so work started then (fetching and running
 * the rules’ journey) does not hold back an element's first screen. A page in
 * the background gets no frames: then after `fallbackMs`. On a server, at once.
 */
export function afterPaint(fallbackMs = 50): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(
      () =>
        void yieldToMain().then(() => {
          clearTimeout(timer);
          resolve();
        }),
    );
  });
}
