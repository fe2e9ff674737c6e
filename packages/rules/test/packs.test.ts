/**
 * The content split into packs: English for parents in the first load, the Welsh and the
 * practitioners' words loaded when asked for. Once loaded, every API gives exactly the words it
 * gave before the split (fixtures/content-snapshot.json, written by scripts/content-snapshot.mjs
 * from the content as it was); before, English for parents, never a crash or a blank; a pack that
 * fails leaves English and says so.
 *
 * This file imports the lean entry only, so no pack is loaded when it starts.
 */
import { expect } from '@open-wc/testing';
import * as rules from '../src/lean.js';
import { loadContentFrom, loadedPacks, packedWords, type PackFetch, type PackName } from '../src/i18n/packs.js';
import { contentTexts } from './helpers.js';
import type { Audience, Message } from '../src/types.js';
import { COMBOS } from '../../../test/helpers/combos.js';

interface Snapshot {
  texts: Record<string, string[]>;
  messages: Record<string, string[]>;
  questions: Record<string, unknown>;
  contacts: Record<string, unknown>;
  classes: Record<string, Record<string, string>>;
  decisions: Record<string, unknown>;
  journeys: Record<string, { notAsked: unknown; summary: string }>;
  audits: Record<string, string>;
}

/** The snapshot's four strings of a text (two when the audience changes nothing). */
const four = (get: (locale: string, audience: Audience) => string) => {
  const [a, b, c, d] = COMBOS.map(([locale, audience]) => get(locale, audience)) as [string, string, string, string];
  return a === c && b === d ? [a, b] : [a, b, c, d];
};

/**
 * The elements' interface words were in the rules when the snapshot was taken; they now live
 * beside each element, whole in English and Welsh (not in packs), and packages/kit/test/words.test.ts
 * compares them with the snapshot. Here: the rules' own words.
 */
const isRulesText = (path: string) =>
  !/^(UI|SCREENER|DA_CHECK|SIGNPOSTER|HELP_FINDER|PRACTICE_AUDIT)_MESSAGES\b/.test(path);
const isRulesMessage = (id: string) => Object.hasOwn(rules.MESSAGES, id);

/** Captures console warnings and errors while a function runs. */
async function consoleDuring(fn: () => unknown): Promise<{ warn: string[]; error: string[] }> {
  const seen = { warn: [] as string[], error: [] as string[] };
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => seen.warn.push(args.join(' '));
  console.error = (...args: unknown[]) => seen.error.push(args.join(' '));
  try {
    await fn();
  } finally {
    Object.assign(console, { warn, error });
  }
  return seen;
}

