// A plain Vite + TypeScript app (no framework), as create-vite's vanilla-ts template starts one: built
// by `vite build` in check-packages.sh, then opened in Chromium (app-smoke.mjs). Each element is
// registered by importing its define module; the council config is set as a property (an object,
// never an attribute), and each event the app hears is written on the page.
import '@rpc-kit/screener/define.js';
import '@rpc-kit/help-finder/define.js';
import '@rpc-kit/signposter/define.js';
import { council } from '../council.js';

const heard = document.querySelector<HTMLOutputElement>('#heard')!;
const hear = (what: string) => (heard.textContent = `${heard.textContent} ${what}`.trim());

const screener = document.querySelector('rpc-screener')!;
screener.config = council;
screener.addEventListener('rpc-start', (e) => hear(`start:${e.detail.element}`));

const finder = document.querySelector('rpc-help-finder')!;
finder.config = council;
finder.addEventListener('rpc-view', (e) => hear(`view:${e.detail.mode ?? ''}`));

document.querySelector('rpc-signposter')!.config = council;
