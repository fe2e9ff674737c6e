/**
 * How a CDN entry file loads its element's code (rollup.config.mjs writes the list): every chunk
 * is asked for at once, with its integrity hash (`<link rel="modulepreload">`: no waterfall, and a
 * chunk changed on the way is refused), then the chunks are run one by one, each after the chunks
 * it imports, with a pause between them, so that no one task runs them all. A phone slowed 4 times
 * spends about a millisecond on each preload link and 10 to 20 on the larger chunks: in one task,
 * that was over 50 ms, time in which a tap or a key waits. Copied into each CDN entry file, so it
 * imports nothing.
 */

/** Lets the browser handle what is waiting (a tap, a frame) before going on: a new task, not clamped as nested timers are. */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** How many preload links are added in one task. */
const LINKS_PER_TASK = 4;

/**
 * Preloads `files` (paths beside the entry file, each with its integrity hash, in an order in
 * which each comes after those it imports), then runs them in that order, a task each. Resolves
 * once every one has run; rejects if one cannot load.
 */
export async function loadCode(files: readonly (readonly [string, string])[], base: string): Promise<void> {
  const urls = files.map(([file]) => new URL(file, base).href);
  for (let i = 0; i < files.length; i += LINKS_PER_TASK) {
    if (i) await pause();
    for (const [j, [, hash]] of files.slice(i, i + LINKS_PER_TASK).entries()) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = urls[i + j]!;
      link.integrity = hash;
      document.head.append(link);
    }
  }
  for (const url of urls) {
    await pause();
    await import(url);
  }
}
