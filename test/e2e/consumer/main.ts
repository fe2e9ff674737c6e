// A consumer's browser code, as someone outside this repository writes it: each package imported
// from the packed tarballs. Type-checked with strict settings (library types checked too, the
// `source` condition on, erasable syntax only) and bundled with esbuild by check-packages.sh.
import '@rpc-kit/screener/define.js';
import '@rpc-kit/da-check/define.js';
import '@rpc-kit/signposter/define.js';
import '@rpc-kit/help-finder/define.js';
import '@rpc-kit/practice-audit/define.js';
import '@rpc-kit/elements/quick-exit.define.js';
import { RpcScreener, type ConfigInput, type RpcCompleteDetail as ScreenerComplete } from '@rpc-kit/screener';
import { RpcDaCheck, type RpcCompleteDetail } from '@rpc-kit/da-check';
import { RpcSignposter } from '@rpc-kit/signposter';
import { RpcHelpFinder, type RpcEvent } from '@rpc-kit/help-finder';
import { RpcPracticeAudit } from '@rpc-kit/practice-audit';
import { RpcElement, RpcQuickExit, VERSION } from '@rpc-kit/elements';
import { evaluate, validateConfig, type Decision } from '@rpc-kit/rules';
import * as kit from '@rpc-kit/kit';
import type { RpcEvent as KitEvent } from '@rpc-kit/kit';

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

// The events are typed on every element and the document, with their details, and the config
// and detail types come from the element's own package.
screener.addEventListener('rpc-complete', (event) => {
  const detail: ScreenerComplete = event.detail;
  const route: Decision['route'] = event.detail.route;
  console.log(detail.pathways.join(), route, event.detail.band);
});
daCheck.addEventListener('rpc-step', (event) => console.log(event.detail.section, event.detail.index + 1));
document.addEventListener('rpc-contact-click', (event) => console.log(event.detail.contact, event.detail.channel));
helpFinder.addEventListener('rpc-view', (event: RpcEvent<'rpc-view'>) => console.log(event.detail.mode));
const council: ConfigInput = { nation: 'wales', branding: { preset: 'nhs' } };
signposter.config = council;
audit.config = undefined;
const detailOf = (event: KitEvent<'rpc-exit'>): string => event.detail.element;
exit.addEventListener('rpc-exit', (event) => console.log(detailOf(event)));

// What must not type-check.
// @ts-expect-error the config is a council config, not any value
screener.config = 42;
// @ts-expect-error a nation the config does not know
signposter.config = { nation: 'france' };
// @ts-expect-error rpc-step's detail has no route
daCheck.addEventListener('rpc-step', (event) => console.log(event.detail.route));
// @ts-expect-error a route that does not exist
const wrongRoute: RpcCompleteDetail['route'] = 'divorce';
console.log(wrongRoute);

const checked = validateConfig({ nation: 'wales' });
const decision: Decision = evaluate({ audience: 'parent', answers: { 'danger-now': 'yes' } });
console.log(VERSION, checked.ok, decision.route, kit.RpcScreener === RpcScreener, kit.SAFETY_IDS.length);