/** As the snapshot has it: through JSON. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const afraid = rules.SAFETY_QUESTIONS.find((q) => q.id === 'afraid')!;
const nine = rules.NATIONAL_CONTACTS.find((c) => c.id === 'emergency-999')!;

describe('content packs: before they are loaded', () => {
  it('gives English for parents wherever Welsh or a practitioner’s words are asked for, and warns once', async () => {
    const seen = await consoleDuring(() => {
      for (const [locale, audience] of COMBOS) {
        expect(rules.localiseQuestion(afraid, audience, locale).text).to.equal(
          'Are you ever afraid of your partner or ex?',
        );
        expect(rules.message('ui.summary.title', audience, locale)).to.equal('Referral summary');
        expect(rules.localiseContact(nine, locale).description).to.contain('Silent Solution');
      }
      const d = rules.evaluate({ answers: { 'danger-now': 'yes' }, locale: 'cy', audience: 'practitioner' });
      expect(d.contacts[0]!.name).to.equal('Emergency services: 999');
      expect(d.reasons.every((r) => r.trim() !== '')).to.equal(true);
    });
    expect(seen.warn).to.have.length(3);
    expect(seen.warn.join('\n')).to.contain('loadContent');
    expect(rules.isContentLoaded({ locale: 'en' })).to.equal(true);
    expect(rules.isContentLoaded({ locale: 'cy' })).to.equal(false);
    expect(rules.isContentLoaded({ audience: 'practitioner' })).to.equal(false);
  });

  it('reads a council’s own words exactly as before, whatever is loaded', () => {
    expect(rules.localise({ en: 'Hello', cy: 'Helo' }, 'cy-GB')).to.equal('Helo');
    expect(rules.localise({ en: 'Hello', cy: 'Helo' }, 'fr')).to.equal('Hello');
    const own = { en: 'Ours' };
    expect(rules.worded(own, 'practitioner')).to.equal(own);
    expect(rules.textId(own)).to.equal(undefined);
  });
});

describe('content packs: loading', () => {
  /** Fetches packs as loadContent does, counting each fetch, and failing those named. */
  const counting = (fail: PackName[] = []) => {
    const calls: PackName[] = [];
    const fetch: PackFetch = async (load, name) => {
      calls.push(name);
      await new Promise((r) => setTimeout(r, 1));
      if (fail.includes(name)) throw new Error('Failed to fetch dynamically imported module');
      return load();
    };
    return { calls, fetch };
  };

  it('falls back to English when the Welsh fails to load, says so in the console, and never shows a blank', async () => {
    const { calls, fetch } = counting(['cy', 'cy-practitioner']);
    let result: rules.ContentResult | undefined;
    const seen = await consoleDuring(async () => {
      result = await loadContentFrom({ locale: 'cy', audience: 'practitioner' }, fetch);
    });
    // English, and the practitioners' English loaded instead of their Welsh.
    expect(result).to.deep.equal({ locale: 'en', audience: 'practitioner' });
    expect([...new Set(calls)]).to.have.members(['cy', 'cy-practitioner', 'practitioner']);
    expect(seen.error.join('\n')).to.contain('Welsh words could not be loaded');
    expect(seen.error.join('\n')).to.contain('English is shown instead');
    expect(rules.isContentLoaded({ locale: 'cy' })).to.equal(false);
    // The helpline a Welsh page would show is the whole English text, not a blank or a mix.
    expect(rules.localiseContact(nine, 'cy').description).to.equal(rules.localiseContact(nine, 'en').description);
    expect(rules.message('ui.summary.title', 'practitioner', 'cy')).to.equal('Referral summary');
  });

  it('tries a failed pack again, fetches each pack once however often it is asked for, and then gives its words', async () => {
    const { calls, fetch } = counting();
    const results = await Promise.all([
      loadContentFrom({ locale: 'cy' }, fetch),
      loadContentFrom({ locale: 'cy-GB' }, fetch),
      loadContentFrom({ locale: 'cy', audience: 'parent' }, fetch),
    ]);
    expect(results).to.deep.equal([
      { locale: 'cy', audience: 'parent' },
      { locale: 'cy', audience: 'parent' },
      { locale: 'cy', audience: 'parent' },
    ]);
    // One fetch of each content module's Welsh, however often it was asked for.
    const modules = calls.length;
    // Each content module of the rules with Welsh words (the elements' own words are split into
    // packs by the CDN build only: scripts/build/word-packs.mjs).
    expect(modules).to.be.at.least(9);
    expect(calls.every((c) => c === 'cy')).to.equal(true);
    expect(await loadContentFrom({ locale: 'cy' }, fetch)).to.deep.equal({ locale: 'cy', audience: 'parent' });
    expect(calls).to.have.length(modules);
    expect(rules.isContentLoaded({ locale: 'cy' })).to.equal(true);
    expect(rules.localiseQuestion(afraid, 'parent', 'cy').text).to.equal(
      'Ydych chi byth yn teimlo ofn eich partner neu’ch cyn-bartner?',
    );
    // The Welsh practitioner's words are not loaded yet: the parent's Welsh meanwhile.
    expect(rules.localiseQuestion(afraid, 'practitioner', 'cy').text).to.equal(
      'Ydych chi byth yn teimlo ofn eich partner neu’ch cyn-bartner?',
    );
  });

  it('gives the practitioners’ Welsh, falling back to the parents’ Welsh where that pack fails', async () => {
    const failing = counting(['cy-practitioner']);
    let result: rules.ContentResult | undefined;
    const seen = await consoleDuring(async () => {
      result = await loadContentFrom({ locale: 'cy', audience: 'practitioner' }, failing.fetch);
    });
    expect(result).to.deep.equal({ locale: 'cy', audience: 'parent' });
    expect(seen.error.join('\n')).to.contain('the parents’ wording is shown instead');
    const { fetch } = counting();
    expect(await loadContentFrom({ locale: 'cy', audience: 'practitioner' }, fetch)).to.deep.equal({
      locale: 'cy',
      audience: 'practitioner',
    });
    expect(rules.localiseQuestion(afraid, 'practitioner', 'cy').text).to.match(/^Ydy’r rhiant byth yn ofni/);
  });

  it('loads with the real packs through loadContent', async () => {
    expect(await rules.loadContent({ locale: 'en', audience: 'practitioner' })).to.deep.equal({
      locale: 'en',
      audience: 'practitioner',
    });
    expect(await rules.loadContent({})).to.deep.equal({ locale: 'en', audience: 'parent' });
    expect(rules.isContentLoaded({ locale: 'cy', audience: 'practitioner' })).to.equal(true);
    expect(rules.isContentLoaded({ audience: 'practitioner' })).to.equal(true);
  });
});

