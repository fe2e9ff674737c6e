/** @rpc-kit/screener: the `<rpc-screener>` class. Import `./screener.js` (or its alias `./define.js`) to register the tag. */
export { RpcScreener } from './screener.component.js';
export { SCREENER_MESSAGES } from './screener.messages.js';
// The types a page's code needs, reachable from this package alone (pnpm's strict layout too):
// the config the `config` property takes, and each event's detail.
export type { ConfigInput } from '@rpc-kit/rules';
export type {
  ContactChannel,
  RpcEvent,
  RpcEventMap,
  RpcEventDetailMap,
  RpcStartDetail,
  RpcStepDetail,
  RpcCompleteDetail,
  RpcExitDetail,
  RpcContactClickDetail,
  RpcViewDetail,
} from '@rpc-kit/elements';
