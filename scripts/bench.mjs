// Benchmarks of the rules, printed as a table: how long a decision and a config check take.
// Run after `npm run build`: npm run bench
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { evaluate, resolveConfig, validateConfig, SAFETY_QUESTIONS } from '../packages/rules/dist/index.js';

const example = JSON.parse(readFileSync(new URL('../docs/examples/northshire.config.json', import.meta.url), 'utf8'));
const config = resolveConfig(example);
const values = ['yes', 'no', 'unsure'];
const inputs = Array.from({ length: 1000 }, (_, i) => ({
  answers: Object.fromEntries(SAFETY_QUESTIONS.map((q, j) => [q.id, values[(i * 7 + j * 13) % 3]])),
  situation: {
    relationship: ['together', 'separating', 'separated'][i % 3],
    conflict: ['low', 'moderate', 'high'][i % 3],
  },
}));

function measure(name, runs, fn) {
  for (let i = 0; i < Math.min(runs, 200); i++) fn(i); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn(i);
  const total = performance.now() - start;
  return { name, runs, 'mean (µs)': ((total / runs) * 1000).toFixed(1), 'total (ms)': total.toFixed(1) };
}

console.table([
  measure('evaluate (defaults)', 20000, (i) => evaluate(inputs[i % inputs.length])),
  measure('evaluate (council config)', 20000, (i) => evaluate(inputs[i % inputs.length], config)),
  measure('validateConfig (example council)', 2000, () => validateConfig(example)),
  measure('validateConfig (invalid)', 2000, () => validateConfig({ nation: 'mars', pathways: { custm: [] } })),
]);
