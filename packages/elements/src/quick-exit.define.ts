import { defineElement } from './register.js';
import { RpcQuickExit } from './quick-exit.js';

defineElement('rpc-quick-exit', RpcQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'rpc-quick-exit': RpcQuickExit;
  }
}
