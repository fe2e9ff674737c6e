import { withIds, type PackSource } from '../i18n/packs.js';
import type { Question, QuestionOption, Tool } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/safety.js'),
  practitioner: () => import('./packs/practitioner/safety.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/safety.js'),
};

/**
 * The safety questions (ids and answer values are a contract). The wording is RPC Kit's own:
 * it is not taken from any risk-assessment instrument, and it is not a risk assessment.
 * The order matters: immediate danger is always asked first.
 *
 * A parent reads plain words, one behaviour to a question where the meaning allows, with the
 * examples in the hint; a practitioner reads the precise wording (in the packs: `content/packs/`,
 * with the Welsh). In Welsh each question's yes and no echo its own verb ("Ydy ...?" "Ydy" /
 * "Nac ydy"), for each audience: see docs/welsh-glossary.md.
 */

const ALL_TOOLS: readonly Tool[] = ['screener', 'da-check', 'signposter'];

/** "Not sure, or I would rather not say": never read as no. The same on every safety question. */
const UNSURE: QuestionOption = {
  value: 'unsure',
  label: { en: 'Not sure, or I would rather not say' },
};

/**
 * Yes, no and not sure. In Welsh, yes and no answer the question's verb, so each set of options
 * made here has its own Welsh words in the packs (under the id of the first question that uses it):
 * questions share a set only where their Welsh yes and no are the same.
 */
function answers(): QuestionOption[] {
  return [{ value: 'yes', label: { en: 'Yes' } }, { value: 'no', label: { en: 'No' } }, UNSURE];
}

/** "Ydy ... ?" about the partner or ex-partner, for both audiences: "Ydy" / "Nac ydy". */
const ABOUT_THEM = answers();
/** "Ydych chi ... ?" to the parent ("Ydw" / "Nac ydw"), "Ydy'r rhiant ... ?" to a practitioner. */
const ABOUT_YOU = answers();

/** Yes, no and not sure; each safety question has its own Welsh yes and no (see `answers`). */
export const SAFETY_OPTIONS: readonly QuestionOption[] = /* @__PURE__ */ withIds('safety-options', ABOUT_THEM, PACKS);

