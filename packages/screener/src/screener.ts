import { defineElement } from '@rpc-kit/elements';
import '@rpc-kit/elements/quick-exit.define.js';
import { RpcScreener } from './screener.component.js';

defineElement('rpc-screener', RpcScreener);

declare global {
  interface HTMLElementTagNameMap {
    'rpc-screener': RpcScreener;
  }
}
