/**
 * The demo pages served by `npm start`, embedded as a council page would embed RPC Kit. Here
 * /cdn/*.js are served from the sources (see web-test-runner.config.mjs), so no build is needed.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { RpcScreener } from '@rpc-kit/screener';
import { decodeQr } from './helpers/qr.js';

/** Puts a demo page's body into the test page, with its relative links resolved against /docs/. */
async function loadPage(path: string, script: string): Promise<HTMLElement> {
  const page = new DOMParser().parseFromString(await (await fetch(`/docs/${path}`)).text(), 'text/html');
  const wrapper = fixtureSync<HTMLElement>(html`<div></div>`);
  for (const el of page.body.querySelectorAll('[config-src]')) {
    el.setAttribute('config-src', new URL(el.getAttribute('config-src')!, `${location.origin}/docs/`).pathname);
  }
  wrapper.append(...Array.from(page.body.childNodes).map((n) => document.importNode(n, true)));
  // The page's own style sheets too: its links are measured as laid out (WCAG 2.2's target size).
  await Promise.all(
    [...page.head.querySelectorAll('link[rel="stylesheet"]')].map((old) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(old.getAttribute('href')!, `${location.origin}/docs/`).href;
      wrapper.prepend(link);
      return new Promise((done) => link.addEventListener('load', done, { once: true }));
    }),
  );
  await import(/* @vite-ignore */ script);
  return wrapper;
}

