// npm run new-element -- <name>: writes a new element package in the shape every element has
// (see docs/contributing.md) and registers it in the one list of elements, so the build, the
// tests, the size budgets, the coverage thresholds, the kit and Storybook pick it up:
//
//   packages/<name>/package.json, tsconfig.build.json
//   packages/<name>/src/<name>.component.ts  the class (no side effect)
//   packages/<name>/src/<name>.styles.ts     its styles (the base, and its own)
//   packages/<name>/src/<name>.messages.ts   its words, in English and Welsh
//   packages/<name>/src/<name>.ts            the define side effect (and ./define.js, its alias)
//   packages/<name>/src/index.ts             the class and its words
//   packages/<name>/test/<name>.test.ts      the shared suites run against it
//   stories/<name>.stories.ts                its story
//
// and adds it to packages/kit/elements.json, the workspaces in package.json and the kit's
// dependencies, links it into node_modules (as `npm install` would), and regenerates the
// generated files (the kit's list, the message ids). Then: `npm install` (to record it in
// package-lock.json), and write the element.
//
// `--root <dir>` writes into another copy of the repository (the generator's own test).
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { ELEMENTS_FILE, ROOT, readElements } from './elements.mjs';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? resolve(args[rootAt + 1]) : ROOT;
const name = args.filter((a, i) => !a.startsWith('--') && i !== rootAt + 1)[0];

const fail = (message) => {
  console.error(`new-element: ${message}`);
  process.exit(1);
};

if (!name) fail('give the element a name, e.g. npm run new-element -- parenting-plan');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
  fail(`"${name}" must be lower-case words joined by hyphens, like "practice-audit"`);
const tag = `rpc-${name}`;
const elements = readElements(root);
if (elements.some((e) => e.name === name || e.tag === tag)) fail(`${tag} is already in ${ELEMENTS_FILE}`);
if (existsSync(join(root, 'packages', name))) fail(`packages/${name} already exists`);

const words = name.split('-');
const className = `Rpc${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
const constant = `${words.join('_').toUpperCase()}_MESSAGES`;
const camel = words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join('');
const title = `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}`;
const pkgName = `@rpc-kit/${name}`;
const version = JSON.parse(readFileSync(join(root, 'packages', 'elements', 'package.json'), 'utf8')).version;
/** An element package already published, whose metadata a new one shares. */
const like = JSON.parse(readFileSync(join(root, 'packages', 'screener', 'package.json'), 'utf8'));

const entry = (file) => ({
  '@rpc-kit/source': `./src/${file}.ts`,
  types: `./dist/${file}.d.ts`,
  import: `./dist/${file}.js`,
  default: `./dist/${file}.js`,
});

const files = {
  // Every published package carries the licence and a README of its own (npm run check:packages).
  [`packages/${name}/LICENSE`]: readFileSync(join(root, 'LICENSE'), 'utf8'),
  [`packages/${name}/README.md`]: `# ${pkgName}

