/**
 * The elements' own words as the CDN build splits them (scripts/build/split-words.mjs): English for
 * parents in the element's code, Welsh and practitioners' words in packs that `loadContent`
 * fetches. Every element's table, split and registered with the rules' packs as the build does,
 * reads every word the same as the whole table: in English and Welsh, for parents and for
 * practitioners, in each plural form.
 */
import { expect } from '@open-wc/testing';
import { translate } from '@rpc-kit/elements';
import type { MessageTable } from '@rpc-kit/elements';
import { loadContent, type MessageId } from '@rpc-kit/rules';
import { withIds } from '../../rules/src/i18n/packs.js';
import { keepWhole, splitTable } from '../../../scripts/build/split-words.mjs';
import { ELEMENT_CLASSES } from '../src/elements.generated.js';
import { COMBOS } from '../../../test/helpers/combos.js';

function splitAsBuilt(whole: MessageTable): MessageTable {
  const split = splitTable(whole);
  const { packs } = split;
  const english = withIds('', split.english as MessageTable, {
    cy: () => Promise.resolve({ PACK: packs.cy }),
    practitioner: () => Promise.resolve({ PACK: packs.practitioner }),
    'cy-practitioner': () => Promise.resolve({ PACK: packs['cy-practitioner'] }),
  });
  return { ...english, ...(split.whole as MessageTable) };
}

describe('the elements’ words in packs, as the CDN build splits them', () => {
  const tables = ELEMENT_CLASSES.map((c) => ({ name: c.name, whole: c.messages, split: splitAsBuilt(c.messages) }));

  it('leaves only English for parents in the table (plural forms and the quick exit’s words stay whole)', () => {
    for (const { split } of tables)
      for (const [id, message] of Object.entries(split)) {
        if (typeof (message as { en?: unknown }).en !== 'string') continue;
        expect(Object.keys(message), id).to.deep.equal(keepWhole(id) ? ['en', 'cy'] : ['en']);
      }
  });

  it('reads every word as the whole table does, once the packs are loaded', async () => {
    await loadContent({ locale: 'cy', audience: 'practitioner' });
    await loadContent({ locale: 'en', audience: 'practitioner' });
    let compared = 0;
    for (const { name, whole, split } of tables)
      for (const id of Object.keys(whole) as MessageId[])
        for (const [locale, audience] of COMBOS)
          for (const n of [1, 2]) {
            const values = { n };
            expect(translate(id, audience, locale, {}, values, split), `${name} ${id} ${locale} ${audience}`).to.equal(
              translate(id, audience, locale, {}, values, whole),
            );
            compared++;
          }
    expect(compared).to.be.greaterThan(1000);
  });

  it('still gives a council’s override first, in Welsh too', () => {
    const { split } = tables[0]!;
    const id = 'ui.screener.title' as MessageId;
    expect(translate(id, 'parent', 'cy', { cy: { [id]: 'Ein help' } }, {}, split)).to.equal('Ein help');
  });
});
