/** Checks across fields of a council config that a schema cannot express. */
import { DEFAULT_PATHWAYS } from '../content/pathways.js';
import { formatPath, type Problem } from '../util/problems.js';
import type { ConfigInput } from './schema.js';
import { suggestKey } from './suggest.js';

/** Checks across fields that a schema cannot express: unique ids, known ids in `order`. */
export function crossChecks(config: ConfigInput): Problem[] {
  const problems: Problem[] = [];
  const defaultIds = new Set(DEFAULT_PATHWAYS.map((p) => p.id));
  const custom = config.pathways?.custom ?? [];
  const seen = new Set<string>();
  custom.forEach((p, i) => {
    if (defaultIds.has(p.id)) {
      problems.push({
        path: formatPath(['pathways', 'custom', i, 'id']),
        message: `"${p.id}" is a default pathway: change it under pathways.defaults instead`,
      });
    } else if (seen.has(p.id)) {
      problems.push({ path: formatPath(['pathways', 'custom', i, 'id']), message: `"${p.id}" is used twice` });
    }
    seen.add(p.id);
  });
  const known = new Set([...defaultIds, ...seen]);
  (config.pathways?.order ?? []).forEach((pid, i) => {
    if (!known.has(pid)) {
      const hint = suggestKey(pid, [...known]);
      problems.push({
        path: formatPath(['pathways', 'order', i]),
        message: `"${pid}" is not a pathway${hint ? ` (did you mean "${hint}"?)` : ''}`,
      });
    }
  });
  for (const list of ['contacts', 'services'] as const) {
    const ids = new Set<string>();
    (config[list] ?? []).forEach((item, i) => {
      if (ids.has(item.id)) problems.push({ path: formatPath([list, i, 'id']), message: `"${item.id}" is used twice` });
      ids.add(item.id);
    });
  }
  (config.services ?? []).forEach((s, i) => {
    if (s.minAge !== undefined && s.maxAge !== undefined && s.minAge > s.maxAge) {
      problems.push({ path: formatPath(['services', i, 'maxAge']), message: 'must not be less than minAge' });
    }
  });
  return problems;
}
