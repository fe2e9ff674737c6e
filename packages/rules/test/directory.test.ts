/**
 * The help finder's directory: filtering by need, who it is for, area and typed words, the
 * areas list, and services mapped from the Open Referral UK fixtures.
 */
import { expect } from '@open-wc/testing';
import { createDirectory, isDomesticAbuseService, isJointOrConflictService } from '../src/directory/directory.js';
import { foldText, searchStem } from '../src/directory/fold.js';
import { loadOrukFeed } from '../src/directory/oruk/index.js';
import type { Service } from '../src/types.js';

const SERVICES: Service[] = [
  {
    id: 'relate',
    name: { en: 'Relationship Support Kelby', cy: 'Cymorth Perthynas Kelby' },
    description: { en: 'Support for parents who argue a lot.' },
    needs: ['conflict-together'],
    areas: ['Kelby'],
    minAge: 18,
  },
  {
    id: 'harbour',
    name: { en: 'Safe Harbour' },
    description: { en: 'Domestic abuse support, including coercive control.' },
    needs: ['domestic-abuse'],
    areas: ['Northshire', 'Marram Bay'],
    minAge: 16,
  },
  {
    id: 'mediation',
    name: { en: 'Family Mediation' },
    description: { en: 'Co-parenting plans and child arrangements.' },
    whoFor: { en: 'Separated parents and grandparents' },
    needs: ['separating', 'conflict-together'],
    address: '1 Market Square, Kelby, NS7 1KB',
  },
  {
    id: 'bump',
    name: { en: 'Bump to Baby Pen-y-Môr' },
    needs: ['new-baby'],
    areas: ['Pen-y-Môr', 'kelby'],
  },
  {
    id: 'youth',
    name: { en: "Young People's Wellbeing Drop-in" },
    needs: ['children-wellbeing'],
    areas: ['Ashford Bridge', ' Marram  Bay '],
    minAge: 11,
    maxAge: 17,
  },
  {
    id: 'teens-and-parents',
    name: { en: 'Teen and Parent Workshops' },
    needs: ['children-wellbeing', 'conflict-together'],
    address: 'Ashford Bridge Youth Centre',
    minAge: 13,
    maxAge: 18,
  },
  { id: 'hub', name: { en: 'Ashford Bridge Family Hub' }, needs: [], areas: ['Ashford-Bridge'] },
];

const ids = (list: readonly Service[]) => list.map((s) => s.id);
const ALL = ids(SERVICES);

