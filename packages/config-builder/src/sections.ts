/**
 * The form's sections, in the order a webmaster fills them (the council, the quick exit, the
 * default pathways, their own offers, services, contacts, referral routes, branding, wording), and
 * every other setting the schema has at the end, so nothing is left out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Path } from './edit.js';
import { objectChildren, renderField } from './fields.js';
import { fieldKind, nodeAt } from './schema.js';
import { pathKey, within, type BuilderHost } from './builder-host.js';
import { DEFAULTS, renderDefaults } from './defaults.js';

/** The parts of the config each section of the form holds, in the order a webmaster fills them. */
const SECTIONS: readonly { id: string; title: string; intro?: string; paths: readonly Path[] }[] = [
  {
    id: 'council',
    title: 'Your council',
    intro: 'Your council’s name and nation, and the languages you publish in.',
    paths: [['council'], ['nation'], ['locales']],
  },
  {
    id: 'quick-exit',
    title: 'Quick exit',
    intro: 'Every element that asks about abuse has an Exit this page button. Choose where it goes.',
    paths: [['quickExit']],
  },
  { id: 'defaults', title: 'Default pathways', paths: [DEFAULTS, ['pathways', 'allDefaults']] },
  {
    id: 'offers',
    title: 'Your own offers',
    paths: [
      ['pathways', 'custom'],
      ['pathways', 'order'],
    ],
  },
  { id: 'services', title: 'Services', paths: [['services']] },
  { id: 'contacts', title: 'Contacts', paths: [['contacts']] },
  {
    id: 'referrals',
    title: 'Referral routes',
    intro: 'For practitioners using the DA check: where to refer when there are signs of abuse, and for high risk.',
    paths: [['referrals']],
  },
  { id: 'branding', title: 'Branding', paths: [['branding']] },
  { id: 'strings', title: 'Wording', paths: [['strings']] },
];

function renderSectionPath(host: BuilderHost, path: Path): TemplateResult {
  if (pathKey(path) === pathKey(DEFAULTS)) return renderDefaults(host);
  const kind = fieldKind(nodeAt(host.schema, path)).kind;
  // A section that is one object shows its settings under the section's heading.
  if (kind === 'object' && path.length === 1 && pathKey(path) !== '$.council') {
    return html`${objectChildren(host, path)}`;
  }
  if (pathKey(path) === '$.council') {
    return html`${host.problemsAt(path).map((p) => html`<p class="error-message">${p.message}</p>`)}
    ${objectChildren(host, path)}`;
  }
  // A list or named entries alone under its heading: the heading is its label.
  const section = SECTIONS.find((s) => s.paths.length === 1 && pathKey(s.paths[0]!) === pathKey(path));
  return renderField(host, path, section ? { label: section.title, hideLabel: true } : {});
}

/** The form: each section with its settings, then the settings no section holds. */
export function renderForm(host: BuilderHost): TemplateResult {
  const claimed = new Set(SECTIONS.flatMap((s) => s.paths.map(pathKey)));
  const inSchema = (path: Path) => nodeAt(host.schema, path) !== undefined;
  // Settings the schema has that no section holds: shown at the end, so nothing is left out.
  const others: Path[] = [];
  const collect = (path: Path) => {
    const node = nodeAt(host.schema, path);
    for (const key of Object.keys(node?.properties ?? {})) {
      const child = [...path, key];
      if (claimed.has(pathKey(child))) continue;
      if (SECTIONS.some((s) => s.paths.some((p) => within(pathKey(child), pathKey(p))))) collect(child);
      else others.push(child);
    }
  };
  collect([]);
  return html`<form class="config-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
    ${SECTIONS.map((section) => {
      const paths = section.paths.filter(inSchema);
      if (!paths.length) return nothing;
      return html`<section class="section" id=${`section-${section.id}`} aria-labelledby=${`h-${section.id}`}>
        <h2 id=${`h-${section.id}`}>${section.title}</h2>
        ${section.intro ? html`<p>${section.intro}</p>` : nothing} ${paths.map((path) => renderSectionPath(host, path))}
      </section>`;
    })}
    ${
      others.length
        ? html`<section class="section" id="section-other" aria-labelledby="h-other">
            <h2 id="h-other">Other settings</h2>
            ${others.map((path) => renderField(host, path))}
          </section>`
        : nothing
    }
  </form>`;
}
