// JSX types for React 18 and 19, made from the packages' custom elements manifests (run by
// scripts/manifest.mjs in `npm run build`, after the manifests are checked):
//   packages/kit/jsx.d.ts  `JSX.IntrinsicElements` of the `react` module for every tag, so
//                          `<rpc-screener config={...} onrpc-complete={(e) => e.detail.route} />`
//                          type-checks once a file imports `@rpc-kit/kit/jsx`.
// Each prop's type is the element class's own (`RpcScreener['config']`), so the types cannot drift
// from the code: a manifest names the props, the classes type them. React 19 sets a prop the element
// has as a property (`config`, `audience`, `configSrc`) and any other as an attribute (`config-src`,
// a string), and listens to `rpc-complete` for `onrpc-complete`.
import { readFileSync, writeFileSync } from 'node:fs';
import { elementsOf } from './editor-data.mjs';

const quoted = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

/** The JSX props of one element: attributes, writable public fields, `onrpc-*` handlers. */
function propsOf({ decl }) {
  const fields = (decl.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
  );
  const lines = [];
  const seen = new Set();
  const add = (name, type, description) => {
    if (seen.has(name)) return;
    seen.add(name);
    lines.push(`${doc(description)}  ${quoted(name)}?: ${type};`);
  };
  for (const field of fields) {
    const attr = (decl.attributes ?? []).find((a) => a.fieldName === field.name);
    add(field.name, `${decl.name}['${field.name}']`, field.description ?? attr?.description);
  }
  for (const attr of decl.attributes ?? []) {
    // `lang` and other global attributes are in React's own HTMLAttributes.
    if (!attr.fieldName) continue;
    const field = fields.find((f) => f.name === attr.fieldName);
    // A kebab-case attribute is set as an attribute: text (or a number React writes as text).
    const type = field ? `${decl.name}['${field.name}']` : 'string';
    const text = /\bnumber\b/.test(attr.type?.text ?? '') ? 'string | number' : 'string';
    add(attr.name, attr.name === attr.fieldName ? type : text, attr.description);
  }
  for (const event of decl.events ?? []) {
    add(`on${event.name}`, `(event: RpcEvent<'${event.name}'>) => void`, event.description);
  }
  return lines;
}

export function jsxTypes(elements) {
  const imports = new Map([['@rpc-kit/elements', ['RpcEvent']]]);
  for (const { pkg, decl } of elements) imports.set(pkg, [...(imports.get(pkg) ?? []), decl.name]);
  const out = [
    '// Made by scripts/jsx-types.mjs from the custom elements manifests in `npm run build`: do not edit.',
    '/**',
    ' * JSX types of every RPC Kit element for React 18 and 19 with TypeScript. Import this module once',
    " * (`import '@rpc-kit/kit/jsx';`) and `<rpc-screener config={...} onrpc-complete={(e) => e.detail.route} />`",
    ' * type-checks. React 19 sets `config` as a property; with React 18 use `@rpc-kit/react` instead.',
    ' */',
    "import type * as React from 'react';",
    ...[...imports].map(([pkg, names]) => `import type { ${[...new Set(names)].join(', ')} } from '${pkg}';`),
    '',
    '/** What every element takes from React: `className`, `style`, `ref`, `key`, `lang`, `children`... */',
    'type Base<E extends HTMLElement> = React.DetailedHTMLProps<React.HTMLAttributes<E>, E>;',
    '',
  ];
  for (const element of elements) {
    const { decl } = element;
    out.push(
      `/** \`<${decl.tagName}>\`'s own props${decl.summary ? `: ${decl.summary.replace(/\s*\n\s*/g, ' ')}` : ''} */`,
      `export interface ${decl.name}JsxProps {`,
      ...propsOf(element),
      '}',
      '',
    );
  }
  out.push(
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.map(({ decl }) => `      '${decl.tagName}': Base<${decl.name}> & ${decl.name}JsxProps;`),
    '    }',
    '  }',
    '}',
    '',
  );
  return out.join('\n');
}

/** Writes packages/kit/jsx.d.ts; returns its path. */
export function writeJsxTypes(root = '.') {
  const elements = elementsOf(root);
  const tags = JSON.parse(readFileSync(`${root}/packages/kit/elements.json`, 'utf8')).elements.map((e) => e.tag);
  const missing = [...tags, 'rpc-quick-exit'].filter((t) => !elements.some(({ decl }) => decl.tagName === t));
  if (missing.length) throw new Error(`no manifest declares ${missing.join(', ')}: no JSX types for them`);
  const path = 'packages/kit/jsx.d.ts';
  writeFileSync(`${root}/${path}`, jsxTypes(elements));
  return path;
}
