// The demo page's own script: until the elements exist, it shows the shared rules at work,
// using the rules' CDN file (rpc-rules.js) exactly as a council page would load it.
import { evaluate, questionBank, SAFETY_QUESTIONS } from '/cdn/rpc-rules.js';

const params = new URLSearchParams(location.search);
const locale = params.get('lang') === 'cy' ? 'cy' : 'en';

// The examples follow ?lang=cy; the page around them stays in English.
const switcher = document.getElementById('lang-switch');
if (locale === 'cy') {
  switcher.textContent = 'See the examples in English';
  switcher.lang = 'en';
  switcher.hreflang = 'en';
  switcher.href = '?lang=en';
}

/** Creates an element with text content (never HTML) and children. */
function el(tag, { dataset = {}, ...props } = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  Object.assign(node.dataset, dataset);
  for (const child of children) node.append(child);
  return node;
}

const noAbuse = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, q.indicator === 'no' ? 'yes' : 'no']));
const t = (en, cy) => (locale === 'cy' ? cy : en);
const EXAMPLES = [
  {
    label: t('Together, expecting a baby, arguing often', 'Gyda’ch gilydd, yn disgwyl babi, yn dadlau’n aml'),
    input: { answers: noAbuse, situation: { relationship: 'together', stage: 'expecting', conflict: 'moderate' } },
  },
  {
    label: t(
      'Together, arguing every day, children in the middle',
      'Gyda’ch gilydd, yn dadlau bob dydd, y plant yn y canol',
    ),
    input: { answers: noAbuse, situation: { relationship: 'together', stage: 'child', conflict: 'high' } },
  },
  {
    label: t('Separated, disagreeing about the children', 'Wedi gwahanu, yn anghytuno am y plant'),
    input: { answers: noAbuse, situation: { relationship: 'separated', childArrangementsDispute: true } },
  },
  {
    label: t('Together, but one parent controls the money', 'Gyda’ch gilydd, ond un rhiant yn rheoli’r arian'),
    input: { answers: { ...noAbuse, economic: 'yes' }, situation: { relationship: 'together', conflict: 'high' } },
  },
  {
    label: t('Not sure whether they are afraid', 'Ddim yn siŵr a ydyn nhw’n ofnus'),
    input: { answers: { ...noAbuse, afraid: 'unsure' }, situation: { relationship: 'together' } },
  },
  {
    label: t('In danger right now', 'Mewn perygl ar hyn o bryd'),
    input: { answers: { ...noAbuse, 'danger-now': 'yes' }, situation: {} },
  },
];

const root = document.getElementById('rules-demo');
root.lang = locale;
const table = el(
  'table',
  { className: 'examples' },
  el('caption', { textContent: t('Example decisions', 'Enghreifftiau o benderfyniadau') }),
  el(
    'thead',
    {},
    el(
      'tr',
      {},
      el('th', { scope: 'col', textContent: t('If a parent says…', 'Os yw rhiant yn dweud…') }),
      el('th', { scope: 'col', textContent: t('Route', 'Llwybr') }),
      el('th', {
        scope: 'col',
        textContent: t('First contact and suggested help', 'Y cyswllt cyntaf a’r help a awgrymir'),
      }),
    ),
  ),
);
const body = el('tbody');
for (const example of EXAMPLES) {
  const d = evaluate({ ...example.input, locale });
  const first = d.contacts[0];
  body.append(
    el(
      'tr',
      { dataset: { route: d.route } },
      el('th', { scope: 'row', textContent: example.label }),
      el('td', { className: `route route-${d.route}`, textContent: d.route + (d.urgent ? ' (urgent)' : '') }),
      el(
        'td',
        {},
        el('p', { textContent: `${first.name}${first.phone ? `: ${first.phone}` : ''}` }),
        el('p', { textContent: d.pathways.map((p) => p.name).join(', ') }),
      ),
    ),
  );
}
table.append(body);

const questions = questionBank({ tool: 'screener', locale });
const list = el('ol');
for (const q of questions) {
  list.append(el('li', { textContent: q.text }));
}
const details = el(
  'details',
  {},
  el('summary', {
    textContent: t(
      `The ${questions.length} questions, safety first`,
      `Y ${questions.length} cwestiwn, diogelwch yn gyntaf`,
    ),
  }),
  list,
);
root.replaceChildren(table, el('h3', { textContent: t('The questions', 'Y cwestiynau') }), details);
