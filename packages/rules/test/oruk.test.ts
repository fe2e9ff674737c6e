/**
 * Open Referral UK feeds: mapping v1 and v3 services (fixtures in test/fixtures/oruk/, shaped
 * like real responses), tolerance of malformed data, needs, pages and loading a whole feed.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  loadOrukFeed,
  mapOrukService,
  needsInText,
  NEED_KEYWORDS,
  parseOrukPage,
} from '../src/directory/oruk/index.js';
import { NEEDS, type Service } from '../src/types.js';

const FIXTURES = '/test/fixtures/oruk/';

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`${FIXTURES}${name}`);
  return response.json();
}

/** The raw items of a fixture file, by id. */
async function rawById(name: string): Promise<Map<string, Record<string, unknown>>> {
  const items = parseOrukPage(await fixture(name)).items as Record<string, unknown>[];
  return new Map(items.map((item) => [String(item.id), item]));
}

async function mapped(name: string, id: string): Promise<Service | null> {
  return mapOrukService((await rawById(name)).get(id));
}

/** A minimal raw service with these fields. */
const raw = (fields: Record<string, unknown> = {}) => ({ id: 'svc-1', name: 'A service', ...fields });
const map = (fields: Record<string, unknown>) => mapOrukService(raw(fields));

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

describe('mapOrukService: ORUK v1 (LGA) services', () => {
  it('maps every field of a full service', async () => {
    expect(await mapped('services-page-1.json', 'a1f6c2d0-0001-4e6b-9d1a-000000000001')).to.deep.equal({
      id: 'a1f6c2d0-0001-4e6b-9d1a-000000000001',
      name: { en: 'Northshire Relationship Support Service' },
      description: {
        en: 'Free relationship support for parents who are arguing a lot & want to get on better, together or apart.',
      },
      needs: ['conflict-together'],
      whoFor: { en: 'Parents and carers' },
      areas: ['Ashford Bridge', 'Kelby'],
      address: '12 Mill Lane, Ashford Bridge, NS4 2AB',
      url: 'https://relationships.example.org/northshire',
      phone: '01234 567001',
      email: 'hello@relationships.example.org',
      hours: { en: 'Monday to Friday, 9am to 5pm', cy: 'Dydd Llun i ddydd Gwener, 9am i 5pm' },
      cost: { en: 'Free', cy: 'Am ddim' },
      minAge: 18,
    });
  });

  it('a domestic abuse service without an address: areas, hours on two schedules, free from fees, ages', async () => {
    const s = await mapped('services-page-1.json', 'a1f6c2d0-0002-4e6b-9d1a-000000000002');
    expect(s).to.deep.equal({
      id: 'a1f6c2d0-0002-4e6b-9d1a-000000000002',
      name: { en: 'Safe Harbour Northshire' },
      description: {
        en: 'Confidential support for anyone experiencing domestic abuse, including coercive control. Outreach, IDVAs and refuge.',
      },
      needs: ['domestic-abuse'],
      whoFor: { en: 'Anyone aged 16 or over' },
      areas: ['Northshire'],
      url: 'https://safeharbour.example.org/',
      phone: '01234 567002',
      hours: {
        en: 'Monday to Friday, 8am to 8pm; Saturday, 10am to 2pm',
        cy: 'Dydd Llun i ddydd Gwener, 8am i 8pm; Dydd Sadwrn, 10am i 2pm',
      },
      cost: { en: 'Free', cy: 'Am ddim' },
      minAge: 16,
      maxAge: 120,
    });
  });

  it('mediation: days by full name, prices in pounds with their descriptions (English only), an http link', async () => {
    const s = await mapped('services-page-1.json', 'a1f6c2d0-0003-4e6b-9d1a-000000000003');
    expect(s!.needs).to.deep.equal(['separating']);
    expect(s!.url).to.equal('http://mediation.example.org/kelby');
    expect(s!.hours).to.deep.equal({
      en: 'Tuesday and Thursday, 9:30am to 4:30pm',
      cy: 'Dydd Mawrth a dydd Iau, 9:30am i 4:30pm',
    });
    expect(s!.cost).to.deep.equal({
      en: '£95 (per person for a mediation information and assessment meeting); £140.50 (Session)',
    });
    expect(s!.address).to.equal('Market Square, Kelby, NS7 1KB');
    expect(s!.whoFor).to.equal(undefined);
  });

  it('perinatal: a monthly schedule is shown by its description, in English only; Welsh place names kept', async () => {
    const s = await mapped('services-page-1.json', 'a1f6c2d0-0004-4e6b-9d1a-000000000004');
    expect(s!.needs).to.deep.equal(['new-baby']);
    expect(s!.hours).to.deep.equal({ en: 'Wednesday, 10am to 12pm; First Saturday of the month' });
    expect(s!.areas).to.deep.equal(['Pen-y-Môr', 'Marram Bay']);
    expect(s!.address).to.equal('Canolfan Pen-y-Môr, Heol y Traeth, Pen-y-Môr, NS9 3PM');
    expect(s!.cost).to.equal(undefined);
    expect(s!.email).to.equal(undefined);
  });

  it('skips inactive and defunct services, whatever their case', async () => {
    expect(await mapped('services-page-1.json', 'a1f6c2d0-0005-4e6b-9d1a-000000000005')).to.equal(null);
    expect(await mapped('services-page-2.json', 'a1f6c2d0-0008-4e6b-9d1a-000000000008')).to.equal(null);
    expect(map({ status: ' INACTIVE ' })).to.equal(null);
    expect(map({ status: 'defunct' })).to.equal(null);
  });

  it('keeps active, missing and other statuses', () => {
    for (const status of ['active', 'ACTIVE', undefined, null, '', 'temporarily closed', 42]) {
      expect(map({ status }), String(status)).to.not.equal(null);
    }
  });

  it('a service with no description, url or contacts: the location’s schedules, one a day, merged', async () => {
    expect(await mapped('services-page-2.json', 'a1f6c2d0-0006-4e6b-9d1a-000000000006')).to.deep.equal({
      id: 'a1f6c2d0-0006-4e6b-9d1a-000000000006',
      name: { en: 'Kelby Family Hub Drop-in' },
      needs: [],
      areas: ['Kelby'],
      address: '3 Station Road, Kelby, NS7 2FH',
      hours: { en: 'Monday to Wednesday, 9am to 12pm', cy: 'Dydd Llun i ddydd Mercher, 9am i 12pm' },
    });
  });

  it('a malformed service: wrong types, nulls, a javascript: link and ages as strings give sensible output', async () => {
    expect(await mapped('services-page-2.json', '7')).to.deep.equal({
      id: '7',
      name: { en: "Young People's Wellbeing Drop-in" },
      description: { en: "Emotional health and young people's mental health support, for ages 11 to 17." },
      needs: ['children-wellbeing'],
      minAge: 11,
      maxAge: 17,
    });
  });
});

