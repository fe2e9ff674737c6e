/**
 * <rpc-practice-audit>: each audit empty and with its sample of two rounds, Welsh, one round, a
 * file with problems, the entry row's checks, a record being changed, a deletion being confirmed,
 * and config mistakes. The samples are the demo page's files (docs/examples/audit-*.csv).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@rpc-kit/practice-audit/define.js';
import type { RpcPracticeAudit } from '@rpc-kit/practice-audit';
import example from '../docs/examples/northshire.config.json';
import assessments from '../docs/examples/audit-assessments.csv?raw';
import referrals from '../docs/examples/audit-referrals.csv?raw';
import uptake from '../docs/examples/audit-uptake.csv?raw';

const SAMPLES = { assessments, referrals, uptake };

interface Args {
  lang: 'en' | 'cy';
  mode: 'assessments' | 'referrals' | 'uptake';
  config: unknown;
  /** CSV text opened before the story is shown: a sample, or a file with mistakes. */
  file?: string;
  /** What a person does next: submit the empty row, change the first record, or ask to delete it. */
  then?: 'submit' | 'edit' | 'delete';
}

const meta: Meta<Args> = {
  title: 'Elements/rpc-practice-audit',
  component: 'rpc-practice-audit',
  args: { lang: 'en', mode: 'assessments', config: example },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    mode: { control: 'inline-radio', options: ['assessments', 'referrals', 'uptake'] },
  },
  render: ({ lang, mode, config }) =>
    html`<rpc-practice-audit lang=${lang} mode=${mode} .config=${config}></rpc-practice-audit>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('rpc-practice-audit') as RpcPracticeAudit;
    await el.updateComplete;
    if (args.file) el.loadCsv(args.file);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const newest = el.records.length - 1;
    if (args.then === 'submit') root.querySelector<HTMLButtonElement>('button.add')!.click();
    if (args.then === 'edit') root.querySelector<HTMLButtonElement>(`[data-edit="${newest}"]`)!.click();
    if (args.then === 'delete') root.querySelector<HTMLButtonElement>(`[data-delete="${newest}"]`)!.click();
    await el.updateComplete;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const AssessmentsEmpty: Story = {};
export const AssessmentsTwoRounds: Story = { args: { file: SAMPLES.assessments } };
export const ReferralsTwoRounds: Story = { args: { mode: 'referrals', file: SAMPLES.referrals } };
export const UptakeTwoRounds: Story = { args: { mode: 'uptake', file: SAMPLES.uptake } };
export const Welsh: Story = { args: { lang: 'cy', mode: 'referrals', file: SAMPLES.referrals } };
export const OneRound: Story = {
  args: {
    mode: 'referrals',
    file: 'rpc-audit-v1,referrals\nround,team,pathway,screened,screen-route,finding,reason,took-up\n2024-07 panel,school,arguing-better,yes,conflict,appropriate,,yes\n2024-07 panel,police,cope,no,,inappropriate-abuse,,no\n',
  },
};
export const FileWithProblems: Story = {
  args: {
    file: 'rpc-audit-v1,assessments\nround,team,score,ref\n2024 baseline,school,7,\n2024 baseline,teem,3,Jo Bloggs\n=SUM(A1),school,2,\n',
  },
};
export const RowChecks: Story = { args: { then: 'submit' } };
export const ChangingARecord: Story = { args: { mode: 'uptake', file: SAMPLES.uptake, then: 'edit' } };
export const ConfirmingADeletion: Story = { args: { mode: 'uptake', file: SAMPLES.uptake, then: 'delete' } };
export const ConfigWithMistakes: Story = { args: { config: { nation: 'atlantis', pathways: { defaults: 3 } } } };
