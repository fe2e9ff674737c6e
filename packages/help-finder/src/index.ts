/** @rpc-kit/help-finder: the `<rpc-help-finder>` class. Import `./help-finder.js` (or its alias `./define.js`) to register the tag. */
export { RpcHelpFinder } from './help-finder.component.js';
export { HELP_FINDER_MESSAGES } from './help-finder.messages.js';
export { qrShape, renderQr, type QrShape } from './qr.js';
export { posterUrl, shortUrl } from './urls.js';
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
