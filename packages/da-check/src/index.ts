/** @rpc-kit/da-check: the `<rpc-da-check>` class. Import `./da-check.js` (or its alias `./define.js`) to register the tag. */
export { RpcDaCheck } from './da-check.component.js';
export { DA_CHECK_MESSAGES } from './da-check.messages.js';
// The config and event types a page's code needs, reachable from this package alone.
export type * from '@rpc-kit/elements/types.js';
