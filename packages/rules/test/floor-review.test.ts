/**
 * The safety floor against what a review found on 2026-11-26, each found with a config the check
 * passed: couple, mediation and conflict work in ordinary words (a council's honest ones too), the
 * Welsh names of the national contacts, the DA check's referral routes, the words of `strings`
 * overrides, look-alike letters, a symbol font, an offer's link and email, a nation in Welsh.
 */
import { expect } from '@open-wc/testing';
import { validateConfig } from '../src/config/validate.js';
import { isDomesticAbuseService } from '../src/directory/directory.js';
import { evaluate } from '../src/decision/evaluate.js';
import { NATIONAL_CONTACTS } from '../src/content/contacts.js';
import { PACK as CY_CONTACTS } from '../src/content/packs/cy/contacts.js';
import { SAFETY_CONTACT_IDS, SAFETY_NAMES_IN_WELSH, safetyClass } from '../src/safety/floor.js';
import { readsLikeJointWork } from '../src/safety/joint-work.js';
import { safeAnswers } from './helpers.js';

const offer = (name: string, description: string, extra: Record<string, unknown> = {}) => ({
  kind: 'domestic-abuse' as const,
  joint: false,
  formats: ['one-to-one' as const],
  name: { en: name },
  description: { en: description },
  ...extra,
});

/** What a route shows for a config: its pathways' ids and its contacts' ids. */
const shown = (config: unknown, answers: Record<string, string>, locale = 'en') => {
  const d = evaluate(
    { answers: safeAnswers(answers), situation: { relationship: 'together' }, locale },
    validateConfig(config).usable,
  );
  return { route: d.route, pathways: d.pathways.map((p) => p.id), contacts: d.contacts.map((c) => c.id) };
};
const NOT_SURE = { afraid: 'unsure' };
const ABUSE = { afraid: 'yes' };

