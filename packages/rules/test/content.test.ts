import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { ALL_QUESTIONS, questionBank } from '../src/journey/bank.js';
import { SAFETY_IDS } from '../src/content/safety.js';
import { DEFAULT_PATHWAYS, NATION_PATHWAY_TEXT, defaultPathwaysFor } from '../src/content/pathways.js';
import { SAFETY_QUESTIONS } from '../src/content/safety.js';
import { SAFE_TO_CONTINUE, SCREENED_CONFIRM } from '../src/content/gates.js';
import { evaluate } from '../src/decision/evaluate.js';
import { resolveConfig, validateConfig } from '../src/config/validate.js';
import { isProtectedMessage } from '../src/safety/floor.js';
import { contentTexts as texts, loadAllContent, safeAnswers } from './helpers.js';
import type { Message } from '../src/types.js';
import { NATIONAL_CONTACTS, DA_HELPLINE_BY_NATION } from '../src/content/contacts.js';
import { RULE_MESSAGES } from '../src/content/rule-messages.js';
import { LABEL_MESSAGES } from '../src/content/label-messages.js';
import { contentFreshness } from '../src/content/freshness.js';
import { localise, fill } from '../src/i18n/text.js';
import { MESSAGES, message, worded } from '../src/i18n/messages.js';
import { MESSAGE_IDS } from '../src/i18n/message-ids.js';
import { SUMMARY_MESSAGES } from '../src/content/summary-words.js';
import { isSafeLink } from '../src/util/links.js';

before(loadAllContent);

describe('message ids', () => {
  it('lists every id once, the rules’ own among them (generated from the tables: npm run generate)', () => {
    expect(new Set(MESSAGE_IDS).size).to.equal(MESSAGE_IDS.length);
    expect(MESSAGE_IDS).to.include.members(Object.keys(MESSAGES));
    // The elements' words are listed too, though the rules do not hold them.
    expect(MESSAGE_IDS).to.include.members(['ui.start', 'ui.screener.title', 'ui.list.count', 'ui.help-finder.count']);
  });

  it('reads an id the rules do not hold as the council’s text or the id itself, never a blank', () => {
    expect(message('ui.list.none', 'parent', 'en')).to.equal('ui.list.none');
    expect(message('ui.list.none', 'parent', 'cy', { cy: { 'ui.list.none': 'Dim byd' } })).to.equal('Dim byd');
  });
});

