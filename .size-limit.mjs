// Size budgets (gzipped) of the CDN files: one per element from the one list
// (packages/kit/elements.json, where each element's budget is), the all-in-one file and the
// config builder's page.
import { readElements } from './scripts/elements.mjs';

export default [
  ...readElements().map((e) => ({
    name: `<${e.tag}> (dist/cdn/${e.cdn})`,
    path: `dist/cdn/${e.cdn}`,
    limit: e.budget,
    gzip: true,
  })),
  { name: 'All-in-one (dist/cdn/rpc-kit.js)', path: 'dist/cdn/rpc-kit.js', limit: '114 kB', gzip: true },
  {
    name: 'Config builder page (dist/builder/rpc-config-builder.js: every element and the form)',
    path: 'dist/builder/rpc-config-builder.js',
    limit: '133.5 kB',
    gzip: true,
  },
];