describe('demo pages', () => {
  it('the Family Hub page embeds <rpc-screener> with the council’s config, and is accessible', async () => {
    const page = await loadPage('index.html', '/cdn/rpc-screener.js');
    const source = await (await fetch('/docs/index.html')).text();
    expect(source.match(/<script[^>]*src="\/cdn\/rpc-screener\.js"/g)).to.have.length(1);
    const el = page.querySelector<RpcScreener>('rpc-screener')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.intro'), 'the screener did not render', { timeout: 15000 });
    await waitUntil(
      () => !el.shadowRoot!.querySelector('.config-error') && el.shadowRoot!.textContent!.includes('Start'),
    );
    expect(el.shadowRoot!.querySelector('.config-error')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('the practitioners’ page embeds <rpc-da-check> with the council’s config, and is accessible', async () => {
    const page = await loadPage('practitioners.html', '/cdn/rpc-da-check.js');
    const source = await (await fetch('/docs/practitioners.html')).text();
    expect(source.match(/<script[^>]*src="\/cdn\/rpc-da-check\.js"/g)).to.have.length(1);
    const el = page.querySelector('rpc-da-check')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.intro'), 'the check did not render', { timeout: 15000 });
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Before you ask'));
    expect(el.shadowRoot!.querySelector('.config-error')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('the Relationships page embeds <rpc-signposter> twice (questions and list) with the council’s config', async () => {
    const page = await loadPage('support.html', '/cdn/rpc-signposter.js');
    const source = await (await fetch('/docs/support.html')).text();
    expect(source.match(/<script[^>]*src="\/cdn\/rpc-signposter\.js"/g)).to.have.length(1);
    const [questions, list] = Array.from(page.querySelectorAll('rpc-signposter'));
    await waitUntil(() => questions!.shadowRoot?.querySelector('.intro'), 'the signposter did not render', {
      timeout: 15000,
    });
    await waitUntil(() => list!.shadowRoot?.querySelector('[data-pathway-id="northshire-dads-group"]'), 'no list', {
      timeout: 15000,
    });
    expect(list!.shadowRoot!.querySelector('[data-pathway-id="mediation"]')).to.equal(null);
    expect(page.querySelectorAll('.config-error').length).to.equal(0);
    await expect(page).to.be.accessible();
  });

  it('the school’s help page embeds <rpc-help-finder> with the council’s config and its Open Referral UK feed', async () => {
    const page = await loadPage('help.html', '/cdn/rpc-help-finder.js');
    const source = await (await fetch('/docs/help.html')).text();
    expect(source.match(/<script[^>]*src="\/cdn\/rpc-help-finder\.js"/g)).to.have.length(1);
    const el = page.querySelector<HTMLElement & { feedStatus: string }>('rpc-help-finder')!;
    await waitUntil(() => el.feedStatus === 'loaded', 'the feed did not load', { timeout: 15000 });
    await waitUntil(() => el.shadowRoot!.querySelector('[data-service-id="a1f6c2d0-0001-4e6b-9d1a-000000000001"]'));
    expect(el.shadowRoot!.querySelector('.config-error')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('the poster page holds one poster, its QR code leading to the help page with a campaign tag', async () => {
    const page = await loadPage('poster.html', '/cdn/rpc-help-finder.js');
    const el = page.querySelector('rpc-help-finder')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.poster svg.qr'), 'no poster', { timeout: 15000 });
    const qr = el.shadowRoot!.querySelector<SVGSVGElement>('.poster svg.qr')!;
    expect(await decodeQr(qr)).to.equal(
      new URL('help.html?rpc-src=school-gates-2026&rpc-need=conflict-together', location.href).href,
    );
    await expect(page).to.be.accessible();
  });

  it('the rules page shows the rules deciding real cases, safely', async () => {
    const page = await loadPage('rules.html', '/docs/rules-demo.js');
    await waitUntil(() => page.querySelectorAll('#rules-demo tbody tr').length > 0, 'the rules did not render', {
      timeout: 15000,
    });
    const routes = Array.from(page.querySelectorAll<HTMLElement>('#rules-demo tbody tr')).map((tr) => tr.dataset.route);
    expect(routes).to.deep.equal(['conflict', 'conflict', 'conflict', 'domestic-abuse', 'unclear', 'emergency']);
    expect(page.querySelector('#rules-demo tr[data-route="emergency"]')!.textContent).to.contain('999');
    const abuse = page.querySelector('#rules-demo tr[data-route="domestic-abuse"]')!;
    expect(abuse.textContent).to.contain('0808 2000 247');
    expect(abuse.textContent).not.to.contain('Arguing Better');
    expect(page.querySelectorAll('#rules-demo details li').length).to.be.greaterThan(13);
    await expect(page).to.be.accessible();
  });

  it('the config builder page holds the builder, its one script and no inline script or style, and is accessible', async () => {
    const page = await loadPage('builder.html', '/cdn/rpc-config-builder.js');
    const source = await (await fetch('/docs/builder.html')).text();
    // (The test server adds its own script; the page has one.)
    const scripts = source.match(/<script[^>]*>/g)!.filter((tag) => !tag.includes('__web-dev-server'));
    // A relative path: the page works the same beside its script in the release's config-builder/ folder.
    expect(scripts).to.deep.equal(['<script type="module" src="rpc-config-builder.js">']);
    expect(source).not.to.match(/\sstyle=|<style/);
    const el = page.querySelector('rpc-config-builder')!;
    await waitUntil(() => el.shadowRoot?.querySelector('#preview-panel rpc-screener'), 'the builder did not render', {
      timeout: 15000,
    });
    expect(el.shadowRoot!.querySelector('.success-summary')).to.exist;
    await expect(page).to.be.accessible();
  });

  it('the practice audits page embeds <rpc-practice-audit> with the council’s config, and is accessible', async () => {
    const page = await loadPage('audit.html', '/cdn/rpc-practice-audit.js');
    const source = await (await fetch('/docs/audit.html')).text();
    expect(source.match(/<script[^>]*src="\/cdn\/rpc-practice-audit\.js"/g)).to.have.length(1);
    const el = page.querySelector<HTMLElement & { loadCsv(text: string): boolean }>('rpc-practice-audit')!;
    await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'the audit did not render', { timeout: 15000 });
    expect(el.loadCsv(await (await fetch('/docs/examples/audit-assessments.csv')).text())).to.equal(true);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Northshire Council'), 'no council name', {
      timeout: 15000,
    });
    expect(el.shadowRoot!.querySelector('.config-error')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('ask for nothing beyond their own origin', () => {
    const foreign = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });

  it('the domestic abuse page: two elements from two files, one quick exit, the secondary link first', async () => {
    const page = await loadPage('domestic-abuse.html', '/cdn/rpc-screener.js');
    const second = '/cdn/rpc-help-finder.js';
    await import(/* @vite-ignore */ second);
    const source = await (await fetch('/docs/domestic-abuse.html')).text();
    expect(source.match(/<script[^>]*src="\/cdn\/rpc-(screener|help-finder)\.js"/g)).to.have.length(2);
    const screener = page.querySelector('rpc-screener')!;
    const finder = page.querySelector('rpc-help-finder')!;
    await waitUntil(() => screener.shadowRoot?.querySelector('.intro'), 'the screener did not render', {
      timeout: 15000,
    });
    await waitUntil(() => finder.shadowRoot?.querySelector('#filter-text'), 'the help finder did not render');
    const shown = [screener, finder]
      .map((el) => el.shadowRoot!.querySelector('rpc-quick-exit')!.shadowRoot!.querySelector('button.exit'))
      .filter((b) => b && b.getClientRects().length > 0);
    expect(shown).to.have.length(1);
    // The secondary link comes first; without JavaScript it is a plain link to the neutral site.
    const first = page.querySelector('a')!;
    expect(first.hasAttribute('data-rpc-quick-exit')).to.equal(true);
    expect(first.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
    expect(first.textContent).to.equal('Exit this page');
    expect(page.querySelectorAll('.config-error').length).to.equal(0);
    await expect(page).to.be.accessible();
  });
});
