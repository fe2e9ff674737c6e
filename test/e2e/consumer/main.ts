// A consumer's browser code, as someone outside this repository writes it: each package imported
// from the packed tarballs. Type-checked with strict settings (library types checked too, the
// `source` condition on, erasable syntax only) and bundled with esbuild by check-packages.sh.
import '@rpc-kit/screener/define.js';
import '@rpc-kit/da-check/define.js';
import '@rpc-kit/signposter/define.js';
import '@rpc-kit/help-finder/define.js';
import '@rpc-kit/practice-audit/define.js';
import '@rpc-kit/elements/quick-exit.define.js';
import { RpcScreener } from '@rpc-kit/screener';
import { RpcDaCheck } from '@rpc-kit/da-check';
import { RpcSignposter } from '@rpc-kit/signposter';
import { RpcHelpFinder } from '@rpc-kit/help-finder';
import { RpcPracticeAudit } from '@rpc-kit/practice-audit';
import { RpcElement, RpcQuickExit, VERSION } from '@rpc-kit/elements';
import { evaluate, validateConfig, type Decision } from '@rpc-kit/rules';
import * as kit from '@rpc-kit/kit';

// Each define entry tells TypeScript which class its tag makes.
const screener: RpcScreener = document.createElement('rpc-screener');
const daCheck: RpcDaCheck = document.createElement('rpc-da-check');
const signposter: RpcSignposter = document.createElement('rpc-signposter');
const helpFinder: RpcHelpFinder = document.createElement('rpc-help-finder');
const audit: RpcPracticeAudit = document.createElement('rpc-practice-audit');
const exit: RpcQuickExit = document.createElement('rpc-quick-exit');

const classes = [RpcScreener, RpcDaCheck, RpcSignposter, RpcHelpFinder, RpcPracticeAudit, RpcQuickExit];
const elements = [screener, daCheck, signposter, helpFinder, audit, exit];
console.log(elements.every((el, i) => el instanceof classes[i]!));

for (const el of [screener, daCheck, signposter, helpFinder, audit]) {
  const base: RpcElement = el;
  if (!(base instanceof RpcElement)) throw new Error('not an RpcElement');
  base.config = { nation: 'wales' };
  document.body.append(base);
}
document.body.prepend(exit);

screener.addEventListener('rpc-complete', (event) => console.log(event.type));

const checked = validateConfig({ nation: 'wales' });
const decision: Decision = evaluate({ audience: 'parent', answers: { 'danger-now': 'yes' } });
console.log(VERSION, checked.ok, decision.route, kit.RpcScreener === RpcScreener, kit.SAFETY_IDS.length);
