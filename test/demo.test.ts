/**
 * The demo page served by `npm start`: it loads the all-in-one bundle as a council page would
 * and shows the rules at work. Here /cdn/rpc-kit.js is served from the kit's source.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

async function loadDemo(): Promise<HTMLElement> {
  const page = new DOMParser().parseFromString(await (await fetch('/docs/index.html')).text(), 'text/html');
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.append(...Array.from(page.body.childNodes).map((n) => document.importNode(n, true)));
  const demoScript = '/docs/demo.js';
  await import(/* @vite-ignore */ demoScript);
  await waitUntil(() => wrapper.querySelectorAll('#rules-demo tbody tr').length > 0, 'the rules did not render', { timeout: 15000 });
  return wrapper;
}

describe('demo page', () => {
  it('shows the rules deciding real cases, safely, and is accessible', async () => {
    const page = await loadDemo();
    const routes = Array.from(page.querySelectorAll<HTMLElement>('#rules-demo tbody tr')).map((tr) => tr.dataset.route);
    expect(routes).to.deep.equal(['conflict', 'conflict', 'conflict', 'domestic-abuse', 'unclear', 'emergency']);
    const emergency = page.querySelector('#rules-demo tr[data-route="emergency"]')!;
    expect(emergency.textContent).to.contain('999');
    const abuse = page.querySelector('#rules-demo tr[data-route="domestic-abuse"]')!;
    expect(abuse.textContent).to.contain('0808 2000 247');
    expect(abuse.textContent).not.to.contain('Arguing Better');
    expect(page.querySelectorAll('#rules-demo details li').length).to.be.greaterThan(13);
    await expect(page).to.be.accessible();
  });

  it('asks for nothing beyond its own origin', () => {
    const foreign = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });
});
