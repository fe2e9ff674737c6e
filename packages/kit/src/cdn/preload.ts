/**
 * Fetching CDN chunks with their integrity hashes before any of them runs: each is asked for with
 * `<link rel="modulepreload" integrity>`, and a chunk changed on the way is refused. Used by the
 * entry files for the element code (`load-code.ts`) and by the chunks for what they load later with
 * `import()` (`checked-import.ts`: config validation, the journey, the Welsh and practitioners'
 * words), and by the autoloader for the element files (`loader.ts`).
 */
/** A file's path (relative to a base address) and its integrity hash (`sha256-…`). */
export type CheckedFile = readonly [file: string, integrity: string];

/**
 * Whether this browser preloads modules. Safari before 17 and Firefox before 115 do not: they
 * ignore the link and never fire its `load`, so waiting for it would leave the element unloaded.
 * There, the chunks load as plain imports, without the check (as a page that sets no hash).
 */
const preloads = (): boolean => document.createElement('link').relList.supports('modulepreload');

/**
 * A page whose Content Security Policy allows scripts by nonce: its script tag for our file has
 * one, and so must each link (imports inherit it from the script; links made by script do not).
 * The nonce of the script tag in whose folder the file is (the snippet's, for its chunks too), or
 * else the page's first: another script's can be stale, or another tool's.
 */
function nonceFor(url: string): string | undefined {
  const tagged = [...document.querySelectorAll<HTMLScriptElement>('script[nonce]')];
  const ours = tagged.find((s) => s.src && url.startsWith(new URL('.', s.src).href));
  return (ours ?? tagged[0])?.nonce || undefined;
}

/**
 * Asks for every file (each a path relative to `base`) at once (or `perTask` links a task, with `pause` between to give the main
 * thread back: the rules' `yieldToMain`, passed in so that this file imports nothing),
 * each with its hash, and resolves once every one has come and passed its check. It rejects if one
 * did not load or was changed: then none of them should run (Chromium does not keep a preload that
 * failed its check, so an `import()` of the same address fetches it again, unchecked, and runs it).
 */
export async function preloadChecked(
  files: readonly CheckedFile[],
  base: string,
  perTask = Infinity,
  pause: () => Promise<unknown> = () => Promise.resolve(),
): Promise<void> {
  if (!files.length || !preloads()) return;
  const nonce = nonceFor(new URL(files[0]![0], base).href);
  const arrived: Promise<unknown>[] = [];
  for (let i = 0; i < files.length; i += perTask) {
    if (i) await pause();
    for (const [file, integrity] of files.slice(i, i + perTask)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(file, base).href;
      link.integrity = integrity;
      if (nonce) link.nonce = nonce;
      // Each link goes once it has done its work (the module stays loaded): a page's <head> does
      // not fill up with them as a parent switches language or tries again.
      arrived.push(
        new Promise((resolve, reject) => {
          link.addEventListener('load', resolve);
          link.addEventListener('error', () => reject(new Error(`${link.href} did not load, or was changed`)));
        }).finally(() => link.remove()),
      );
      document.head.append(link);
    }
  }
  await Promise.all(arrived);
}
