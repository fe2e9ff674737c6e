/** The keyboard for the harness in tests: real key presses through the test runner. */
import { sendKeys } from '@web/test-runner-commands';
import type { HarnessOptions } from './harness.js';

export const keyboard: HarnessOptions = { press: (key) => sendKeys({ press: key }) };
