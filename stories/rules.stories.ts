/**
 * The rules at work, before any element exists: the question bank in each language and
 * wording, and the decision for any set of answers.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { evaluate, questionBank, SAFETY_QUESTIONS, type Audience, type Decision, type Tool } from '@rpc-kit/rules';

interface BankArgs {
  tool: Tool | 'all';
  audience: Audience;
  locale: 'en' | 'cy';
}

const meta: Meta = {
  title: 'Rules',
};
export default meta;

export const QuestionBank: StoryObj<BankArgs> = {
  args: { tool: 'screener', audience: 'parent', locale: 'en' },
  argTypes: {
    tool: { control: 'select', options: ['all', 'screener', 'da-check', 'signposter'] },
    audience: { control: 'inline-radio', options: ['parent', 'practitioner'] },
    locale: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: ({ tool, audience, locale }) => html`
    <ol lang=${locale}>
      ${questionBank({ ...(tool === 'all' ? {} : { tool }), audience, locale }).map(
        (q) =>
          html`<li>
            <strong>${q.text}</strong> <small>(${q.group}, id <code>${q.id}</code>)</small>
            <ul>
              ${q.options.map((o) => html`<li>${o.label} <code>${o.value}</code></li>`)}
            </ul>
          </li>`,
      )}
    </ol>
  `,
};

interface DecisionArgs {
  audience: Audience;
  locale: 'en' | 'cy';
  relationship: 'together' | 'separating' | 'separated';
  conflict: 'low' | 'moderate' | 'high';
  dispute: boolean;
  [safetyId: string]: string | boolean;
}

const renderDecision = (d: Decision) => html`
  <p><strong>Route:</strong> ${d.route}${d.urgent ? html` <strong>(urgent)</strong>` : nothing}</p>
  <h3>Why</h3>
  <ul>
    ${d.reasons.map((r) => html`<li>${r}</li>`)}
  </ul>
  <h3>Contacts, in order</h3>
  <ol>
    ${d.contacts.map((c) => html`<li>${c.name}${c.phone ? html`: ${c.phone}` : nothing}</li>`)}
  </ol>
  <h3>Pathways, ranked</h3>
  <ol>
    ${d.pathways.map((p) => html`<li><strong>${p.name}</strong>: ${p.why.join(' ')}</li>`)}
  </ol>
  ${d.withheld.length ? html`<p>Held back for safety: ${d.withheld.join(', ')}</p>` : nothing}
`;

const safetyDefaults = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, q.indicator === 'no' ? 'yes' : 'no']));

export const DecisionExplorer: StoryObj<DecisionArgs> = {
  args: {
    audience: 'parent',
    locale: 'en',
    relationship: 'together',
    conflict: 'moderate',
    dispute: false,
    ...safetyDefaults,
  },
  argTypes: {
    audience: { control: 'inline-radio', options: ['parent', 'practitioner'] },
    locale: { control: 'inline-radio', options: ['en', 'cy'] },
    relationship: { control: 'inline-radio', options: ['together', 'separating', 'separated'] },
    conflict: { control: 'inline-radio', options: ['low', 'moderate', 'high'] },
    ...Object.fromEntries(
      SAFETY_QUESTIONS.map((q) => [q.id, { control: 'inline-radio', options: ['yes', 'no', 'unsure'] }]),
    ),
  },
  render: (args) => {
    const answers = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, String(args[q.id])]));
    const decision = evaluate({
      audience: args.audience,
      locale: args.locale,
      answers,
      situation: { relationship: args.relationship, conflict: args.conflict, childArrangementsDispute: args.dispute },
    });
    return html`<section lang=${args.locale}>${renderDecision(decision)}</section>`;
  },
};

export const Emergency: StoryObj<DecisionArgs> = {
  ...DecisionExplorer,
  args: { ...DecisionExplorer.args, 'danger-now': 'yes' },
};
export const DomesticAbuse: StoryObj<DecisionArgs> = {
  ...DecisionExplorer,
  args: { ...DecisionExplorer.args, controlling: 'yes' },
};
export const UsingHarm: StoryObj<DecisionArgs> = {
  ...DecisionExplorer,
  args: { ...DecisionExplorer.args, 'own-behaviour': 'yes' },
};
export const Unclear: StoryObj<DecisionArgs> = {
  ...DecisionExplorer,
  args: { ...DecisionExplorer.args, afraid: 'unsure' },
};
export const SeparatedWithDispute: StoryObj<DecisionArgs> = {
  ...DecisionExplorer,
  args: { ...DecisionExplorer.args, relationship: 'separated', dispute: true },
};
