/** @rpc-kit/help-finder: the `<rpc-help-finder>` class. Import `./define.js` to register the tag. */
export { RpcHelpFinder } from './help-finder.component.js';
export { qrShape, renderQr, type QrShape } from './qr.js';
export { posterUrl, shortUrl } from './urls.js';
