/**
 * @rpc-kit/elements: what every RPC Kit element shares. Importing this module defines nothing;
 * `@rpc-kit/elements/quick-exit.define.js` registers `<rpc-quick-exit>`, and
 * `@rpc-kit/elements/journey.js` is the question journey (a separate entry, so an element without
 * questions, such as the help finder, does not carry the questions and the decision engine).
 */
export { RpcElement } from './base.js';
export { ConfigController, type ConfigHost, type ConfigStatus } from './config-controller.js';
export { defineElement, VERSION } from './define.js';
export { emit, campaignSource, type RpcEventDetail, type RpcEventName } from './events.js';
export { resolveLocale, translate, onPageLanguageChange, type UiLocale } from './i18n.js';
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
export {
  renderContacts,
  renderEmergencyPanel,
  renderPathways,
  renderQuestion,
  renderQuickExit,
  renderQuickExitNote,
  renderSelect,
  type QuestionView,
  type SelectView,
  type TemplateHost,
} from './templates.js';
export { renderReferralSummary, copyText } from './summary.js';