describe('the language each text is read in', () => {
  it('says which texts fall back to English, so that they can be marked (lang="en")', async () => {
    await rules.loadContent({ locale: 'cy' });
    // A default text, its Welsh in the loaded pack.
    const helpline = rules.NATIONAL_CONTACTS.find((c) => c.id === 'national-da-helpline')!;
    expect(rules.languageOf(helpline.name, 'cy')).to.equal('cy');
    expect(rules.localiseContact(helpline, 'cy').lang).to.equal(undefined);
    // A council's own words.
    expect(rules.languageOf({ en: 'Ours', cy: 'Ein un ni' }, 'cy-GB')).to.equal('cy');
    expect(rules.languageOf({ en: 'Ours' }, 'cy')).to.equal('en');
    expect(rules.languageOf({ en: 'Ours' }, 'en-GB')).to.equal('en');
    expect(rules.languageOf({ en: 'Ours' }, 'fr')).to.equal('en');
    const own = {
      id: 'kelby-hub',
      name: { en: 'Kelby Hub' },
      hours: { en: 'Mondays', cy: 'Dydd Llun' },
      phone: '01234 567890',
      topics: ['general' as const],
      status: 'local' as const,
    };
    expect(rules.localiseContact(own, 'cy').lang).to.deep.equal({ name: 'en' });
    expect(rules.localiseContact(own, 'en').lang).to.equal(undefined);
  });
});

