import type { MessageId } from '@rpc-kit/rules/lean';
import type { QuickExitState } from './exit-registry.js';

/**
 * What the quick exit's live region says: how many more presses of Shift leave the page, that the
 * count was reset, or that it ran out of time; nothing otherwise.
 */
export function exitSay(
  { say, presses }: QuickExitState,
  t: (id: MessageId, values?: Record<string, string | number>) => string,
): string {
  if (say === 'countdown')
    return presses === 2 ? t('ui.quick-exit-countdown-one') : t('ui.quick-exit-countdown', { n: 3 - presses });
  if (say === 'reset') return t('ui.quick-exit-reset');
  return say === 'expired' ? t('ui.quick-exit-timeout') : '';
}
