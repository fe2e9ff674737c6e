/**
 * @rpc-kit/elements: what every element shares. Importing this module defines nothing;
 * `@rpc-kit/elements/quick-exit.define.js` registers `<rpc-quick-exit>`, and
 * `@rpc-kit/elements/journey.js` is the question journey (a separate entry, so an element without
 * questions, such as the help finder, does not carry the questions and the decision engine), and
 * `@rpc-kit/elements/list.js` what lists with filters share. Keep modules with styles out of this
 * entry: a style sheet made at load time stays in every bundle that loads its module.
 */
export { RpcElement } from './base.js';
export { Announcer } from './announcer.js';
export { ConfigController, configValidatorReady, type ConfigHost, type ConfigStatus } from './config-controller.js';
export { defineElement, VERSION } from './register.js';
export {
  emit,
  campaignSource,
  type ContactChannel,
  type RpcEventDetail,
  type RpcEventName,
  type RpcEventBase,
  type RpcEvent,
  type RpcEventMap,
  type RpcEventDetailMap,
  type RpcStartDetail,
  type RpcStepDetail,
  type RpcCompleteDetail,
  type RpcExitDetail,
  type RpcContactClickDetail,
  type RpcViewDetail,
} from './events.js';
export { resolveLocale, translate, onPageLanguageChange, type UiLocale } from './i18n.js';
export type { MessageTable, PluralForms, UiMessage, UiText } from './message-table.js';
export { SHARED_MESSAGES } from './shared.messages.js';
export { RpcQuickExit } from './quick-exit.js';
export { ExitController } from './exit-controller.js';
export {
  EXIT_EVENT,
  PROTOCOL as QUICK_EXIT_PROTOCOL,
  REGISTRY_KEY as QUICK_EXIT_REGISTRY_KEY,
  quickExitRegistry,
  safeExitUrl,
  type QuickExitButton,
  type QuickExitRegistry,
  type QuickExitState,
} from './exit-registry.js';
export { baseStyles } from './styles.js';
export type { TemplateHost } from './templates/host.js';
export { contactLink, type ContactLinkOptions } from './templates/contact-link.js';
export { renderContacts } from './templates/contact-card.js';
export { renderPathways } from './templates/pathway-card.js';
export { inLanguage } from './templates/in-language.js';
export { renderQuestion, type QuestionView } from './templates/question.js';
export { renderQuickExit, renderQuickExitNote } from './templates/quick-exit.js';
export { copyText } from './templates/summary.js';
export { downloadFile } from './download.js';
export { Lazy } from './lazy.js';
export { PageGuard } from './page-guard.js';