\`<${tag}>\`: (say what it does for families, in one line).

Part of [RPC Kit](https://github.com/rpc-kit/rpc-kit#readme): embeddable web components that help UK families find help
with parental conflict, with safety first.

## Install

\`\`\`sh
npm install ${pkgName}
\`\`\`

## Use

\`\`\`js
import '${pkgName}/define.js';
\`\`\`

\`\`\`html
<${tag} config-src="/rpc-kit/our-council.json"></${tag}>
\`\`\`

MIT licence.
`,
  [`packages/${name}/package.json`]: `${JSON.stringify(
    {
      name: pkgName,
      version,
      description: `<${tag}>: (say what it does for families, in one line).`,
      // The published metadata, as every element package has it (checked by npm run check:packages).
      keywords: like.keywords,
      homepage: like.homepage.replace(/[^/]+$/, `${name}.md`),
      bugs: like.bugs,
      repository: { ...like.repository, directory: `packages/${name}` },
      license: 'MIT',
      type: 'module',
      engines: like.engines,
      main: './dist/index.js',
      types: './dist/index.d.ts',
      customElements: 'custom-elements.json',
      exports: {
        '.': entry('index'),
        [`./${name}.js`]: entry(name),
        './define.js': entry(name),
        './package.json': './package.json',
      },
      files: ['dist', 'custom-elements.json'],
      sideEffects: [`./dist/${name}.js`],
      publishConfig: like.publishConfig,
      dependencies: { '@rpc-kit/elements': `^${version}`, '@rpc-kit/rules': `^${version}`, lit: '^3.3.3' },
    },
    null,
    2,
  )}\n`,

  [`packages/${name}/tsconfig.build.json`]: readFileSync(
    join(root, 'packages', 'screener', 'tsconfig.build.json'),
    'utf8',
  ),

  [`packages/${name}/src/${name}.component.ts`]: `import { html, type TemplateResult } from 'lit';
import { RpcElement, SHARED_MESSAGES, renderQuickExitNote } from '@rpc-kit/elements';
import { ${constant} } from './${name}.messages.js';
import { ${camel}Styles } from './${name}.styles.js';

/**
 * \`<${tag}>\`: (what it does, for whom, and what it never does). Whatever happens (a broken config,
 * a failed feed), it shows the national helplines. Nothing is stored or sent.
 *
 * @tagname ${tag}
 * @summary (One line.)
 * @attr audience - \`parent\` (default) or \`practitioner\`.
 * @attr config-src - URL of the council's config JSON (or a child \`<script type="application/json">\`).
 * @event rpc-contact-click - a contact link was used (detail: contact, channel).
 * @event rpc-exit - the quick exit was used.
 * @csspart quick-exit - the quick exit.
 * @csspart quick-exit-note - what the quick exit does and cannot do, before its first use.
 * @csspart helplines - the national helplines.
 * @csspart config-error - config problems.
 */
export class ${className} extends RpcElement {
  static override styles = ${camel}Styles;
  static override messages = { ...SHARED_MESSAGES, ...${constant} };

  protected override render(): TemplateResult {
    return this.renderFrame(
      html\`<div class="${name}">
          <h2>\${this.t('ui.${name}.title')}</h2>
          <p class="lead">\${this.t('ui.${name}.intro')}</p>
          \${renderQuickExitNote(this, this.configState.config.safeBrowsingUrl)}
        </div>
        \${this.renderHelplines()}\`,
    );
  }
}
`,

  [`packages/${name}/src/${name}.styles.ts`]: `import { css } from 'lit';
import { baseStyles } from '@rpc-kit/elements';

/** <${tag}>'s styles: the base every element needs, and its own. */
export const ${camel}Styles = [
  baseStyles,
  css\`
    .${name} {
      margin-bottom: var(--_space);
    }
  \`,
];
`,

  [`packages/${name}/src/${name}.messages.ts`]: `import type { MessageTable } from '@rpc-kit/elements';

/**
 * The words only <${tag}> uses, beside it: other elements do not carry them. A council can
 * override any of them in its config's \`strings\` (their ids are listed for the config by
 * scripts/generate.mjs); safety messages are kept as they are (see the rules' \`isProtectedMessage\`).
 * Every word needs its Welsh: ask a Welsh speaker (the English stands in until then).
 */
export const ${constant} = {
  'ui.${name}.title': { en: '${title}', cy: '${title}' },
  'ui.${name}.intro': {
    en: 'Say in one sentence what this does for a family.',
    cy: 'Say in one sentence what this does for a family.',
  },
} as const satisfies MessageTable;
`,

  [`packages/${name}/src/${name}.ts`]: `import { defineElement } from '@rpc-kit/elements';
import '@rpc-kit/elements/quick-exit.define.js';
import { ${className} } from './${name}.component.js';

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,

  [`packages/${name}/src/index.ts`]: `/** ${pkgName}: the \`<${tag}>\` class. Import \`./${name}.js\` (or its alias \`./define.js\`) to register the tag. */
