/**
 * What the CDN entry files show when the element code cannot load (packages/kit/src/cdn/fallback.ts):
 * 999 and the national helplines, the same numbers as the rules', in English or Welsh, and a way
 * off the page; never a blank space.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { DA_HELPLINE_BY_NATION, NATIONAL_CONTACTS, type Nation } from '@rpc-kit/rules';
import { FALLBACK_PHONES, showFallback } from '../src/cdn/fallback.js';

const PLACES: Record<string, Nation> = {
  England: 'england',
  Wales: 'wales',
  Scotland: 'scotland',
  'Northern Ireland': 'northern-ireland',
};

describe('the CDN fallback when an element cannot load', () => {
  let errors: unknown[][];
  const original = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = original;
  });

  it('has the rules’ 999 and each nation’s domestic abuse helpline', () => {
    const phone = (id: string) => NATIONAL_CONTACTS.find((c) => c.id === id)?.phone;
    expect(FALLBACK_PHONES[0]).to.deep.equal(['999', phone('emergency-999')]);
    for (const [place, number] of FALLBACK_PHONES.slice(1))
      expect(number, place).to.equal(phone(DA_HELPLINE_BY_NATION[PLACES[place]!]));
    expect(FALLBACK_PHONES.length).to.equal(1 + Object.keys(DA_HELPLINE_BY_NATION).length);
  });

  it('shows 999 first and the helplines in the element, once, and tells the webmaster which file failed', async () => {
    const el = fixtureSync(html`<div><rpc-not-loaded exit-url="https://example.org/"></rpc-not-loaded></div>`);
    showFallback(['rpc-not-loaded'], new TypeError('Failed to fetch'), 'rpc-screener.js');
    showFallback(['rpc-not-loaded'], new TypeError('Failed to fetch'), 'rpc-screener.js');
    const boxes = el.querySelector('rpc-not-loaded')!.shadowRoot!.querySelectorAll('[data-rpc-fallback]');
    expect(boxes).to.have.length(1);
    const box = boxes[0]!;
    const tels = [...box.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tels).to.deep.equal(['tel:999', 'tel:08082000247', 'tel:08088010800', 'tel:08000271234', 'tel:08088021414']);
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.querySelector('a:not([href^="tel:"])')?.getAttribute('href')).to.equal('https://example.org/');
    expect(String(errors[0]?.[0])).to.contain('rpc-screener.js').and.contain('chunks');
    await expect(el).to.be.accessible();
  });

  it('tells the webmaster when the page’s Trusted Types policy refused the code, not to upload again', () => {
    fixtureSync(html`<div><rpc-not-loaded-tt></rpc-not-loaded-tt></div>`);
    const refused = new TypeError(
      "Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy \"lit-html\" disallowed.",
    );
    showFallback(['rpc-not-loaded-tt'], refused, 'rpc-screener.js');
    expect(String(errors[0]?.[0]))
      .to.contain('Content Security Policy')
      .and.contain('add lit-html to its trusted-types');
    expect(String(errors[0]?.[0])).not.to.contain('Upload');
  });

  it('speaks Welsh in a Welsh page part, and ignores an exit address that is not https', async () => {
    const el = fixtureSync(
      html`<div lang="cy"><rpc-not-loaded-cy exit-url="javascript:alert(1)"></rpc-not-loaded-cy></div>`,
    );
    showFallback(['rpc-not-loaded-cy'], new Error('404'), 'rpc-kit.js');
    const box = el.querySelector('rpc-not-loaded-cy')!.shadowRoot!.querySelector('[data-rpc-fallback]')!;
    expect(box.textContent).to.contain('ffoniwch').and.contain('Cymru');
    expect(box.querySelector('a:not([href^="tel:"])')?.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
    await expect(el).to.be.accessible();
  });

  it('finds an element in the open shadow roots of the page’s own components (a CMS block), in their page part’s language', async () => {
    const page = fixtureSync(html`<div lang="cy"><cms-block></cms-block></div>`);
    // A CMS's component, drawing its content in a shadow root, with another component inside.
    const outer = page.querySelector('cms-block')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<section><cms-inner></cms-inner></section>';
    const inner = outer.querySelector('cms-inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<rpc-not-loaded-deep exit-url="https://example.org/"></rpc-not-loaded-deep>';
    showFallback(['rpc-not-loaded-deep'], new TypeError('Failed to fetch'), 'rpc-screener.js');
    const el = inner.querySelector('rpc-not-loaded-deep')!;
    const box = el.shadowRoot!.querySelector('[data-rpc-fallback]')!;
    expect([...box.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))[0]).to.equal('tel:999');
    expect(box.textContent).to.contain('ffoniwch');
    await expect(page).to.be.accessible();
  });

  it('leaves an element that is defined alone', () => {
    const el = fixtureSync(html`<div><rpc-screener-like></rpc-screener-like></div>`);
    customElements.define('rpc-screener-like', class extends HTMLElement {});
    showFallback(['rpc-screener-like'], new Error('x'), 'rpc-kit.js');
    expect(el.querySelector('rpc-screener-like')!.shadowRoot).to.equal(null);
  });

  it('shows every number on a page whose style sheet hides links and paragraphs (a CMS theme)', async () => {
    const el = fixtureSync(
      html`<div>
        <style>
          a,
          p,
          ul,
          li {
            display: none !important;
          }
          * {
            font-size: 20px !important;
            color: #0b0c0c;
          }
        </style>
        <rpc-not-loaded-themed></rpc-not-loaded-themed>
      </div>`,
    );
    showFallback(['rpc-not-loaded-themed'], new Error('404'), 'rpc-screener.js');
    const root = el.querySelector('rpc-not-loaded-themed')!.shadowRoot!;
    const links = [...root.querySelectorAll<HTMLElement>('a')];
    expect(links).to.have.length(6);
    for (const a of links) expect(a.getBoundingClientRect().height, a.textContent!).to.be.greaterThan(0);
    // Its way out and its numbers take the focus, one by one.
    links[0]!.focus();
    expect(root.activeElement).to.equal(links[0]);
    await expect(el).to.be.accessible();
  });
});