describe('content packs: the same words as before the split', () => {
  let snapshot: Snapshot;
  before(async () => {
    await rules.loadContent({ locale: 'cy', audience: 'practitioner' });
    await rules.loadContent({ locale: 'en', audience: 'practitioner' });
    snapshot = (await (await fetch('/packages/rules/test/fixtures/content-snapshot.json')).json()) as Snapshot;
  });

  /** Every text in a value, as the snapshot names them. */
  function walk(value: unknown, path: string, out: Record<string, string[]>): void {
    if (typeof value !== 'object' || value === null) return;
    const v = value as { en?: unknown; parent?: unknown };
    if (typeof v.en === 'string' || 'parent' in v) {
      out[path] = four((locale, audience) => rules.localise(rules.worded(value as Message, audience), locale));
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item: { id?: string; value?: string } | undefined, i) =>
        walk(item, `${path}[${item?.id ?? item?.value ?? i}]`, out),
      );
      return;
    }
    for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, out);
  }

  it('every question, option, hint, why, finding, topic, pathway, contact, message and audit label', () => {
    const texts: Record<string, string[]> = {};
    const expected = Object.keys(snapshot.texts).filter(isRulesText);
    const roots = expected
      .map((k) => /^[A-Z_]+/.exec(k)?.[0])
      .filter((k, i, all): k is string => !!k && all.indexOf(k) === i);
    for (const name of roots) walk((rules as Record<string, unknown>)[name], name, texts);
    for (const nation of rules.NATIONS) walk(rules.defaultPathwaysFor(nation), `defaultPathwaysFor(${nation})`, texts);
    expect(Object.keys(texts)).to.have.length(expected.length);
    const differ = expected.filter((k) => JSON.stringify(texts[k]) !== JSON.stringify(snapshot.texts[k]));
    expect(differ, differ.slice(0, 5).join(', ')).to.deep.equal([]);
  });

  it('every message of the rules, through message()', () => {
    const ids = Object.keys(rules.MESSAGES);
    const messages = Object.fromEntries(
      ids.map((id) => [id, four((locale, audience) => rules.message(id as rules.MessageId, audience, locale))]),
    );
    expect(messages).to.deep.equal(
      Object.fromEntries(Object.entries(snapshot.messages).filter(([id]) => isRulesMessage(id))),
    );
    expect(ids.every((id) => Object.hasOwn(snapshot.messages, id))).to.equal(true);
  });

  it('the question bank, the contacts and where each default pathway may show', () => {
    for (const [locale, audience] of COMBOS)
      expect(json(rules.questionBank({ audience, locale })), `${locale} ${audience}`).to.deep.equal(
        snapshot.questions[`${locale} ${audience}`],
      );
    for (const locale of ['en', 'cy'])
      expect(json(rules.NATIONAL_CONTACTS.map((c) => rules.localiseContact(c, locale)))).to.deep.equal(
        snapshot.contacts[locale],
      );
    for (const nation of rules.NATIONS)
      expect(
        Object.fromEntries(rules.defaultPathwaysFor(nation).map((p) => [p.id, rules.safetyClass(p)])),
        nation,
      ).to.deep.equal(snapshot.classes[nation]);
  });

  it('decisions, journey results and referral summaries, and audit summaries', async () => {
    const no = Object.fromEntries(rules.SAFETY_IDS.map((id) => [id, id === 'can-disagree-safely' ? 'yes' : 'no']));
    const quality = Object.fromEntries(rules.QUALITY_IDS.map((id) => [id, 'often']));
    const INPUTS: Record<string, { answers: Record<string, string>; situation?: rules.Situation }> = {
      emergency: { answers: { ...no, 'danger-now': 'yes' } },
      'domestic-abuse': { answers: { ...no, controlling: 'yes', strangled: 'unsure', monitoring: 'yes' } },
      'using-harm': { answers: { ...no, 'own-behaviour': 'yes' } },
      unclear: { answers: { ...no, afraid: 'unsure', 'can-disagree-safely': 'unsure' } },
      conflict: {
        answers: { ...no, ...quality },
        situation: { relationship: 'separated', stage: 'child', childArrangementsDispute: true, conflict: 'high' },
      },
      'no-concern': { answers: no, situation: { relationship: 'together', stage: 'baby', conflict: 'low' } },
    };
    const northshire = rules.resolveConfig(await (await fetch('/docs/examples/northshire.config.json')).json());
    const wales = rules.resolveConfig({ nation: 'wales' });
    let compared = 0;
    for (const [route, input] of Object.entries(INPUTS)) {
      const configs: [string, rules.ResolvedConfig | undefined][] = [['defaults', undefined]];
      if (route === 'conflict') configs.push(['northshire', northshire]);
      if (route === 'domestic-abuse' || route === 'unclear') configs.push(['wales', wales]);
      for (const [locale, audience] of COMBOS)
        for (const [name, config] of configs) {
          const key = `${route} ${locale} ${audience} ${name}`;
          expect(json(rules.evaluate({ ...input, locale, audience }, config)), key).to.deep.equal(
            snapshot.decisions[key],
          );
          compared++;
        }
    }
    expect(compared).to.equal(Object.keys(snapshot.decisions).length);

    for (const tool of rules.TOOLS)
      for (const [locale, audience] of COMBOS) {
        const answers = { 'safe-to-continue': 'yes', ...no, afraid: 'yes', 'danger-now': 'yes' };
        const result = rules.journeyResult(tool, answers, { locale, audience });
        expect(
          { notAsked: result.notAsked, summary: rules.referralSummary(result, {}, new Date(2026, 10, 24)) },
          `${tool} ${locale} ${audience}`,
        ).to.deep.equal(snapshot.journeys[`${tool} ${locale} ${audience}`]);
      }

    for (const kind of rules.AUDIT_KINDS) {
      const csv = await (await fetch(`/docs/examples/audit-${kind}.csv`)).text();
      const imported = rules.importAuditCsv(csv);
      if (!imported.ok) throw new Error(kind);
      for (const locale of ['en', 'cy'])
        expect(rules.summaryText(rules.summarise(kind, imported.records as never), { locale })).to.equal(
          snapshot.audits[`${kind} ${locale}`],
        );
    }
  });
});