describe('mapOrukService: ORUK v3 / HSDS 3 services', () => {
  it('maps every field of a full service', async () => {
    expect(await mapped('services-v3.json', '7b0e4c55-3001-4c1e-8f00-000000000301')).to.deep.equal({
      id: '7b0e4c55-3001-4c1e-8f00-000000000301',
      name: { en: 'Caer Marram Couples Counselling' },
      description: {
        en: 'Counselling for couples who are parents, to reduce parental conflict and arguing in front of the children.',
      },
      needs: ['conflict-together'],
      whoFor: { en: 'Parents living in Marram Bay or Caer Marram' },
      // The long service area is a sentence, not a name; the postal address's town is not where the service is.
      areas: ['Marram Bay', 'Caer Marram'],
      address: '4 Harbour Row, Caer Marram, NS5 4CM',
      url: 'https://couples.example.org/caer-marram',
      phone: '01234 567301',
      email: 'talk@couples.example.org',
      hours: {
        en: 'Monday and Wednesday, 9am to 12pm, 3pm to 5pm; Thursday, 6pm to 8:30pm',
        cy: 'Dydd Llun a dydd Mercher, 9am i 12pm, 3pm i 5pm; Dydd Iau, 6pm i 8:30pm',
      },
      cost: { en: '£40 (a session)' },
      minAge: 18,
    });
  });

  it('young carers: ages on the service, the location’s phone, free from fees_description', async () => {
    const s = await mapped('services-v3.json', '7b0e4c55-3002-4c1e-8f00-000000000302');
    expect(s).to.deep.include({
      needs: ['children-wellbeing'],
      minAge: 8,
      maxAge: 17,
      phone: '01234 567302',
      cost: { en: 'Free', cy: 'Am ddim' },
      hours: { en: 'Saturday, 10am to 1pm', cy: 'Dydd Sadwrn, 10am i 1pm' },
      url: 'https://youngcarers.example.org',
    });
  });

  it('falls back to the organisation’s website and email, and a contact’s phone', async () => {
    const s = await mapped('services-v3.json', '7b0e4c55-3003-4c1e-8f00-000000000303');
    expect(s).to.deep.include({
      needs: ['domestic-abuse'],
      url: 'https://www.northshire.example.org/idva',
      email: 'idva@northshire.example.org',
      phone: '01234 567303',
    });
  });
});

