import type { Question, QuestionOption, Tool } from '../types.js';

/**
 * The safety questions (ids and answer values are a contract). The wording is RPC Kit's own:
 * it is not taken from any risk-assessment instrument, and it is not a risk assessment.
 * The order matters: immediate danger is always asked first.
 */

const ALL_TOOLS: readonly Tool[] = ['screener', 'da-check', 'signposter'];

export const SAFETY_OPTIONS: readonly QuestionOption[] = [
  { value: 'yes', label: { parent: { en: 'Yes' }, practitioner: { en: 'Yes' } } },
  { value: 'no', label: { parent: { en: 'No' }, practitioner: { en: 'No' } } },
  {
    value: 'unsure',
    label: {
      parent: { en: 'Not sure, or I would rather not say' },
      practitioner: { en: 'Not sure, or they would rather not say' },
    },
  },
];

export const SAFETY_QUESTIONS: readonly Question[] = [
  {
    id: 'danger-now',
    finding: {
      parent: { en: 'You said you or your children are in danger right now.' },
      practitioner: { en: 'The parent or the children are in danger right now.' },
    },
    topic: { en: 'danger right now' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'danger',
    indicator: 'yes',
    category: 'violent-threatening',
    text: {
      parent: { en: 'Are you or your children in danger right now?' },
      practitioner: { en: 'Is the parent, or are the children, in danger right now?' },
    },
    why: { en: 'If anyone is in danger now, the first thing to do is call 999.' },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'afraid',
    finding: {
      parent: { en: 'You said you feel afraid of your partner or ex-partner, or change what you do so they do not get angry.' },
      practitioner: { en: 'The parent is afraid of their partner or ex-partner, or changes what they do to avoid their anger.' },
    },
    topic: { en: 'feeling afraid' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'fear-power',
    text: {
      parent: {
        en: 'Do you ever feel afraid of your partner or ex-partner, or change what you do so they do not get angry?',
      },
      practitioner: {
        en: 'Is the parent ever afraid of their partner or ex-partner, or do they change what they do so the other person does not get angry?',
      },
    },
    why: {
      en: 'Fear is the clearest difference between conflict and abuse. In conflict both people can say what they think; in abuse one person lives with fear.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'physical',
    finding: {
      parent: { en: 'You said your partner or ex-partner has hurt you physically.' },
      practitioner: { en: 'Their partner or ex-partner has hurt them physically.' },
    },
    topic: { en: 'being hurt physically' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'physical-sexual',
    text: {
      parent: {
        en: 'Has your partner or ex-partner ever hurt you physically, even once? For example pushed, slapped, hit, kicked or held you down.',
      },
      practitioner: {
        en: 'Has their partner or ex-partner ever hurt them physically, even once? For example pushed, slapped, hit, kicked or held them down.',
      },
    },
    why: { en: 'The law says a single incident of physical abuse is domestic abuse. No pattern is needed.' },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'strangled',
    finding: {
      parent: { en: 'You said your partner or ex-partner has put something around your neck, choked you or stopped you breathing.' },
      practitioner: { en: 'Their partner or ex-partner has strangled or choked them, or stopped them breathing.' },
    },
    topic: { en: 'strangling or choking' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'physical-sexual',
    text: {
      parent: {
        en: 'Has your partner or ex-partner ever put their hands or anything else around your neck, choked you or stopped you breathing?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner ever put their hands or anything else around their neck, choked them or stopped them breathing?',
      },
    },
    why: {
      en: 'Strangling or choking, even when it leaves no mark, is a crime and one of the strongest warnings of serious harm. It makes help urgent.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'threats',
    finding: {
      parent: { en: 'You said your partner or ex-partner has threatened to kill or hurt you or people close to you.' },
      practitioner: { en: 'Their partner or ex-partner has threatened to kill or hurt them or people close to them.' },
    },
    topic: { en: 'threats to kill or hurt' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'violent-threatening',
    text: {
      parent: {
        en: 'Has your partner or ex-partner threatened to kill or hurt you, the children or someone close to you?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner threatened to kill or hurt them, the children or someone close to them?',
      },
    },
    why: { en: 'Threats to kill or hurt are abuse, and threats to kill make help urgent.' },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'sexual',
    finding: {
      parent: { en: 'You said your partner or ex-partner has pressured or forced you into something sexual.' },
      practitioner: { en: 'Their partner or ex-partner has pressured or forced them into something sexual.' },
    },
    topic: { en: 'sexual pressure or force' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'physical-sexual',
    text: {
      parent: {
        en: 'Has your partner or ex-partner ever pressured or forced you into anything sexual you did not want?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner ever pressured or forced them into anything sexual they did not want?',
      },
    },
    why: { en: 'Sexual abuse within a relationship is domestic abuse, even between partners or spouses.' },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'controlling',
    finding: {
      parent: { en: 'You said your partner or ex-partner controls what you do or who you see.' },
      practitioner: { en: 'Their partner or ex-partner controls what they do or who they see.' },
    },
    topic: { en: 'controlling behaviour' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'controlling-coercive',
    text: {
      parent: {
        en: 'Does your partner or ex-partner control what you do, who you see or where you go, or keep you away from friends and family?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner control what they do, who they see or where they go, or keep them away from friends and family?',
      },
    },
    why: {
      en: 'Controlling behaviour takes away a person’s freedom bit by bit. It is abuse even when there is no violence.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'economic',
    finding: {
      parent: { en: 'You said your partner or ex-partner controls your money or work.' },
      practitioner: { en: 'Their partner or ex-partner controls their money or work.' },
    },
    topic: { en: 'control of money or work' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'economic',
    text: {
      parent: {
        en: 'Does your partner or ex-partner control your money, stop you working, or take out debts in your name?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner control their money, stop them working, or take out debts in their name?',
      },
    },
    why: {
      en: 'Controlling someone’s money, work or belongings so they cannot get what they need is economic abuse.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'monitoring',
    finding: {
      parent: { en: 'You said your partner or ex-partner checks, tracks or follows you.' },
      practitioner: { en: 'Their partner or ex-partner checks, tracks or follows them.' },
    },
    topic: { en: 'checking, tracking or following' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'controlling-coercive',
    text: {
      parent: {
        en: 'Does your partner or ex-partner check your phone, track where you are, follow you, or keep turning up where you are?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner check their phone, track where they are, follow them, or keep turning up where they are?',
      },
    },
    why: {
      en: 'Checking, tracking and following are ways of controlling someone. After a separation they can be stalking, which makes help urgent.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'degrading',
    finding: {
      parent: { en: 'You said your partner or ex-partner puts you down or humiliates you.' },
      practitioner: { en: 'Their partner or ex-partner puts them down or humiliates them.' },
    },
    topic: { en: 'being put down or humiliated' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'psychological-emotional',
    text: {
      parent: {
        en: 'Does your partner or ex-partner put you down, humiliate you or make you feel worthless?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner put them down, humiliate them or make them feel worthless?',
      },
    },
    why: { en: 'Being made to feel small or worthless is emotional abuse, not an ordinary argument.' },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'children-used',
    finding: {
      parent: { en: 'You said your partner or ex-partner has used the children to frighten or control you.' },
      practitioner: { en: 'Their partner or ex-partner has used the children to frighten or control them.' },
    },
    topic: { en: 'the children being used to control' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'controlling-coercive',
    text: {
      parent: {
        en: 'Has your partner or ex-partner used the children to frighten or control you? For example threatening to take them away or turning them against you.',
      },
      practitioner: {
        en: 'Has their partner or ex-partner used the children to frighten or control them? For example threatening to take the children away or turning them against the parent.',
      },
    },
    why: {
      en: 'Using children to control a parent is abuse of the parent, and children who live with abuse are victims in their own right.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'can-disagree-safely',
    finding: {
      parent: { en: 'You said you cannot disagree without worrying about what your partner or ex-partner will do.' },
      practitioner: { en: 'The parent cannot disagree without worrying about what their partner or ex-partner will do.' },
    },
    topic: { en: 'disagreeing safely' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'no',
    category: 'fear-power',
    text: {
      parent: {
        en: 'When you disagree, can you say what you think without worrying about what your partner or ex-partner will do?',
      },
      practitioner: {
        en: 'When they disagree, can the parent say what they think without worrying about what their partner or ex-partner will do?',
      },
    },
    why: {
      en: 'In conflict, both people can speak as equals. If one person cannot disagree safely, there is an imbalance of power that points to abuse.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'own-behaviour',
    finding: {
      parent: { en: 'You said you are worried that your own behaviour frightens or hurts your family.' },
      practitioner: { en: 'The parent is worried that their own behaviour frightens or hurts their family.' },
    },
    topic: { en: 'their own behaviour' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'own-behaviour',
    indicator: 'yes',
    text: {
      parent: {
        en: 'Are you worried that your own behaviour frightens or hurts your partner, ex-partner or children?',
      },
      practitioner: {
        en: 'Is the parent worried that their own behaviour frightens or hurts their partner, ex-partner or children?',
      },
    },
    why: {
      en: 'People who are worried about their own behaviour can get confidential help to change, which keeps everyone safer.',
    },
    options: SAFETY_OPTIONS,
  },
];

/** The ids of the safety questions, in the order they are asked. */
export const SAFETY_IDS: readonly string[] = SAFETY_QUESTIONS.map((q) => q.id);
