/**
 * Never blank: a config with mistakes, a child script that is not JSON or a `config-src` that
 * cannot be loaded shows the webmaster each problem with its JSON path (on the page, behind "For
 * the website editor", and in the console) and still shows the parent the national helplines.
 * A config with a few bad items leaves those out and works with the rest; a config with nothing
 * usable shows the parent one plain line and the helplines. Written once, run against every
 * element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ElementHarness } from '../harness.js';
import { harnessOf, mount, quietly, type SuiteElement } from './element.js';
import type { RpcElement } from '../../src/base.js';
import { ConfigController } from '../../src/config-controller.js';

/** The webmaster's details: behind a closed "For the website editor" disclosure. */
function editorDetails(h: ElementHarness): HTMLDetailsElement {
  const details = h.$<HTMLDetailsElement>('[part="config-error"] details')!;
  expect(details, 'no "For the website editor" disclosure').to.exist;
  expect(details.open).to.equal(false);
  expect(details.querySelector('summary')!.textContent).to.equal('For the website editor');
  return details;
}

/** The national domestic abuse helplines, England's first. */
const EVERY_NATION = ['national-da-helpline', 'live-fear-free', 'scotland-da-helpline', 'ni-dsa-helpline'];
/** The national domestic abuse helplines shown, in the order each first comes. */
const helplineOrder = (h: ElementHarness) => [...new Set(h.contacts().filter((id) => EVERY_NATION.includes(id)))];
const { importQuick } = ConfigController;

