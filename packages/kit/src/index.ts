/**
 * @rpc-kit/kit: everything in one import. Defines every element (`<rpc-screener>`,
 * `<rpc-da-check>`, `<rpc-signposter>`, `<rpc-help-finder>`, `<rpc-practice-audit>`, `<rpc-quick-exit>`) and re-exports the rules, so a page can also run a
 * decision itself.
 */
import '@rpc-kit/screener/define.js';
import '@rpc-kit/da-check/define.js';
import '@rpc-kit/signposter/define.js';
import '@rpc-kit/help-finder/define.js';
import '@rpc-kit/practice-audit/define.js';

export * from '@rpc-kit/rules';
export { RpcScreener } from '@rpc-kit/screener';
export { RpcDaCheck } from '@rpc-kit/da-check';
export { RpcSignposter } from '@rpc-kit/signposter';
export { RpcHelpFinder } from '@rpc-kit/help-finder';
export { RpcPracticeAudit } from '@rpc-kit/practice-audit';
export { RpcQuickExit } from '@rpc-kit/elements';
