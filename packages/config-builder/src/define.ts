/**
 * The config builder's page script (dist/builder/rpc-config-builder.js, beside docs/builder.html):
 * every element, for the preview, and <rpc-config-builder>. One file, one copy of Lit and of the
 * rules, so the preview and the builder check a config with the very same `validateConfig`.
 */
import '@rpc-kit/kit';
import { defineElement } from '@rpc-kit/elements';
import { RpcConfigBuilder } from './builder.component.js';

defineElement('rpc-config-builder', RpcConfigBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'rpc-config-builder': RpcConfigBuilder;
  }
}
