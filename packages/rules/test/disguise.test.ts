/**
 * The safety floor against configs that disguise their words: couple work or mediation written with
 * invisible characters, look-alike letters or reordered letters, or in words the list did not
 * have; a conflict course given another kind; contacts that read like couple work or take a
 * national helpline's name; the referral summary's words reworded; blank words. Each config here
 * was found by attacking the built elements.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_PATHWAYS } from '../src/content/pathways.js';
import { validateConfig } from '../src/config/validate.js';
import { isDomesticAbuseService } from '../src/directory/directory.js';
import { evaluate } from '../src/decision/evaluate.js';
import { message, overrideOf } from '../src/i18n/messages.js';
import { isBlankText, safetyClass } from '../src/safety/floor.js';
import fc from 'fast-check';
import { CONFLICT_WORK_WORDS, JOINT_WORK_WORDS } from '../src/content/joint-work-words.js';
import { foldText } from '../src/directory/fold.js';
import {
  foldAsSeen,
  jointOrConflictWords,
  readsLikeConflictWork,
  readsLikeJointWork,
} from '../src/safety/joint-work.js';
import { safeAnswers } from './helpers.js';

const custom = (
  id: string,
  name: string | Record<string, string>,
  description: string | Record<string, string>,
  extra: Record<string, unknown> = {},
) => ({
  id,
  name,
  description,
  formats: ['one-to-one'],
  kind: 'domestic-abuse',
  joint: false,
  access: { phone: '01234 567890' },
  ...extra,
});

/** The config's usable part, as an element would use it. */
function usable(config: unknown) {
  return validateConfig(config).usable;
}

const routesWithAbuseOrUnsure: readonly { name: string; answers: Record<string, string> }[] = [
  { name: 'afraid', answers: { afraid: 'yes' } },
  { name: 'afraid not sure', answers: { afraid: 'unsure' } },
  { name: 'danger now', answers: { 'danger-now': 'yes' } },
];

