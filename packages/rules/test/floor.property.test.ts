/**
 * The safety floor, attacked: whole journeys driven through the planner with random answers (and
 * Back to change them), under council configs that try every way we know to weaken the floor.
 * Whatever the config says, 999 leads every emergency, the nation's helpline leads every abuse
 * result, nothing joint, couple, mediation or conflict shows unless all 13 safety questions were
 * asked with a clear no to each (or a practitioner confirmed their own screen), the summary says
 * what the screen shows, and no input throws.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CONFLICT_WORK_WORDS, JOINT_WORK_WORDS } from '../src/content/joint-work-words.js';
import { createDirectory, isJointOrConflictService } from '../src/directory/directory.js';
import { readsLikeJointOrConflictWork } from '../src/safety/joint-work.js';
import { NEEDS, PATHWAY_FORMATS } from '../src/types.js';
import { DA_HELPLINE_BY_NATION, NATIONAL_CONTACTS } from '../src/content/contacts.js';
import { SAFETY_QUESTIONS } from '../src/content/safety.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../src/config/resolve.js';
import { checkBranding } from '../src/config/token-checks.js';
import { rawPath } from '../src/util/problems.js';
import { validateConfig } from '../src/config/validate.js';
import { parseEvaluateInput } from '../src/decision/input.js';
import { evaluate } from '../src/decision/evaluate.js';
import { message } from '../src/i18n/messages.js';
import { localise } from '../src/i18n/text.js';
import { planJourney, plannedQuestionIds } from '../src/journey/planner.js';
import { journeyResult, referralSummary, summarySections } from '../src/journey/result.js';
import {
  GUARDED_ROUTES,
  RESERVED_CONTACT_IDS,
  isProtectedMessage,
  leadingContacts,
  safetyClass,
} from '../src/safety/floor.js';
import { configFor, journey, rawConfig } from './arbitraries.js';
import { loadAllContent } from './helpers.js';

const RUNS = { numRuns: 1500 };
const national = (id: string) => NATIONAL_CONTACTS.find((c) => c.id === id)!;
const OFFERS_NEEDING_CLEAR_SCREEN = new Set(['conflict', 'couple', 'mediation']);

before(loadAllContent);

describe('the safety floor under hostile configs and whole journeys (property-based)', () => {
  it('a journey shows conflict, couple or mediation offers only after all 13 safety questions, each a clear no', () => {
    fc.assert(
      fc.property(journey, rawConfig, fc.constantFrom('en', 'cy'), (j, raw, locale) => {
        const { config } = configFor(raw);
        const r = journeyResult(j.tool, j.answers, { ...j.options, locale }, config);
        const offers = r.decision.pathways.filter((p) => OFFERS_NEEDING_CLEAR_SCREEN.has(p.safetyClass));
        if (offers.length === 0) return;
        if (r.screened) {
          // The screen shortcut is a practitioner's alone, on a page that says the family was screened.
          expect(j.options.audience).to.equal('practitioner');
          expect(j.options.screened).to.equal(true);
          expect(r.decision.reasons[0]).to.equal(message('reason.screened', 'practitioner', locale));
          return;
        }
        for (const q of SAFETY_QUESTIONS) {
          expect(r.asked, `asked ${q.id}`).to.include(q.id);
          expect(j.answers[q.id], q.id).to.equal(q.indicator === 'no' ? 'yes' : 'no');
        }
      }),
      RUNS,
    );
  });

  it('999, with the Silent Solution, leads every emergency; the nation’s helpline comes next', () => {
    fc.assert(
      fc.property(journey, rawConfig, (j, raw) => {
        const { config } = configFor(raw);
        const r = journeyResult(j.tool, j.answers, j.options, config);
        if (r.decision.route !== 'emergency') return;
        const [first, second] = r.decision.contacts;
        const nine = national('emergency-999');
        expect(first!.id).to.equal('emergency-999');
        expect(first!.phone).to.equal('999');
        expect(first!.description).to.equal(localise(nine.description!, 'en'));
        expect(second!.id).to.equal(DA_HELPLINE_BY_NATION[config.nation]);
        expect(second!.phone).to.equal(national(DA_HELPLINE_BY_NATION[config.nation]).phone);
      }),
      RUNS,
    );
  });

  it('999 leads where danger now was not ruled out; else the nation’s own helpline leads every abuse result, and it and 999 are on every guarded route', () => {
    fc.assert(
      fc.property(journey, rawConfig, (j, raw) => {
        const { config } = configFor(raw);
        const d = journeyResult(j.tool, j.answers, j.options, config).decision;
        const helpline = national(DA_HELPLINE_BY_NATION[config.nation]);
        const shown = d.contacts.find((c) => c.id === helpline.id);
        // Danger now "not sure" (or not answered) is never "no": 999 first, whatever else was said.
        const dangerOpen = d.unsure.includes('danger-now');
        if (dangerOpen && GUARDED_ROUTES.includes(d.route)) expect(d.contacts[0]!.id).to.equal('emergency-999');
        if (d.route === 'domestic-abuse') expect(d.contacts[dangerOpen ? 1 : 0]!.id).to.equal(helpline.id);
        if (GUARDED_ROUTES.includes(d.route)) {
          expect(shown, 'helpline shown').not.to.equal(undefined);
          expect(shown!.phone).to.equal(helpline.phone);
          expect(shown!.status).not.to.equal('local');
          // 999 on every result that touches abuse, danger now ruled out or not.
          expect(d.contacts.find((c) => c.id === 'emergency-999')?.phone, '999 shown').to.equal('999');
        }
        if (d.route === 'using-harm') expect(d.contacts[dangerOpen ? 1 : 0]!.id).to.equal('respect-phoneline');
        // National ids always mean the national contact.
        for (const c of d.contacts) if (RESERVED_CONTACT_IDS.has(c.id)) expect(c.phone).to.equal(national(c.id).phone);
      }),
      RUNS,
    );
  });

  it('nothing joint, couple, mediation or conflict on a guarded route, whatever a pathway declares', () => {
    fc.assert(
      fc.property(journey, rawConfig, (j, raw) => {
        const { config } = configFor(raw);
        const d = journeyResult(j.tool, j.answers, j.options, config).decision;
        if (!GUARDED_ROUTES.includes(d.route)) return;
        for (const p of d.pathways) {
          expect(['abuse-support', 'family-support'], p.id).to.include(p.safetyClass);
          expect(p.joint, p.id).to.equal(false);
          expect(p.formats, p.id).not.to.include('mediation');
          if (d.route !== 'unclear') expect(p.safetyClass, p.id).to.equal('abuse-support');
        }
        // Checked again from the config's own pathways, not only from what the decision says of them.
        const byId = new Map(config.pathways.map((p) => [p.id, p]));
        for (const p of d.pathways)
          expect(OFFERS_NEEDING_CLEAR_SCREEN.has(safetyClass(byId.get(p.id)!))).to.equal(false);
      }),
      RUNS,
    );
  });

  it('no config changes a safety invariant: route, urgency, indicators and safety reasons are the defaults’', () => {
    fc.assert(
      fc.property(journey, rawConfig, fc.constantFrom('en', 'cy'), (j, raw, locale) => {
        const { config } = configFor(raw);
        const hostile = journeyResult(j.tool, j.answers, { ...j.options, locale }, config).decision;
        const plain = journeyResult(
          j.tool,
          j.answers,
          { ...j.options, locale },
          { ...DEFAULT_CONFIG, nation: config.nation },
        ).decision;
        expect([hostile.route, hostile.urgent, hostile.indicators, hostile.unsure]).to.deep.equal([
          plain.route,
          plain.urgent,
          plain.indicators,
          plain.unsure,
        ]);
        // Every reason is a safety message: none can be reworded by a council.
        expect(hostile.reasons.filter((r) => !plain.reasons.includes(r))).to.deep.equal([]);
        const n =
          leadingContacts(plain.route, config.nation, plain.unsure.includes('danger-now')).length +
          (plain.route === 'using-harm' ? 1 : 0);
        const lead = (d: typeof plain) => d.contacts.slice(0, n).map((c) => [c.id, c.phone]);
        expect(lead(hostile)).to.deep.equal(lead(plain));
      }),
      RUNS,
    );
  });

  /** The floor's invariants on a resolved config. */
  const floorHolds = (c: ResolvedConfig) => {
    for (const contact of c.contacts)
      if (contact.status === 'local') expect(RESERVED_CONTACT_IDS.has(contact.id)).to.equal(false);
      else expect(contact, contact.id).to.equal(national(contact.id));
    for (const n of NATIONAL_CONTACTS) expect(c.contacts, n.id).to.include(n);
    for (const p of c.pathways)
      if (p.kind === 'domestic-abuse') {
        expect(p.joint).to.equal(false);
        expect(p.formats).not.to.include('mediation');
      }
    for (const table of Object.values(c.strings))
      for (const id of Object.keys(table)) expect(isProtectedMessage(id), id).to.equal(false);
    for (const value of Object.values(c.branding.tokens)) expect(value).not.to.match(/url\(|image-set|;/i);
    expect(checkBranding(c.branding.preset, c.branding.tokens)).to.deep.equal([]);
  };

  it('a hostile config is refused, with one line per problem at a JSON path, or is safe as it stands', () => {
    fc.assert(
      fc.property(rawConfig, (raw) => {
        const result = validateConfig(raw);
        for (const p of result.problems) {
          expect(p.path).to.match(/^\$/);
          expect(p.message).not.to.contain('\n');
        }
        if (result.ok) floorHolds(result.config);
      }),
      { numRuns: 3000 },
    );
  });

  it('the usable config of any config keeps the floor and leaves out everything that had a problem', () => {
    fc.assert(
      fc.property(rawConfig, (raw) => {
        const result = validateConfig(raw);
        const c = result.usable;
        floorHolds(c);
        expect(c.nation).to.equal(raw.nation);
        if (result.ok) {
          expect(result.leftOut).to.deep.equal([]);
          return;
        }
        const r = raw as {
          contacts?: { id: string }[];
          pathways?: { custom?: { id: string }[]; defaults?: Record<string, { formats?: string[] }> };
        };
        for (const problem of result.problems) {
          const [a, b, c2, d, e] = rawPath(problem) ?? [];
          if (a === 'contacts' && typeof b === 'number')
            expect(c.contacts.filter((x) => x.status === 'local' && x.id === r.contacts![b]!.id)).to.deep.equal([]);
          if (a === 'pathways' && b === 'custom' && typeof c2 === 'number')
            expect(c.pathways.filter((p) => !p.builtIn && p.id === r.pathways!.custom![c2]!.id)).to.deep.equal([]);
          if (a === 'pathways' && b === 'defaults' && d === 'formats' && typeof e === 'number') {
            const bad = r.pathways!.defaults![c2 as string]!.formats![e];
            expect(c.pathways.find((p) => p.id === c2)?.formats ?? []).not.to.include(bad);
          }
          if (a === 'branding' && b === 'tokens') expect(Object.keys(c.branding.tokens)).not.to.include(c2);
          if (a === 'strings') expect(Object.keys(c.strings[b as string] ?? {})).not.to.include(c2);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('the referral summary says what the screen shows', () => {
    fc.assert(
      fc.property(journey, rawConfig, fc.constantFrom('en', 'cy'), (j, raw, locale) => {
        const { config } = configFor(raw);
        const r = journeyResult(j.tool, j.answers, { ...j.options, locale }, config);
        const today = new Date(2026, 10, 24);
        const sections = summarySections(r, config.strings, today);
        const d = r.decision;
        // The text is the sections, line by line.
        expect(referralSummary(r, config.strings, today)).to.equal(
          sections.flatMap((x) => [x.heading, ...x.lines]).join('\n'),
        );
        const part = (key: string) => sections.find((x) => x.key === key);
        expect(part('route')!.heading).to.contain(message(`ui.route.${d.route}`, d.audience, locale, config.strings));
        const none = [`- ${message('ui.summary.none', d.audience, locale, config.strings)}`];
        const list = (items: readonly string[]) => (items.length ? items.map((i) => `- ${i}`) : none);
        // Every reason, pathway and contact on screen, in the same order, and nothing else.
        expect(part('reasons')!.lines).to.deep.equal(list(d.reasons));
        expect(part('pathways')!.lines).to.deep.equal(list(d.pathways.map((p) => p.name)));
        const contacts = part('contacts')!.lines;
        expect(contacts.length).to.equal(Math.max(1, d.contacts.length));
        d.contacts.forEach((c, i) => expect(contacts[i]!.startsWith(`- ${c.name}`), c.id).to.equal(true));
        expect(Boolean(part('not-asked'))).to.equal(r.notAsked.length > 0);
        expect(Boolean(part('asked-clear'))).to.equal(r.clear.length > 0);
        expect(Boolean(part('safe-to-talk'))).to.equal(j.answers['safe-to-continue'] === 'yes');
      }),
      RUNS,
    );
  });

  it('"not sure" is never written as "no concern": each safety question asked is a finding or clear, never both', () => {
    fc.assert(
      fc.property(journey, (j) => {
        const r = journeyResult(j.tool, j.answers, j.options);
        const found = new Set(r.decision.findings.map((f) => f.id));
        const clear = new Set(r.clear.map((q) => q.id));
        const planned = new Set(plannedQuestionIds(planJourney(j.tool, j.answers, j.options)));
        for (const q of SAFETY_QUESTIONS.filter((x) => x.tools.includes(j.tool))) {
          const given = r.asked.includes(q.id) ? j.answers[q.id] : undefined;
          // An indicator or "not sure" always counts; a clear answer only where the plan asks it now.
          const answer = given === 'unsure' || given === q.indicator || planned.has(q.id) ? given : undefined;
          if (clear.has(q.id)) expect(planned.has(q.id), q.id).to.equal(true);
          if (clear.has(q.id)) {
            expect(answer, q.id).not.to.equal('unsure');
            expect(answer, q.id).not.to.equal(q.indicator);
            expect(answer, q.id).not.to.equal(undefined);
            expect(found.has(q.id), q.id).to.equal(false);
          }
          if (answer === 'unsure' || answer === q.indicator) expect(found.has(q.id), q.id).to.equal(true);
          if (answer !== undefined && answer !== 'unsure' && answer !== q.indicator)
            expect(clear.has(q.id), q.id).to.equal(true);
          expect(r.notAsked.some((n) => n.id === q.id) && clear.has(q.id), q.id).to.equal(false);
        }
      }),
      RUNS,
    );
  });

  it('a parent can never take the screened shortcut', () => {
    fc.assert(
      fc.property(journey, (j) => {
        const plan = planJourney(
          j.tool,
          { ...j.answers, 'screened-confirm': 'yes' },
          { audience: 'parent', screened: true },
        );
        expect(plan.screened).to.equal(false);
        expect(plan.steps.map((s) => s.id)).not.to.include('screened-confirm');
      }),
      RUNS,
    );
  });

  it('no input throws: any JSON to validate, parse or evaluate', () => {
    const json = fc.jsonValue({ maxDepth: 6 });
    fc.assert(
      fc.property(json, json, (a, b) => {
        validateConfig(a);
        parseEvaluateInput({ answers: a, situation: b });
        parseEvaluateInput(a);
        evaluate({ answers: a as Record<string, string>, situation: b as never });
        journeyResult('screener', (a ?? {}) as Record<string, string>, { audience: 'practitioner', screened: true });
      }),
      { numRuns: 3000 },
    );
  });

  it('a help finder beside a result with a sign of abuse lists no couple, joint, mediation or conflict service, however a directory words it', () => {
    const disguise = fc.constantFrom(
      (w: string) => w,
      (w: string) => w.toUpperCase(),
      (w: string) => w.replace('o', '\u03bf'), // a Greek omicron
      (w: string) => w.split('').join('\u200b'), // zero-width spaces
    );
    const wording = fc.oneof(
      fc.constantFrom('Family Hub drop-in', 'Young carers group', 'Baby massage'),
      fc.tuple(fc.constantFrom(...JOINT_WORK_WORDS, ...CONFLICT_WORK_WORDS), disguise).map(([w, d]) => d(w)),
    );
    const service = fc.record({
      id: fc.uuid(),
      name: wording.map((en) => ({ en })),
      description: fc.option(
        wording.map((en) => ({ en: `Support: ${en}.` })),
        { nil: undefined },
      ),
      needs: fc.subarray([...NEEDS]),
      formats: fc.option(fc.subarray([...PATHWAY_FORMATS]), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(service, { maxLength: 20 }),
        fc.option(fc.constantFrom(...NEEDS), { nil: undefined }),
        (services, need) => {
          const { main, abuse } = createDirectory(services).sections({ guarded: true, ...(need ? { need } : {}) });
          for (const s of main) {
            expect(s.needs, s.id).not.to.include('conflict-together');
            expect(s.formats ?? [], s.id).not.to.include('mediation');
            expect(readsLikeJointOrConflictWork(s.name, s.description), s.name.en).to.equal(false);
          }
          for (const s of abuse) expect(isJointOrConflictService(s), s.name.en).to.equal(false);
        },
      ),
      RUNS,
    );
  });
});
