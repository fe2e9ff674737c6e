/** @rpc-kit/practice-audit: the `<rpc-practice-audit>` class. Import `./practice-audit.js` (or its alias `./define.js`) to register the tag. */
export { RpcPracticeAudit } from './practice-audit.component.js';
export { barChart, funnelChart, intervalChart, wrapLabel, type BarGroup, type FunnelBlock } from './charts.js';
export { PRACTICE_AUDIT_MESSAGES } from './practice-audit.messages.js';
// The types a page's code needs, reachable from this package alone (pnpm's strict layout too):
// the config the `config` property takes, and each event's detail.
export type { ConfigInput } from '@rpc-kit/rules';
export type {
  ContactChannel,
  RpcEvent,
  RpcEventMap,
  RpcEventDetailMap,
  RpcStartDetail,
  RpcStepDetail,
  RpcCompleteDetail,
  RpcExitDetail,
  RpcContactClickDetail,
  RpcViewDetail,
} from '@rpc-kit/elements';