export const SAFETY_QUESTIONS: readonly Question[] = /* @__PURE__ */ withIds(
  'safety',
  [
    {
      id: 'danger-now',
      finding: { en: 'You said you or your children may be in danger now.' },
      topic: { en: 'danger right now' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'danger',
      indicator: 'yes',
      category: 'violent-threatening',
      text: { en: 'Are you or your children in danger right now?' },
      why: { en: 'If anyone is in danger now, call 999 first.' },
      // "Oes ... ?": "Oes" / "Nac oes".
      options: answers(),
    },
    {
      id: 'afraid',
      finding: { en: 'You said you feel afraid of your partner or ex.' },
      topic: { en: 'feeling afraid' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'fear-power',
      text: { en: 'Are you ever afraid of your partner or ex?' },
      hint: {
        en: 'Your partner or ex is the person you are with now, or were with before. Being afraid includes changing what you do so they do not get angry.',
      },
      why: {
        en: 'Fear is the clearest sign of abuse. In an argument, both people can say what they think. In abuse, one person lives in fear.',
      },
      options: ABOUT_YOU,
    },
    {
      id: 'physical',
      finding: { en: 'You said your partner or ex has hurt you.' },
      topic: { en: 'being hurt' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'physical-sexual',
      text: { en: 'Has your partner or ex ever hurt you on purpose, even once?' },
      hint: { en: 'For example, pushed, slapped, hit or kicked you, or held you down.' },
      why: { en: 'Being hurt on purpose, even once, can be domestic abuse. It does not have to happen again.' },
      options: ABOUT_THEM,
    },
    {
      id: 'strangled',
      finding: { en: 'You said you have been choked or held by the neck.' },
      topic: { en: 'choking or strangling' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'physical-sexual',
      text: { en: 'Has your partner or ex ever choked you, or held you by the neck?' },
      hint: {
        en: 'This means hands or anything else around your neck, or being stopped from breathing. It counts even if it left no mark.',
      },
      why: {
        en: 'Choking is a crime, even if it leaves no mark. It is one of the strongest signs of serious harm. It means help is needed soon.',
      },
      options: ABOUT_THEM,
    },
    {
      id: 'threats',
      finding: { en: 'You said your partner or ex has threatened you.' },
      topic: { en: 'threats to kill or hurt' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'violent-threatening',
      text: { en: 'Has your partner or ex threatened to kill or hurt you?' },
      hint: { en: 'This includes threats to hurt the children, or someone close to you.' },
      why: { en: 'Threats to kill or hurt are abuse. Threats to kill mean help is needed soon.' },
      options: ABOUT_THEM,
    },
    {
      id: 'sexual',
      finding: { en: 'You said something sexual happened that you did not want.' },
      topic: { en: 'sexual pressure or force' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'physical-sexual',
      text: { en: 'Has your partner or ex ever made you do something sexual you did not want to do?' },
      hint: { en: 'This includes being pushed into it, or forced.' },
      why: { en: 'Sex that you did not want is abuse. This is true even if you are married or live together.' },
      options: ABOUT_THEM,
    },
    {
      id: 'controlling',
      finding: { en: 'You said your partner or ex controls what you do or who you see.' },
      topic: { en: 'being controlled' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'controlling-coercive',
      text: { en: 'Does your partner or ex control what you do or who you see?' },
      hint: { en: 'For example, where you go, or keeping you away from friends and family.' },
      why: { en: 'Control takes away your freedom bit by bit. It is abuse, even if no one is hit.' },
      options: ABOUT_THEM,
    },
    {
      id: 'economic',
      finding: { en: 'You said your partner or ex controls your money.' },
      topic: { en: 'control of money or work' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'economic',
      text: { en: 'Does your partner or ex control your money?' },
      hint: { en: 'For example, taking your money, stopping you from working, or running up debts in your name.' },
      why: { en: 'Taking control of your money or work, so you cannot get what you need, is abuse too.' },
      options: ABOUT_THEM,
    },
    {
      id: 'monitoring',
      finding: { en: 'You said your partner or ex checks up on you or follows you.' },
      topic: { en: 'being checked on or followed' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'controlling-coercive',
      text: { en: 'Does your partner or ex check up on you or follow you?' },
      hint: {
        en: 'For example, checking your phone, tracking where you are, or turning up where you are again and again.',
      },
      why: {
        en: 'Checking up on you and following you are ways to control you. After a split, they can be stalking. Then help is needed soon.',
      },
      options: ABOUT_THEM,
    },
    {
      id: 'degrading',
      finding: { en: 'You said your partner or ex puts you down or makes you feel small.' },
      topic: { en: 'being put down' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'psychological-emotional',
      text: { en: 'Does your partner or ex put you down or make you feel worthless?' },
      hint: { en: 'For example, calling you names, or making fun of you in front of others.' },
      why: { en: 'Being made to feel small or worthless is abuse. It is not a normal argument.' },
      options: ABOUT_THEM,
    },
    {
      id: 'children-used',
      finding: { en: 'You said your partner or ex has used the children to scare or control you.' },
      topic: { en: 'the children used to control' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'yes',
      category: 'controlling-coercive',
      text: { en: 'Has your partner or ex used the children to scare or control you?' },
      hint: { en: 'For example, threatening to take them away, or turning them against you.' },
      why: {
        en: 'Using the children to control a parent is abuse. Children who live with abuse are harmed by it too.',
      },
      options: ABOUT_THEM,
    },
    {
      id: 'can-disagree-safely',
      finding: { en: 'You said you do not feel safe to disagree.' },
      topic: { en: 'disagreeing safely' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'victim',
      indicator: 'no',
      category: 'fear-power',
      text: { en: 'When you and your partner or ex disagree, can you say what you think?' },
      hint: { en: 'Say yes only if you can do it without worrying about what they might do.' },
      why: {
        en: 'In an argument, both people can speak up. If one person is scared to disagree, the other has power over them. That is a sign of abuse.',
      },
      options: ABOUT_YOU,
    },
    {
      id: 'own-behaviour',
      finding: { en: 'You said you worry about how you act towards your family.' },
      topic: { en: 'how you act towards your family' },
      group: 'safety',
      tools: ALL_TOOLS,
      concerns: 'own-behaviour',
      indicator: 'yes',
      text: { en: 'Do you worry that the way you act scares or hurts your family?' },
      hint: { en: 'Your family here means your partner or ex, and your children.' },
      why: { en: 'People who worry about how they act can get private help to change. This keeps everyone safer.' },
      options: ABOUT_YOU,
    },
  ],
  PACKS,
);

/** The ids of the safety questions, in the order they are asked. */
export const SAFETY_IDS: readonly string[] = /* @__PURE__ */ SAFETY_QUESTIONS.map((q) => q.id);
