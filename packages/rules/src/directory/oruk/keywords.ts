/** Which needs a service meets, from the words in its taxonomy terms, name or description. */
import { foldText } from '../fold.js';
import { NEEDS, type Need } from '../../types.js';

/**
 * The words and phrases that give a service each need, matched whole (a plural "s" allowed),
 * ignoring case, accents and punctuation. Data, so it can be reviewed and extended.
 */
export const NEED_KEYWORDS: Readonly<Record<Need, readonly string[]>> = {
  'domestic-abuse': ['domestic abuse', 'domestic violence', 'coercive', 'refuge', 'idva'],
  'conflict-together': [
    'parental conflict',
    'relationship support',
    'relationships support',
    'relationship counselling',
    'couples',
    'couple relationship',
    'couple counselling',
    'couple support',
    'arguing',
  ],
  separating: [
    'separation',
    'separating',
    'separated',
    'divorce',
    'divorcing',
    'co-parenting',
    'coparenting',
    'parenting apart',
    'mediation',
    'child arrangements',
  ],
  'new-baby': [
    'pregnancy',
    'pregnant',
    'antenatal',
    'ante-natal',
    'perinatal',
    'postnatal',
    'post-natal',
    'new baby',
    'newborn',
    'new born',
    'infant feeding',
    'infant mental health',
    'bump',
  ],
  'children-wellbeing': [
    "children's mental health",
    'child mental health',
    "young people's mental health",
    'youth mental health',
    "children's wellbeing",
    "children's well-being",
    "young people's wellbeing",
    "young people's well-being",
    'youth wellbeing',
    "children's emotional health",
    "young people's emotional health",
    'camhs',
    'young carer',
  ],
};

/** Folded for keyword matching: "Children's" and "childrens" both become "childrens". */
const keywordFold = (text: string): string => foldText(text).replace(/ s(?= |$)/g, 's');

/** Each need with its keywords folded and padded, whole and plural: " refuge ", " refuges ". */
const FOLDED_KEYWORDS: readonly (readonly [Need, readonly string[]])[] = /* @__PURE__ */ NEEDS.map((need) => [
  need,
  NEED_KEYWORDS[need].flatMap((k) => {
    const folded = keywordFold(k).trim();
    return [` ${folded} `, ` ${folded}s `];
  }),
]);

/** The needs whose keywords appear in a text, in the order of NEEDS. */
export function needsInText(text: string): Need[] {
  const hay = ` ${keywordFold(text)} `;
  const needs: Need[] = [];
  for (const [need, keywords] of FOLDED_KEYWORDS) if (keywords.some((k) => hay.includes(k))) needs.push(need);
  return needs;
}
