import { defineElement } from './register.js';
import { quickExitRegistry } from './exit-registry.js';
import { RpcQuickExit } from './quick-exit.js';

defineElement('rpc-quick-exit', RpcQuickExit);
// The page's one registry, at once: Shift 3 times and links marked data-rpc-quick-exit work from the start.
if (typeof document !== 'undefined') quickExitRegistry();

declare global {
  interface HTMLElementTagNameMap {
    'rpc-quick-exit': RpcQuickExit;
  }
}
