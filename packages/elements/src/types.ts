/**
 * The types a page's code needs from any element package, in one place: the config the `config`
 * property takes, and each event's name and detail. Every element package (and the kit and the
 * React components) re-exports this module, so the types are reachable from the package a
 * developer installed (pnpm's strict layout too):
 *
 *   export type * from '@rpc-kit/elements/types.js';
 */
export type { ConfigInput } from '@rpc-kit/rules';
export type {
  ContactChannel,
  RpcEvent,
  RpcEventName,
  RpcEventMap,
  RpcEventDetailMap,
  RpcStartDetail,
  RpcStepDetail,
  RpcCompleteDetail,
  RpcExitDetail,
  RpcContactClickDetail,
  RpcViewDetail,
} from './events.js';
