/**
 * English and Welsh: the element speaks the language of its `lang`, its ancestors' or the page's,
 * follows a change of either while in use, and has every one of its own words in both languages
 * (with the same `{slots}`, and plural forms where a word counts). Written once, run against
 * every element.
 */
import { expect } from '@open-wc/testing';
import type { UiMessage, UiText } from '@rpc-kit/elements';
import { harnessOf, journeyOf, mount, type SuiteElement } from './element.js';

const slots = (text: unknown) => (JSON.stringify(text).match(/\{\w+\}/g) ?? []).sort().join();

export function runLanguageSuite(element: SuiteElement): void {
  describe(`<${element.tag}>: English and Welsh (shared suite)`, () => {
    const words = (el: HTMLElement, where: { selector: string }) =>
      el.shadowRoot!.querySelector(where.selector)?.textContent ?? '';

    it('speaks Welsh when its lang, or the page’s, is Welsh', async () => {
      const el = await mount(element, { attributes: { lang: 'cy' } });
      expect(words(el, element.welsh)).to.contain(element.welsh.text);
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('cy');
    });

    it('follows a change of its own lang, and of the page’s, while on the page', async () => {
      const el = await mount(element);
      const h = harnessOf(el);
      expect(words(el, element.english)).to.contain(element.english.text);
      el.setAttribute('lang', 'cy');
      await h.settle();
      expect(words(el, element.welsh)).to.contain(element.welsh.text);
      el.removeAttribute('lang');
      await h.settle();
      expect(words(el, element.english)).to.contain(element.english.text);
      document.documentElement.lang = 'cy';
      try {
        await h.settle();
        expect(words(el, element.welsh)).to.contain(element.welsh.text);
      } finally {
        document.documentElement.lang = 'en';
      }
    });

    if (element.journey)
      it('keeps the answers when the language changes, and the result follows it', async () => {
        const el = await mount(element);
        const j = journeyOf(el);
        await j.startSafely();
        await j.answer('yes');
        expect(j.$('.result-title')!.textContent).to.equal('Call 999 now');
        el.setAttribute('lang', 'cy');
        await j.settle();
        expect(j.route).to.equal('emergency');
        expect(j.$('.result-title')!.textContent).to.equal('Ffoniwch 999 nawr');
      });

    it('has every one of its own words in English and Welsh, with the same slots', () => {
      const texts = Object.entries(element.messages).flatMap(([id, m]: [string, UiMessage]) =>
        'parent' in m
          ? [
              [`${id} (parent)`, m.parent as UiText],
              [`${id} (practitioner)`, m.practitioner as UiText],
            ]
          : [[id, m as UiText]],
      ) as [string, UiText][];
      expect(texts.length).to.be.greaterThan(0);
      for (const [id, text] of texts) {
        expect(text.cy, `${id} has no Welsh`).to.exist;
        expect(slots(text.cy), id).to.equal(slots(text.en));
        for (const form of [text.en, text.cy!]) {
          if (typeof form === 'string') expect(form.trim(), id).not.to.equal('');
          else expect(form.other, `${id}: a plural needs its "other" form`).to.be.a('string');
        }
        expect(typeof text.cy, `${id}: plural in one language only`).to.equal(typeof text.en);
      }
    });
  });
}
