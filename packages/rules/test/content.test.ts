import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { ALL_QUESTIONS, questionBank } from '../src/journey/bank.js';
import { SAFETY_IDS } from '../src/content/safety.js';
import { DEFAULT_PATHWAYS } from '../src/content/pathways.js';
import { NATIONAL_CONTACTS, DA_HELPLINE_BY_NATION } from '../src/content/contacts.js';
import { RULE_MESSAGES } from '../src/content/rule-messages.js';
import { contentFreshness } from '../src/content/freshness.js';
import { localise, fill } from '../src/i18n/text.js';
import { MESSAGE_IDS, message, registerMessages } from '../src/i18n/messages.js';
import { UI_MESSAGES } from '../src/content/ui.js';
import { SCREENER_MESSAGES } from '../src/content/ui-screener.js';
import { DA_CHECK_MESSAGES } from '../src/content/ui-da-check.js';
import { SIGNPOSTER_MESSAGES } from '../src/content/ui-signposter.js';
import { HELP_FINDER_MESSAGES } from '../src/content/ui-help-finder.js';
import { PRACTICE_AUDIT_MESSAGES } from '../src/content/ui-practice-audit.js';
import { ELEMENT_MESSAGE_IDS } from '../src/content/element-message-ids.js';

const ELEMENT_TABLES = {
  screener: SCREENER_MESSAGES,
  'da-check': DA_CHECK_MESSAGES,
  signposter: SIGNPOSTER_MESSAGES,
  'help-finder': HELP_FINDER_MESSAGES,
  'practice-audit': PRACTICE_AUDIT_MESSAGES,
} as const;
import { isSafeLink } from '../src/util/links.js';

/** Every localised text object (one with an `en` string) anywhere in a value, with where it is. */
function texts(value: unknown, path = ''): { path: string; text: Record<string, string> }[] {
  if (typeof value !== 'object' || value === null) return [];
  if (typeof (value as { en?: unknown }).en === 'string') return [{ path, text: value as Record<string, string> }];
  return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

describe('element messages', () => {
  it('lists the ids of each element’s own messages, exactly', () => {
    for (const [element, table] of Object.entries(ELEMENT_TABLES))
      expect([...ELEMENT_MESSAGE_IDS[element as keyof typeof ELEMENT_TABLES]], element).to.deep.equal(
        Object.keys(table),
      );
    expect(new Set(MESSAGE_IDS).size).to.equal(MESSAGE_IDS.length);
  });

  it('reads an element’s message once registered, and its id (never a blank) before', () => {
    expect(message('ui.list.none', 'parent', 'en')).to.be.oneOf([
      'ui.list.none',
      SIGNPOSTER_MESSAGES['ui.list.none'].en,
    ]);
    registerMessages(SIGNPOSTER_MESSAGES);
    expect(message('ui.list.none', 'parent', 'cy')).to.equal(SIGNPOSTER_MESSAGES['ui.list.none'].cy);
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
      ...texts(UI_MESSAGES, 'ui'),
      ...texts(ELEMENT_TABLES, 'elements'),
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
        const el = await fixture(html`
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
