// An outside check of the built `rpc-kit` command with hostile and malformed input, as a
// reviewer would run it: every refusal is one line per problem with a JSON path, no stack trace,
// no hang (each call must answer within a second of its own work), and no safety miss in what it
// does decide. Run after `npm run build`: node test/e2e/check-cli-hostile.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'rpc-kit-hostile-'));
const cli = join(process.cwd(), 'packages/rules/bin/rpc-kit.js');
const problems = [];
const rows = [];

const SAFE = {
  'danger-now': 'no',
  afraid: 'no',
  physical: 'no',
  strangled: 'no',
  threats: 'no',
  sexual: 'no',
  controlling: 'no',
  economic: 'no',
  monitoring: 'no',
  degrading: 'no',
  'children-used': 'no',
  'can-disagree-safely': 'yes',
  'own-behaviour': 'no',
};

function run(name, args, files, expect) {
  const paths = Object.fromEntries(
    Object.entries(files).map(([file, body]) => {
      const path = join(dir, file);
      writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
      return [file, path];
    }),
  );
  const argv = args.map((a) => paths[a] ?? a);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8', timeout: 15000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // Node itself takes a while to start: the budget is a second for the work on top of that.
  const baseline = 400;
  const fail = (why) => problems.push(`${name}: ${why}`);
  if (r.error) fail(`did not finish (${r.error.message})`);
  if (ms > baseline + 1000) fail(`took ${Math.round(ms)} ms`);
  if (/\n\s+at .+:\d+:\d+/.test(r.stderr)) fail('printed a stack trace');
  if (r.status !== expect.code) fail(`exit ${r.status}, expected ${expect.code}: ${r.stderr.slice(0, 300)}`);
  for (const line of r.stderr.trim().split('\n').filter(Boolean)) {
    if (!/^(warning: )?(\$|config |input |rpc-kit: )/.test(line)) fail(`a line without a path: ${line.slice(0, 120)}`);
    if (line.length > 600) fail(`a line of ${line.length} characters`);
  }
  for (const path of expect.paths ?? [])
    if (!r.stderr.split('\n').some((l) => l.startsWith(`${path}: `))) fail(`no line for ${path}`);
  if (expect.check) {
    try {
      expect.check(JSON.parse(r.stdout));
    } catch (error) {
      fail(error.message);
    }
  }
  rows.push([name, r.status, `${Math.round(ms)} ms`]);
}

const emergencyFirst = (d) => {
  if (d.route !== 'emergency') throw new Error(`route ${d.route}`);
  if (d.contacts[0].phone !== '999') throw new Error(`first contact ${d.contacts[0].id} ${d.contacts[0].phone}`);
};