describe('mapOrukService: tolerance', () => {
  it('is null for anything that is not a service object', () => {
    for (const value of [null, undefined, 42, 'service', true, [], [raw()]]) {
      expect(mapOrukService(value)).to.equal(null);
    }
  });

  it('is null without a usable id or name; a numeric id becomes a string', () => {
    for (const fields of [
      { id: '' },
      { id: '  ' },
      { id: null },
      { id: {} },
      { id: NaN },
      { name: '' },
      { name: 42 },
    ]) {
      expect(map(fields), JSON.stringify(fields)).to.equal(null);
    }
    expect(map({ name: '<b></b>' })).to.equal(null);
    expect(map({ id: 12 })!.id).to.equal('12');
    expect(map({ id: '  svc-2 ' })!.id).to.equal('svc-2');
  });

  it('never throws, even on a getter that does', () => {
    const nasty = {
      id: 'x',
      get name(): string {
        throw new Error('boom');
      },
    };
    expect(mapOrukService(nasty)).to.equal(null);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(mapOrukService(revoked.proxy)).to.equal(null);
  });

  it('reads HTML as text, decodes common entities and caps long texts', () => {
    const s = map({
      name: ' <strong>Help&nbsp;&amp;&#39;support&#39;</strong>\n\t',
      description: `<p>${'a'.repeat(2500)}</p>`,
    });
    expect(s!.name.en).to.equal("Help &'support'");
    expect(s!.description!.en).to.have.length(2000);
    expect(s!.description!.en.endsWith('…')).to.equal(true);
    expect(map({ name: 'x'.repeat(300) })!.name.en).to.have.length(200);
  });

  it('keeps only http(s) links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'mailto:a@example.org', '/relative', 'https://']) {
      expect(map({ url })!.url, url).to.equal(undefined);
    }
    expect(map({ url: 'HTTPS://A.example.org/x' })!.url).to.equal('HTTPS://A.example.org/x');
    expect(map({ url: 'javascript:x', organization: { url: 'https://org.example.org/' } })!.url).to.equal(
      'https://org.example.org/',
    );
  });

  it('keeps only email addresses that look like one, falling back to a contact’s', () => {
    for (const value of [
      'not-an-email',
      'a@b',
      'a b@example.org',
      '<a@example.org>',
      `${'a'.repeat(250)}@example.org`,
    ]) {
      expect(map({ email: value })!.email, value).to.equal(undefined);
    }
    expect(map({ email: 'bad', contacts: [{ email: 'team@example.org' }] })!.email).to.equal('team@example.org');
  });

  it('keeps phone numbers as written, when they have digits', () => {
    expect(map({ phones: [{ number: ' 01234  567890 (option 2) ' }] })!.phone).to.equal('01234 567890 (option 2)');
    expect(map({ phones: [{ number: 1234567890 }] })!.phone).to.equal('1234567890');
    expect(
      map({ phones: [{ number: 'call us' }, { number: '12' }, { number: `0${'1'.repeat(45)}` }] })!.phone,
    ).to.equal(undefined);
    expect(
      map({ phones: null, contacts: 'x', service_at_locations: [{ location: { phones: [{ number: '01234 500' }] } }] })!
        .phone,
    ).to.equal('01234 500');
  });

  it('ages: whole years 0 to 120; a maximum of 0 or below the minimum is dropped; eligibilities combine', () => {
    const ages = (fields: Record<string, unknown>) => {
      const s = map(fields)!;
      return [s.minAge, s.maxAge];
    };
    expect(ages({ minimum_age: -1, maximum_age: 121 })).to.deep.equal([undefined, undefined]);
    expect(ages({ minimum_age: 'sixteen', maximum_age: '' })).to.deep.equal([undefined, undefined]);
    expect(ages({ minimum_age: 0, maximum_age: 0 })).to.deep.equal([0, undefined]);
    expect(ages({ minimum_age: 16, maximum_age: 11 })).to.deep.equal([16, undefined]);
    expect(ages({ minimum_age: '2.5', maximum_age: 4.9 })).to.deep.equal([2, 4]);
    expect(ages({ maximum_age: 17 })).to.deep.equal([undefined, 17]);
    expect(
      ages({
        eligibilitys: [
          { minimum_age: 5, maximum_age: 11 },
          { minimum_age: 16, maximum_age: 25 },
          { maximum_age: Infinity },
        ],
      }),
    ).to.deep.equal([5, 25]);
  });

  it('who it is for: the eligibility description and eligibilities, once each', () => {
    const s = map({
      eligibility_description: 'Parents',
      eligibilitys: [{ eligibility: 'parents' }, { eligibility: 'Grandparents' }],
    });
    expect(s!.whoFor).to.deep.equal({ en: 'Parents; Grandparents' });
  });

  it('areas: names from service areas and towns, once each ignoring case and accents; long sentences left out', () => {
    const s = map({
      service_areas: [
        { service_area: 'Pen-y-Môr' },
        { name: 'pen y mor' },
        { name: 'x'.repeat(61) },
        { service_area: 7 },
        'Kelby',
      ],
      service_at_locations: [
        { location: { physical_addresses: [{ city: 'Kelby' }] } },
        {
          location: {
            addresses: [
              { city: 'KELBY', address_type: 'Physical' },
              { city: 'Elsewhere', address_type: 'virtual' },
            ],
          },
        },
      ],
    });
    expect(s!.areas).to.deep.equal(['Pen-y-Môr', 'Kelby']);
    expect(s!.address).to.equal('Kelby');
    expect(map({ service_areas: [{ name: '' }] })!.areas).to.equal(undefined);
  });

  it('address: the first physical address with something in it, parts once each', () => {
    const s = map({
      service_at_locations: [
        { location: { addresses: [{ address_1: '', city: '' }] } },
        {
          location: {
            addresses: [
              { address_1: '1 Quay, Marram Bay', address_2: 'Unit 2', city: 'Marram Bay', postal_code: 'NS5 1AA' },
            ],
          },
        },
      ],
    });
    expect(s!.address).to.equal('1 Quay, Marram Bay, Unit 2, Marram Bay, NS5 1AA');
    const same = map({ service_at_locations: [{ location: { addresses: [{ address_1: 'Kelby', city: 'kelby' }] } }] });
    expect(same!.address).to.equal('Kelby');
  });
});

