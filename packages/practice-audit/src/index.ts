/** @rpc-kit/practice-audit: the `<rpc-practice-audit>` class. Import `./practice-audit.js` (or its alias `./define.js`) to register the tag. */
export { RpcPracticeAudit } from './practice-audit.component.js';
export { barChart, funnelChart, intervalChart, wrapLabel, type BarGroup, type FunnelBlock } from './charts.js';
export { PRACTICE_AUDIT_MESSAGES } from './practice-audit.messages.js';
// The config and event types a page's code needs, reachable from this package alone.
export type * from '@rpc-kit/elements/types.js';
