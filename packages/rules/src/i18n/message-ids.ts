import { ELEMENT_MESSAGE_IDS } from './message-ids.generated.js';
import { MESSAGES, type MessageId } from './messages.js';

/**
 * Every message id, the rules' and the elements': what a config's `strings` may override. Its own
 * module, so only config validation loads the elements' list of ids (an element's first screen
 * does not).
 */
export const MESSAGE_IDS = /* @__PURE__ */ Object.keys(MESSAGES).concat(ELEMENT_MESSAGE_IDS) as MessageId[];
