// The layout's own rules, checked from the source files (no build needed):
// - no import cycle between modules (type-only imports count too: a cycle of types is still a
//   tangle for the reader);
// - arrows between packages point one way: a package imports only the workspace packages its
//   package.json depends on, and the rules import no other package of ours;
// - no code file over 400 lines (content data and words are data, not code).
// Usage: node scripts/check-architecture.mjs [--root <dir>]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LINES = 400;
/** Files allowed over the limit for now, each with the reason. Keep this list short. */
const LONG_FILES = {};
/** Data, not code: content tables and words. */
const isData = (file) =>
  file.includes('/rules/src/content/') || /\.messages\.ts$/.test(file) || file.endsWith('.generated.ts');

const args = process.argv.slice(2);
const root = resolve(
  args.includes('--root') ? args[args.indexOf('--root') + 1] : join(dirname(fileURLToPath(import.meta.url)), '..'),
);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Workspace packages: name -> { dir, deps, entries (export subpath -> source file) }. */
const packages = new Map();
for (const name of readdirSync(join(root, 'packages'))) {
  const file = join(root, 'packages', name, 'package.json');
  if (!existsSync(file) || !existsSync(join(root, 'packages', name, 'src'))) continue;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const entries = new Map();
  for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
    const source = typeof target === 'object' ? target.source : undefined;
    if (source) entries.set(sub, resolve(root, 'packages', name, source));
  }
  packages.set(pkg.name, { dir: join(root, 'packages', name), deps: Object.keys(pkg.dependencies ?? {}), entries });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The modules one file imports (resolved to files), and the workspace packages it names. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const files = [];
  const named = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec.startsWith('.')) {
      const base = resolve(dirname(file), spec);
      const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
      const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
      if (found) files.push(found);
    } else if (spec.startsWith('@rpc-kit/')) {
      const [scope, name, ...rest] = spec.split('/');
      const pkgName = `${scope}/${name}`;
      named.push(pkgName);
      const entry = packages.get(pkgName)?.entries.get(rest.length ? `./${rest.join('/')}` : '.');
      if (entry) files.push(entry);
    }
  }
  return { files, named };
}

const problems = [];
const graph = new Map();
for (const [name, pkg] of packages) {
  for (const file of walk(join(pkg.dir, 'src'))) {
    const rel = relative(root, file);
    const { files, named } = importsOf(file);
    graph.set(file, files);
    for (const other of new Set(named)) {
      if (other === name) problems.push(`${rel}: imports its own package by name (${other}); use a relative import`);
      else if (name === '@rpc-kit/rules') problems.push(`${rel}: the rules import nothing of ours (${other})`);
      else if (!pkg.deps.includes(other)) problems.push(`${rel}: imports ${other}, which ${name} does not depend on`);
    }
    const lines = readFileSync(file, 'utf8').split('\n').length;
    if (lines > MAX_LINES && !isData(rel) && !LONG_FILES[rel])
      problems.push(`${rel}: ${lines} lines (at most ${MAX_LINES} for code: split it by job)`);
  }
}

// Cycles: Tarjan's strongly connected components.
let index = 0;
const stack = [];
const meta = new Map();
function connect(v) {
  meta.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!meta.has(w)) {
      connect(w);
      meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
    } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
  }
  if (meta.get(v).low === meta.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      meta.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    const selfLoop = (graph.get(v) ?? []).includes(v);
    if (component.length > 1 || selfLoop)
      problems.push(`import cycle: ${component.map((f) => relative(root, f)).join(' <-> ')}`);
  }
}
for (const v of graph.keys()) if (!meta.has(v)) connect(v);

if (problems.length) {
  console.error(`The layout has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `Layout: ${graph.size} modules in ${packages.size} packages, no import cycle, arrows one way, no code file over ${MAX_LINES} lines` +
    (Object.keys(LONG_FILES).length ? ` (known exceptions: ${Object.keys(LONG_FILES).join(', ')})` : '') +
    '.',
);
