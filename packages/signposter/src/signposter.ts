import { defineElement } from '@rpc-kit/elements';
import '@rpc-kit/elements/quick-exit.define.js';
import { RpcSignposter } from './signposter.component.js';

defineElement('rpc-signposter', RpcSignposter);

declare global {
  interface HTMLElementTagNameMap {
    'rpc-signposter': RpcSignposter;
  }
}
