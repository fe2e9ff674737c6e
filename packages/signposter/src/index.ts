/** @rpc-kit/signposter: the `<rpc-signposter>` class. Import `./signposter.js` (or its alias `./define.js`) to register the tag. */
export { RpcSignposter } from './signposter.component.js';
export { SIGNPOSTER_MESSAGES } from './signposter.messages.js';
