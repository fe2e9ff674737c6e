// The first screens the CDN entry files draw before the element's code has loaded (see
// packages/kit/src/cdn/first-screen.ts): each element marked `firstScreen` in
// packages/kit/elements.json, rendered with Lit's own server renderer (@lit-labs/ssr) from the
// built packages (dist/), in English and in Welsh, with the default settings (the element's own
// audience: parents for the screener, practitioners for the DA check): the
// same templates, words and styles as the element's own first draw, so the element replaces it
// with nothing moving. Its quick exit is rendered as the page's one button (as the registry makes
// it in a browser). The markup is turned into nodes the entry file builds with the DOM, and the
// style sheets are cut to the rules the screen may use. Prints JSON: { [tag]: FirstScreen }. Run by
// the build (rollup.config.mjs), after the packages are built: node scripts/first-screens.mjs
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

const { elements } = JSON.parse(readFileSync(new URL('../packages/kit/elements.json', import.meta.url), 'utf8'));
const LOCALES = ['en', 'cy'];

const { loadContent } = await import('@rpc-kit/rules/lean');
const { translate } = await import('@rpc-kit/elements');
await import('@rpc-kit/elements/quick-exit.define.js');
// Every pack, so no word is read before its pack (the render warns then).
for (const locale of LOCALES)
  for (const audience of ['parent', 'practitioner']) await loadContent({ locale, audience });

/** Lit's markers out (the element draws afresh, it does not hydrate), and the space between tags. */
const plain = (markup) =>
  markup
    .replace(/<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/>\s+</g, '> <')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The one declarative shadow root of a server render: its style sheets (each once, in the place
 * of its last use, as Lit adopts them) and its markup.
 */
function shadowOf(markup, tag) {
  const open = new RegExp(`^[\\s\\S]*?<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`);
  const inner = markup.replace(open, '').replace(new RegExp(`</template></${tag}>[\\s\\S]*$`), '');
  // Not the style sheets of an element inside (the quick exit's own shadow root).
  const own = inner.replace(/<template shadowroot[\s\S]*?<\/template>/g, '');
  const sheets = [...own.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) =>
    m[1]
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return {
    css: sheets.filter((s, i) => sheets.lastIndexOf(s) === i).join('\n'),
    markup: inner.replace(/<style>[\s\S]*?<\/style>/g, ''),
  };
}

/** The blocks of a style sheet at one level: [prelude, body] (the body between its braces). */
function blocksOf(css) {
  const blocks = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{' && depth++ === 0) open = i;
    if (css[i] === '}' && --depth === 0) {
      blocks.push([css.slice(start, open).trim(), css.slice(open + 1, i)]);
      start = i + 1;
    }
  }
  return blocks;
}

/**
 * A selector that cannot match the markup: it names a class or an element the markup does not
 * have (outside parentheses, where `:host(...)` and `:not(...)` name other things). Attributes are
 * not checked: the page changes some (a "Need help now?" opened).
 */
function cannotMatch(selector, classes, tags) {
  let depth = 0;
  let outside = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (depth === 0) outside += ch;
    if (ch === ')') depth--;
  }
  outside = outside.replace(/\[[^\]]*\]/g, '[]');
  return (
    [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].some((m) => !classes.has(m[1])) ||
    [...outside.matchAll(/(?:^|[\s>+~])([a-z][a-z0-9-]*)/g)].some((m) => !tags.has(m[1]))
  );
}

/** The style sheet with only the rules that may match the markup (the first screen's, in any language). */
function pruned(css, markups) {
  const classes = new Set(markups.flatMap((m) => [...m.matchAll(/class="([^"]*)"/g)].flatMap((x) => x[1].split(' '))));
  const tags = new Set(markups.flatMap((m) => [...m.matchAll(/<([a-z][\w-]*)/g)].map((x) => x[1])));
  const keep = (sheet) =>
    blocksOf(sheet)
      .map(([prelude, body]) => {
        if (/^@(media|supports)/.test(prelude)) {
          const inner = keep(body);
          return inner ? `${prelude} { ${inner} }` : '';
        }
        if (prelude.startsWith('@')) return `${prelude} {${body}}`;
        // A list's commas, not those inside parentheses (`:is(a, b)`).
        const selectors = prelude.split(/,(?![^(]*\))/).filter((s) => !cannotMatch(s.trim(), classes, tags));
        return selectors.length ? `${selectors.join(',')} {${body}}` : '';
      })
      .filter(Boolean)
      .join(' ');
  return keep(css);
}

/** A style sheet with no space it does not need (none around punctuation, after a colon, before `!important`). */
const minified = (css) =>
  css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}')
    .trim();

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[e.toLowerCase()],
  );

