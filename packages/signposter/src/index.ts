/** @rpc-kit/signposter: the `<rpc-signposter>` class. Import `./define.js` to register the tag. */
export { RpcSignposter } from './signposter.component.js';