describe('createDirectory', () => {
  const directory = createDirectory(SERVICES);

  it('keeps the services as given', () => {
    expect(directory.services).to.equal(SERVICES);
  });

  it('lists each area once (ignoring case, accents and punctuation), sorted', () => {
    expect(directory.areas).to.deep.equal(['Ashford Bridge', 'Kelby', 'Marram Bay', 'Northshire', 'Pen-y-Môr']);
  });

  it('sorts the areas for the locale, and falls back to English for a tag that is not valid', () => {
    const welsh = [
      { id: 'a', name: { en: 'A' }, needs: [], areas: ['Llanfair', 'Lôn Goch', 'Ystrad'] },
    ] satisfies Service[];
    // Sorted by the locale's collation ("Ll" is a letter of its own in Welsh, where the browser knows it).
    const names = ['Llanfair', 'Lôn Goch', 'Ystrad'];
    expect(createDirectory(welsh, 'cy').areas).to.deep.equal([...names].sort(new Intl.Collator('cy').compare));
    expect(createDirectory(welsh).areas).to.deep.equal(['Llanfair', 'Lôn Goch', 'Ystrad']);
    expect(createDirectory(welsh, 'not a locale!').areas).to.deep.equal(['Llanfair', 'Lôn Goch', 'Ystrad']);
    expect(createDirectory([]).areas).to.deep.equal([]);
  });

  it('with no query, or an empty one, gives every service in order, as a new array', () => {
    expect(ids(directory.filter())).to.deep.equal(ALL);
    expect(ids(directory.filter({}))).to.deep.equal(ALL);
    expect(ids(directory.filter({ text: '  ', area: ' - ' }))).to.deep.equal(ALL);
    expect(directory.filter()).to.not.equal(directory.filter());
  });

  it('filters by need', () => {
    expect(ids(directory.filter({ need: 'conflict-together' }))).to.deep.equal([
      'relate',
      'mediation',
      'teens-and-parents',
    ]);
    expect(ids(directory.filter({ need: 'domestic-abuse' }))).to.deep.equal(['harbour']);
    expect(ids(directory.filter({ need: 'new-baby' }))).to.deep.equal(['bump']);
  });

  it('for parents: leaves out services only for under-18s', () => {
    expect(ids(directory.filter({ forWhom: 'parents' }))).to.deep.equal(ALL.filter((id) => id !== 'youth'));
  });

  it('for children: leaves out services only for adults', () => {
    expect(ids(directory.filter({ forWhom: 'children' }))).to.deep.equal(ALL.filter((id) => id !== 'relate'));
  });

  it('filters by area, ignoring case and accents, on areas or address', () => {
    expect(ids(directory.filter({ area: 'kelby' }))).to.deep.equal(['relate', 'mediation', 'bump']);
    expect(ids(directory.filter({ area: 'PEN Y MOR' }))).to.deep.equal(['bump']);
    expect(ids(directory.filter({ area: 'Ashford Bridge' }))).to.deep.equal(['youth', 'teens-and-parents', 'hub']);
    expect(ids(directory.filter({ area: 'Marram Bay' }))).to.deep.equal(['harbour', 'youth']);
    // A whole area, not part of one.
    expect(ids(directory.filter({ area: 'Kel' }))).to.deep.equal([]);
    expect(ids(directory.filter({ area: 'Bay' }))).to.deep.equal([]);
  });

  it('text: every word, anywhere in the names (every language), description, who-for, areas or address', () => {
    expect(ids(directory.filter({ text: 'support' }))).to.deep.equal(['relate', 'harbour']);
    expect(ids(directory.filter({ text: 'kelby relationship' }))).to.deep.equal(['relate']);
    expect(ids(directory.filter({ text: 'Cymorth' }))).to.deep.equal(['relate']);
    expect(ids(directory.filter({ text: 'grandparents' }))).to.deep.equal(['mediation']);
    expect(ids(directory.filter({ text: 'market square' }))).to.deep.equal(['mediation']);
    expect(ids(directory.filter({ text: 'youth centre' }))).to.deep.equal(['teens-and-parents']);
    expect(ids(directory.filter({ text: 'northshire' }))).to.deep.equal(['harbour']);
    expect(ids(directory.filter({ text: 'kelby nothing-like-this' }))).to.deep.equal([]);
  });

  it('text: ignores case, accents and punctuation, and matches as people type', () => {
    expect(ids(directory.filter({ text: 'pen-y-mor' }))).to.deep.equal(['bump']);
    expect(ids(directory.filter({ text: 'PEN-Y-MÔR' }))).to.deep.equal(['bump']);
    expect(ids(directory.filter({ text: 'môr' }))).to.deep.equal(['relate', 'bump']); // "Cymorth" has "mor" in it
    expect(ids(directory.filter({ text: 'co-parenting' }))).to.deep.equal(['mediation']);
    expect(ids(directory.filter({ text: "young people's" }))).to.deep.equal(['youth']);
    expect(ids(directory.filter({ text: 'rel' }))).to.deep.equal(['relate']);
    expect(ids(directory.filter({ text: 'relationship support kel' }))).to.deep.equal(['relate']);
  });

  it('text: finds other forms of a typed word (“argue” finds “arguing”, “baby” finds “babies”)', () => {
    expect(ids(directory.filter({ text: 'argue' }))).to.deep.equal(['relate']);
    expect(ids(directory.filter({ text: 'arguing' }))).to.deep.equal(['relate']);
    expect(ids(directory.filter({ text: 'babies' }))).to.deep.equal(['bump']);
    expect(ids(directory.filter({ text: 'arrangement' }))).to.deep.equal(['mediation']);
    expect(searchStem('argue')).to.equal('argu');
    expect(searchStem('babies')).to.equal('bab');
    expect(searchStem('baby')).to.equal('bab');
    expect(searchStem('class')).to.equal('class');
    expect(searchStem('bus')).to.equal('bus');
  });

  it('combines need, who for, area and text', () => {
    expect(ids(directory.filter({ need: 'conflict-together', area: 'Kelby' }))).to.deep.equal(['relate', 'mediation']);
    expect(ids(directory.filter({ need: 'conflict-together', forWhom: 'children' }))).to.deep.equal([
      'mediation',
      'teens-and-parents',
    ]);
    expect(
      ids(directory.filter({ need: 'conflict-together', forWhom: 'parents', area: 'kelby', text: 'plans' })),
    ).to.deep.equal(['mediation']);
    expect(ids(directory.filter({ need: 'domestic-abuse', text: 'kelby' }))).to.deep.equal([]);
  });

  it('isDomesticAbuseService', () => {
    expect(SERVICES.filter(isDomesticAbuseService).map((s) => s.id)).to.deep.equal(['harbour']);
    // Listed for arguing together too: conflict work, never in the domestic abuse panel (the most
    // restrictive thing a service declares wins, as for a pathway's safety class).
    const both: Service = {
      id: 'both',
      name: { en: 'Family Hub drop-in' },
      needs: ['conflict-together', 'domestic-abuse'],
    };
    expect(isDomesticAbuseService(both)).to.equal(false);
    expect(createDirectory([both]).sections({}).abuse).to.deep.equal([]);
  });

  it('beside a result with a sign of abuse (guarded), leaves every couple, mediation or conflict service out of the list', () => {
    const hidden = createDirectory([
      ...SERVICES,
      // Not for the conflict need, but its words or its format are couple or mediation work.
      { id: 'couples', name: { en: 'Couples Counselling' }, needs: ['children-wellbeing'] },
      { id: 'talk', name: { en: 'Talk it through' }, needs: ['separating'], formats: ['mediation'] },
      { id: 'disguised', name: { en: 'Jοint sessions' }, needs: ['new-baby'] }, // a Greek omicron
    ]);
    expect(ids(hidden.sections({ guarded: true }).main)).to.deep.equal(['bump', 'youth', 'hub']);
    expect(ids(hidden.sections({ guarded: true }).abuse)).to.deep.equal(['harbour']);
    expect(ids(hidden.sections({ guarded: true, need: 'conflict-together' }).main)).to.deep.equal([]);
    // Typing on, the same list (the scan narrows; the guard still applies).
    expect(ids(hidden.sections({ guarded: true, text: 'bump' }).main)).to.deep.equal(['bump']);
    // Without the guard, the whole list again.
    expect(ids(hidden.sections({}).main)).to.deep.equal([
      'relate',
      'mediation',
      'bump',
      'youth',
      'teens-and-parents',
      'hub',
      'couples',
      'talk',
      'disguised',
    ]);
    expect(SERVICES.filter(isJointOrConflictService).map((s) => s.id)).to.deep.equal([
      'relate',
      'mediation',
      'teens-and-parents',
    ]);
  });

  it('foldText', () => {
    expect(foldText('Pen-y-Môr, Ŵyl  Café')).to.equal('pen y mor wyl cafe');
  });
});

