// Tests of the readability check's measures and its reading of sources: node --test scripts/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { counts, fleschKincaid, sentences, smog, syllables, words } from './measure.mjs';
import { extract, parentEnglish, selected } from './extract.mjs';
import { overBudget, score } from '../readability.mjs';

// Syllable counts as dictionaries give them.
const KNOWN = {
  the: 1,
  cat: 1,
  table: 2,
  little: 2,
  strangled: 2,
  handled: 2,
  wanted: 2,
  needed: 2,
  used: 1,
  choked: 1,
  lives: 1,
  places: 2,
  changes: 2,
  rarely: 2,
  usually: 4,
  careful: 2,
  arrangements: 3,
  abuse: 2,
  domestic: 3,
  family: 3,
  behaviour: 3,
  mediation: 4,
  practitioner: 4,
  confidential: 4,
  relationship: 4,
  emergency: 4,
  occasionally: 5,
  physically: 4,
  economic: 4,
  violence: 3,
  quiet: 2,
  police: 2,
  people: 2,
  reason: 2,
  marriage: 2,
  deaf: 1,
  'ex-partner': 3,
  'one-to-one': 3,
  worried: 2,
  afraid: 2,
  private: 2,
  helpline: 2,
  arguing: 3,
  toddler: 2,
  worker: 2,
};

test('counts syllables of known words', () => {
  for (const [word, n] of Object.entries(KNOWN)) assert.equal(syllables(word), n, word);
  assert.equal(syllables('Don’t'), 1);
  assert.equal(syllables(''), 0);
});

test('finds words and sentences', () => {
  assert.deepEqual(words('Call 999 now, or text 07860 077 333.'), [
    'Call',
    '999',
    'now',
    'or',
    'text',
    '07860',
    '077',
    '333',
  ]);
  assert.deepEqual(words('Your ex-partner’s phone'), ['Your', 'ex-partner’s', 'phone']);
  assert.equal(sentences('One. Two? Three!'), 3);
  assert.equal(sentences('Most weeks'), 1);
  assert.equal(sentences('Go to 0.5 of it'), 1);
});

test('Flesch-Kincaid grade and SMOG follow their formulas', () => {
  // 5 words, 1 sentence, 5 syllables: 0.39 x 5 + 11.8 x 1 - 15.59.
  assert.equal(
    Math.round(fleschKincaid('The cat sat on mats.') * 100) / 100,
    Math.round((1.95 + 11.8 - 15.59) * 100) / 100,
  );
  const hard = 'Specialist confidential intervention for practitioners experiencing organisational difficulties.';
  assert.ok(fleschKincaid(hard) > 15);
  assert.ok(fleschKincaid('You can call us at any time. We are here for you.') < 3);
  const c = counts(['Domestic abuse is serious.', 'Call now.']);
  assert.deepEqual(c, { words: 6, sentences: 2, syllables: 11, polysyllables: 2 });
  // 2 words of 3 syllables or more in 2 sentences: 1.043 x sqrt(2 x 30 / 2) + 3.1291.
  assert.equal(smog(['Domestic abuse is serious.', 'Call now.']), 1.043 * Math.sqrt(30) + 3.1291);
  assert.equal(fleschKincaid(''), 0);
  assert.equal(smog(''), 0);
});

test('reads the parent’s English of questions, lists and message tables', () => {
  assert.equal(parentEnglish({ parent: { en: 'You' }, practitioner: { en: 'They' } }), 'You');
  assert.equal(parentEnglish({ en: 'All', cy: 'Pawb' }), 'All');
  assert.equal(parentEnglish(undefined), undefined);
  const questions = [
    {
      id: 'q',
      text: { parent: { en: 'Are you safe?' }, practitioner: { en: 'Are they safe?' } },
      options: [{ value: 'yes', label: { en: 'Yes' } }],
    },
  ];
  const src = (extra) => ({ group: 'G', module: 'm', export: 'T', ...extra });
  assert.deepEqual(
    extract(src({ kind: 'questions' }), { T: questions }).map((e) => [e.id, e.text]),
    [
      ['T.q.text', 'Are you safe?'],
      ['T.q.options.yes', 'Yes'],
    ],
  );
  const table = { 'reason.a': { en: 'A.' }, 'reason.b': { en: 'B.' }, 'ui.c': { en: 'C.' } };
  assert.deepEqual(
    extract(src({ kind: 'messages', only: ['reason.'], except: ['reason.b'] }), { T: table }).map((e) => e.id),
    ['T.reason.a'],
  );
  assert.deepEqual(
    extract(src({ kind: 'pathways' }), {
      T: [{ id: 'p', description: { en: 'D.' }, access: { howTo: { en: 'H.' } } }],
    }).map((e) => e.id),
    ['T.p.description', 'T.p.access.howTo'],
  );
  assert.deepEqual(
    extract(src({ kind: 'nation-pathways' }), {
      T: { wales: { p: { name: { en: 'N' }, description: { en: 'D.' } } } },
    }).map((e) => e.id),
    ['T.wales.p.name', 'T.wales.p.description'],
  );
  assert.throws(() => extract(src({ kind: 'messages' }), {}), /no export "T"/);
  assert.throws(() => extract(src({ kind: 'poems' }), { T: {} }), /unknown kind/);
  assert.equal(selected('why.x', { only: ['why.*'] }), true);
  assert.equal(selected('why', { only: ['why.'] }), false);
});

test('scores prose per string, and fails strings over the budget unless a reason is recorded', () => {
  const entries = [
    { id: 'a', group: 'G', text: 'Call us any time you need to talk.' },
    { id: 'b', group: 'G', text: 'Specialist confidential intervention for practitioners experiencing difficulties.' },
    { id: 'c', group: 'H', text: 'Workshop' },
  ];
  const result = score(entries);
  assert.equal(result.entries.find((e) => e.id === 'c').prose, false);
  assert.equal(result.groups.length, 2);
  assert.equal(result.overall.prose, 2);
  const budget = { maxGrade: 9, meanGrade: 20, shareAbove6: 1 };
  assert.deepEqual(
    overBudget(result, {}, budget).map((p) => p.split(':')[0]),
    ['b'],
  );
  assert.deepEqual(overBudget(result, { b: 'a name' }, budget), []);
  assert.match(overBudget(result, { b: 'x', gone: 'y' }, budget)[0], /"gone" is not a string/);
  assert.equal(overBudget(result, { b: 'x' }, { maxGrade: 9, meanGrade: 1, shareAbove6: 0 }).length, 2);
});
