/**
 * Accessible by construction: axe on every step and result of a journey, in English and Welsh,
 * for parents and practitioners; and controls that stay visible and usable under a hostile page's
 * styles. Written once, run against every element.
 */
import { expect } from '@open-wc/testing';
import { EVERY_ANSWER } from './answers.js';
import { harnessOf, journeyOf, mount, type SuiteElement } from './element.js';

/** Answers that reach each route. */
const ROUTES: Record<string, Record<string, string>> = {
  emergency: { 'danger-now': 'yes' },
  'domestic-abuse': { ...EVERY_ANSWER, threats: 'yes' },
  'using-harm': { ...EVERY_ANSWER, 'own-behaviour': 'yes' },
  unclear: { ...EVERY_ANSWER, degrading: 'unsure' },
  conflict: EVERY_ANSWER,
};

/**
 * A message's id where its words should be: a word read before its table was loaded (the rules'
 * reasons are loaded with their journey, not with the first screen). Never shown.
 */
const MESSAGE_ID = /\b(?:ui|reason|why|urgent|band|category|note|format|referral)\.[a-z][a-z0-9.-]*[a-z0-9]\b/;

function expectWords(el: Element, where: string): void {
  const root = el.shadowRoot!;
  const named = [...root.querySelectorAll('*')].flatMap((e) =>
    ['aria-label', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
  );
  const text = [...root.children]
    .filter((c) => c.localName !== 'style')
    .map((c) => c.textContent)
    .concat(named)
    .join(' ');
  expect(MESSAGE_ID.exec(text)?.[0], `a message id shown (${where})`).to.equal(undefined);
}

export function runAccessibilitySuite(element: SuiteElement): void {
  describe(`<${element.tag}>: accessibility (shared suite)`, () => {
    const combos = [
      ['parent', 'en'],
      ['practitioner', 'cy'],
    ] as const;

    if (element.journey) {
      for (const [audience, lang] of combos)
        it(`is axe-clean on every step of a whole journey, every word in place (${audience}, ${lang})`, async () => {
          const j = journeyOf(await mount(element, { attributes: { audience, lang } }));
          await expect(j.element, 'intro').to.be.accessible();
          expectWords(j.element, 'intro');
          await j.start();
          for (let i = 0; i < 40 && j.question; i++) {
            await expect(j.element, j.question).to.be.accessible();
            expectWords(j.element, j.question);
            await j.answer(i === 0 ? 'yes' : EVERY_ANSWER[j.question]!);
          }
          expect(j.route).to.equal('conflict');
          await expect(j.element, 'result').to.be.accessible();
          expectWords(j.element, 'result');
        });

      for (const [audience, lang] of [...combos, ['practitioner', 'en'] as const])
        it(`is axe-clean on the result of every route, every word in place (${audience}, ${lang})`, async () => {
          for (const [route, answers] of Object.entries(ROUTES)) {
            const j = journeyOf(await mount(element, { attributes: { audience, lang } }));
            await j.startSafely();
            await j.answerAll(answers);
            expect(j.route).to.equal(route);
            await expect(j.element, `${route} (${audience}, ${lang})`).to.be.accessible();
            expectWords(j.element, route);
            j.element.remove();
          }
        });
    } else {
      for (const [, lang] of combos)
        it(`is axe-clean as it opens and in use, every word in place (${lang})`, async () => {
          const h = harnessOf(await mount(element, { attributes: { lang } }));
          await expect(h.element).to.be.accessible();
          expectWords(h.element, 'as it opens');
          await element.use!(h);
          await expect(h.element).to.be.accessible();
          expectWords(h.element, 'in use');
        });
    }

    it('survives hostile page styles: its controls stay visible and usable', async () => {
      const style = document.createElement('style');
      style.textContent = `
        * { color: #fff !important; background: #fff !important; line-height: 0.5 !important; letter-spacing: 4px !important; }
        input, button, select, label, h2 { display: none !important; visibility: hidden !important; }
        div { position: absolute !important; left: -9999px !important; }
      `;
      document.head.append(style);
      try {
        const h = harnessOf(await mount(element));
        expect(getComputedStyle(h.$('h2')!).display).to.equal('block');
        const control = h.$<HTMLElement>('button, select, a[href^="tel:"]')!;
        expect(control.getBoundingClientRect().width).to.be.greaterThan(20);
        if (element.journey) {
          expect(getComputedStyle(control).backgroundColor).to.equal('rgb(0, 112, 60)');
          const j = journeyOf(h.element);
          await j.startSafely();
          expect(j.$<HTMLInputElement>('input[type="radio"]')!.getBoundingClientRect().width).to.be.greaterThan(20);
        }
      } finally {
        style.remove();
      }
    });
  });
}
