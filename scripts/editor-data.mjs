// Editor data for every element, made from the packages' custom elements manifests (run by
// scripts/manifest.mjs in `npm run build`, after the manifests are checked):
//   packages/kit/vscode.html-custom-data.json  VS Code's HTML custom data (settings: html.customData)
//   packages/kit/web-types.json                JetBrains web-types (the kit's package.json `web-types`)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const DOCS = 'https://github.com/rpc-kit/rpc-kit/blob/main/docs';

/** Every element in every package's manifest, with the package and its docs page. */
export function elementsOf(root = '.') {
  const found = [];
  for (const dir of readdirSync(`${root}/packages`).sort()) {
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(`${root}/packages/${dir}/package.json`, 'utf8'));
    } catch {
      continue;
    }
    if (!pkg.customElements) continue;
    const manifest = JSON.parse(readFileSync(`${root}/packages/${dir}/${pkg.customElements}`, 'utf8'));
    for (const decl of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
      const name = decl.tagName.replace(/^rpc-/, '');
      const page = dir === 'elements' ? 'quick-exit' : name;
      found.push({ pkg: pkg.name, decl, docs: `${DOCS}/${page}.md` });
    }
  }
  return found;
}

const values = (description = '') =>
  [...description.matchAll(/`([\w-]+)`/g)].map((m) => m[1]).filter((v, i, all) => all.indexOf(v) === i);

export function vscodeData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map(({ decl, docs }) => ({
      name: decl.tagName,
      description: [
        decl.summary ?? decl.description ?? '',
        (decl.events ?? []).length ? `Events: ${decl.events.map((e) => e.name).join(', ')}.` : '',
        (decl.cssParts ?? []).length ? `Parts: ${decl.cssParts.map((p) => p.name).join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      attributes: (decl.attributes ?? []).map((a) => {
        const choices = /^`/.test(a.description ?? '') ? values(a.description) : [];
        return {
          name: a.name,
          description: a.description ?? '',
          ...(choices.length > 1 ? { values: choices.map((name) => ({ name })) } : {}),
        };
      }),
      references: [{ name: 'Documentation', url: docs }],
    })),
  };
}

export function webTypes(elements, version) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: '@rpc-kit/kit',
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map(({ pkg, decl, docs }) => ({
          name: decl.tagName,
          description: decl.summary ?? decl.description ?? '',
          'doc-url': docs,
          source: { module: pkg, symbol: decl.name },
          attributes: (decl.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            value: { type: a.type?.text ?? 'string' },
          })),
          js: {
            properties: (decl.members ?? [])
              .filter((m) => m.kind === 'field')
              .map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text ?? 'unknown' })),
            events: (decl.events ?? []).map((e) => ({
              name: e.name,
              description: e.description ?? '',
              type: e.type?.text ?? 'CustomEvent',
            })),
          },
          css: {
            parts: (decl.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: (decl.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

/** Writes both files into packages/kit; returns their paths. */
export function writeEditorData(root = '.') {
  const elements = elementsOf(root);
  const { version } = JSON.parse(readFileSync(`${root}/packages/kit/package.json`, 'utf8'));
  const files = {
    'packages/kit/vscode.html-custom-data.json': vscodeData(elements),
    'packages/kit/web-types.json': webTypes(elements, version),
  };
  for (const [path, data] of Object.entries(files))
    writeFileSync(`${root}/${path}`, `${JSON.stringify(data, null, 2)}\n`);
  return Object.keys(files);
}
