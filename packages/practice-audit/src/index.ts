/** @rpc-kit/practice-audit: the `<rpc-practice-audit>` class. Import `./define.js` to register the tag. */
export { RpcPracticeAudit } from './practice-audit.component.js';
export { barChart, funnelChart, intervalChart, wrapLabel, type BarGroup, type FunnelBlock } from './charts.js';