describe('content packs: complete, and the safety floor in every language', () => {
  const all = () => [
    ...contentTexts(rules.ALL_QUESTIONS, 'questions'),
    ...contentTexts([rules.SAFE_TO_CONTINUE, rules.SCREENED_CONFIRM], 'gates'),
    ...contentTexts(rules.SAFETY_OPTIONS, 'safety options'),
    ...contentTexts(rules.DEFAULT_PATHWAYS, 'pathways'),
    ...contentTexts(rules.NATION_PATHWAY_TEXT, 'nation pathways'),
    ...contentTexts(rules.NATIONAL_CONTACTS, 'contacts'),
    ...contentTexts(rules.MESSAGES, 'messages'),
    ...contentTexts(
      [
        rules.ASSESSMENT_RUBRIC,
        rules.PROMPT_LABELS,
        rules.TEAM_LABELS,
        rules.SCREENED_LABELS,
        rules.SCREEN_ROUTE_LABELS,
        rules.FINDING_LABELS,
        rules.REASON_LABELS,
        rules.TOOK_UP_LABELS,
        rules.STAGE_LABELS,
        rules.KIND_TITLES,
      ],
      'audit',
    ),
  ];

  it('every default text has an id and its Welsh, and every pack entry is a text of the content', () => {
    const texts = all();
    const ids = new Set(
      [
        rules.ALL_QUESTIONS,
        [rules.SAFE_TO_CONTINUE, rules.SCREENED_CONFIRM],
        rules.SAFETY_OPTIONS,
        rules.DEFAULT_PATHWAYS,
        rules.NATION_PATHWAY_TEXT,
        rules.NATIONAL_CONTACTS,
        rules.MESSAGES,
        rules.ASSESSMENT_RUBRIC,
        rules.PROMPT_LABELS,
        rules.TEAM_LABELS,
        rules.SCREENED_LABELS,
        rules.SCREEN_ROUTE_LABELS,
        rules.FINDING_LABELS,
        rules.REASON_LABELS,
        rules.TOOK_UP_LABELS,
        rules.STAGE_LABELS,
        rules.KIND_TITLES,
      ].flatMap(function idsIn(value: unknown): string[] {
        if (typeof value !== 'object' || value === null) return [];
        const id = rules.textId(value);
        if (id !== undefined) return [id];
        return Object.values(value).flatMap(idsIn);
      }),
    );
    expect(texts.length).to.be.greaterThan(500);
    expect(texts.filter((t) => !t.text.cy?.trim()).map((t) => t.path)).to.deep.equal([]);
    const packs = loadedPacks();
    expect(packs.filter((p) => p.name === 'cy').length).to.be.at.least(9);
    for (const { name, pack } of packs)
      expect(
        Object.keys(pack).filter((id) => !ids.has(id)),
        `${name}: entries for no text`,
      ).to.deep.equal([]);
    // The same placeholders in every variant of a text.
    const slots = (s: string | undefined) => (s?.match(/\{[\w-]+\}/g) ?? []).sort().join();
    expect(texts.filter((t) => slots(t.text.en) !== slots(t.text.cy)).map((t) => t.path)).to.deep.equal([]);
  });

  it('has every protected message and national contact in Welsh, for both audiences', () => {
    // The rules' own (the elements' protected words: packages/kit/test/words.test.ts).
    const protectedIds = (Object.keys(rules.MESSAGES) as rules.MessageId[]).filter((id) =>
      rules.isProtectedMessage(id),
    );
    expect(protectedIds.length).to.be.greaterThan(10);
    for (const id of protectedIds)
      for (const audience of ['parent', 'practitioner'] as const)
        expect(rules.message(id, audience, 'cy'), `${id} ${audience}`).not.to.equal(rules.message(id, audience, 'en'));
    for (const c of rules.NATIONAL_CONTACTS)
      for (const text of [c.name, c.description, c.hours])
        if (text) expect(packedWords(text).cy, `${c.id}: ${text.en}`).to.be.a('string');
    for (const id of rules.RESERVED_CONTACT_IDS)
      expect(
        rules.NATIONAL_CONTACTS.map((c) => c.id),
        id,
      ).to.include(id);
  });
});
