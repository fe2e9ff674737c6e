/**
 * How a CDN entry file loads its element's code (rollup.config.mjs writes the list): every chunk
 * is asked for at once, with its integrity hash (`<link rel="modulepreload">`: no waterfall, and a
 * chunk changed on the way is refused). Once the entry file has drawn the element's first screen,
 * the chunks are then run one by one, each after the chunks it imports, with a pause between them,
 * so that no one task runs them all: a phone slowed 4 times spends about a millisecond on each
 * preload link and 10 to 20 on the larger chunks, and in one task that was over 50 ms, time in
 * which a tap on the drawn screen waits. With nothing drawn (an element that draws itself), the
 * chunks run together as soon as they have come: pauses there only put the element's first draw
 * later (by 50 to 75 ms at 4×, measured). Bundled into each CDN entry file with the rules' way of
 * giving the main thread back (`yieldToMain`), so it needs no other file.
 */
import { yieldToMain } from '../../../rules/src/util/yield.js';
import { preloadChecked, type CheckedFile } from './preload.js';

/** How many preload links are added in one task, once a first screen is drawn. */
const LINKS_PER_TASK = 4;

/**
 * Preloads `files` (paths beside the entry file, each with its integrity hash, in an order in
 * which each comes after those it imports), and waits for every one: a file that did not load or
 * was changed on the way rejects, before any file runs (`preloadChecked`). With `slices` (a first
 * screen is drawn), the links are added a few per task, then the files are run in that order, a
 * task each; without, the entry file's own `import()` runs them.
 */
export async function loadCode(files: readonly CheckedFile[], base: string, slices: boolean): Promise<void> {
  await preloadChecked(files, base, slices ? LINKS_PER_TASK : Infinity, yieldToMain);
  if (!slices) return;
  for (const [file] of files) {
    await yieldToMain();
    await import(new URL(file, base).href);
  }
}