describe('the safety floor after the review of 2026-11-26', () => {
  it('reads couple work, mediation and conflict work put in ordinary words, in English and Welsh', () => {
    for (const words of [
      'Mediated sessions',
      'Mediating',
      'Family conciliation service',
      'Family arbitration',
      'Collaborative law',
      'Sessions for both parents',
      'You and your partner meet the worker',
      'Bring your partner along',
      'Family therapy',
      'Relationship coaching',
      'Husband and wife sessions',
      'A neutral third party helps you and your ex agree',
      'Managing conflict',
      'Co-parent coaching',
      'Getting on Better',
      'Parenting when Separated',
      'Me, You and Baby Too',
      'Cwnsela perthynas',
      'Dewch gyda’ch partner',
      'Sesiynau i’r ddau ohonoch',
      'cymodi',
      'cydrianta',
      'Rhianta ar wahân',
      'For both parents, in the same room',
      'Round table meeting with your ex',
      'C0uples counselling',
      'Med1ation',
      'M e d i a t i o n',
    ])
      expect(safetyClass(offer(words, 'Help in a safe place.')), words).not.to.equal('abuse-support');
    // A name only: "Relate" and "COPE" in a description mean something else.
    expect(safetyClass(offer('Relate Northshire', 'Help.'))).to.equal('couple');
    expect(safetyClass(offer('COPE', 'Help.'))).to.equal('conflict');
    // Abuse support's own words stay abuse support.
    for (const [name, description] of [
      ['Outreach', 'If you feel unsafe with your partner or your ex, we can help.'],
      ['Cymorth', 'Os ydych chi’n anniogel gyda’ch partner, gallwn ni helpu.'],
      ['Freedom group', 'Help to cope after abuse, and to see how it can relate to you.'],
      ['Children’s recovery', 'We ask both parents for consent where they have parental responsibility.'],
      ['Play therapy', 'For children who have seen or heard arguments or violence at home.'],
      ['Child contact', 'Safe handovers at the contact centre.'],
      ['Court support', 'You do not have to be in the same room as them. Open 24hr, call 0808 123 4567.'],
    ])
      expect(safetyClass(offer(name!, description!)), description).to.equal('abuse-support');
  });

  it('shows only the family hub beside "not sure": a council’s own support, and the hub worded with the partner in the room, wait for a clear screen', () => {
    // Honest configs, no tricks: each had been shown first on a "not sure".
    const hub = {
      pathways: {
        defaults: {
          'family-hub-support': {
            description: 'A family worker can see you on your own or with your partner, to help you get on better.',
          },
        },
      },
    };
    expect(shown(hub, NOT_SURE).pathways).not.to.include('family-hub-support');
    const own = (id: string, name: string, description: string) => ({
      pathways: {
        allDefaults: false,
        defaults: { 'family-hub-support': true, 'domestic-abuse-support': true },
        custom: [
          {
            id,
            name,
            description,
            kind: 'support',
            joint: false,
            formats: ['group'],
            access: { url: 'https://northshire.example/x' },
          },
        ],
      },
    });
    for (const config of [
      own('pws-local', 'Parenting when Separated', 'A six-week group. The two parents attend different groups.'),
      own('relate-local', 'Relate Northshire', 'Relationship help for parents who are finding things hard.'),
      own('drop-in', 'Family drop-in', 'A friendly drop-in for any parent, with a cup of tea.'),
    ]) {
      const unsure = shown(config, NOT_SURE);
      expect(unsure.route).to.equal('unclear');
      expect(unsure.pathways).to.deep.equal(['family-hub-support', 'domestic-abuse-support']);
    }
    // The council is told, at the offer's path, for the name and for the partner in the room.
    for (const [name, description] of [
      ['Relate Northshire', 'Relationship help for parents.'],
      ['Family drop-in', 'We see you on your own or with your partner.'],
    ])
      expect(
        validateConfig(own('x', name!, description!)).warnings.map((w) => w.path),
        name,
      ).to.include('$.pathways.custom[0]');
    // A council's own support is still offered once every safety answer is a clear no.
    expect(shown(own('drop-in', 'Family drop-in', 'A friendly drop-in for any parent.'), {}).pathways).to.include(
      'drop-in',
    );
    // The hub in the rules' own words is first on "not sure", as before.
    expect(shown({}, NOT_SURE).pathways[0]).to.equal('family-hub-support');
  });

  it('refuses the national safety contacts’ names in Welsh, with the nation or a possessive, and 999 in any name', () => {
    const problemAtName = (name: string | Record<string, string>) =>
      validateConfig({
        nation: 'wales',
        contacts: [{ id: 'x', name, phone: '01234 567000', topics: ['domestic-abuse'] }],
      }).problems.some((p) => p.path === '$.contacts[0].name');
    for (const name of [
      { en: 'Local line', cy: 'Llinell Gymorth Byw Heb Ofn' },
      { en: 'Local line', cy: 'Gwasanaethau brys: 999' },
      { en: 'Local line', cy: 'Llinell Gymorth Genedlaethol Cam-drin Domestig' },
      { en: 'Local line', cy: 'Llinell Ffôn Respect' },
      'National Domestic Abuse Helpline England',
      'Refuge National Domestic Abuse Helpline',
      'Live Fear Free Helpline Wales',
      'Mens Advice Line',
      'Respect',
      'Emergency',
      'Call 999',
      'Police 999',
    ])
      expect(problemAtName(name), JSON.stringify(name)).to.equal(true);
    for (const name of ['Northshire Domestic Abuse Helpline', 'Emergency Duty Team', 'Llinell Gymorth Sir Enghraifft'])
      expect(problemAtName(name), name).to.equal(false);
    // The Welsh names held here are the pack's.
    const safety = NATIONAL_CONTACTS.filter((c) => SAFETY_CONTACT_IDS.includes(c.id));
    expect([...SAFETY_NAMES_IN_WELSH].sort()).to.deep.equal(
      safety.map((c) => CY_CONTACTS[`contact.${c.id}.name`] ?? c.name.en).sort(),
    );
  });

  it('refuses a DA check referral route that reads like couple work or mediation, and leaves it out meanwhile', () => {
    const result = validateConfig({
      referrals: {
        domesticAbuse: { howTo: 'Refer both parents to Relate for couples counselling.', phone: '0300 003 0396' },
        marac: { howTo: 'Offer a joint session with a mediator first.', email: 'marac@northshire.example' },
      },
    });
    expect(result.problems.map((p) => p.path)).to.deep.equal(['$.referrals.domesticAbuse', '$.referrals.marac']);
    expect(result.usable.referrals?.domesticAbuse).to.equal(undefined);
    expect(result.usable.referrals?.marac).to.equal(undefined);
    // A mediation address alone does it too; a real route passes.
    expect(validateConfig({ referrals: { marac: { email: 'family-mediation@northshire.example' } } }).ok).to.equal(
      false,
    );
    expect(
      validateConfig({
        referrals: { marac: { howTo: 'Complete the MARAC form and send it.', email: 'marac@northshire.example' } },
      }).ok,
    ).to.equal(true);
  });

  it('refuses overrides that put couple work or a phone number beside the helplines, and the cards’ and safe enquiry’s words', () => {
    const strings = {
      en: {
        'ui.hours': 'Couples counselling: call 01234 999000',
        'ui.text': 'Text us instead',
        'ui.da-check.enquiry-3': 'If you are not sure, answer no.',
        'format.group': 'Couples counselling and mediation',
        'why.council': 'Call 01234 999000 instead of the helpline',
        'ui.result.pathways': 'Help for you both',
      },
    };
    const problems = validateConfig({ strings }).problems.map((p) => p.path);
    expect(problems.sort()).to.deep.equal(
      Object.keys(strings.en)
        .map((id) => `$.strings.en["${id}"]`)
        .sort(),
    );
    // Rewording them otherwise is still the council's, and so are words shown only on a clear screen.
    expect(
      validateConfig({
        strings: { en: { 'format.group': 'Group sessions', 'why.conflict-high': 'You said you argue a lot.' } },
      }).ok,
    ).to.equal(true);
  });

  it('reads look-alike letters and blank fillers, a symbol font is refused, and an offer’s link and email are read', () => {
    for (const text of [
      'Μediation',
      'Medıatıon',
      'Cօuples counselling',
      'ᏟOUPLES counselling',
      'ᴍᴇᴅɪᴀᴛɪᴏɴ',
      'Medi\u3164ation',
    ])
      expect(readsLikeJointWork(text), text).to.equal(true);
    for (const font of ['Wingdings', 'Arial, Webdings', '"Segoe UI Symbol"', 'Noto Color Emoji'])
      expect(validateConfig({ branding: { tokens: { '--rpc-font-family': font } } }).ok, font).to.equal(false);
    expect(validateConfig({ branding: { tokens: { '--rpc-font-family': 'Arial, sans-serif' } } }).ok).to.equal(true);
    const linked = {
      pathways: {
        defaults: {
          'domestic-abuse-support': {
            access: {
              url: 'https://www.relate.org.uk/get-help/couples-counselling',
              email: 'couples-mediation@x.example',
            },
          },
        },
      },
      contacts: [
        { id: 'line', name: 'Family line', email: 'mediation@northshire.example', topics: ['domestic-abuse'] },
      ],
    };
    const abuse = shown(linked, ABUSE);
    expect(abuse.pathways).not.to.include('domestic-abuse-support');
    expect(abuse.contacts).not.to.include('line');
    const service = (name: string) => ({
      id: 's',
      name: { en: name },
      description: { en: 'x' },
      needs: ['domestic-abuse' as const],
    });
    expect(isDomesticAbuseService(service('Family conciliation service'))).to.equal(false);
  });
});