// Configs that try to weaken the floor.
run(
  'council contact reusing 999 and the helplines',
  ['validate', 'c.json'],
  {
    'c.json': {
      contacts: ['emergency-999', 'national-da-helpline', 'live-fear-free', 'respect-phoneline'].map((id) => ({
        id,
        name: 'Council line',
        phone: '01234 567890',
        topics: ['emergency'],
      })),
    },
  },
  { code: 1, paths: ['$.contacts[0].id', '$.contacts[1].id', '$.contacts[2].id', '$.contacts[3].id'] },
);
run(
  'joint or mediation abuse support, patched default',
  ['validate', 'c.json'],
  {
    'c.json': {
      pathways: {
        custom: [
          {
            id: 'couples',
            name: 'Couples counselling',
            description: 'x',
            formats: ['mediation'],
            kind: 'domestic-abuse',
            joint: true,
            access: { phone: '01234 567890' },
          },
        ],
        defaults: { 'domestic-abuse-support': { name: 'Family mediation', formats: ['mediation'] } },
      },
    },
  },
  {
    code: 1,
    paths: [
      '$.pathways.custom[0].joint',
      '$.pathways.custom[0].formats[0]',
      '$.pathways.defaults.domestic-abuse-support.formats[0]',
    ],
  },
);
run(
  'safety strings rewritten',
  ['validate', 'c.json'],
  { 'c.json': { strings: { en: { 'reason.emergency': 'There is no need to call 999', 'ui.call': 'Do not call' } } } },
  { code: 1, paths: ['$.strings.en["reason.emergency"]', '$.strings.en["ui.call"]'] },
);
run(
  'tokens that hide the helplines or fetch',
  ['validate', 'c.json'],
  {
    'c.json': {
      branding: {
        tokens: {
          '--rpc-font-size': '0',
          '--rpc-colour-text': '#ffffff',
          '--rpc-colour-panel': 'image-set("https://tracker.example/p.png" 1x)',
        },
      },
    },
  },
  {
    code: 1,
    paths: [
      '$.branding.tokens["--rpc-font-size"]',
      '$.branding.tokens["--rpc-colour-text"]',
      '$.branding.tokens["--rpc-colour-panel"]',
    ],
  },
);
run(
  'a 200 KB email',
  ['validate', 'c.json'],
  { 'c.json': { contacts: [{ id: 'a', name: 'A', topics: ['general'], email: `a@${'b'.repeat(200_000)}` }] } },
  { code: 1, paths: ['$.contacts[0].email'] },
);
run(
  'tel:% link',
  ['validate', 'c.json'],
  { 'c.json': { contacts: [{ id: 'a', name: 'A', topics: ['general'], url: 'tel:%' }] } },
  { code: 1, paths: ['$.contacts[0].url'] },
);
run(
  '10,000 custom ids with an order list',
  ['validate', 'c.json'],
  {
    'c.json': {
      pathways: {
        custom: Array.from({ length: 10_000 }, (_, i) => ({
          id: `p-${i}`,
          name: 'x',
          description: 'x',
          formats: ['group'],
          kind: 'support',
          access: { phone: '01234 567890' },
        })),
        order: Array.from({ length: 10_000 }, (_, i) => `p-${i}`),
      },
    },
  },
  { code: 1, paths: ['$.pathways.custom', '$.pathways.order'] },
);
run(
  'prototype keys in a config',
  ['validate', 'c.json'],
  { 'c.json': '{"pathways": {"__proto__": {"x": 1}}, "constructor": 1}' },
  { code: 1 },
);
run(
  'a config nested 5000 deep',
  ['validate', 'c.json'],
  { 'c.json': `{"strings": ${'{"en":'.repeat(5000)}1${'}'.repeat(5000)}}` },
  { code: 1 },
);
run('a 1 MB string', ['validate', 'c.json'], { 'c.json': { council: { name: 'x'.repeat(1_000_000) } } }, { code: 1 });

// Inputs.
for (const key of ['constructor', '__proto__', 'toString'])
  run(
    `situation key ${key}`,
    ['evaluate', 'i.json'],
    { 'i.json': `{"answers": ${JSON.stringify(SAFE)}, "situation": {"${key}": 1}}` },
    {
      code: 2,
      paths: [`$.situation.${key}`],
    },
  );
run(
  'an answer nested 5000 deep',
  ['evaluate', 'i.json'],
  { 'i.json': `{"answers": {"danger-now": ${'['.repeat(5000)}${']'.repeat(5000)}}}` },
  { code: 2 },
);
run(
  'quality answers high, situation low',
  ['evaluate', 'i.json'],
  {
    'i.json': {
      answers: {
        ...SAFE,
        frequency: 'daily',
        intensity: 'very-heated',
        resolution: 'never',
        children: 'in-the-middle',
        heard: 'never',
      },
      situation: { conflict: 'low' },
    },
  },
  { code: 2, paths: ['$.situation.conflict'] },
);
run(
  'separated in answers, together in situation',
  ['evaluate', 'i.json'],
  { 'i.json': { answers: { ...SAFE, relationship: 'separated' }, situation: { relationship: 'together' } } },
  { code: 2, paths: ['$.situation.relationship'] },
);
run('not JSON', ['evaluate', 'i.json'], { 'i.json': '{"answers": ' }, { code: 2 });

// Decisions that must hold with an honest config too.
run(
  'danger now with a council config',
  ['evaluate', 'i.json', '--config', 'c.json'],
  {
    'i.json': { answers: { ...SAFE, 'danger-now': 'yes' } },
    'c.json': {
      contacts: [{ id: 'council-line', name: 'Council', phone: '01234 567890', topics: ['domestic-abuse'] }],
    },
  },
  { code: 0, check: emergencyFirst },
);

rmSync(dir, { recursive: true, force: true });
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, code, ms] of rows) console.log(`${name.padEnd(width)}  exit ${code}  ${ms}`);
if (problems.length) {
  console.error(`\n${problems.length} problems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\n${rows.length} hostile inputs: every refusal one line with a path, no stack trace, no hang.`);
