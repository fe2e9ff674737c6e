// Coverage thresholds per package, from the test runner's lcov report: the rules, where every
// decision lives, at 95% of lines and branches; the elements a little lower.
import { readFileSync } from 'node:fs';
import { readElements } from './elements.mjs';

const THRESHOLDS = {
  'packages/rules/src/': { lines: 95, branches: 95 },
  'packages/elements/src/': { lines: 85, branches: 75 },
  // Every element from the one list (packages/kit/elements.json).
  ...Object.fromEntries(readElements().map((e) => [`packages/${e.name}/src/`, { lines: 85, branches: 75 }])),
  'packages/config-builder/src/': { lines: 85, branches: 75 },
  'packages/practice-audit/src/': { lines: 85, branches: 75 },
};

let lcov;
try {
  lcov = readFileSync('coverage/lcov.info', 'utf8');
} catch {
  console.error('coverage/lcov.info is missing: run the browser tests first (npm test).');
  process.exit(1);
}

const totals = {};
let file;
for (const line of lcov.split('\n')) {
  if (line.startsWith('SF:')) file = line.slice(3).replace(/\\/g, '/');
  const prefix = file && Object.keys(THRESHOLDS).find((p) => file.includes(p));
  if (!prefix) continue;
  const t = (totals[prefix] ??= { lf: 0, lh: 0, brf: 0, brh: 0 });
  const [key, value] = line.split(':');
  if (key === 'LF') t.lf += Number(value);
  if (key === 'LH') t.lh += Number(value);
  if (key === 'BRF') t.brf += Number(value);
  if (key === 'BRH') t.brh += Number(value);
}

let failed = false;
console.log('\nCoverage by package');
for (const [prefix, want] of Object.entries(THRESHOLDS)) {
  const t = totals[prefix];
  if (!t) {
    console.log(`  ${prefix.padEnd(24)} no coverage recorded`);
    failed = true;
    continue;
  }
  const lines = t.lf ? (100 * t.lh) / t.lf : 100;
  const branches = t.brf ? (100 * t.brh) / t.brf : 100;
  const ok = lines >= want.lines && branches >= want.branches;
  failed ||= !ok;
  console.log(
    `  ${prefix.padEnd(24)} lines ${lines.toFixed(1)}% (min ${want.lines})  branches ${branches.toFixed(1)}% (min ${want.branches})  ${ok ? 'ok' : 'TOO LOW'}`,
  );
}
process.exit(failed ? 1 : 0);
