// Writes custom-elements.json into each package whose package.json has a `customElements` field,
// with the analyzer's config in custom-elements-manifest.config.mjs (run in `npm run build`).
// Then checks each element's manifest against what the element can render, so the docs drawn from
// it cannot drift: every `part="..."` (and `exportparts` name) in the templates its class reaches
// (bundled with esbuild, tree-shaken, from the sources) is listed, none is listed that it cannot
// render, and every `--rpc-*` custom property listed is one the element's styles read. From them,
// the editors' data (scripts/editor-data.mjs) and the JSX types (scripts/jsx-types.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { writeEditorData } from './editor-data.mjs';
import { writeJsxTypes } from './jsx-types.mjs';

/** The sources an element's class reaches, as one tree-shaken module's text. */
async function reachable(dir, className) {
  const files = readdirSync(`packages/${dir}/src`, { recursive: true }).filter((f) => /(?<!\.d)\.ts$/.test(f));
  const file = files.find((f) =>
    new RegExp(`export class ${className}\\b`).test(readFileSync(`packages/${dir}/src/${f}`, 'utf8')),
  );
  if (!file) throw new Error(`packages/${dir}/src: no file exports class ${className}`);
  const result = await build({
    entryPoints: [`packages/${dir}/src/${file}`],
    bundle: true,
    write: false,
    format: 'esm',
    conditions: ['@rpc-kit/source'],
    external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*'],
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** Each part an element renders, and the custom properties its styles read. */
function rendered(text) {
  const parts = new Set([...text.matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1]));
  for (const [, list] of text.matchAll(/exportparts="([^"]+)"/g))
    for (const pair of list.split(',')) parts.add(pair.split(':').at(-1).trim());
  const properties = new Set([...text.matchAll(/--rpc-[\w-]+/g)].map((m) => m[0]));
  return { parts, properties };
}

const problems = [];

const cem = 'node_modules/@custom-elements-manifest/analyzer/cem.js';
const written = [];
for (const dir of readdirSync('packages')) {
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
  } catch {
    continue;
  }
  if (!pkg.customElements) continue;
  execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], {
    env: { ...process.env, RPC_KIT_PACKAGE: dir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const manifest = JSON.parse(readFileSync(`packages/${dir}/${pkg.customElements}`, 'utf8'));
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => d.tagName);
  if (!tags.length) throw new Error(`packages/${dir}/${pkg.customElements}: no tag found`);
  for (const decl of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    const { parts, properties } = rendered(await reachable(dir, decl.name));
    const listed = new Set((decl.cssParts ?? []).map((p) => p.name));
    const where = `packages/${dir}/${pkg.customElements} <${decl.tagName}>`;
    for (const part of parts)
      if (!listed.has(part)) problems.push(`${where}: part "${part}" is rendered but has no @csspart`);
    for (const part of listed) if (!parts.has(part)) problems.push(`${where}: @csspart ${part} is never rendered`);
    for (const { name } of decl.cssProperties ?? [])
      if (!properties.has(name)) problems.push(`${where}: @cssproperty ${name} is not read by its styles`);
  }
  written.push(`${dir} (${tags.map((t) => `<${t}>`).join(', ')})`);
}
if (problems.length) {
  console.error(`The custom elements manifests do not match the elements:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Custom elements manifests written and checked: ${written.join(', ')}; editor data: ${writeEditorData().join(', ')}; JSX types: ${writeJsxTypes()}.`,
);
