// A consumer's Node code: the rules, run for real after type-checking with module nodenext.
import { evaluate, validateConfig } from '@rpc-kit/rules';
import { loadContent, evaluate as leanEvaluate } from '@rpc-kit/rules/lean';

const fail = (message: string): never => {
  throw new Error(message);
};

const checked = validateConfig({ nation: 'mars' });
if (checked.ok || checked.problems[0]?.path !== '$.nation') fail('validateConfig did not name $.nation');

const emergency = evaluate({ audience: 'parent', answers: { 'danger-now': 'yes' } });
if (emergency.route !== 'emergency' || emergency.contacts[0]?.phone !== '999') fail('danger now did not lead with 999');

// "Not sure" is never read as "no".
if (evaluate({ audience: 'parent', answers: { 'danger-now': 'no', afraid: 'unsure' } }).route !== 'unclear') {
  fail('"not sure" was not read as unclear');
}

const loaded = await loadContent({ locale: 'cy', audience: 'practitioner' });
const welsh = leanEvaluate({ audience: 'practitioner', locale: loaded.locale, answers: { 'danger-now': 'yes' } });
if (loaded.locale !== 'cy' || welsh.locale !== 'cy') fail('@rpc-kit/rules/lean did not load the Welsh pack');

console.log('node: rules and rules/lean work');
