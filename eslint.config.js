// ESLint flat config: TypeScript (type-aware in sources), Lit's rules, and the project's own
// guards: the rules package stays DOM-free, and browser code never touches storage.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import globals from 'globals';

const STORAGE = ['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
  name,
  message: 'Answers stay in memory: no browser storage.',
}));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'packages/*/cdn/**',
      'storybook-static/**',
      'coverage/**',
      'node_modules/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', ...STORAGE],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'cookie', message: 'Answers stay in memory: no cookies.' },
        { object: 'window', property: 'localStorage', message: 'Answers stay in memory: no browser storage.' },
        { object: 'window', property: 'sessionStorage', message: 'Answers stay in memory: no browser storage.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Use zod/mini: the classic API is ten times bigger in a browser bundle.' }] },
      ],
    },
  },
  {
    // The rules package runs in Node and browsers alike: no DOM, no Node.
    files: ['packages/rules/src/**/*.ts'],
    ignores: ['packages/rules/src/cli/main.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'process', ...STORAGE],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'lit', 'lit/*'], paths: ['zod'] }],
    },
  },
  {
    // The config builder keeps the config in memory and sends nothing: no storage, no network.
    files: ['packages/config-builder/src/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...STORAGE,
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'The config builder sends nothing.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'cookie', message: 'The config builder stores nothing.' },
        { object: 'window', property: 'localStorage', message: 'The config builder stores nothing.' },
        { object: 'window', property: 'sessionStorage', message: 'The config builder stores nothing.' },
        { object: 'window', property: 'fetch', message: 'The config builder sends nothing.' },
        { object: 'navigator', property: 'sendBeacon', message: 'The config builder sends nothing.' },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'test/e2e/**/*.mjs',
      'packages/rules/bin/**/*.js',
      '*.config.{js,mjs}',
      'rollup.config.mjs',
      'packages/rules/src/cli/main.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests read storage to prove it stays empty, and use chai's property assertions.
    files: ['**/*.test.ts', 'packages/*/test/**/*.ts', 'test/**/*.ts', 'test/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
    },
  },
);