describe('mapOrukService: opening hours', () => {
  const hours = (...schedules: Record<string, unknown>[]) => map({ regular_schedules: schedules })!.hours;

  it('every day, noon and midnight', () => {
    expect(hours({ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '12:00' })).to.deep.equal({
      en: 'Every day, 12am to 12pm',
      cy: 'Bob dydd, 12am i 12pm',
    });
    expect(hours({ byday: 'SU', opens_at: '12:15', closes_at: '24:00' })).to.deep.equal({
      en: 'Sunday, 12:15pm to 12am',
      cy: 'Dydd Sul, 12:15pm i 12am',
    });
  });

  it('reads day names and abbreviations, and lists days with "and" / "a"', () => {
    expect(hours({ byday: 'Mondays, tues & Thurs and friday', opens_at: '9:00' })).to.deep.equal({
      en: 'Monday, Tuesday, Thursday and Friday',
      cy: 'Dydd Llun, dydd Mawrth, dydd Iau a dydd Gwener',
    });
    expect(hours({ byday: 'SA SU' })).to.deep.equal({ en: 'Saturday and Sunday', cy: 'Dydd Sadwrn a dydd Sul' });
    expect(hours({ byday: 'MO,TU,WE,FR,SA,SU' })).to.deep.equal({
      en: 'Monday to Wednesday and Friday to Sunday',
      cy: 'Dydd Llun i ddydd Mercher a dydd Gwener i ddydd Sul',
    });
  });

  it('times without days; times with a description use the description', () => {
    expect(hours({ opens_at: '10:00', closes_at: '15:30', freq: 'DAILY' })).to.deep.equal({
      en: '10am to 3:30pm',
      cy: '10am i 3:30pm',
    });
    expect(hours({ opens_at: '10:00', closes_at: '15:30', description: 'Term time only' })).to.deep.equal({
      en: 'Term time only',
    });
    expect(
      hours({ byday: 'FR', opens_at: '09:00', closes_at: '10:00' }, { opens_at: '18:00', closes_at: '19:00' }),
    ).to.deep.equal({ en: 'Friday, 9am to 10am; 6pm to 7pm', cy: 'Dydd Gwener, 9am i 10am; 6pm i 7pm' });
  });

  it('leaves out what cannot be read', () => {
    expect(hours({ byday: 'weekdays' })).to.equal(undefined);
    expect(hours({ byday: 'M' })).to.equal(undefined);
    expect(hours({ opens_at: '25:00', closes_at: '09:60' })).to.equal(undefined);
    expect(hours({ byday: 'MO', opens_at: 'nine', closes_at: '17:00' })).to.deep.equal({
      en: 'Monday',
      cy: 'Dydd Llun',
    });
    expect(hours({ byday: 'MO', freq: 'YEARLY' })).to.equal(undefined);
    expect(hours({})).to.equal(undefined);
    expect(map({ regular_schedules: 'Mondays' })!.hours).to.equal(undefined);
  });

  it('descriptions are kept once each, in English only', () => {
    expect(
      hours(
        { byday: '2MO', description: 'Second Monday' },
        { byday: '2MO', description: 'Second Monday' },
        { byday: 'TU', opens_at: '09:00', closes_at: '11:00' },
      ),
    ).to.deep.equal({ en: 'Tuesday, 9am to 11am; Second Monday' });
  });

  it('v3 schedules on the service, or else on its first location that has any', () => {
    expect(map({ schedules: [{ byday: 'TH' }] })!.hours).to.deep.equal({ en: 'Thursday', cy: 'Dydd Iau' });
    const s = map({
      service_at_locations: [
        { location: { name: 'No schedules' } },
        { regular_schedule: [{ byday: 'MO' }], location: { schedules: [{ byday: 'TU' }] } },
        { schedules: [{ byday: 'FR' }] },
      ],
    });
    expect(s!.hours).to.deep.equal({ en: 'Monday and Tuesday', cy: 'Dydd Llun a dydd Mawrth' });
  });
});

