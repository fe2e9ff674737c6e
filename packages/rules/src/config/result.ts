/** What validating a council's config gives (`validateConfig`, `quickValidate`). */
import type { Problem } from '../util/problems.js';
import type { ResolvedConfig } from './defaults.js';

export type ValidationResult =
  | {
      readonly ok: true;
      readonly config: ResolvedConfig;
      /** The same config: a valid config is usable as it is. */
      readonly usable: ResolvedConfig;
      readonly leftOut: readonly [];
      readonly problems: readonly [];
      readonly warnings: readonly Problem[];
    }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly warnings: readonly Problem[];
      /**
       * The config resolved with each invalid item left out: a list item with a problem is dropped,
       * a bad optional setting falls back to its default, an unknown key is ignored. When nothing
       * can be kept, the defaults with the council's nation (if that is valid).
       */
      readonly usable: ResolvedConfig;
      /** The JSON paths of what `usable` leaves out (`$` when it is the defaults). */
      readonly leftOut: readonly string[];
    };