export { ${className} } from './${name}.component.js';
export { ${constant} } from './${name}.messages.js';
// The config and event types a page's code needs, reachable from this package alone.
export type * from '@rpc-kit/elements/types.js';
`,

  [`packages/${name}/test/${name}.test.ts`]: `import { expect } from '@open-wc/testing';
import '../src/${name}.js';
import { ${constant} } from '../src/index.js';
import { harnessOf, mount, runElementSuites, type SuiteElement } from '../../elements/test/suites/index.js';

const ELEMENT: SuiteElement = {
  tag: '${tag}',
  messages: ${constant},
  english: { selector: '.${name} h2', text: '${title}' },
  welsh: { selector: '.${name} h2', text: '${title}' },
  // What a person does with it (for the privacy and accessibility suites).
  use: async (h) => {
    await h.settle();
  },
};

runElementSuites(ELEMENT);

describe('<${tag}>', () => {
  it('shows the national helplines', async () => {
    const h = harnessOf(await mount(ELEMENT));
    expect(h.contacts()).to.include('emergency-999');
  });
});
`,

  [`stories/${name}.stories.ts`]: `/** <${tag}>: every state, in English and Welsh. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '${pkgName}/${name}.js';

interface Args {
  audience: 'parent' | 'practitioner';
  lang: 'en' | 'cy';
}

const meta: Meta<Args> = {
  title: 'Elements/${tag}',
  args: { audience: 'parent', lang: 'en' },
  argTypes: {
    audience: { control: 'inline-radio', options: ['parent', 'practitioner'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: ({ audience, lang }) => html\`<${tag} audience=\${audience} lang=\${lang}></${tag}>\`,
};
export default meta;
type Story = StoryObj<Args>;

export const Introduction: Story = {};
export const Welsh: Story = { args: { lang: 'cy' } };
`,
};

for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

// The one list of elements.
const listFile = join(root, ELEMENTS_FILE);
const list = JSON.parse(readFileSync(listFile, 'utf8'));
list.elements.push({ name, tag, package: pkgName, class: className, cdn: `${tag}.js`, journey: null, budget: '80 kB' });
writeFileSync(listFile, `${JSON.stringify(list, null, 2)}\n`);

// npm's own lists: the workspaces (before the kit, which depends on every element) and the kit's dependencies.
const rootPkgFile = join(root, 'package.json');
const rootPkg = JSON.parse(readFileSync(rootPkgFile, 'utf8'));
rootPkg.workspaces.splice(rootPkg.workspaces.indexOf('packages/kit'), 0, `packages/${name}`);
writeFileSync(rootPkgFile, `${JSON.stringify(rootPkg, null, 2)}\n`);
const kitPkgFile = join(root, 'packages', 'kit', 'package.json');
const kitPkg = JSON.parse(readFileSync(kitPkgFile, 'utf8'));
kitPkg.dependencies[pkgName] = `^${version}`;
writeFileSync(kitPkgFile, `${JSON.stringify(kitPkg, null, 2)}\n`);

// Linked as npm install links a workspace, so it resolves before the next install.
const link = join(root, 'node_modules', '@rpc-kit', name);
if (existsSync(join(root, 'node_modules', '@rpc-kit')) && !existsSync(link) && !isLink(link))
  symlinkSync(relative(dirname(link), join(root, 'packages', name)), link);

execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate.mjs'), '--root', root], { stdio: 'inherit' });

console.log(`<${tag}> written in packages/${name}/ and stories/${name}.stories.ts, and added to ${ELEMENTS_FILE}.
Next: npm install (records it in package-lock.json), write the element and its words (with their Welsh),
then npm run lint, npm run typecheck, npm test and npm run build (dist/cdn/${tag}.js).`);

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
