// Size budgets (gzipped, each file on its own as a server sends it) of the CDN files. Each budget
// is for everything a one-tag snippet loads on an English page for parents with a council's config:
// the entry file, every shared chunk it needs, config validation (the quick check a valid config
// passes; the full check only for a config with problems, its own budget) and the rules' journey (read from the built files by
// scripts/cdn-graph.mjs); not the Welsh and practitioners' packs, loaded only on pages that need them. One per element from the one list
// (packages/kit/elements.json, where each element's budget is), the parents' all-in-one file, the
// autoloader, two elements on one page, the help finder with a feed, and the config builder's page.
import {
  beforeFirstScreenOf,
  built,
  feedPageOf,
  firstLoadOf,
  parentsPageOf,
  problemsPageOf,
} from './scripts/cdn-graph.mjs';
import { readElements } from './scripts/elements.mjs';

const loads = (file) => (built() ? parentsPageOf(file) : [file]).map((f) => `dist/cdn/${f}`);
const withProblems = (file) => (built() ? problemsPageOf(file) : [file]).map((f) => `dist/cdn/${f}`);
const withFeed = (file) => (built() ? feedPageOf(file) : [file]).map((f) => `dist/cdn/${f}`);
const firstLoad = (file) => (built() ? firstLoadOf(file) : [file]).map((f) => `dist/cdn/${f}`);
const firstScreen = (file) => (built() ? beforeFirstScreenOf(file) : [file]).map((f) => `dist/cdn/${f}`);
const both = [...new Set([...loads('rpc-screener.js'), ...loads('rpc-help-finder.js')])];

export default [
  ...readElements().map((e) => ({
    name: `<${e.tag}> (dist/cdn/${e.cdn} and the chunks an English page for parents loads)`,
    path: loads(e.cdn),
    limit: e.budget,
    gzip: true,
  })),
  {
    name: 'All-in-one for parents (dist/cdn/rpc-kit.js and its chunks)',
    path: loads('rpc-kit.js'),
    limit: '87.5 kB',
    gzip: true,
  },
  {
    name: '<rpc-screener> with a config that has problems (the full config check too, loaded only then)',
    path: withProblems('rpc-screener.js'),
    limit: '85.7 kB',
    gzip: true,
  },
  {
    name: '<rpc-help-finder> with an Open Referral UK feed (the feed reader too, loaded only with feed-src)',
    path: withFeed('rpc-help-finder.js'),
    limit: '68.5 kB',
    gzip: true,
  },
  {
    name: '<rpc-screener> before its first screen shows (its file draws it: the words, the markup and the styles in English and Welsh)',
    path: firstScreen('rpc-screener.js'),
    limit: '9.2 kB',
    gzip: true,
  },
  {
    name: '<rpc-screener> before the element draws itself (its file and the chunks it preloads; config validation and the questions come after)',
    path: firstLoad('rpc-screener.js'),
    limit: '43.8 kB',
    gzip: true,
  },
  {
    name: 'The quick exit alone (dist/cdn/rpc-quick-exit.js and its chunks)',
    path: loads('rpc-quick-exit.js'),
    limit: '23.8 kB',
    gzip: true,
  },
  {
    name: 'Autoloader (dist/cdn/rpc-kit-loader.js, before any element)',
    path: loads('rpc-kit-loader.js'),
    limit: '3.2 kB',
    gzip: true,
  },
  {
    name: '<rpc-screener> and <rpc-help-finder> on one page (shared chunks once)',
    path: both,
    limit: '89.9 kB',
    gzip: true,
  },
  {
    name: 'Config builder page (dist/builder/rpc-config-builder.js: every element and the form)',
    path: 'dist/builder/rpc-config-builder.js',
    limit: '151.3 kB',
    gzip: true,
  },
];
