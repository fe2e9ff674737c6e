/** @rpc-kit/signposter: the `<rpc-signposter>` class. Import `./signposter.js` (or its alias `./define.js`) to register the tag. */
export { RpcSignposter } from './signposter.component.js';
export { SIGNPOSTER_MESSAGES } from './signposter.messages.js';
// The config and event types a page's code needs, reachable from this package alone.
export type * from '@rpc-kit/elements/types.js';
