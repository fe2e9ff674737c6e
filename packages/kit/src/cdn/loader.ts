/**
 * rpc-kit-loader.js, the autoloader: one script tag for any page. It loads the file of each RPC
 * Kit element on the page, and of any added later (a MutationObserver, as Shoelace's autoloader),
 * each once; the elements share their code (Lit, the rules, the quick exit), so two elements load
 * it once. It looks for the element files beside itself, so it works from any folder.
 */
import { deepAll } from './deep.js';
import { showFallback, watchForStall } from './fallback.js';
import { CDN_FILES } from './files.generated.js';
import { preloadChecked } from './preload.js';

/**
 * Each element file's integrity hash, written in by the build once the files are final
 * (rollup.config.mjs): a file changed on the way is refused, as the files refuse a changed chunk.
 * Run from the sources (the tests), the build has not written them in: the files load unchecked.
 */
const HASHES = JSON.parse('"__RPC_ENTRY_HASHES__"') as Readonly<Record<string, string>> | string;

const requested = new Set<string>();
/** The tags whose file could not load, with why: an element of one added later gets the fallback too. */
const failed = new Map<string, unknown>();

function load(tag: string): void {
  if (!Object.hasOwn(CDN_FILES, tag) || customElements.get(tag)) return;
  const file = CDN_FILES[tag]!;
  if (failed.has(tag)) return showFallback([tag], failed.get(tag), file);
  if (requested.has(tag)) return;
  requested.add(tag);
  const hash = typeof HASHES === 'object' ? HASHES[file] : undefined;
  // The element file itself never answering: the helplines meanwhile, in one added then too (its
  // own code watches the rest).
  const stopWatch = watchForStall([tag], file);
  preloadChecked(hash ? [[file, hash]] : [], import.meta.url)
    .then(() => import(new URL(file, import.meta.url).href))
    .then(stopWatch, (error: unknown) => {
      stopWatch();
      failed.set(tag, error);
      showFallback([tag], error, file);
    });
}

/** Loads the elements in a part of the page that are not defined yet (the part itself included). */
function discover(root: Element | Document | DocumentFragment): void {
  if (root instanceof Element) load(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) load(el.localName);
}

// The page's own components' open shadow roots too (once: later additions there are not watched).
for (const el of deepAll(':not(:defined)')) load(el.localName);
new MutationObserver((records) => {
  for (const { addedNodes } of records) for (const node of addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
