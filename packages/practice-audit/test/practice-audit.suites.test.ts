// The shared suites that apply to the practice audit: privacy, accessibility, language and config
// errors. It has no quick exit and no helplines: it is for practitioners and touches no abuse.
import '../src/practice-audit.js';
import { PRACTICE_AUDIT_MESSAGES, type RpcPracticeAudit } from '../src/index.js';
import { runElementSuites, type SuiteElement } from '../../elements/test/suites/index.js';

runElementSuites({
  tag: 'rpc-practice-audit',
  messages: PRACTICE_AUDIT_MESSAGES,
  english: { selector: '.lead', text: 'Score each early help assessment from 0 to 5' },
  welsh: { selector: '.lead', text: 'Sgoriwch bob asesiad cymorth cynnar o 0 i 5' },
  quickExit: false,
  helplines: false,
  // A record entered with the keyboard's boxes: nothing of it may leave the device or reach an event.
  use: async (h) => {
    await h.type('f-round', 'my private round');
    await h.choose('f-score', '3');
    await h.choose('f-team', 'early-help');
    h.$<HTMLButtonElement>('button.add')!.click();
    await h.settle();
    if ((h.element as RpcPracticeAudit).records.length !== 1) throw new Error('the record was not added');
  },
} satisfies SuiteElement);
