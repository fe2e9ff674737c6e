import { defineElement } from '@rpc-kit/elements';
import { RpcPracticeAudit } from './practice-audit.component.js';

defineElement('rpc-practice-audit', RpcPracticeAudit);

declare global {
  interface HTMLElementTagNameMap {
    'rpc-practice-audit': RpcPracticeAudit;
  }
}
