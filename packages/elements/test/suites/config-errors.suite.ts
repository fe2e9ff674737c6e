/**
 * Never blank: a config with mistakes, a child script that is not JSON or a `config-src` that
 * cannot be loaded shows the webmaster each problem with its JSON path (on the page and in the
 * console) and still shows the parent the national helplines. Written once, run against every
 * element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ElementHarness } from '../harness.js';
import { harnessOf, mount, quietly, type SuiteElement } from './element.js';

export function runConfigErrorsSuite(element: SuiteElement): void {
  /** Never blank: the helplines (these among them); or, for an element without them, its own content. */
  const stillHelps = (h: ElementHarness, helplines: readonly string[]) => {
    if (element.helplines === false)
      expect(h.$(element.english.selector)?.textContent).to.contain(element.english.text);
    else expect(h.contacts()).to.include.members(helplines);
  };

  describe(`<${element.tag}>: a config with mistakes (shared suite)`, () => {
    it('names each problem by its JSON path, and still shows the nation’s helplines', async () => {
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
        // The council's nation was valid: its helpline shows, with 999.
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
        stillHelps(bad, ['emergency-999']);
      });
    });

    it('falls back to the helplines when config-src cannot be loaded', async () => {
      await quietly(async () => {
        const h = harnessOf(await mount(element, { attributes: { 'config-src': '/no/such/config.json' } }));
        await waitUntil(() => h.configProblems(), 'no problem shown');
        expect(h.configProblems()).to.contain('config-src');
        await h.settle();
        stillHelps(h, ['emergency-999', 'national-da-helpline']);
      });
    });
  });
}