describe('createDirectory over an Open Referral UK feed', () => {
  it('filters the mapped fixture services', async () => {
    const feed = await loadOrukFeed('/test/fixtures/oruk/services-page-1.json', {
      fetch: (input, init) => fetch(String(input).replace('services-page-1.json?page=2', 'services-page-2.json'), init),
    });
    const directory = createDirectory(feed.services);
    expect(directory.areas).to.deep.equal(['Ashford Bridge', 'Kelby', 'Marram Bay', 'Northshire', 'Pen-y-Môr']);
    expect(directory.filter({ need: 'domestic-abuse' }).map((s) => s.name.en)).to.deep.equal([
      'Safe Harbour Northshire',
    ]);
    expect(directory.filter({ area: 'kelby' }).map((s) => s.name.en)).to.deep.equal([
      'Northshire Relationship Support Service',
      'Kelby Family Mediation',
      'Kelby Family Hub Drop-in',
    ]);
    expect(directory.filter({ text: 'relationship support kelby' }).map((s) => s.name.en)).to.deep.equal([
      'Northshire Relationship Support Service',
    ]);
    expect(directory.filter({ forWhom: 'parents', text: 'wellbeing' }).map((s) => s.name.en)).to.deep.equal([
      'Bump to Baby Pen-y-Môr',
    ]);
  });
});