describe('the safety floor against disguised words', () => {
  it('finds the words in one search as it found them one by one: the same first word, in the list’s order', () => {
    const padded = (list: readonly string[]) => list.map((w) => ` ${foldText(w).trim()} `);
    const words = padded([...JOINT_WORK_WORDS, ...CONFLICT_WORK_WORDS]);
    const oneByOne = (text: string, list = words) => {
      const hay = ` ${foldAsSeen(text)} `;
      return list.find((w) => hay.includes(w))?.trim();
    };
    const piece = fc.oneof(
      fc.constantFrom(...JOINT_WORK_WORDS, ...CONFLICT_WORK_WORDS),
      fc.constantFrom('help', 'for', 'parents', 'the', 'couple', 'and', '-', ',', '(', ')', '.', '+', '*', '?'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.constantFrom(' ', '', '-'), (pieces, glue) => {
        const text = pieces.join(glue);
        expect(jointOrConflictWords(text), text).to.equal(oneByOne(text));
        expect(readsLikeJointWork(text), text).to.equal(oneByOne(text, padded(JOINT_WORK_WORDS)) !== undefined);
        expect(readsLikeConflictWork(text), text).to.equal(oneByOne(text, padded(CONFLICT_WORK_WORDS)) !== undefined);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads couple work and mediation as a person sees them', () => {
    for (const text of [
      'Cou\u200bples medi\u200bation',
      'C\u043euples m\u0435diation',
      '\u202esnoitaidem selpuoC',
      'ＣＯＵＰＬＥＳ counselling',
      'Joint counselling for you and your partner together.',
      'Medi\u00ADation',
    ])
      expect(readsLikeJointWork(text), JSON.stringify(text)).to.equal(true);
    expect(readsLikeConflictWork('An online course for parents on arguing less')).to.equal(true);
    expect(readsLikeJointWork('Support for you and your children after abuse')).to.equal(false);
  });

  it('leaves every default pathway in the class its kind gives it', () => {
    for (const p of DEFAULT_PATHWAYS) {
      const expected =
        p.kind === 'mediation'
          ? 'mediation'
          : p.joint
            ? 'couple'
            : p.kind === 'conflict'
              ? 'conflict'
              : p.kind === 'domestic-abuse'
                ? 'abuse-support'
                : 'family-support';
      expect(safetyClass(p), p.id).to.equal(expected);
    }
  });

  it('never shows a disguised couple offer, or a conflict course of another kind, beside abuse or "not sure"', () => {
    const config = usable({
      pathways: {
        allDefaults: false,
        custom: [
          custom('zw', 'Cou\u200bples medi\u200bation', 'For cou\u200bples.'),
          custom('cyr', 'C\u043euples m\u0435diation', 'For c\u043euples'),
          custom('rtl', '\u202esnoitaidem selpuoC', 'x'),
          custom('rel', 'Relationship repair', 'Joint counselling for you and your partner together.', {
            joint: undefined,
          }),
          custom(
            'arguing-better-local',
            'Arguing Better',
            'An online course for parents on arguing less and bringing up children together.',
            { kind: 'support', formats: ['digital'], access: { url: 'https://www.arguing-better.org/' } },
          ),
          custom('safe', 'Northshire domestic abuse outreach', 'Support for you and your children after abuse.'),
        ],
      },
    });
    for (const { name, answers } of routesWithAbuseOrUnsure) {
      const d = evaluate({ answers: safeAnswers(answers) }, config);
      expect(
        d.pathways.map((p) => p.id),
        name,
      ).to.deep.equal(['safe']);
    }
    const conflict = evaluate({ answers: safeAnswers() }, config);
    expect(conflict.pathways.map((p) => p.id)).to.include('arguing-better-local');
    const warnings = validateConfig({ pathways: { custom: [custom('a', 'Arguing Better', 'x', { kind: 'support' })] } })
      .warnings.map((w) => w.message)
      .join('\n');
    expect(warnings).to.contain('treated as conflict work');
  });

  it('never shows beside abuse or "not sure" an offer that puts both partners in the room or is about rows, whatever field says it', () => {
    const hostile = [
      custom('fresh', 'Fresh Start relationship sessions', 'Weekly sessions you attend with your partner.'),
      custom('fgc', 'Family Group Conference', 'A meeting for you, your partner and your family.'),
      custom('relate', 'Relate counselling for partners', 'Counselling for you and your ex, at the same appointment.'),
      custom('wio', 'Working it out', 'Both of you meet a family worker to sort out disagreements about the children.'),
      custom('safe-couples', 'Safe together', 'Domestic abuse? Come to sessions together with your husband.'),
      custom(
        'calmer',
        'Calmer Homes',
        'For parents who keep rowing. A worker helps you both find calmer ways to talk.',
      ),
      custom('pair', 'Parents as Partners', 'For mums and dads who attend as a pair. Safeguarding checks first.'),
      custom('joint-appt', 'Joint appointments', 'Joint appointments with a family practitioner. We check it is safe.'),
      custom('other', 'Sessions with the other parent', 'A safe, supported meeting with the other parent.'),
      custom('miam', 'MIAM appointments', 'A meeting before you apply to court. We check it is safe.'),
      custom(
        'reconcile',
        'Reconciliation sessions',
        'Support after domestic abuse for people who want to stay together.',
      ),
      custom(
        'cy-joint',
        { en: 'Talking group', cy: 'Cwnsela perthynas' },
        { en: 'A weekly group.', cy: 'Sesiynau ar y cyd i rieni sy’n cweryla, mewn lle diogel.' },
      ),
      custom('cy-mutated', { en: 'Support', cy: 'Cymorth i gyplau' }, 'Help in a safe place.'),
      // Only the fields a council fills in last say what it is.
      custom('fields', 'Domestic abuse support', 'Specialist help.', {
        provider: 'Northshire Family Mediation Service',
        duration: 'Six weekly couple counselling sessions',
        access: { phone: '01234 567890', howTo: 'Book a joint appointment for you and your partner together.' },
      }),
      custom('rtl', '\u202eesuba citsemod', 'Help after domestic abuse.'),
    ];
    // Abuse support speaks of the partner too: never read as both partners in the room.
    const genuine = [
      custom('safe', 'Northshire domestic abuse outreach', 'If you feel unsafe with your partner, we can help.'),
      custom('recovery', 'Recovery Toolkit', 'A group to help you recover from an abusive relationship with your ex.'),
      custom('idva', 'IDVA service', {
        en: 'Advisers for victims at high risk.',
        cy: 'Cymorth os ydych yn ofni eich partner.',
      }),
      custom('sanctuary', 'Sanctuary Scheme', 'Extra locks and a reinforced door, so you can stay in your home.'),
      custom('freedom', 'Freedom group', 'A 12-week group for women.'),
      custom(
        'play',
        'Helping Hands',
        'Play therapy for children who have seen or heard arguments or violence at home.',
      ),
      custom('men', 'Men’s support', 'For men, whatever the relationship between you and your partner.'),
      custom(
        'consent',
        'Children’s recovery group',
        'We ask both parents for consent where they have parental responsibility.',
      ),
    ];
    const config = usable({
      pathways: { allDefaults: false, custom: [...hostile, ...genuine] },
      contacts: [
        {
          id: 'relate-da',
          name: 'Relate: talk it through with your partner',
          phone: '01234 555555',
          topics: ['domestic-abuse'],
        },
        { id: 'cy-couples', name: 'Cwnsela i Gyplau', phone: '01234 555556', topics: ['domestic-abuse'] },
        {
          id: 'hours',
          name: 'Family line',
          phone: '01234 555557',
          topics: ['domestic-abuse'],
          hours: 'Couples counselling: Tuesdays',
        },
      ],
    });
    for (const { name, answers } of [
      ...routesWithAbuseOrUnsure,
      { name: 'controlling not sure', answers: { controlling: 'unsure' } },
    ]) {
      const d = evaluate({ answers: safeAnswers(answers) }, config);
      expect(
        d.pathways.map((p) => p.id),
        name,
      ).to.deep.equal(genuine.map((p) => p.id));
      expect(
        d.contacts.map((c) => c.id),
        name,
      ).not.to.include.members(['relate-da', 'cy-couples', 'hours']);
    }
    // The council is told why each is not shown, at its path, with the words that did it.
    const warnings = validateConfig({ pathways: { custom: hostile } }).warnings.filter((w) =>
      w.path.startsWith('$.pathways.custom'),
    );
    expect(warnings.map((w) => w.path)).to.deep.equal(hostile.map((_, i) => `$.pathways.custom[${i}]`));
    expect(warnings[0]!.message).to.contain('(it says "attend with your")');
    // A default's words changed into couple or conflict work: the same.
    const patched = validateConfig({
      pathways: {
        defaults: {
          'domestic-abuse-support': {
            description: 'Relationship sessions in a safe space for you both, to stop the rows.',
          },
        },
      },
    });
    expect(patched.warnings.map((w) => w.path)).to.include('$.pathways.defaults.domestic-abuse-support');
    const d = evaluate({ answers: safeAnswers({ afraid: 'yes' }) }, patched.usable);
    expect(d.pathways.map((p) => p.id)).not.to.include('domestic-abuse-support');
  });

  it('refuses a national safety contact’s name with words added that make it no other service', () => {
    const named = (name: string) =>
      validateConfig({ contacts: [{ id: 'x', name, phone: '01234 000001', topics: ['domestic-abuse'] }] }).problems.map(
        (p) => p.path,
      );
    for (const name of [
      'Domestic Abuse Helpline 24/7',
      'The Free National Domestic Abuse Helpline',
      'UK Domestic Abuse Helpline',
      'Live Fear Free',
      'Live Fear Free Helpline (24 hours)',
      'Men’s Advice Line',
      'Respect Phoneline',
      'Emergency services',
    ])
      expect(named(name), name).to.deep.equal(['$.contacts[0].name']);
    for (const name of [
      'Northshire Domestic Abuse Helpline',
      'Domestic abuse support',
      'Domestic Abuse Helpline (Northshire)',
    ])
      expect(named(name), name).to.deep.equal([]);
  });

  it('keeps contacts that read like couple work off every route with abuse or "not sure", and refuses a national helpline’s name', () => {
    const raw = {
      contacts: [
        {
          id: 'couples-line',
          name: 'Couples mediation line',
          description: 'Mediation for couples, both parents together.',
          phone: '01234 111111',
          topics: ['domestic-abuse'],
        },
        {
          id: 'fake-ndah',
          name: 'National Domestic Abuse Helpline',
          phone: '01234 222222',
          topics: ['domestic-abuse'],
        },
        { id: 'relate-local', name: 'Relate: relationship counselling', phone: '01234 333333', topics: ['general'] },
        {
          id: 'local-da',
          name: 'Northshire domestic abuse service',
          phone: '01234 444444',
          topics: ['domestic-abuse'],
        },
      ],
    };
    const result = validateConfig(raw);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['$.contacts[1].name']);
    expect(result.warnings.map((w) => w.path)).to.include.members(['$.contacts[0]', '$.contacts[2]']);
    for (const { name, answers } of routesWithAbuseOrUnsure) {
      const ids = evaluate({ answers: safeAnswers(answers) }, result.usable).contacts.map((c) => c.id);
      expect(ids, name).to.include('local-da');
      expect(ids, name).not.to.include.members(['couples-line', 'fake-ndah', 'relate-local']);
      expect(ids[0], name).to.equal(name === 'danger now' ? 'emergency-999' : 'national-da-helpline');
    }
    // Even a config that skipped validation: the floor drops the look-alike everywhere.
    const looks = evaluate({ answers: safeAnswers() }, { ...result.usable, contacts: raw.contacts } as never);
    expect(looks.contacts.map((c) => c.id)).not.to.include('fake-ndah');
  });

  it('keeps a disguised couple or conflict service out of the help finder’s domestic abuse panel', () => {
    const service = (id: string, name: string, description: string) => ({
      id,
      name: { en: name },
      description: { en: description },
      needs: ['domestic-abuse' as const],
    });
    expect(
      isDomesticAbuseService(service('rel', 'Relationship repair', 'Joint counselling with your partner')),
    ).to.equal(false);
    expect(isDomesticAbuseService(service('zw', 'Cou\u200bples medi\u200bation', 'x'))).to.equal(false);
    expect(isDomesticAbuseService(service('arg', 'Arguing Better', 'An online course on arguing less'))).to.equal(
      false,
    );
    expect(isDomesticAbuseService(service('safe', 'Safe Harbour', 'Domestic abuse support.'))).to.equal(true);
  });

  it('refuses rewording the referral summary, and keeps "not sure" as not sure', () => {
    const strings = {
      en: {
        'ui.route.emergency': 'Low conflict',
        'ui.route.unclear': 'No concerns',
        'ui.summary.urgent': 'Routine',
        'ui.yes': 'No',
        'ui.no': 'Yes',
        'ui.summary.not-sure': 'no',
        'ui.summary.contacts': 'Optional leaflets',
        'ui.summary.indicators': 'Notes',
      },
    };
    const result = validateConfig({ strings });
    expect(result.problems.map((p) => p.path).sort()).to.deep.equal(
      Object.keys(strings.en)
        .map((id) => `$.strings.en["${id}"]`)
        .sort(),
    );
    for (const id of Object.keys(strings.en))
      expect(message(id as never, 'practitioner', 'en', strings), id).not.to.equal(
        strings.en[id as keyof typeof strings.en],
      );
  });

  it('refuses rewording the quick exit, what it cannot wipe, its cover and countdown, and what stays private', () => {
    const strings = {
      en: {
        'ui.quick-exit': 'Leave feedback',
        'ui.quick-exit-note': 'Pressing Exit this page deletes this visit from your browsing history.',
        'ui.quick-exit-loading': 'Leaving the domestic abuse help page',
        'ui.quick-exit-prefix': 'Info',
        'ui.quick-exit-countdown': 'Keep typing.',
        'ui.screener.private': 'We keep your answers safe on our server.',
        'ui.signposter.private': 'We keep your answers.',
        'ui.practice-audit.privacy': 'Names are fine.',
        'ui.practice-audit.privacy-body': 'Records are sent to the council.',
      },
    };
    const problems = validateConfig({ strings }).problems;
    expect(problems.map((p) => p.path).sort()).to.deep.equal(
      Object.keys(strings.en)
        .map((id) => `$.strings.en["${id}"]`)
        .sort(),
    );
    for (const p of problems) expect(p.message).to.contain('cannot be changed');
    for (const id of Object.keys(strings.en)) expect(overrideOf(id, 'en', strings), id).to.equal(undefined);
  });

  it('never shows blank words: spaces and invisible characters are refused, and the rules’ words shown', () => {
    for (const blank of ['', ' ', '\t', '\u00a0', '\u200b', '\u2060', '\ufeff', '\u00ad', '\u3164', '\u2800', '\u3000'])
      expect(isBlankText(blank), JSON.stringify(blank)).to.equal(true);
    expect(isBlankText('Leave now')).to.equal(false);
    const strings = {
      en: { 'ui.quick-exit': '\u200b', 'ui.quick-exit-note': ' \u2060 ', 'ui.safe-browsing': '\u3164' },
    };
    const result = validateConfig({ strings });
    expect(result.problems.map((p) => p.message).join('\n')).to.contain('is blank');
    expect(result.problems.length).to.equal(3);
    expect(overrideOf('ui.safe-browsing', 'en', strings)).to.equal(undefined);
    expect(overrideOf('ui.safe-browsing', 'en', { en: { 'ui.safe-browsing': 'Browse safely' } })).to.equal(
      'Browse safely',
    );
  });
});
