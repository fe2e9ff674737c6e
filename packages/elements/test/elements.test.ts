import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  campaignSource,
  defineElement,
  emit,
  RpcElement,
  resolveLocale,
  SHARED_MESSAGES,
  translate,
  VERSION,
  type MessageTable,
} from '../src/index.js';
import '../src/quick-exit.define.js';

const OWN = {
  'ui.test.count': {
    en: { one: '1 thing', other: '{n} things' },
    cy: { zero: 'Dim pethau', one: '1 peth', two: '2 beth', other: '{n} peth' },
  },
  'ui.test.hello': { parent: { en: 'Hello', cy: 'Helo' }, practitioner: { en: 'Good day', cy: 'Dydd da' } },
} as const satisfies MessageTable;

class TestElement extends RpcElement {
  static override messages: MessageTable = { ...SHARED_MESSAGES, ...OWN };
  override render() {
    return this.renderFrame(this.renderHelplines());
  }
}
defineElement('rpc-test-element', TestElement);

describe('@rpc-kit/elements', () => {
  it('defines a tag once, tolerating a second load, and warns about a different version', () => {
    class A extends LitElement {}
    class B extends LitElement {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      defineElement('rpc-define-test', A);
      defineElement('rpc-define-test', A);
      expect(warnings).to.deep.equal([]);
      (A as unknown as Record<symbol, string>)[Symbol.for('rpc-kit.version')] = '0.0.1';
      defineElement('rpc-define-test', B);
      expect(customElements.get('rpc-define-test')).to.equal(A);
      expect(warnings[0]).to.contain(`this copy (${VERSION}) is ignored`);
    } finally {
      console.warn = original;
    }
  });

  it('reads the campaign tag from the page address, and nothing unsafe', () => {
    expect(campaignSource('?rpc-src=poster-12')).to.equal('poster-12');
    expect(campaignSource('?rpc-src=<script>')).to.equal(undefined);
    expect(campaignSource('?other=1')).to.equal(undefined);
  });

  it('emits events that bubble out of shadow roots and carry no answers', async () => {
    const el = fixtureSync<HTMLDivElement>(html`<div></div>`);
    let detail: unknown;
    document.addEventListener('rpc-start', (e) => (detail = (e as CustomEvent).detail), { once: true });
    emit(el, 'rpc-start');
    expect(detail).to.deep.equal({ element: 'div' });
  });

  it('follows the element’s lang, then its ancestors’, then the page’s', async () => {
    const wrapper = fixtureSync(
      html`<div lang="cy-GB">
        <span></span>
        <p lang="en"><b></b></p>
      </div>`,
    );
    expect(resolveLocale(wrapper.querySelector('span')!)).to.equal('cy');
    expect(resolveLocale(wrapper.querySelector('b')!)).to.equal('en');
  });

  it('follows a change of the page’s language', async () => {
    const el = await fixture<TestElement>(html`<rpc-test-element></rpc-test-element>`);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('If you need help now');
    expect(el.shadowRoot!.querySelector('rpc-quick-exit')).to.exist;
    document.documentElement.lang = 'cy';
    try {
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Os oes angen help arnoch nawr');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('draws the helplines again when the council’s nation changes', async () => {
    // The national contacts' cards are drawn again only when what they are drawn from changes.
    const el = await fixture<TestElement>(html`<rpc-test-element></rpc-test-element>`);
    const ids = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-contact-id]')].map((c) => c.dataset.contactId);
    expect(ids()).to.include('national-da-helpline');
    el.requestUpdate();
    await el.updateComplete;
    expect(ids()).to.include('national-da-helpline');
    el.config = { nation: 'wales' };
    await waitUntil(() => ids().includes('live-fear-free'), 'the helplines kept the first council’s nation');
    expect(ids()).not.to.include('national-da-helpline');
  });

  it('applies the council’s theme through the CSS object model, and shows the helplines', async () => {
    const el = await fixture<TestElement>(
      html`<rpc-test-element
        .config=${{ branding: { preset: 'nhs', tokens: { '--rpc-colour-link': '#005eb8' } } }}
      ></rpc-test-element>`,
    );
    await el.updateComplete;
    expect(el.style.getPropertyValue('--rpc-colour-link')).to.equal('#005eb8');
    expect(el.shadowRoot!.querySelector('.root')!.classList.contains('preset-nhs')).to.equal(true);
    expect(el.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('finds a word in the element’s own table, then the shared words, then the rules’', async () => {
    const say = (id: string, locale = 'en', values = {}, overrides = {}) =>
      translate(id as never, 'practitioner', locale, overrides, values, TestElement.messages);
    expect(say('ui.test.hello')).to.equal('Good day');
    expect(say('ui.test.hello', 'cy')).to.equal('Dydd da');
    expect(say('ui.hours', 'cy')).to.equal('Oriau');
    // The rules' labels and notes at once (an element shows them before any result)...
    expect(say('format.group')).to.equal('Group');
    expect(say('note.not-diagnosis')).to.contain('not a diagnosis');
    // ...and their reasons and the summary's words once the rules' journey has loaded, as it has
    // before any result is shown.
    await import('../src/journey/engine.js');
    expect(say('band.high')).to.contain('high');
    expect(say('ui.summary.route')).to.equal('Route');
    // Another element's word is not in this table: its id, never a crash or a blank.
    expect(say('ui.list.none')).to.equal('ui.list.none');
  });

  it('counts with the language’s plural forms, and takes "other" for a form it lacks', () => {
    const count = (n: number, locale: string) =>
      translate('ui.test.count' as never, 'parent', locale, {}, { n }, TestElement.messages);
    expect([1, 2, 5].map((n) => count(n, 'en'))).to.deep.equal(['1 thing', '2 things', '5 things']);
    expect([0, 1, 2, 3, 6, 11].map((n) => count(n, 'cy'))).to.deep.equal([
      'Dim pethau',
      '1 peth',
      '2 beth',
      '3 peth',
      '6 peth',
      '11 peth',
    ]);
  });

  it('applies the council’s words, one text for every number of a plural, but never to a safety message', () => {
    const strings = {
      en: {
        'ui.test.count': 'Things: {n}',
        'ui.pathway.cost': 'Price',
        'ui.hours': 'Open',
        'ui.call': 'Ring',
        'reason.emergency': 'x',
      },
    };
    const say = (id: string, values = {}) =>
      translate(id as never, 'parent', 'en', strings, values, TestElement.messages);
    expect(say('ui.test.count', { n: 1 })).to.equal('Things: 1');
    expect(say('ui.pathway.cost')).to.equal('Price');
    // The labels inside a helpline's card are the floor's too.
    expect(say('ui.hours')).not.to.equal('Open');
    expect(say('ui.call')).to.equal('Call');
    expect(say('reason.emergency')).not.to.equal('x');
  });

  it('a practitioner audience is read safely', async () => {
    const el = await fixture<TestElement>(html`<rpc-test-element audience="judge"></rpc-test-element>`);
    expect(el.who).to.equal('parent');
    el.audience = 'practitioner';
    // Read in the practitioners' words once they are loaded (until then, as it was drawn: never a mix).
    await el.updateComplete;
    expect(el.who).to.equal('practitioner');
  });

  it('loads a config from config-src without credentials, and reports a failure with the path', async () => {
    const calls: RequestInit[] = [];
    const originalFetch = window.fetch;
    const originalError = console.error;
    console.error = () => {};
    window.fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init ?? {});
      return new Response(JSON.stringify({ nation: 'scotland', colour: 'red' }), { status: 200 });
    };
    try {
      const el = await fixture<TestElement>(html`<rpc-test-element config-src="/council.json"></rpc-test-element>`);
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      expect(calls[0]!.credentials).to.equal('omit');
      expect(calls[0]!.referrerPolicy).to.equal('no-referrer');
      expect(el.shadowRoot!.querySelector('.config-error')!.textContent).to.contain('$.colour');
      // The nation was valid: Scotland's helpline still shows.
      expect(el.shadowRoot!.querySelector('a[href="tel:08000271234"]')).to.exist;
    } finally {
      window.fetch = originalFetch;
      console.error = originalError;
    }
  });
});
