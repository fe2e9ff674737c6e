/**
 * @rpc-kit/kit: everything in one import. Defines every element (today `<rpc-screener>` and
 * `<rpc-quick-exit>`) and re-exports the rules, so a page can also run a decision itself.
 */
import '@rpc-kit/screener/define.js';

export * from '@rpc-kit/rules';
export { RpcScreener } from '@rpc-kit/screener';
export { RpcQuickExit } from '@rpc-kit/elements';
