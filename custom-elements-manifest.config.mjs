// The custom elements manifest of one element package (custom-elements.json), written by
// scripts/manifest.mjs in `npm run build` for each package with a `customElements` field:
//   RPC_KIT_PACKAGE=screener npx cem analyze --config custom-elements-manifest.config.mjs
// The analyzer reads the package's sources with the shared base class (packages/elements/src/base.ts),
// so inherited attributes are listed, then keeps only the package's own modules, at the paths of the
// built files that export them.
import { readFileSync } from 'node:fs';

const pkg = process.env.RPC_KIT_PACKAGE;
if (!pkg) throw new Error('Set RPC_KIT_PACKAGE to the package folder name, e.g. screener.');
const own = `packages/${pkg}/src/`;

/** Tags registered through defineElement('rpc-x', RpcX), which the analyzer does not know. */
function defineElementCalls() {
  return {
    name: 'rpc-kit-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text, module: moduleDoc.path } },
      ];
    },
  };
}

/**
 * Lit's internal state (`static properties = { step: { state: true } }` or `attribute: false`),
 * which the analyzer lists as attributes and public fields: state is left out, and a property
 * without an attribute keeps its field only.
 */
const internal = { state: new Set(), noAttribute: new Set() };
function litStateProperties() {
  return {
    name: 'rpc-kit-lit-state',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || node.name.getText() !== 'properties' || !node.initializer) return;
      if (!ts.isObjectLiteralExpression(node.initializer)) return;
      for (const prop of node.initializer.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
        const options = Object.fromEntries(
          prop.initializer.properties
            .filter(ts.isPropertyAssignment)
            .map((o) => [o.name.getText(), o.initializer.getText()]),
        );
        if (options.state === 'true') internal.state.add(prop.name.getText());
        else if (options.attribute === 'false') internal.noAttribute.add(prop.name.getText());
      }
    },
  };
}

/** Members whose JSDoc says `@internal`: used between RPC Kit's own modules, not a page's API. */
const internalMembers = new Set();
function internalTags() {
  return {
    name: 'rpc-kit-internal',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node)) return;
      for (const member of node.members) {
        if (member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal'))
          internalMembers.add(member.name.getText());
      }
    },
  };
}

/**
 * Only this package's modules, with nothing private. A module that is not an entry of the package
 * (a component file bundled into a chunk) is listed under dist/index.js, which exports its class.
 */
function ownModules() {
  const entries = new Set(
    Object.values(JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8')).exports)
      .map((entry) => entry?.import)
      .filter(Boolean)
      .map((path) => path.replace(/^\.\//, '')),
  );
  const shipped = (path) => {
    const built = `dist/${path.slice(own.length).replace(/\.ts$/, '.js')}`;
    return entries.has(built) ? built : 'dist/index.js';
  };
  const relink = (ref) => {
    if (ref?.module?.startsWith(own)) ref.module = shipped(ref.module);
    else if (ref?.module?.startsWith('packages/')) {
      ref.package = `@rpc-kit/${ref.module.split('/')[1]}`;
      delete ref.module;
    }
  };
  return {
    name: 'rpc-kit-own-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter((m) => m.path.startsWith(own));
      const byPath = new Map();
      for (const mod of customElementsManifest.modules) {
        mod.path = shipped(mod.path);
        const same = byPath.get(mod.path);
        if (same) {
          same.declarations.push(...(mod.declarations ?? []));
          same.exports.push(...(mod.exports ?? []));
        } else
          byPath.set(mod.path, {
            ...mod,
            declarations: [...(mod.declarations ?? [])],
            exports: [...(mod.exports ?? [])],
          });
      }
      customElementsManifest.modules = [...byPath.values()];
      for (const mod of customElementsManifest.modules) {
        for (const exp of mod.exports ?? []) relink(exp.declaration);
        for (const decl of mod.declarations ?? []) {
          relink(decl.superclass);
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter(
              (a) => !internal.state.has(a.fieldName) && !internal.noAttribute.has(a.fieldName),
            );
          }
          if (decl.members) decl.members = decl.members.filter((m) => !internal.state.has(m.name));
          if (decl.members)
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !internalMembers.has(m.name),
            );
          for (const list of ['members', 'attributes', 'events'])
            for (const item of decl[list] ?? []) relink(item.inheritedFrom);
        }
        for (const exp of mod.exports) {
          // The class's own module, as the analyzer wrote it from an import specifier or define call.
          const home = customElementsManifest.modules.find((m) =>
            m.declarations.some((d) => d.name === exp.declaration?.name),
          );
          if (home && exp.declaration && !exp.declaration.package) exp.declaration.module = home.path;
        }
        const seen = new Set();
        mod.exports = mod.exports.filter((e) => {
          const key = `${e.kind} ${e.name} ${e.declaration?.module ?? e.declaration?.package}`;
          return !seen.has(key) && seen.add(key);
        });
      }
    },
  };
}

export default {
  globs: [`${own}**/*.ts`, 'packages/elements/src/base.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: `packages/${pkg}`,
  litelement: true,
  plugins: [defineElementCalls(), litStateProperties(), internalTags(), ownModules()],
};