describe('default content', () => {
  it('has the safety questions of the contract, in order, danger first', () => {
    expect(SAFETY_IDS).to.deep.equal([
      'danger-now',
      'afraid',
      'physical',
      'strangled',
      'threats',
      'sexual',
      'controlling',
      'economic',
      'monitoring',
      'degrading',
      'children-used',
      'can-disagree-safely',
      'own-behaviour',
    ]);
    for (const q of ALL_QUESTIONS.filter((x) => x.group === 'safety')) {
      expect(
        q.options.map((o) => o.value),
        q.id,
      ).to.deep.equal(['yes', 'no', 'unsure']);
      expect(q.why, q.id).to.not.equal(undefined);
      expect(q.finding, q.id).to.not.equal(undefined);
    }
  });

  it('has the pathway ids of the contract', () => {
    expect(DEFAULT_PATHWAYS.map((p) => p.id)).to.have.members([
      'me-you-and-baby-too',
      'arguing-better',
      'getting-it-right-for-children',
      'parenting-when-separated',
      'getting-on-better',
      'cope',
      'family-hub-support',
      'mediation',
      'domestic-abuse-support',
    ]);
  });

  it('has every text in English and Welsh, and different words for each audience where it matters', () => {
    const all = [
      ...texts(ALL_QUESTIONS, 'questions'),
      ...texts(DEFAULT_PATHWAYS, 'pathways'),
      ...texts(NATION_PATHWAY_TEXT, 'nation pathways'),
      ...texts(NATIONAL_CONTACTS, 'contacts'),
      ...texts(RULE_MESSAGES, 'messages'),
      ...texts(LABEL_MESSAGES, 'labels'),
      ...texts(SUMMARY_MESSAGES, 'summary'),
    ];
    expect(all.length).to.be.greaterThan(250);
    const missing = all.filter((t) => !t.text.cy?.trim()).map((t) => t.path);
    expect(missing, `missing Welsh: ${missing.slice(0, 10).join(', ')}`).to.deep.equal([]);
    const slots = all.filter(
      (t) => (t.text.en!.match(/\{\w+\}/g) ?? []).join() !== (t.text.cy!.match(/\{\w+\}/g) ?? []).join(),
    );
    expect(slots.map((t) => t.path)).to.deep.equal([]);
    for (const q of ALL_QUESTIONS.filter((x) => x.group === 'safety'))
      expect(localise(worded(q.text, 'parent')), q.id).not.to.equal(localise(worded(q.text, 'practitioner')));
  });

  it('gives every national contact a source, a verified date and a safe link', () => {
    for (const c of NATIONAL_CONTACTS) {
      expect(c.source, c.id).to.be.a('string');
      expect(c.verified, c.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      if (c.url) expect(isSafeLink(c.url), c.id).to.equal(true);
      if (c.chat) expect(isSafeLink(c.chat), c.id).to.equal(true);
      expect(c.phone ?? c.url, c.id).to.be.a('string');
    }
    for (const id of Object.values(DA_HELPLINE_BY_NATION)) expect(NATIONAL_CONTACTS.map((c) => c.id)).to.include(id);
  });

  it('warns about unverified and stale contacts', () => {
    const now = contentFreshness(new Date('2026-11-22'));
    expect(now.map((w) => w.id)).to.include.members(['mens-advice-line', 'respect-phoneline', 'galop']);
    expect(now.map((w) => w.id)).not.to.include('national-da-helpline');
    const later = contentFreshness(new Date('2027-12-01'));
    expect(later.find((w) => w.id === 'national-da-helpline')!.message).to.contain('more than six months');
    expect(
      contentFreshness(new Date('2026-11-22'), [
        { id: 'x', name: { en: 'X' }, topics: ['general'], status: 'local' },
      ])[0]!.message,
    ).to.equal('has no verified date');
  });

  it('localises with fallbacks and fills slots', () => {
    expect(localise({ en: 'Hello', cy: 'Helo' }, 'cy-GB')).to.equal('Helo');
    expect(localise({ en: 'Hello', cy: 'Helo' }, 'fr')).to.equal('Hello');
    expect(fill('{a} and {b}', { a: 1 })).to.equal('1 and {b}');
    expect(message('band.high', 'parent', 'cy', { cy: {} })).to.equal(localise(RULE_MESSAGES['band.high'], 'cy'));
    expect(message('format.group', 'parent', 'cy-GB', { cy: { 'format.group': 'Grŵp lleol' } })).to.equal('Grŵp lleol');
    // A safety message keeps its words whatever a council's strings say.
    expect(message('band.high', 'parent', 'cy-GB', { cy: { 'band.high': 'isel' } })).to.equal(
      localise(RULE_MESSAGES['band.high'], 'cy'),
    );
  });

  it('renders every question as an accessible native form control (axe)', async function () {
    // Four whole question banks through axe: slow on a busy machine, and not a measure of speed.
    this.timeout(60_000);
    for (const locale of ['en', 'cy']) {
      for (const audience of ['parent', 'practitioner'] as const) {
        const bank = questionBank({ audience, locale });
        // Rendered straight into the page, not with fixture(): fixture waits for an animation
        // frame, which a test page in a background tab never gets.
        const el = document.createElement('div');
        document.body.append(el);
        render(
          html`
            <form lang=${locale}>
              ${bank.map(
                (q) => html`
                  <fieldset>
                    <legend><h2>${q.text}</h2></legend>
                    ${q.hint ? html`<p>${q.hint}</p>` : ''}
                    ${q.options.map(
                      (o) => html`<label><input type="radio" name=${q.id} value=${o.value} /> ${o.label}</label>`,
                    )}
                  </fieldset>
                `,
              )}
            </form>
          `,
          el,
        );
        await expect(el).to.be.accessible();
        el.remove();
        const names = bank.flatMap((q) => q.options.map((o) => `${q.id}:${o.label}`));
        expect(new Set(names).size, 'duplicate option labels').to.equal(names.length);
      }
    }
  });
});

describe('the words a frightened parent reads', () => {
  const parentEn = (m: Message) => localise(worded(m, 'parent'), 'en');
  const ownTables = () => [
    ...texts(ALL_QUESTIONS, 'questions'),
    ...texts(DEFAULT_PATHWAYS, 'pathways'),
    ...texts(NATION_PATHWAY_TEXT, 'nation pathways'),
    ...texts(NATIONAL_CONTACTS, 'contacts'),
    ...texts(RULE_MESSAGES, 'messages'),
    ...texts(LABEL_MESSAGES, 'labels'),
    ...texts([SAFE_TO_CONTINUE, SCREENED_CONFIRM], 'gates'),
  ];

  it('999: cough or tap, press 55, and the Welsh police’s name for the Silent Solution', () => {
    const nine = NATIONAL_CONTACTS.find((c) => c.id === 'emergency-999')!.description!;
    expect(nine.en).to.contain('Cough or tap');
    expect(nine.en).to.contain('press 55');
    expect(nine.en).to.contain('Silent Solution');
    expect(localise(nine, 'cy')).to.contain('Ateb Tawel');
    expect(localise(nine, 'cy')).not.to.contain('Silent Solution');
  });

  it('says that calls show in the call history and on the bill, and no council can reword it', () => {
    const note = LABEL_MESSAGES['note.call-history'];
    for (const audience of ['parent', 'practitioner'] as const) {
      expect(localise(worded(note, audience), 'en')).to.match(/call history.*bill/s);
      expect(localise(worded(note, audience), 'cy')).to.contain('hanes galwadau');
    }
    expect(isProtectedMessage('note.call-history')).to.equal(true);
    expect(message('note.call-history', 'parent', 'en', { en: { 'note.call-history': 'x' } })).not.to.equal('x');
  });

  it('keeps every heading over the helplines, every way to abuse help and the guarded routes’ reasons from a council’s rewording', () => {
    const ids = [
      'ui.helplines-title',
      'ui.help-now',
      'ui.result.contacts',
      'ui.help-finder.poster.helplines',
      'ui.help-finder.poster.emergency',
      'ui.help-finder.to-abuse',
      'ui.help-finder.need.domestic-abuse',
      'ui.help-finder.poster.headline.domestic-abuse',
      'ui.help-finder.poster.intro.domestic-abuse',
      'ui.help-finder.da-title',
      'ui.da-check.next',
      'ui.da-check.found',
      'ui.da-check.nothing-found',
      'ui.da-check.not-sure',
      'why.unclear',
      'why.using-harm',
      'why.domestic-abuse',
    ];
    for (const id of ids) expect(isProtectedMessage(id), id).to.equal(true);
    const hostile = { en: { 'ui.result.contacts': 'Nothing to worry about here, no need to phone anyone' } };
    const result = validateConfig({ strings: hostile });
    expect(result.problems.map((p) => p.path)).to.include('$.strings.en["ui.result.contacts"]');
  });

  it('describes the National Domestic Abuse Helpline as Refuge does, and points men to the Men’s Advice Line', () => {
    const helpline = NATIONAL_CONTACTS.find((c) => c.id === 'national-da-helpline')!;
    expect(helpline.description!.en).to.contain('for women');
    expect(helpline.description!.en).to.contain('Men’s Advice Line');
    expect(helpline.description!.en).not.to.contain('anyone');
    for (const answers of [
      safeAnswers({ 'danger-now': 'yes' }),
      safeAnswers({ afraid: 'yes' }),
      safeAnswers({ afraid: 'unsure' }),
    ]) {
      const ids = evaluate({ answers }).contacts.map((c) => c.id);
      expect(ids).to.include.members(['national-da-helpline', 'mens-advice-line']);
    }
  });

  it('gives the silent ways in that are sourced: Live Fear Free’s text number and live chat', () => {
    const lff = NATIONAL_CONTACTS.find((c) => c.id === 'live-fear-free')!;
    expect(lff.text).to.equal('07860 077 333');
    expect(isSafeLink(lff.chat!)).to.equal(true);
    const shown = evaluate({ answers: safeAnswers({ afraid: 'yes' }) }, resolveConfig({ nation: 'wales' }))
      .contacts[0]!;
    expect([shown.id, shown.text, shown.chat]).to.deep.equal(['live-fear-free', lff.text, lff.chat]);
    for (const c of NATIONAL_CONTACTS) if (c.hours) expect(c.hours.en, c.id).not.to.match(/free/i);
  });

  it('describes what was said and what it can mean, never a verdict, and not word for word', () => {
    const reason = parentEn(RULE_MESSAGES['reason.domestic-abuse']);
    expect(reason).to.match(/^Some of the things you describe are signs of domestic abuse/);
    expect(reason).not.to.match(/under the law|is domestic abuse/);
    for (const q of SAFETY_QUESTIONS) {
      const finding = parentEn(q.finding!);
      expect(finding, q.id).not.to.contain(parentEn(q.text).replace(/\?$/, ''));
      expect(finding, q.id).to.match(/^You said/);
    }
  });

  it('names the parent’s own worry in their words, and offers help to change without a label', () => {
    const d = evaluate({ answers: safeAnswers({ 'own-behaviour': 'unsure', afraid: 'unsure' }) });
    expect(d.reasons.join(' ')).to.contain('how you act towards your family');
    expect(d.reasons.join(' ')).not.to.contain('their own behaviour');
    const both = evaluate({ answers: safeAnswers({ 'own-behaviour': 'yes', controlling: 'yes' }) });
    const ids = both.contacts.map((c) => c.id);
    expect(ids[0]).to.equal('national-da-helpline');
    expect(ids.indexOf('respect-phoneline')).to.be.greaterThan(0);
    const words = both.reasons.join(' ');
    expect(words).to.contain('Many people who are treated badly blame themselves');
    expect(words).not.to.match(/perpetrator|abuser|using harm|harmful/i);
    expect(words.indexOf('signs of domestic abuse')).to.be.lessThan(words.indexOf('Respect Phoneline'));
  });

  it('asks one thing at a time in a parent’s words: no “practitioner”, “confidential” or “partner or ex-partner”', () => {
    // Every text a parent may read (a practitioner's own wording, and their screen confirmation, aside).
    for (const t of ownTables()) {
      if (/\.practitioner|reason\.screened|gates\.1/.test(t.path)) continue;
      expect(t.text.en, t.path).not.to.match(/practitioner|confidential|partner or ex-partner/i);
    }
  });

  it('in Welsh: one word for each idea, “chi” throughout, and Ateb Tawel', () => {
    for (const t of ownTables()) {
      const cy = t.text.cy!;
      expect(cy, t.path).not.to.match(/stelcian|pŵer|cefnogaeth|Silent Solution/i);
      expect(cy, t.path).not.to.match(/\b(ti|wyt|dy|dwyt|dy’r)\b/i);
    }
  });

  it('in Welsh, yes and no answer each question’s own verb', () => {
    const YES: Record<string, string> = { ydych: 'Ydw', ydy: 'Ydy', oes: 'Oes' };
    const NO: Record<string, string> = { Ydw: 'Nac ydw', Ydy: 'Nac ydy', Oes: 'Nac oes' };
    for (const q of SAFETY_QUESTIONS) {
      for (const audience of ['parent', 'practitioner'] as const) {
        const text = localise(worded(q.text, audience), 'cy');
        const verb = /(?:^|[\s,])(Ydych|Ydy|Oes)(?=[\s’])/i.exec(text)![1]!.toLowerCase();
        const label = (v: string) => localise(worded(q.options.find((o) => o.value === v)!.label, audience), 'cy');
        expect(label('yes'), `${q.id} ${audience}`).to.equal(YES[verb]);
        expect(label('no'), `${q.id} ${audience}`).to.equal(NO[YES[verb]!]);
      }
    }
    for (const t of ownTables())
      if (/options/.test(t.path)) expect(t.text.cy, t.path).not.to.match(/^(Ie|Na|Do|Naddo)\b/);
  });

  it('in Wales, Scotland and Northern Ireland the defaults say nothing of Family Hubs', () => {
    for (const nation of ['wales', 'scotland', 'northern-ireland'] as const) {
      for (const t of texts(resolveConfig({ nation }).pathways, nation))
        expect(`${t.text.en} ${t.text.cy}`, `${nation} ${t.path}`).not.to.match(/Family Hub|Hyb Teulu/);
      expect(resolveConfig({ nation }).pathways.map((p) => p.id)).to.include('family-hub-support');
    }
    expect(JSON.stringify(resolveConfig({ nation: 'england' }).pathways)).to.contain('Family Hub');
    // A council in Wales that runs a hub can still say so.
    const own = resolveConfig({
      nation: 'wales',
      pathways: { defaults: { 'family-hub-support': { name: 'Hwb Teulu' } } },
    });
    expect(own.pathways.find((p) => p.id === 'family-hub-support')!.name.en).to.equal('Hwb Teulu');
    expect(defaultPathwaysFor('wales')).to.equal(defaultPathwaysFor('wales'));
  });
});
