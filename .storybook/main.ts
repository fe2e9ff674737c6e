import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type Plugin } from 'vite';

/**
 * The packages' define modules register their tags, a side effect: their `sideEffects` fields name
 * the built files (dist/), not the sources the `@rpc-kit/source` condition resolves to, so a
 * production build would drop `import '@rpc-kit/screener/screener.js'` and show no element.
 */
const workspaceSideEffects: Plugin = {
  name: 'rpc-kit-workspace-side-effects',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.startsWith('@rpc-kit/')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && { ...resolved, moduleSideEffects: true };
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages from the manifests, axe on every story (Actions and Controls are in Storybook itself).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // Workspace packages resolve to their TypeScript sources: no build needed first.
  viteFinal: async (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), workspaceSideEffects],
    resolve: { ...vite.resolve, conditions: ['@rpc-kit/source', ...defaultClientConditions] },
  }),
};

export default config;
