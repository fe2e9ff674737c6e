/**
 * The quick exit before the council's config is checked. Config validation loads beside the first
 * paint, so for a moment the element is drawn with its config not yet checked: a quick exit
 * pressed then leaves for the council's own address when the config has one the check would
 * accept, and for the default neutral site otherwise (never a call, an email or a script).
 *
 * A file of its own: only the first element on a page draws before the validator has loaded.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_QUICK_EXIT_URL } from '@rpc-kit/rules';
import '../src/screener.js';
import type { RpcScreener } from '../src/index.js';

type Exit = HTMLElement & { url: string };
type State = { status: string; config: { quickExitUrl: string } };

const COUNCIL_EXIT = 'https://www.example.org/weather';

async function drawnBeforeTheCheck(config: string): Promise<{ el: RpcScreener; exit: Exit; state: State }> {
  const el = document.createElement('rpc-screener') as RpcScreener;
  el.innerHTML = `<script type="application/json">${config}</script>`;
  document.body.append(el);
  const state = (el as unknown as { configState: State }).configState;
  // The first draw comes in a microtask; the check takes a file and several tasks.
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('rpc-quick-exit'); i++) await Promise.resolve();
  const exit = el.shadowRoot!.querySelector<Exit>('rpc-quick-exit')!;
  expect(exit, 'the element drew no quick exit').to.exist;
  return { el, exit, state };
}

describe('the quick exit before the council’s config is checked', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('rpc-screener')) el.remove();
  });

  it('leaves for the council’s address at once, and after the check; forgets it when the config changes', async () => {
    const { el, exit, state } = await drawnBeforeTheCheck(
      JSON.stringify({ nation: 'wales', quickExit: { url: COUNCIL_EXIT } }),
    );
    expect(state.status).to.equal('loading');
    expect(exit.url).to.equal(COUNCIL_EXIT);
    await el.updateComplete;
    expect(state.status).to.equal('ready');
    expect(state.config.quickExitUrl).to.equal(COUNCIL_EXIT);
    expect(el.shadowRoot!.querySelector<Exit>('rpc-quick-exit')!.url).to.equal(COUNCIL_EXIT);
    await expect(el).to.be.accessible();

    // Then it forgets that address once the config changes: the council's page swaps its config
    // for one with no quick exit address, then for a file still loading (the default meanwhile).
    const exitUrl = () => el.shadowRoot!.querySelector<Exit>('rpc-quick-exit')!.url;
    el.querySelector('script')!.remove();
    const withConfig = el as RpcScreener & { config?: unknown };
    withConfig.config = { nation: 'wales' };
    await el.updateComplete;
    expect(exitUrl()).to.equal(DEFAULT_QUICK_EXIT_URL);
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      withConfig.config = undefined;
      el.setAttribute('config-src', '/slow-council.json');
      await new Promise((r) => setTimeout(r, 50));
      expect(state.status).to.equal('loading');
      expect(exitUrl()).to.equal(DEFAULT_QUICK_EXIT_URL);
    } finally {
      window.fetch = realFetch;
    }
  });

  for (const [name, url] of [
    ['a script', 'javascript:alert(1)'],
    ['a phone call', 'tel:999'],
    ['a relative link', '/weather'],
    ['an address with a line break in it', 'https://www.example.org/\nweather'],
    ['a number', 42],
    ['an address longer than a config’s text may be', `${COUNCIL_EXIT}?${'a'.repeat(5000)}`],
  ] as const) {
    it(`goes to the default neutral site, not ${name}, before and after the check`, async () => {
      const said: string[] = [];
      const { error } = console;
      console.error = (...args: unknown[]) => said.push(args.join(' '));
      try {
        const { el, exit, state } = await drawnBeforeTheCheck(JSON.stringify({ quickExit: { url } }));
        expect(exit.url).to.equal(DEFAULT_QUICK_EXIT_URL);
        await el.updateComplete;
        expect(state.status).to.equal('partial');
        expect(el.shadowRoot!.querySelector<Exit>('rpc-quick-exit')!.url).to.equal(DEFAULT_QUICK_EXIT_URL);
        expect(said.join('\n')).to.contain('quickExit.url');
      } finally {
        console.error = error;
      }
    });
  }
});
