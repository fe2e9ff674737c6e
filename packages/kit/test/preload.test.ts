/**
 * Chunks fetched with their integrity hashes before they run (packages/kit/src/cdn/preload.ts), and
 * a chunk's `import()` in the CDN build (checked-import.ts): a chunk that passes loads, a chunk
 * whose hash is not its own never runs, and a browser that does not preload modules still loads.
 */
import { expect } from '@open-wc/testing';
import { checkedImport } from '../src/cdn/checked-import.js';
import { preloadChecked } from '../src/cdn/preload.js';

const CHUNK = new URL('./fixtures/checked-chunk.js', import.meta.url).href;
type Chunk = { answer: number };
const runs = () => (globalThis as { checkedChunkRuns?: number }).checkedChunkRuns ?? 0;
const linksTo = (url: string) =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].filter((l) => l.href === url);

async function sha256(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))))}`;
}

describe('chunks checked before they run', () => {
  // Every preload link added to the page (each is removed once it has loaded or failed).
  let added: HTMLLinkElement[] = [];
  const watcher = new MutationObserver((records) => {
    for (const r of records)
      added.push(...[...r.addedNodes].filter((n): n is HTMLLinkElement => n instanceof HTMLLinkElement));
  });
  beforeEach(() => {
    added = [];
    watcher.observe(document.head, { childList: true });
  });
  afterEach(async () => {
    await Promise.resolve();
    watcher.takeRecords();
    watcher.disconnect();
  });
  it('loads a chunk whose hash is its own, through a preload link with that hash', async () => {
    const hash = await sha256(CHUNK);
    const url = `${CHUNK}?right`;
    const module = await checkedImport(
      () => import(url) as Promise<Chunk>,
      [['./fixtures/checked-chunk.js?right', hash]],
      import.meta.url,
    );
    expect(module.answer).to.equal(42);
    expect(added.filter((l) => l.href === url).map((l) => l.integrity)).to.deep.equal([hash]);
    expect(linksTo(url), 'the link is gone once loaded').to.have.length(0);
  });

  it('refuses a chunk that is not the one hashed, before it runs', async () => {
    const before = runs();
    const url = `${CHUNK}?changed`;
    const wrong = await sha256(new URL('./preload.test.ts', import.meta.url).href);
    let error: unknown;
    await checkedImport(() => import(url), [['./fixtures/checked-chunk.js?changed', wrong]], import.meta.url).catch(
      (e: unknown) => (error = e),
    );
    expect(String(error)).to.contain('checked-chunk.js?changed').and.contain('changed');
    expect(runs()).to.equal(before);
  });

  it('adds a few links a task when asked, and waits for all of them', async () => {
    const hash = await sha256(CHUNK);
    const files = [1, 2, 3, 4, 5].map((n) => [`${CHUNK}?batch${n}`, hash] as const);
    const done = preloadChecked(files, location.href, 2);
    expect(files.filter(([url]) => linksTo(url).length)).to.have.length(2);
    await done;
    expect(files.filter(([url]) => added.some((l) => l.href === url))).to.have.length(5);
  });

  it('loads without the check in a browser that does not preload modules (it would never say a link loaded)', async () => {
    const supports = DOMTokenList.prototype.supports;
    DOMTokenList.prototype.supports = () => false;
    try {
      const url = `${CHUNK}?old-browser`;
      const module = await checkedImport(
        () => import(url) as Promise<Chunk>,
        [['./fixtures/checked-chunk.js?old-browser', 'sha256-wrong']],
        import.meta.url,
      );
      expect(module.answer).to.equal(42);
      expect(added.filter((l) => l.href === url)).to.have.length(0);
    } finally {
      DOMTokenList.prototype.supports = supports;
    }
  });
});
