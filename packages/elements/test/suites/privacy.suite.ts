/**
 * Nothing leaves the device: no storage, no cookies, no request, and events that carry
 * categories, never answers or words typed. Written once, run against every element.
 */
import { expect } from '@open-wc/testing';
import { EVERY_ANSWER } from './answers.js';
import { harnessOf, journeyOf, mount, type SuiteElement } from './element.js';

const EVENTS = ['rpc-start', 'rpc-step', 'rpc-complete', 'rpc-view', 'rpc-contact-click'];
/** What an event may carry (see RpcEventDetail). */
const DETAIL_KEYS = [
  'element',
  'source',
  'section',
  'index',
  'route',
  'band',
  'pathways',
  'contact',
  'channel',
  'need',
  'mode',
];

export function runPrivacySuite(element: SuiteElement): void {
  describe(`<${element.tag}>: privacy (shared suite)`, () => {
    it('keeps everything in memory: no storage, no cookies, no requests, nothing personal in events', async () => {
      const requests: string[] = [];
      const originalFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push(String(input));
        return originalFetch(input, init);
      };
      const since = performance.now();
      const resources = () => performance.getEntriesByType('resource').filter((r) => r.startTime >= since);
      const details: Record<string, unknown>[] = [];
      const record = (e: Event) => details.push((e as CustomEvent).detail);
      for (const name of EVENTS) document.addEventListener(name, record);
      try {
        const el = await mount(element);
        if (element.journey) {
          const j = journeyOf(el);
          await j.startSafely();
          await j.answerAll({ ...EVERY_ANSWER, afraid: 'yes', relationship: 'separated' });
          expect(j.route).to.equal('domestic-abuse');
        } else {
          await element.use!(harnessOf(el));
        }
        expect(localStorage.length + sessionStorage.length).to.equal(0);
        expect(document.cookie).to.equal('');
        expect(requests).to.deep.equal([]);
        expect(resources().map((r) => r.name)).to.deep.equal([]);
        if (element.journey) expect(details.length).to.be.greaterThan(0);
        for (const d of details) expect(DETAIL_KEYS).to.include.members(Object.keys(d));
        const json = JSON.stringify(details);
        for (const personal of ['afraid', '"yes"', '"no"', 'separated', 'private'])
          expect(json).not.to.contain(personal);
      } finally {
        window.fetch = originalFetch;
        for (const name of EVENTS) document.removeEventListener(name, record);
      }
    });

    if (element.journey)
      it('forgets the answers when it leaves the page', async () => {
        const el = await mount(element);
        const j = journeyOf(el);
        await j.startSafely();
        await j.pick('no');
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await j.settle();
        expect(j.step).to.equal('intro');
        await j.startSafely();
        expect(j.$$<HTMLInputElement>('input:checked')).to.have.length(0);
      });
  });
}
