/**
 * Waiting for the words of a language: an element draws once its language's packs are loaded, but
 * never stays blank if they do not come (English for parents after `RpcElement.wordsTimeoutMs`,
 * with the helplines), and after a change of language it speaks the language it last drew in
 * until the new words are loaded (an announcement in between is never a mix).
 *
 * A content module of this test's own, whose Welsh pack arrives only when the test says, stands in
 * for a pack that is slow or never arrives. It is let go at the end of each test.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { RpcElement } from '@rpc-kit/elements';
import { withIds, type Pack } from '../../rules/src/i18n/packs.js';
import { localise } from '../../rules/src/i18n/text.js';
import '../src/screener.js';
import type { RpcScreener } from '../src/index.js';

function slowWelsh(): () => void {
  let release!: (module: { PACK: Pack }) => void;
  const arrived = new Promise<{ PACK: Pack }>((resolve) => (release = resolve));
  withIds('test.slow', { word: { en: 'word' } }, { cy: () => arrived });
  return () => release({ PACK: { 'test.slow.word': 'gair' } });
}

const title = (el: RpcScreener) => el.shadowRoot!.querySelector('h2')?.textContent?.trim();

describe('waiting for the words of a language', () => {
  const timeout = RpcElement.wordsTimeoutMs;
  afterEach(() => {
    RpcElement.wordsTimeoutMs = timeout;
  });

  it('draws in English for parents, with the helplines, when the Welsh words do not come in time', async () => {
    const release = slowWelsh();
    RpcElement.wordsTimeoutMs = 100;
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<RpcScreener>(html`<rpc-screener lang="cy"></rpc-screener>`);
      await waitUntil(() => title(el), 'the screener stayed blank', { timeout: 3000 });
      expect(title(el)).to.equal('Find the right help with arguments at home');
      expect(el.locale).to.equal('en');
      const contacts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-contact-id]')];
      expect(contacts.map((c) => c.dataset.contactId)).to.include('emergency-999');
      expect(errors.join('\n')).to.contain('Welsh words did not load within 100 ms');
      await expect(el).to.be.accessible();
    } finally {
      console.error = error;
      release();
    }
  });

  it('after a change of language, speaks the language it last drew in until the new words are loaded', async () => {
    const el = await fixture<RpcScreener>(html`<rpc-screener lang="en"></rpc-screener>`);
    expect(title(el)).to.equal('Find the right help with arguments at home');
    const release = slowWelsh();
    el.setAttribute('lang', 'cy');
    await new Promise((r) => setTimeout(r, 50));
    // An announcement now would be in English, as the element is drawn: never a Welsh and English mix.
    expect(el.locale).to.equal('en');
    expect(el.t('ui.screener.title')).to.equal('Find the right help with arguments at home');
    release();
    await waitUntil(() => el.locale === 'cy', 'the Welsh words never applied', { timeout: 3000 });
    await el.updateComplete;
    expect(title(el)).to.equal('Dod o hyd i’r help iawn gyda dadleuon gartref');
    await expect(el).to.be.accessible();
  });

  it('back in Welsh, fetches the Welsh of content that loaded while it spoke English (the rules’ journey)', async () => {
    // Welsh words not yet loaded, so the element loads them before it first draws in Welsh.
    withIds('test.first', { word: { en: 'word' } }, { cy: async () => ({ PACK: { 'test.first.word': 'gair' } }) });
    const el = await fixture<RpcScreener>(html`<rpc-screener lang="cy"></rpc-screener>`);
    await waitUntil(() => el.locale === 'cy', 'the Welsh words never applied', { timeout: 3000 });
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    // A chunk with content of its own arrives while the element speaks English (as the rules'
    // journey does after Start, with the reasons and the pathways a result shows).
    let asked = 0;
    const late = withIds(
      'test.late',
      { word: { en: 'word' } },
      { cy: async () => (asked++, { PACK: { 'test.late.word': 'gair' } }) },
    );
    el.setAttribute('lang', 'cy');
    await waitUntil(() => el.locale === 'cy', 'never drawn in Welsh again', { timeout: 3000 });
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect(localise(late.word, 'cy')).to.equal('gair');
  });
});
