import { LitElement, css, html, nothing } from 'lit';
import { DEFAULT_QUICK_EXIT_URL, type MessageId } from '@rpc-kit/rules';
import { emit } from './events.js';
import { resolveLocale, translate } from './i18n.js';
import { baseStyles } from './styles.js';

const SHIFT_WINDOW_MS = 5000;

/** Elements holding answers listen here, to wipe them the moment someone exits. */
export const exitBus = new EventTarget();

const instances: RpcQuickExit[] = [];

/**
 * `<rpc-quick-exit>`: GOV.UK's "Exit this page", for every element that touches abuse.
 * A sticky button; Shift pressed 3 times within 5 seconds (a Shift used with another key does not
 * count) with a spoken countdown; on exit the page is covered at once, every RPC Kit element wipes
 * its answers, and the current page is *replaced* in history, so Back does not return to it.
 *
 * @summary Leave the page quickly and safely.
 * @event rpc-exit - someone used the quick exit (detail: element, source).
 * @csspart button - the exit button (a link).
 * @cssproperty --rpc-colour-exit - the button's colour.
 */
export class RpcQuickExit extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        position: sticky;
        top: 0;
        z-index: 1000;
        contain: none;
      }
      .quick-exit {
        display: flex;
        justify-content: flex-end;
        padding: 5px 0;
        background: transparent;
      }
      .button.exit {
        background: var(--_exit);
        box-shadow: 0 2px 0 #55150b;
        margin: 0;
        font-weight: 700;
      }
      @media print {
        :host {
          display: none !important;
        }
      }
    `,
  ];

  static override properties = {
    url: {},
    announcement: { state: true },
  };

  /** Where the exit goes: a neutral site. */
  declare url: string;
  declare announcement: string;

  /** How the page is left. Replaced only by tests. */
  static navigate = (url: string): void => location.replace(url);

  private presses = 0;
  private shiftHeld = false;
  private shiftUsedAsModifier = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private exited = false;

  constructor() {
    super();
    this.url = DEFAULT_QUICK_EXIT_URL;
    this.announcement = '';
  }

  private t(id: MessageId, values?: Record<string, string | number>): string {
    const host = (this.getRootNode() as ShadowRoot).host ?? this;
    return translate(id, 'parent', resolveLocale(host), {}, values);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    instances.push(this);
    if (instances.length === 1) {
      document.addEventListener('keydown', onKeyDown, true);
      document.addEventListener('keyup', onKeyUp, true);
    }
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    instances.splice(instances.indexOf(this), 1);
    if (instances.length === 0) {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
    }
    window.removeEventListener('pageshow', this.onPageShow);
    clearTimeout(this.timer);
  }

  /** @internal */
  handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Shift') {
      if (!event.repeat) {
        this.shiftHeld = true;
        this.shiftUsedAsModifier = false;
      }
    } else if (this.shiftHeld) {
      this.shiftUsedAsModifier = true;
    } else if (this.presses > 0) {
      this.reset();
    }
  }

  /** @internal */
  handleKeyUp(event: KeyboardEvent): void {
    if (event.key !== 'Shift') return;
    this.shiftHeld = false;
    if (this.shiftUsedAsModifier) {
      this.reset();
      return;
    }
    this.presses += 1;
    if (this.presses === 1) {
      this.timer = setTimeout(() => {
        this.reset();
        this.announcement = this.t('ui.quick-exit-timeout');
      }, SHIFT_WINDOW_MS);
    }
    if (this.presses >= 3) {
      this.reset();
      this.exit();
      return;
    }
    const left = 3 - this.presses;
    this.announcement =
      left === 1 ? this.t('ui.quick-exit-countdown-one') : this.t('ui.quick-exit-countdown', { n: left });
  }

  private reset(): void {
    this.presses = 0;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    // Back from the back-forward cache: take the cover away.
    if (event.persisted || this.exited) {
      document.getElementById('rpc-quick-exit-overlay')?.remove();
      this.exited = false;
    }
  };

  private readonly onClick = (event: MouseEvent): void => {
    event.preventDefault();
    this.exit();
  };

  /** Leaves now: covers the page, wipes every answer, replaces this page in history. */
  exit(): void {
    this.exited = true;
    this.announcement = this.t('ui.quick-exit-activated');
    coverPage(this.t('ui.quick-exit-loading'));
    exitBus.dispatchEvent(new Event('exit'));
    const host = (this.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
    emit(host ?? this, 'rpc-exit');
    RpcQuickExit.navigate(this.url);
  }

  protected override render() {
    return html`<div class="quick-exit" part="container">
      <a class="button exit" part="button" href=${this.url} rel="nofollow noreferrer" @click=${this.onClick}
        >${this.t('ui.quick-exit')}</a
      >
      <span class="visually-hidden" aria-live="polite" role="status">${this.announcement || nothing}</span>
    </div>`;
  }
}

function onKeyDown(event: KeyboardEvent): void {
  instances[0]?.handleKeyDown(event);
}
function onKeyUp(event: KeyboardEvent): void {
  instances[0]?.handleKeyUp(event);
}

/** Covers the whole page at once with a plain overlay (styled through the CSSOM: CSP-safe). */
function coverPage(label: string): void {
  if (document.getElementById('rpc-quick-exit-overlay')) return;
  const overlay = document.createElement('div');
  overlay.id = 'rpc-quick-exit-overlay';
  overlay.setAttribute('role', 'status');
  overlay.textContent = label;
  const s = overlay.style;
  s.setProperty('position', 'fixed', 'important');
  s.setProperty('inset', '0', 'important');
  s.setProperty('z-index', '2147483647', 'important');
  s.setProperty('background', '#ffffff', 'important');
  s.setProperty('color', '#ffffff', 'important');
  document.body.append(overlay);
}
