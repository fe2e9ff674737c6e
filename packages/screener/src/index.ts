/** @rpc-kit/screener: the `<rpc-screener>` class. Import `./define.js` to register the tag. */
export { RpcScreener } from './screener.component.js';