describe('mapOrukService: cost', () => {
  const cost = (fields: Record<string, unknown>) => map(fields)!.cost;

  it('free when every option is £0, or the fees say free', () => {
    expect(cost({ cost_options: [{ amount: 0 }, { amount: '0.00' }] })).to.deep.equal({ en: 'Free', cy: 'Am ddim' });
    for (const fees of ['Free', 'free of charge.', 'No charge', 'This service is free', "It's free!", '£0.00']) {
      expect(cost({ fees }), fees).to.deep.equal({ en: 'Free', cy: 'Am ddim' });
    }
    expect(cost({ fees_description: 'No cost' })).to.deep.equal({ en: 'Free', cy: 'Am ddim' });
  });

  it('amounts in pounds; descriptions and fees text in English only', () => {
    expect(cost({ cost_options: [{ amount: 5 }, { amount: 7.5 }] })).to.deep.equal({
      en: '£5; £7.50',
      cy: '£5; £7.50',
    });
    expect(
      cost({
        cost_options: [
          { amount: 0, option: 'first session' },
          { amount: 40, amount_description: 'a session' },
        ],
      }),
    ).to.deep.equal({
      en: 'Free (first session); £40 (a session)',
    });
    expect(
      cost({ cost_options: [{ amount: 'ask', option: 'Sliding scale' }, { option: 'Sliding scale' }] }),
    ).to.deep.equal({
      en: 'Sliding scale',
    });
    expect(cost({ fees: 'Free for under 5s, £3 otherwise' })).to.deep.equal({ en: 'Free for under 5s, £3 otherwise' });
    expect(cost({ fees_description: '', fees: 'Donations welcome' })).to.deep.equal({ en: 'Donations welcome' });
  });

  it('none when nothing is said', () => {
    expect(cost({ cost_options: [{ amount: -3 }, { amount: null }], fees: '  ' })).to.equal(undefined);
    expect(cost({})).to.equal(undefined);
  });
});

describe('needs', () => {
  it('has keywords for every need, and nothing else', () => {
    expect(Object.keys(NEED_KEYWORDS).sort()).to.deep.equal([...NEEDS].sort());
    for (const need of NEEDS) expect(NEED_KEYWORDS[need].length, need).to.be.greaterThan(0);
  });

  const cases: [string, string[]][] = [
    ['Domestic Abuse outreach', ['domestic-abuse']],
    ['domestic violence advice', ['domestic-abuse']],
    ['Coercive control support', ['domestic-abuse']],
    ['Refuges in Northshire', ['domestic-abuse']],
    ['Our IDVAs', ['domestic-abuse']],
    ['Reducing Parental Conflict', ['conflict-together']],
    ['Relationships support', ['conflict-together']],
    ['Couples counselling', ['conflict-together']],
    ['Stop arguing', ['conflict-together']],
    ['Separation and divorce', ['separating']],
    ['Co-parenting plans', ['separating']],
    ['Parenting apart', ['separating']],
    ['Family mediation', ['separating']],
    ['Child arrangements', ['separating']],
    ['Antenatal classes', ['new-baby']],
    ['Ante-natal', ['new-baby']],
    ['Perinatal mental health', ['new-baby']],
    ['Your new baby', ['new-baby']],
    ['Newborn checks', ['new-baby']],
    ['Infant feeding', ['new-baby']],
    ['Bumps and babies', ['new-baby']],
    ["Children's mental health", ['children-wellbeing']],
    ['Childrens Mental Health', ['children-wellbeing']],
    ['Young people’s wellbeing', ['children-wellbeing']],
    ['CAMHS referral', ['children-wellbeing']],
    ['Young Carers', ['children-wellbeing']],
    ['Refugee support', []],
    ['Open for a couple of hours', []],
    ['Infant school breakfast club', []],
    ['Wellbeing walks for adults', []],
    ['', []],
    ['Separating parents who are arguing, and domestic abuse', ['conflict-together', 'separating', 'domestic-abuse']],
  ];
  for (const [text, needs] of cases) {
    it(`"${text}" -> ${needs.join(', ') || 'none'}`, () => {
      expect(needsInText(text)).to.deep.equal(needs);
    });
  }

  it('taxonomy terms first, then the name, then the description', () => {
    const description = 'Not suitable where there is domestic abuse.';
    expect(
      map({
        name: 'Talking Together',
        description,
        service_taxonomys: [{ taxonomy: { name: 'Relationship support' } }],
      })!.needs,
    ).to.deep.equal(['conflict-together']);
    expect(map({ name: 'Couples counselling', description })!.needs).to.deep.equal(['conflict-together']);
    expect(map({ name: 'Talking Together', description })!.needs).to.deep.equal(['domestic-abuse']);
    // A taxonomy term that names no need does not stop the name from counting.
    expect(
      map({ name: 'Kelby mediation', attributes: [{ taxonomy_term: { name: 'Families' } }] })!.needs,
    ).to.deep.equal(['separating']);
    expect(map({ name: 'Drop-in', attributes: [{ taxonomy_term: { name: 'Perinatal' } }] })!.needs).to.deep.equal([
      'new-baby',
    ]);
  });
});

