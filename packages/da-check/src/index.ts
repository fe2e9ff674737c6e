/** @rpc-kit/da-check: the `<rpc-da-check>` class. Import `./da-check.js` (or its alias `./define.js`) to register the tag. */
export { RpcDaCheck } from './da-check.component.js';
export { DA_CHECK_MESSAGES } from './da-check.messages.js';
