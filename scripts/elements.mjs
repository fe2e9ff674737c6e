// The one list of RPC Kit's elements (packages/kit/elements.json), for the build, the tests, the
// size budgets, the coverage thresholds, the generators and the checks. Each element is a package
// at packages/<name>/ with src/<name>.ts (the define side effect) and src/index.ts (the class).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ELEMENTS_FILE = 'packages/kit/elements.json';

/**
 * @typedef {object} ElementEntry
 * @property {string} name the package folder and file stem, e.g. "screener"
 * @property {string} tag the custom element's tag, e.g. "rpc-screener"
 * @property {string} package the npm package, e.g. "@rpc-kit/screener"
 * @property {string} class the class name, e.g. "RpcScreener"
 * @property {string} cdn its CDN entry file in dist/cdn/ (which loads the shared chunks beside it), e.g. "rpc-screener.js"
 * @property {string | null} journey the rules' journey (`Tool`) the element runs, or null
 * @property {boolean} [allInOne] false leaves it out of the parents' all-in-one CDN file rpc-kit.js
 * @property {string} budget the gzipped size budget of everything its CDN file loads, e.g. "30 kB"
 */

/** @returns {ElementEntry[]} */
export function readElements(root = ROOT) {
  return JSON.parse(readFileSync(join(root, ELEMENTS_FILE), 'utf8')).elements;
}

/** The files of an element, relative to the repository root. */
export const elementFiles = (e) => ({
  dir: `packages/${e.name}`,
  define: `packages/${e.name}/src/${e.name}.ts`,
  index: `packages/${e.name}/src/index.ts`,
  messages: `packages/${e.name}/src/${e.name}.messages.ts`,
});
