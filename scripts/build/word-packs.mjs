// The elements' own words in packs, for the chunked CDN build: each element's `<name>.messages.ts`
// keeps the English that parents read in the element's code, and its Welsh and practitioners'
// words go to files of their own (`chunks/<name>.messages-*.js`), fetched only by a page in Welsh
// or for practitioners, as the rules' content packs are (packages/rules/src/i18n/packs.ts).
//
// The source keeps every word of a message together (one table per element, as the tests, the
// readability check and the config reference read it); the split is made here, at build time,
// from the compiled table: a text whose words are all plain strings gives its English to the
// table and the rest to the packs, keyed by the message's id; a text in plural forms stays whole
// in the table. The table is registered with the rules' `withIds`, so `localise` and `worded`
// find a text's Welsh or practitioners' words once `loadContent` has fetched them, and every
// element waits for `loadContent` before it draws on such a page.
//
// The quick exit's words (`ui.quick-exit*`) stay whole (see split-words.mjs): `<rpc-quick-exit>` draws at once,
// without waiting for any pack.
import { fileURLToPath } from 'node:url';
import { splitTable } from './split-words.mjs';

const PACKS_MODULE = fileURLToPath(new URL('../../packages/rules/src/i18n/packs.ts', import.meta.url));
const PREFIX = '\0rpc-words:';
/** The tables split into packs: every `<name>.messages.ts` (each element's, the journey's, the shared words). */
const SPLIT = /[\\/]packages[\\/][\w-]+[\\/]src[\\/](?:[\w-]+[\\/])*[\w-]+\.messages\.ts$/;

/** The rollup plugin (after TypeScript: it reads the compiled table, which imports nothing). */
export function elementWordPacks() {
  const packs = new Map();
  return {
    name: 'element-word-packs',
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const pack = packs.get(id);
      if (!pack) throw new Error(`element-word-packs: no pack ${id}`);
      return `export const PACK = ${JSON.stringify(pack)};\n`;
    },
    async transform(code, id) {
      // Not the packs themselves (virtual modules whose ids end in their table's path).
      if (id.startsWith('\0') || !SPLIT.test(id)) return null;
      if (/^\s*import\s/m.test(code))
        throw new Error(`element-word-packs: ${id} imports something; a message table holds only words`);
      const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
      const out = [`import { withIds } from ${JSON.stringify(PACKS_MODULE)};`];
      for (const [name, table] of Object.entries(module)) {
        const split = splitTable(table);
        const where = Object.entries(split.packs)
          .filter(([, pack]) => Object.keys(pack).length)
          .map(([pack, words]) => {
            // Named after the table's file, so the chunk is `<name>.messages-<hash>.js`.
            const packId = `${PREFIX}${pack}:${name}:${id}`;
            packs.set(packId, words);
            return `${JSON.stringify(pack)}: () => import(${JSON.stringify(packId)})`;
          });
        out.push(
          `export const ${name} = /* @__PURE__ */ Object.assign(withIds('', ${JSON.stringify(split.english)}, { ${where.join(', ')} }), ${JSON.stringify(split.whole)});`,
        );
      }
      return { code: out.join('\n'), map: null };
    },
  };
}
