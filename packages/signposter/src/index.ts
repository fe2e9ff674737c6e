/** @rpc-kit/signposter: the `<rpc-signposter>` class. Import `./signposter.js` (or its alias `./define.js`) to register the tag. */
export { RpcSignposter } from './signposter.component.js';
export { SIGNPOSTER_MESSAGES } from './signposter.messages.js';
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
