/**
 * What a CDN chunk's `import()` becomes (rollup.config.mjs, `checkedImports`): the chunk it asks
 * for, and those that chunk imports which the asking chunk does not, are first preloaded with their
 * integrity hashes (written into the asking chunk at build time), then imported. So config
 * validation, the journey, the views and the Welsh and practitioners' words are checked as the
 * entry file checks the element code, and a chunk changed on the way is refused: the `import()`
 * rejects, as it would for a chunk that did not load, and the element shows what it shows then.
 * Only in the CDN build; a site's own bundler leaves `import()` as it is.
 */
import { preloadChecked, type CheckedFile } from './preload.js';

/** The files to check, relative to the asking chunk (`from`, its `import.meta.url`), each with its hash. */
export type CheckedList = readonly CheckedFile[];

export function checkedImport<T>(load: () => Promise<T>, files: CheckedList, from: string): Promise<T> {
  return preloadChecked(files, from).then(load);
}
