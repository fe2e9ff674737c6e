import { expect, fixtureSync } from '@open-wc/testing';
import { html } from 'lit';
import { ALL_QUESTIONS, questionBank } from '../src/journey/bank.js';
import { SAFETY_IDS } from '../src/content/safety.js';
import { DEFAULT_PATHWAYS } from '../src/content/pathways.js';
import { NATIONAL_CONTACTS, DA_HELPLINE_BY_NATION } from '../src/content/contacts.js';
import { RULE_MESSAGES } from '../src/content/rule-messages.js';
import { contentFreshness } from '../src/content/freshness.js';
import { localise, fill } from '../src/i18n/text.js';
import { MESSAGES, MESSAGE_IDS, message } from '../src/i18n/messages.js';
import { SUMMARY_MESSAGES } from '../src/content/summary-words.js';
import { isSafeLink } from '../src/util/links.js';

/** Every localised text object (one with an `en` string) anywhere in a value, with where it is. */
function texts(value: unknown, path = ''): { path: string; text: Record<string, string> }[] {
  if (typeof value !== 'object' || value === null) return [];
  if (typeof (value as { en?: unknown }).en === 'string') return [{ path, text: value as Record<string, string> }];
  return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

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
      ...texts(NATIONAL_CONTACTS, 'contacts'),
      ...texts(RULE_MESSAGES, 'messages'),
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
      expect(q.text.parent.en, q.id).not.to.equal(q.text.practitioner.en);
  });

  it('gives every national contact a source, a verified date and a safe link', () => {
    for (const c of NATIONAL_CONTACTS) {
      expect(c.source, c.id).to.be.a('string');
      expect(c.verified, c.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      if (c.url) expect(isSafeLink(c.url), c.id).to.equal(true);
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
    expect(message('band.high', 'parent', 'cy', { cy: {} })).to.equal(
      (RULE_MESSAGES['band.high'] as Record<string, string>).cy,
    );
    expect(message('format.group', 'parent', 'cy-GB', { cy: { 'format.group': 'Grŵp lleol' } })).to.equal('Grŵp lleol');
    // A safety message keeps its words whatever a council's strings say.
    expect(message('band.high', 'parent', 'cy-GB', { cy: { 'band.high': 'isel' } })).to.equal(
      (RULE_MESSAGES['band.high'] as Record<string, string>).cy,
    );
  });

  it('renders every question as an accessible native form control (axe)', async () => {
    for (const locale of ['en', 'cy']) {
      for (const audience of ['parent', 'practitioner'] as const) {
        const bank = questionBank({ audience, locale });
        const el = fixtureSync(html`
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
        `);
        await expect(el).to.be.accessible();
        const names = bank.flatMap((q) => q.options.map((o) => `${q.id}:${o.label}`));
        expect(new Set(names).size, 'duplicate option labels').to.equal(names.length);
      }
    }
  });
});