describe('parseOrukPage', () => {
  it('reads v1, v3, { services } and bare arrays', () => {
    expect(parseOrukPage({ content: [1, 2], totalPages: 3 })).to.deep.equal({ items: [1, 2], totalPages: 3 });
    expect(parseOrukPage({ content: [1], total_pages: '2' })).to.deep.equal({ items: [1], totalPages: 2 });
    expect(parseOrukPage({ contents: [1], total_pages: 4, page_number: 1 })).to.deep.equal({
      items: [1],
      totalPages: 4,
    });
    expect(parseOrukPage({ services: [1] })).to.deep.equal({ items: [1], totalPages: null });
    expect(parseOrukPage([1, 2, 3])).to.deep.equal({ items: [1, 2, 3], totalPages: null });
  });

  it('a page count that is missing, zero or not a number is null', () => {
    for (const totalPages of [undefined, 0, -2, 'many', null, NaN]) {
      expect(parseOrukPage({ content: [], totalPages }).totalPages, String(totalPages)).to.equal(null);
    }
    expect(parseOrukPage({ content: [], totalPages: 2.7 }).totalPages).to.equal(2);
  });

  it('anything else has no items', () => {
    for (const json of [null, 'x', 42, {}, { content: 'x' }, { data: [] }]) {
      expect(parseOrukPage(json)).to.deep.equal({ items: [], totalPages: null });
    }
  });
});

/** A fetch that serves the v1 fixture pages by their `page` param, recording every call. */
function fixtureFetch(calls: { url: string; init: RequestInit | undefined }[]): typeof fetch {
  return async (input, init) => {
    const url = String(input);
    calls.push({ url, init });
    const page = new URL(url, 'http://test.invalid').searchParams.get('page') ?? '1';
    return fetch(`${FIXTURES}services-page-${page}.json`);
  };
}

