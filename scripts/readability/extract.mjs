// Reading the texts of a source (see sources.mjs): each as { id, group, text }, in English, in the
// parent's wording where a text is worded per audience.

const isWorded = (m) => typeof m === 'object' && m !== null && 'parent' in m && 'practitioner' in m;
/** The parent's English of a text or a worded message; undefined when there is none. */
export function parentEnglish(value) {
  const text = isWorded(value) ? value.parent : value;
  return typeof text === 'object' && text !== null && typeof text.en === 'string' ? text.en : undefined;
}

/** Does an id pass a source's `only` and `except` lists (exact ids, or prefixes ending in "." or "*")? */
export function selected(id, { only, except } = {}) {
  const match = (pattern) =>
    pattern.endsWith('.') || pattern.endsWith('*') ? id.startsWith(pattern.replace(/\*$/, '')) : id === pattern;
  if (only && !only.some(match)) return false;
  return !(except ?? []).some(match);
}

const QUESTION_FIELDS = ['text', 'hint', 'options', 'why', 'finding', 'topic'];
const PATHWAY_FIELDS = ['description', 'whoFor', 'access.howTo', 'cost', 'duration'];
const CONTACT_FIELDS = ['description', 'hours'];

const get = (object, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), object);

function fromQuestions(table, name, fields = QUESTION_FIELDS) {
  const out = [];
  for (const q of Array.isArray(table) ? table : [table]) {
    for (const field of fields) {
      if (field === 'options') {
        for (const o of q.options ?? []) out.push([`${name}.${q.id}.options.${o.value}`, parentEnglish(o.label)]);
      } else out.push([`${name}.${q.id}.${field}`, parentEnglish(q[field])]);
    }
  }
  return out;
}

const fromList = (table, name, fields) =>
  table.flatMap((item) => fields.map((f) => [`${name}.${item.id}.${f}`, parentEnglish(get(item, f))]));

/** Nation-specific texts: nation -> id -> partial item. */
const fromNations = (table, name, fields) =>
  Object.entries(table).flatMap(([nation, items]) =>
    Object.entries(items).flatMap(([id, item]) =>
      ['name', ...fields].map((f) => [`${name}.${nation}.${id}.${f}`, parentEnglish(get(item, f))]),
    ),
  );

const fromMessages = (table, name) => Object.entries(table).map(([id, m]) => [`${name}.${id}`, parentEnglish(m)]);

/** The texts of one source, given the module it names (already imported). */
export function extract(source, module) {
  if (!(source.export in module)) throw new Error(`${source.module} has no export "${source.export}"`);
  const table = module[source.export];
  const name = source.export;
  const rows =
    source.kind === 'questions'
      ? fromQuestions(table, name, source.fields)
      : source.kind === 'pathways'
        ? fromList(table, name, source.fields ?? PATHWAY_FIELDS)
        : source.kind === 'nation-pathways'
          ? fromNations(table, name, source.fields ?? PATHWAY_FIELDS)
          : source.kind === 'contacts'
            ? fromList(table, name, source.fields ?? CONTACT_FIELDS)
            : source.kind === 'messages'
              ? fromMessages(table, name)
              : (() => {
                  throw new Error(`unknown kind "${source.kind}" for ${name}`);
                })();
  return rows
    .filter(([id, text]) => typeof text === 'string' && text.trim() && selected(id.slice(name.length + 1), source))
    .map(([id, text]) => ({ id, group: source.group, text }));
}
