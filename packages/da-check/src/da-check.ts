import { defineElement } from '@rpc-kit/elements';
import '@rpc-kit/elements/quick-exit.define.js';
import { RpcDaCheck } from './da-check.component.js';

defineElement('rpc-da-check', RpcDaCheck);

declare global {
  interface HTMLElementTagNameMap {
    'rpc-da-check': RpcDaCheck;
  }
}