describe('loadOrukFeed', () => {
  it('loads every page of a paged v1 API, keeping the other params, without cookies or referrer', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const feed = await loadOrukFeed('https://directory.example.org/api/services?taxonomy_id=rpc&page=1', {
      fetch: fixtureFetch(calls),
    });
    expect(calls.map((c) => c.url)).to.deep.equal([
      'https://directory.example.org/api/services?taxonomy_id=rpc&page=1',
      'https://directory.example.org/api/services?taxonomy_id=rpc&page=2',
    ]);
    for (const { init } of calls) {
      expect(init!.credentials).to.equal('omit');
      expect(init!.referrerPolicy).to.equal('no-referrer');
      expect(init!.signal).to.be.instanceOf(AbortSignal);
    }
    expect(feed.pages).to.equal(2);
    expect(feed.skipped).to.equal(2);
    expect(feed.services.map((s) => s.name.en)).to.deep.equal([
      'Northshire Relationship Support Service',
      'Safe Harbour Northshire',
      'Kelby Family Mediation',
      'Bump to Baby Pen-y-Môr',
      'Kelby Family Hub Drop-in',
      "Young People's Wellbeing Drop-in",
    ]);
  });

  it('asks for per_page, and stops at maxPages', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const feed = await loadOrukFeed('/api/services', { fetch: fixtureFetch(calls), perPage: 5, maxPages: 1 });
    expect(calls.map((c) => c.url)).to.deep.equal(['/api/services?per_page=5']);
    expect(feed.pages).to.equal(1);
    expect(feed.services).to.have.length(4);
  });

  it('keeps a relative URL relative, with its hash', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    await loadOrukFeed('services#top', { fetch: fixtureFetch(calls) });
    expect(calls.map((c) => c.url)).to.deep.equal(['services#top', 'services?page=2#top']);
  });

  it('loads many pages a few at a time, keeping their order', async () => {
    const requested: number[] = [];
    let inFlight = 0;
    let most = 0;
    const fakeFetch: typeof fetch = async (input) => {
      const page = Number(new URL(String(input), 'http://test.invalid').searchParams.get('page') ?? '1');
      requested.push(page);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5 * ((page * 7) % 3)));
      inFlight--;
      return new Response(
        JSON.stringify({ contents: [raw({ id: `p${page}`, name: `Page ${page}` })], total_pages: 12 }),
      );
    };
    const feed = await loadOrukFeed('https://directory.example.org/services', { fetch: fakeFetch, maxPages: 10 });
    expect(feed.pages).to.equal(10);
    expect(feed.services.map((s) => s.id)).to.deep.equal(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10']);
    expect([...requested].sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(most).to.be.at.most(4);
  });

  it('a v3 page and a static export, with duplicates and rows without an id skipped', async () => {
    const v3 = await loadOrukFeed(`${FIXTURES}services-v3.json`);
    expect(v3.pages).to.equal(1);
    expect(v3.services.map((s) => s.id)).to.deep.equal([
      '7b0e4c55-3001-4c1e-8f00-000000000301',
      '7b0e4c55-3002-4c1e-8f00-000000000302',
      '7b0e4c55-3003-4c1e-8f00-000000000303',
    ]);
    const exported = await loadOrukFeed(`${FIXTURES}export.json`, { fetch: (input, init) => fetch(input, init) });
    expect(exported.services.map((s) => s.name.en)).to.deep.equal(['Parenting Apart Programme', 'Marram Bay Refuge']);
    expect(exported.skipped).to.equal(2);
    expect(exported.pages).to.equal(1);
  });

  it('rejects with the HTTP status when the first page fails', async () => {
    const error = await rejection(
      loadOrukFeed('https://directory.example.org/services', {
        fetch: async () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
      }),
    );
    expect(error).to.be.instanceOf(Error);
    expect(error.message).to.equal(
      'Could not load the Open Referral UK feed (page 1, https://directory.example.org/services): HTTP 500 Internal Server Error',
    );
    const notFound = await rejection(loadOrukFeed(`${FIXTURES}missing.json`));
    expect(notFound.message).to.contain('HTTP 404');
  });

  it('rejects when the response is not JSON, or not a list of services', async () => {
    const text = await rejection(loadOrukFeed('/x', { fetch: async () => new Response('<html>Sign in</html>') }));
    expect(text.message).to.match(/page 1, \/x\): the response is not JSON$/);
    const other = await rejection(loadOrukFeed('/x', { fetch: async () => new Response('{"error":"no"}') }));
    expect(other.message).to.contain('the response is not a list of services');
  });

  it('rejects when the fetch itself fails', async () => {
    const network = await rejection(
      loadOrukFeed('/x', {
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    expect(network.message).to.match(/: Failed to fetch$/);
    const odd = await rejection(loadOrukFeed('/x', { fetch: () => Promise.reject('offline') }));
    expect(odd.message).to.match(/: offline$/);
  });

  it('rejects after timeoutMs, aborting the request, even when the fetch never answers', async () => {
    let signal: AbortSignal | undefined;
    const started = performance.now();
    const error = await rejection(
      loadOrukFeed('/slow', {
        timeoutMs: 50,
        fetch: (_input, init) => {
          signal = init!.signal!;
          return new Promise<Response>(() => undefined);
        },
      }),
    );
    expect(error.message).to.equal('Could not load the Open Referral UK feed (page 1, /slow): timed out after 50 ms');
    expect(signal!.aborted).to.equal(true);
    expect(performance.now() - started).to.be.below(2000);
  });

  it('the timeout covers reading the body, and every page together', async () => {
    const slowBody = await rejection(
      loadOrukFeed('/slow-body', {
        timeoutMs: 50,
        fetch: async () => ({ ok: true, json: () => new Promise(() => undefined) }) as unknown as Response,
      }),
    );
    expect(slowBody.message).to.contain('timed out after 50 ms');
    const slowPages = await rejection(
      loadOrukFeed('/pages', {
        timeoutMs: 80,
        fetch: async (input, init) =>
          new Promise<Response>((resolve, reject) => {
            const ms = String(input).includes('page=') ? 60 : 40;
            const timer = setTimeout(() => resolve(new Response('{"content":[],"totalPages":3}')), ms);
            init!.signal!.addEventListener('abort', () => {
              clearTimeout(timer);
              reject(new DOMException('aborted', 'AbortError'));
            });
          }),
      }),
    );
    expect(slowPages.message).to.match(/page [23], .*timed out after 80 ms/);
  });

  it('rejects when a later page fails, and stops the others', async () => {
    let aborted = 0;
    const error = await rejection(
      loadOrukFeed('/services', {
        fetch: (input, init) => {
          const page = new URL(String(input), 'http://test.invalid').searchParams.get('page');
          if (page === '3') return Promise.resolve(new Response('', { status: 503 }));
          if (page === null) return Promise.resolve(new Response('{"content":[],"totalPages":6}'));
          return new Promise<Response>((_resolve, reject) => {
            init!.signal!.addEventListener('abort', () => {
              aborted++;
              reject(new DOMException('aborted', 'AbortError'));
            });
          });
        },
      }),
    );
    expect(error.message).to.equal('Could not load the Open Referral UK feed (page 3, /services?page=3): HTTP 503');
    expect(aborted).to.equal(3);
  });
});

describe('mapOrukService: properties', () => {
  const RUNS = { numRuns: 1500 };

  function check(result: Service | null): void {
    if (result === null) return;
    expect(result.id.trim()).to.not.equal('');
    expect(result.name.en.trim()).to.not.equal('');
    for (const need of result.needs) expect(NEEDS).to.include(need);
    if (result.url) expect(result.url).to.match(/^https?:/i);
    if (result.minAge !== undefined) expect(result.minAge).to.be.within(0, 120);
    if (result.maxAge !== undefined) expect(result.maxAge).to.be.within(result.minAge ?? 1, 120);
    if (result.hours) expect(result.hours.en).to.not.equal('');
    if (result.cost) expect(result.cost.en).to.not.equal('');
    JSON.stringify(result);
  }

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => check(mapOrukService(value))),
      RUNS,
    );
  });

  it('never throws on any object', () => {
    fc.assert(
      fc.property(fc.object(), (value) => check(mapOrukService(value))),
      RUNS,
    );
  });

  it('never throws on ORUK-shaped services with any values in their fields', () => {
    const anyOr = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.anything());
    const schedule = fc.record(
      {
        byday: anyOr(fc.constantFrom('MO,TU', 'Monday', '1SA', 'SA,SU', 'weekdays', '')),
        opens_at: anyOr(fc.constantFrom('09:00', '9:30:00Z', '25:00', '')),
        closes_at: anyOr(fc.constantFrom('17:00', '12:00:00', 'noon')),
        freq: anyOr(fc.constantFrom('WEEKLY', 'MONTHLY')),
        description: anyOr(fc.string()),
      },
      { requiredKeys: [] },
    );
    const service = fc.record(
      {
        id: anyOr(fc.oneof(fc.uuid(), fc.integer(), fc.string())),
        name: anyOr(fc.string()),
        description: anyOr(fc.constantFrom('Domestic abuse support', 'Couples', '<p>Mediation</p>')),
        status: anyOr(fc.constantFrom('active', 'inactive', 'DEFUNCT')),
        url: anyOr(fc.webUrl()),
        email: anyOr(fc.emailAddress()),
        minimum_age: anyOr(fc.integer({ min: -5, max: 130 })),
        maximum_age: anyOr(fc.integer({ min: -5, max: 130 })),
        phones: anyOr(fc.array(fc.record({ number: anyOr(fc.string()) }))),
        regular_schedules: anyOr(fc.array(schedule)),
        schedules: anyOr(fc.array(schedule)),
        cost_options: anyOr(fc.array(fc.record({ amount: anyOr(fc.double()), option: anyOr(fc.string()) }))),
        service_areas: anyOr(fc.array(fc.record({ service_area: anyOr(fc.string()), name: anyOr(fc.string()) }))),
        service_at_locations: anyOr(
          fc.array(
            fc.record({
              location: anyOr(
                fc.record({
                  physical_addresses: anyOr(
                    fc.array(fc.record({ address_1: anyOr(fc.string()), city: anyOr(fc.string()) })),
                  ),
                  addresses: anyOr(fc.array(fc.record({ city: anyOr(fc.string()), address_type: anyOr(fc.string()) }))),
                }),
              ),
            }),
          ),
        ),
        service_taxonomys: anyOr(fc.array(fc.record({ taxonomy: anyOr(fc.record({ name: anyOr(fc.string()) })) }))),
        attributes: anyOr(fc.array(fc.record({ taxonomy_term: anyOr(fc.record({ name: anyOr(fc.string()) })) }))),
        eligibilitys: anyOr(fc.array(fc.record({ minimum_age: fc.anything(), maximum_age: fc.anything() }))),
        fees: anyOr(fc.string()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(service, (value) => check(mapOrukService(value))),
      RUNS,
    );
  });
});