export function runConfigErrorsSuite(element: SuiteElement): void {
  /** Never blank: the helplines (these among them); or, for an element without them, its own content. */
  const stillHelps = (h: ElementHarness, helplines: readonly string[]) => {
    if (element.helplines === false)
      expect(h.$(element.english.selector)?.textContent).to.contain(element.english.text);
    else expect(h.contacts()).to.include.members(helplines);
  };

  describe(`<${element.tag}>: a config with mistakes (shared suite)`, () => {
    it('leaves out each bad item, names it by its JSON path for the editor, and works with the rest', async () => {
      await quietly(async (said) => {
        const config = {
          nation: 'wales',
          pathways: {
            custm: [],
            defaults: { 'arguing-better': { access: { url: 'javascript:alert(1)' } } },
            custom: [
              { id: 'x', name: 'Course', description: 'A course', formats: ['online'], kind: 'conflict', access: {} },
            ],
          },
        };
        const h = harnessOf(await mount(element, { config }));
        const problems = h.configProblems()!;
        expect(problems).to.contain('$.pathways.custm');
        expect(problems).to.contain('$.pathways.defaults.arguing-better.access.url');
        expect(problems).to.contain('$.pathways.custom[0].formats[0]');
        expect(said.join()).to.contain('$.pathways.custm');
        // The rest of the config is in use: the parent sees no error, the editor sees what was left out.
        expect(h.$('[part="config-error"]')!.dataset.configStatus).to.equal('partial');
        expect(h.$('.config-error-line')).to.equal(null);
        const details = editorDetails(h);
        expect(details.textContent).to.contain('Left out:');
        expect(details.textContent).to.contain('$.pathways.custom[0]');
        expect(said.join()).to.contain('left out');
        // The council's nation was kept: its helpline shows, with 999.
        stillHelps(h, ['emergency-999', 'live-fear-free']);
        await expect(h.element).to.be.accessible();
      });
    });

    it('reads a config from a child JSON script, and reports one that is not JSON', async () => {
      await quietly(async () => {
        const good = harnessOf(
          await mount(element, { inner: '<script type="application/json">{ "nation": "scotland" }</script>' }),
        );
        expect(good.configProblems()).to.equal(undefined);
        const bad = harnessOf(await mount(element, { inner: '<script type="application/json">{ nation: }</script>' }));
        expect(bad.configProblems()).to.contain('is not valid JSON');
        // Nothing usable: one plain line for the parent, the details for the editor, the helplines.
        expect(bad.$('.config-error-line')!.textContent).to.equal(
          'Something went wrong with this page. You can still call the helplines below.',
        );
        expect(editorDetails(bad).textContent).to.contain('is not valid JSON');
        stillHelps(bad, ['emergency-999']);
        await expect(bad.element).to.be.accessible();
      });
    });

    describe('a config whose check cannot load', () => {
      const { importQuick, checkTimeout } = ConfigController;
      afterEach(() => {
        ConfigController.importQuick = importQuick;
        ConfigController.checkTimeout = checkTimeout;
      });
      const status = (h: ElementHarness) => (h.element as unknown as RpcElement).configState.status;
      /** Wales's helpline, and not England's, where the element shows helplines. */
      const welsh = (h: ElementHarness) => {
        stillHelps(h, ['emergency-999', 'live-fear-free']);
        if (element.helplines !== false) expect(h.contacts()).not.to.include('national-da-helpline');
      };

      it('keeps the council’s nation if the check’s file fails: 999 and Wales’s helpline', async () => {
        await quietly(async (said) => {
          ConfigController.importQuick = () => Promise.reject(new Error('refused'));
          const h = harnessOf(await mount(element, { config: { nation: 'Wales' } }));
          expect(status(h)).to.equal('error');
          expect(said.join()).to.contain('could not be checked (refused)');
          expect(h.$('.config-error-line')).to.exist;
          welsh(h);
          await expect(h.element).to.be.accessible();
        });
      });

      it('holds the council’s nation while it is checked, says so if the file stalls, and uses the config when it comes', async () => {
        await quietly(async () => {
          let release!: () => void;
          const held = new Promise<void>((resolve) => (release = resolve));
          ConfigController.importQuick = () => held.then(importQuick);
          ConfigController.checkTimeout = 1000;
          const h = harnessOf(await mount(element, { config: { nation: 'wales' }, settle: false }));
          await waitUntil(() => h.$('[part="helplines"], [part="help-now"], h2'), 'not drawn');
          // Being checked: Wales's helpline already.
          expect(status(h)).to.equal('loading');
          welsh(h);
          // Stalled: the reason, and still Wales's helpline.
          await waitUntil(() => status(h) === 'error', 'no word of the stalled check', { timeout: 3000 });
          await h.settle();
          expect(h.configProblems()).to.contain('took too long');
          welsh(h);
          // The file comes at last: the config is checked and used, the reason goes.
          release();
          await waitUntil(() => status(h) === 'ready', 'the check that came late was not used', { timeout: 3000 });
          await h.settle();
          expect(h.configProblems()).to.equal(undefined);
          welsh(h);
        });
      });
    });

    it('falls back to the helplines when config-src cannot be loaded', async () => {
      await quietly(async () => {
        const h = harnessOf(await mount(element, { attributes: { 'config-src': '/no/such/config.json' } }));
        await waitUntil(() => h.configProblems(), 'no problem shown');
        expect(h.configProblems()).to.contain('config-src');
        await h.settle();
        // Its nation cannot be known: every nation's helpline, the page's language's (England's) first.
        stillHelps(h, ['emergency-999', ...EVERY_NATION]);
        // The helplines straight under the line that says to call them, the Men's Advice Line among them.
        const helplines = h.$('[part="helplines"]');
        if (helplines) {
          expect(h.contacts('[part="helplines"]')).to.include('mens-advice-line');
          const step = h.$('[part="step"]');
          if (step) expect(helplines.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        }
        if (element.helplines !== false) expect(helplineOrder(h)).to.deep.equal(EVERY_NATION);
        expect(h.configProblems()).to.contain('could not be loaded');
        // One that loads but is not JSON (a typo) is said to be that, not "could not be loaded".
        const src = 'data:application/json,{ "nation": "wales", }';
        const typo = harnessOf(await mount(element, { attributes: { 'config-src': src } }));
        await waitUntil(() => typo.configProblems(), 'no problem shown');
        expect(typo.configProblems()).to.contain('is not valid JSON');
        expect(typo.configProblems()).not.to.contain('could not be loaded');
      });
    });

    it('on a Welsh page, a config that cannot be read shows Wales’s helpline first, then every other nation’s', async () => {
      await quietly(async () => {
        const inner = '<script type="application/json">{ "nation": "wales", }</script>';
        const h = harnessOf(await mount(element, { inner, attributes: { lang: 'cy' } }));
        expect(h.configProblems()).to.contain('is not valid JSON');
        // An element without helplines (the practice audit) shows its own content, in Welsh here.
        if (element.helplines === false) return;
        stillHelps(h, ['emergency-999', ...EVERY_NATION]);
        expect(helplineOrder(h)).to.deep.equal(['live-fear-free', 'national-da-helpline', ...EVERY_NATION.slice(2)]);
        // A nation written so that it cannot be read is not known either; a config naming none is England's.
        await quietly(async () => {
          ConfigController.importQuick = () => Promise.reject(new Error('refused'));
          try {
            const typo = harnessOf(await mount(element, { config: { nation: 'Walse' }, attributes: { lang: 'cy' } }));
            expect(helplineOrder(typo)[0]).to.equal('live-fear-free');
            expect(helplineOrder(typo)).to.have.length(4);
            const none = harnessOf(await mount(element, { config: {}, attributes: { lang: 'cy' } }));
            expect(helplineOrder(none)).to.deep.equal(['national-da-helpline']);
          } finally {
            ConfigController.importQuick = importQuick;
          }
        });
        await expect(h.element).to.be.accessible();
      });
    });
  });
}
