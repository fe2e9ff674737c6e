// Writes custom-elements.json into each package whose package.json has a `customElements` field,
// with the analyzer's config in custom-elements-manifest.config.mjs (run in `npm run build`).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

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
  written.push(`${dir} (${tags.map((t) => `<${t}>`).join(', ')})`);
}
console.log(`Custom elements manifests written: ${written.join(', ')}.`);
