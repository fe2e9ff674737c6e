/** The snippet a webmaster pastes: one script tag and one element reading the config file. */

export type SnippetElement =
  'rpc-screener' | 'rpc-signposter' | 'rpc-signposter-list' | 'rpc-help-finder' | 'rpc-da-check';

export const SNIPPET_ELEMENTS: readonly { id: SnippetElement; label: string }[] = [
  { id: 'rpc-screener', label: 'Screener: parents check their situation' },
  { id: 'rpc-signposter', label: 'Signposter: which offers fit a family' },
  { id: 'rpc-signposter-list', label: 'Signposter list: your whole offer, with filters' },
  { id: 'rpc-help-finder', label: 'Help finder: local services, with posters' },
  { id: 'rpc-da-check', label: 'DA check: for practitioners' },
];

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The file name, ending in .json. */
export const jsonFileName = (name: string): string =>
  /\.json$/i.test(name.trim()) ? name.trim() : `${name.trim() || 'our-council'}.json`;

/** The script tag for the element's own file and the element, both from the same folder. */
export function snippet(element: SnippetElement, folder: string, fileName: string): string {
  const dir = `${folder.trim().replace(/\/*$/, '') || ''}/`;
  const file = jsonFileName(fileName);
  const tag = element === 'rpc-signposter-list' ? 'rpc-signposter' : element;
  const mode = element === 'rpc-signposter-list' ? ' mode="list"' : '';
  return (
    `<script type="module" src="${escapeAttr(`${dir}${tag}.js`)}"></script>\n` +
    `<${tag}${mode} config-src="${escapeAttr(`${dir}${file}`)}"></${tag}>`
  );
}
