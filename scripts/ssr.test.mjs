// Every element in the one list (packages/kit/elements.json) renders on a server with Lit's own
// server renderer (@lit-labs/ssr, used by Eleventy, Astro and Next.js plugins): no DOM during
// construction or render(), the language from the element's own `lang`, the declarative shadow
// DOM holding the element's first heading in English and in Welsh. Reads the built packages
// (dist/): run after `npm run build` (node --test scripts/ssr.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { KIND_TITLES, localise } from '@rpc-kit/rules';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

const { elements } = JSON.parse(readFileSync(new URL('../packages/kit/elements.json', import.meta.url), 'utf8'));

/**
 * The first heading a person sees, in each language: the element's `ui.<name>.title` from its own
 * words (for the audience the element shows); the practice audit's is the title of its default kind of audit, from the rules.
 */
async function firstHeading(element, locale, audience) {
  if (element.name === 'practice-audit') return localise(KIND_TITLES.assessments, locale);
  const pkg = await import(element.package);
  const table = Object.entries(pkg).find(([name]) => name.endsWith('_MESSAGES'))?.[1];
  assert.ok(table, `${element.package} exports no message table`);
  const title = table[`ui.${element.name}.title`];
  assert.ok(title, `${element.package}'s words have no ui.${element.name}.title`);
  return localise(title[audience] ?? title, locale);
}

/** The server's HTML without Lit's markers and styles, with the entities a heading may hold. */
const plain = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

for (const element of elements) {
  for (const locale of ['en', 'cy']) {
    test(`<${element.tag} lang="${locale}"> renders on a server with its first heading`, async () => {
      await import(`${element.package}/define.js`);
      const tag = unsafeStatic(element.tag);
      const markup = plain(await collectResult(render(staticHtml`<${tag} lang=${locale}></${tag}>`)));
      assert.match(markup, new RegExp(`^<${element.tag}[^>]* lang="${locale}"`));
      assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/, 'no declarative shadow root');
      const heading = markup.match(/<h[12][^>]*>([\s\S]*?)<\/h[12]>/);
      assert.ok(heading, `no heading in <${element.tag}>'s server render`);
      assert.equal(
        heading[1].replace(/<[^>]+>/g, '').trim(),
        await firstHeading(element, locale, markup.match(/ audience="(\w+)"/)?.[1]),
      );
    });
  }
}

test("a config set as a property is used on the server (a council's words in the heading)", async () => {
  await import('@rpc-kit/help-finder/define.js');
  // The config's checks load after the first paint in a browser; a server renderer waits for them once.
  const { configValidatorReady } = await import('@rpc-kit/elements');
  await configValidatorReady();
  const config = { strings: { en: { 'ui.help-finder.title': 'Help near you in Northshire' } } };
  const markup = plain(
    await collectResult(render(html`<rpc-help-finder lang="en" .config=${config}></rpc-help-finder>`)),
  );
  assert.match(markup, /<h2>Help near you in Northshire<\/h2>/);
});
