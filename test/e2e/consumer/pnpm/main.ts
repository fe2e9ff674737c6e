// A Vite + TypeScript app in a project installed with pnpm (check-pnpm.sh), whose package.json lists
// only the three element packages. pnpm's node_modules is strict: the project reaches only what it
// lists, never @rpc-kit/elements or @rpc-kit/rules beneath them, so the config and event types come
// from the element packages it installed. Type-checked with tsc, built by `vite build` and opened in
// Chromium (app-smoke.mjs); the page is the plain Vite app's index.html.
import '@rpc-kit/screener/define.js';
import '@rpc-kit/help-finder/define.js';
import '@rpc-kit/signposter/define.js';
import type { ConfigInput, RpcCompleteDetail } from '@rpc-kit/screener';
import type { RpcEvent } from '@rpc-kit/help-finder';
// @ts-expect-error not in this project's package.json, so out of its reach under pnpm (TS2307)
import type { ConfigInput as Unlisted } from '@rpc-kit/elements';
import { council } from './council.js';

const heard = document.querySelector<HTMLOutputElement>('#heard')!;
const hear = (what: string) => (heard.textContent = `${heard.textContent} ${what}`.trim());

const config: ConfigInput = council;
const screener = document.querySelector('rpc-screener')!;
screener.config = config;
screener.addEventListener('rpc-start', (e) => hear(`start:${e.detail.element}`));
screener.addEventListener('rpc-complete', (e) => {
  const detail: RpcCompleteDetail = e.detail;
  hear(`complete:${e.detail.route}:${detail.pathways.join(',')}`);
});

const finder = document.querySelector('rpc-help-finder')!;
finder.config = config;
const onView = (e: RpcEvent<'rpc-view'>) => hear(`view:${e.detail.mode ?? ''}`);
finder.addEventListener('rpc-view', onView);

document.querySelector('rpc-signposter')!.config = config;

// What must not type-check (never called: the app does not run it).
export function wrong(unlisted?: Unlisted): void {
  console.log(unlisted);
  // @ts-expect-error the config is a council config, not any value
  screener.config = 42;
  // @ts-expect-error rpc-start's detail has no route
  screener.addEventListener('rpc-start', (e) => hear(e.detail.route));
}
