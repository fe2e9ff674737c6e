/** @rpc-kit/da-check: the `<rpc-da-check>` class. Import `./da-check.js` (or its alias `./define.js`) to register the tag. */
export { RpcDaCheck } from './da-check.component.js';
export { DA_CHECK_MESSAGES } from './da-check.messages.js';
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
