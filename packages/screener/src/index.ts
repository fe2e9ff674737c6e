/** @rpc-kit/screener: the `<rpc-screener>` class. Import `./screener.js` (or its alias `./define.js`) to register the tag. */
export { RpcScreener } from './screener.component.js';
export { SCREENER_MESSAGES } from './screener.messages.js';
// The config and event types a page's code needs, reachable from this package alone.
export type * from '@rpc-kit/elements/types.js';
