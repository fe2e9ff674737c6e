/**
 * @rpc-kit/kit: everything in one import. Defines every element (`<rpc-screener>`,
 * `<rpc-da-check>`, `<rpc-signposter>`, `<rpc-help-finder>`, `<rpc-quick-exit>`) and re-exports the rules, so a page can also run a
 * decision itself.
 */
import '@rpc-kit/screener/define.js';
import '@rpc-kit/da-check/define.js';
import '@rpc-kit/signposter/define.js';
import '@rpc-kit/help-finder/define.js';

export * from '@rpc-kit/rules';
export { RpcScreener } from '@rpc-kit/screener';
export { RpcDaCheck } from '@rpc-kit/da-check';
export { RpcSignposter } from '@rpc-kit/signposter';
export { RpcHelpFinder } from '@rpc-kit/help-finder';
export { RpcQuickExit } from '@rpc-kit/elements';
