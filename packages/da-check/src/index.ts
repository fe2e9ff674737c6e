/** @rpc-kit/da-check: the `<rpc-da-check>` class. Import `./define.js` to register the tag. */
export { RpcDaCheck } from './da-check.component.js';
