import { defineElement } from '@rpc-kit/elements';
import '@rpc-kit/elements/quick-exit.define.js';
import { RpcHelpFinder } from './help-finder.component.js';

defineElement('rpc-help-finder', RpcHelpFinder);

declare global {
  interface HTMLElementTagNameMap {
    'rpc-help-finder': RpcHelpFinder;
  }
}
