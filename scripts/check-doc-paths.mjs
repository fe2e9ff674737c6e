// The contributor docs name files and folders in backticks; this fails when one does not exist,
// so the docs cannot go on pointing at a file that moved. A backticked name is taken as a path
// when it has no spaces and either a slash or a file extension. It is found when it exists from
// the repository's root, from `packages/`, from a package or its `src/` (the docs shorten
// `packages/rules/src/decision/evaluate.ts` to `decision/evaluate.ts` in a section about the rules);
// a bare file name (`poster-sheet.ts`) is found anywhere in the repository's source. Left out:
// package names and subpaths (`@rpc-kit/...`, `./define.js`), placeholders (`<name>`), globs,
// URLs, and what a build makes (`dist/...`).
// Usage: node scripts/check-doc-paths.mjs [--root <dir>] [file.md ...]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOCS = ['docs/architecture.md', 'docs/contributing.md'];
const EXTENSION = /\.(?:[cm]?[jt]s|json|md|css|html|php|sh|yml|yaml|csv|txt)$/;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'storybook-static', 'coverage', '.mirror']);

/** The backticked names in Markdown text that look like paths in the repository. */
export function pathsIn(markdown) {
  const text = markdown.replace(/```[\s\S]*?```/g, '');
  const found = new Set();
  for (const [, span] of text.matchAll(/`([^`\n]+)`/g)) {
    const name = span.trim().replace(/:$/, '');
    if (/\s/.test(name) || !(name.includes('/') || EXTENSION.test(name))) continue;
    if (/^(?:@|\.\.?\/|[a-z]+:)|[<>*{}()=,;'"|$]/.test(name)) continue;
    if (name.startsWith('dist/')) continue;
    found.add(name.replace(/\/$/, ''));
  }
  return [...found];
}

/** Every file and folder under `dir` (outside build output and dependencies), relative to it. */
function listFiles(dir, base = dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    out.push(relative(base, path));
    if (statSync(path).isDirectory()) listFiles(path, base, out);
  }
  return out;
}

/** The names among `paths` that exist nowhere they could mean. */
export function missingPaths(root, paths) {
  const packages = existsSync(join(root, 'packages')) ? readdirSync(join(root, 'packages')) : [];
  const bases = [
    root,
    join(root, 'packages'),
    ...packages.flatMap((p) => [join(root, 'packages', p), join(root, 'packages', p, 'src')]),
  ];
  let names;
  const bareNames = () => (names ??= new Set(listFiles(root).map((f) => f.split('/').pop())));
  return paths.filter((path) =>
    path.includes('/') ? !bases.some((base) => existsSync(join(base, path))) : !bareNames().has(path),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--root');
  const root = resolve(at >= 0 ? args[at + 1] : join(dirname(fileURLToPath(import.meta.url)), '..'));
  const docs = args.filter((a, i) => a !== '--root' && i !== at + 1);
  const problems = [];
  let checked = 0;
  for (const doc of docs.length ? docs : DOCS) {
    const paths = pathsIn(readFileSync(join(root, doc), 'utf8'));
    checked += paths.length;
    for (const path of missingPaths(root, paths)) problems.push(`${doc}: \`${path}\` does not exist`);
  }
  if (problems.length) {
    console.error(
      `The docs name ${problems.length} path(s) that do not exist:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`Docs: the ${checked} paths named in ${(docs.length ? docs : DOCS).join(' and ')} exist.`);
}