/**
 * The server's markup as nodes the entry file builds with the DOM (no markup parsed in the page):
 * a text, or [tag, [name, value, ...], ...children]. Only what a server render of ours holds:
 * quoted attributes, no script, no SVG.
 */
function nodesOf(markup) {
  const top = [];
  const stack = [top];
  for (const [, close, tag, attrs, text] of markup.matchAll(
    /<\/([a-z][\w-]*)\s*>|<([a-z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>|([^<]+)/g,
  )) {
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      if (text.trim() || parent.length > 2) parent.push(decode(text));
    } else if (close) {
      if (stack.pop()[0] !== close) throw new Error(`first-screens: </${close}> closes another element`);
    } else {
      if (/^(script|style|svg|template)$/.test(tag)) throw new Error(`first-screens: <${tag}> in a first screen`);
      const attributes = [...attrs.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].flatMap(([, n, v]) => [n, decode(v ?? '')]);
      const node = [tag, attributes];
      parent.push(node);
      if (!VOID.has(tag)) stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error('first-screens: an element is not closed');
  return top;
}

const screens = {};
for (const element of elements.filter((e) => e.firstScreen)) {
  await import(`${element.package}/define.js`);
  const tag = unsafeStatic(element.tag);
  // The audience an element has with no attribute (the DA check's is practitioners): the screen is
  // drawn for it, and the entry file draws it only on an element of that audience.
  const { audience } = new (customElements.get(element.tag))();
  if (audience !== 'parent' && audience !== 'practitioner')
    throw new Error(`first-screens: <${element.tag}> has no default audience`);
  const first = { audience, css: '', exitCss: '', screen: {}, exit: {}, cover: {} };
  for (const locale of LOCALES) {
    const own = shadowOf(await collectResult(render(staticHtml`<${tag} lang=${locale}></${tag}>`)), element.tag);
    // The quick exit as the page's one button, in place of the server's empty one.
    const state = { primary: true, inView: true, presses: 0, say: '' };
    const exit = shadowOf(
      await collectResult(
        render(html`<rpc-quick-exit variant="button" .locale=${locale} .state=${state}></rpc-quick-exit>`),
      ),
      'rpc-quick-exit',
    );
    const screen = plain(own.markup)
      .replace(
        /<rpc-quick-exit([^>]*?)\s*defer-hydration><template[^>]*>[\s\S]*?<\/template><\/rpc-quick-exit>/,
        '<div data-rpc-first-exit$1></div>',
      )
      .replace(/^<div class="root /, '<div data-rpc-first class="root ');
    if (!screen.includes('data-rpc-first-exit') || !screen.startsWith('<div data-rpc-first '))
      throw new Error(`first-screens: <${element.tag}>'s server render is not the frame this script knows`);
    first.css = own.css;
    first.exitCss = exit.css;
    first.screen[locale] = screen;
    first.exit[locale] = plain(exit.markup);
    first.cover[locale] = translate('ui.quick-exit-loading', 'parent', locale, {});
  }
  // The style sheets cut to the rules the first screen may use (the element adopts its own whole).
  first.css = minified(pruned(first.css, Object.values(first.screen)));
  first.exitCss = minified(pruned(first.exitCss, Object.values(first.exit)));
  for (const locale of LOCALES) {
    first.screen[locale] = nodesOf(first.screen[locale]);
    first.exit[locale] = nodesOf(first.exit[locale]);
  }
  screens[element.tag] = first;
}
process.stdout.write(JSON.stringify(screens));
