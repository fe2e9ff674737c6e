/**
 * @rpc-kit/kit: everything in one import. Defines every element in the one list
 * (packages/kit/elements.json: `<rpc-screener>`, `<rpc-da-check>`, `<rpc-signposter>`,
 * `<rpc-help-finder>`) and `<rpc-quick-exit>`, and re-exports the rules, so a page can also run a
 * decision itself.
 */
import './define.generated.js';

export * from './elements.generated.js';
export * from '@rpc-kit/rules';
export { RpcQuickExit } from '@rpc-kit/elements';
export type * from '@rpc-kit/elements/types.js';
