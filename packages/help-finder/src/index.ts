/** @rpc-kit/help-finder: the `<rpc-help-finder>` class. Import `./help-finder.js` (or its alias `./define.js`) to register the tag. */
export { RpcHelpFinder } from './help-finder.component.js';
export { HELP_FINDER_MESSAGES } from './help-finder.messages.js';
export { qrShape, renderQr, type QrShape } from './qr.js';
export { posterUrl, shortUrl } from './urls.js';
// The config and event types a page's code needs, reachable from this package alone.
export type * from '@rpc-kit/elements/types.js';
