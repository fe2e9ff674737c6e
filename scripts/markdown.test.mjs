// Tests of the guides' Markdown to HTML step: node --test scripts/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inline, markdownToHtml, mdToHtmlLink, slug } from './markdown.mjs';

const md = (text, options) => markdownToHtml(text, options).html.trim();

test('headings get GitHub-style ids, repeated ones numbered', () => {
  assert.equal(
    md('# `<rpc-screener>`: for website editors\n\n## Add it\n\n## Add it'),
    '<h1 id="rpc-screener-for-website-editors"><code>&lt;rpc-screener&gt;</code>: for website editors</h1>\n' +
      '<h2 id="add-it">Add it</h2>\n<h2 id="add-it-1">Add it</h2>',
  );
  assert.equal(slug('Writing the config with help from your editor'), 'writing-the-config-with-help-from-your-editor');
});

test('a comment for the file’s editors is left out, on one line or several, as GitHub hides it', () => {
  assert.equal(
    md('# Title\n\n<!-- Written by `node x.mjs`; CI checks it. -->\n\nText'),
    '<h1 id="title">Title</h1>\n<p>Text</p>',
  );
  assert.equal(md('<!--\nTwo\nlines -->\nText'), '<p>Text</p>');
  // In a code block it is code, shown as written.
  assert.equal(
    md('```html\n<!-- a note -->\n```'),
    '<pre><code class="language-html">&lt;!-- a note --&gt;\n</code></pre>',
  );
});

test('paragraphs join their lines; raw HTML is shown as text, never run', () => {
  assert.equal(
    md('One\ntwo <script>alert(1)</script>\n\nThree'),
    '<p>One\ntwo &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Three</p>',
  );
});

test('inline code is literal; links, bold and italics', () => {
  assert.equal(
    inline('`a **b** [c](d)` and **bold** and *it* and _it_'),
    '<code>a **b** [c](d)</code> and <strong>bold</strong> and <em>it</em> and <em>it</em>',
  );
  assert.equal(
    inline('see [the guide](config.md#settings) or <https://example.org/x>'),
    'see <a href="config.html#settings">the guide</a> or <a href="https://example.org/x">https://example.org/x</a>',
  );
  assert.equal(inline('snake_case_name stays'), 'snake_case_name stays');
  assert.equal(inline('**the `rpc-kit` folder**'), '<strong>the <code>rpc-kit</code> folder</strong>');
  assert.equal(inline('[`config.md`](config.md)'), '<a href="config.html"><code>config.md</code></a>');
  assert.equal(inline('[x](a.md)', { rewriteLink: () => null }), 'x');
});

test('links to other guides become .html; other links stay', () => {
  assert.equal(mdToHtmlLink('cms/wordpress.md'), 'cms/wordpress.html');
  assert.equal(mdToHtmlLink('rules.md#safety'), 'rules.html#safety');
  assert.equal(mdToHtmlLink('https://example.org/a.md'), 'https://example.org/a.md');
  assert.equal(mdToHtmlLink('examples/northshire.config.json'), 'examples/northshire.config.json');
});

test('fenced code keeps its content and language, escaped', () => {
  assert.equal(
    md('```html\n<rpc-screener config-src="/a.json"></rpc-screener>\n```'),
    '<pre><code class="language-html">&lt;rpc-screener config-src=&quot;/a.json&quot;&gt;&lt;/rpc-screener&gt;\n</code></pre>',
  );
});

test('tables, with pipes inside code spans kept in their cell', () => {
  const out = md('| a | b |\n| --- | ---: |\n| `x | y` | **z** |');
  assert.match(out, /<th>a<\/th><th style="text-align: right">b<\/th>/);
  assert.match(out, /<td><code>x \| y<\/code><\/td><td style="text-align: right"><strong>z<\/strong><\/td>/);
});

test('lists: tight, loose, nested, ordered with code inside an item', () => {
  assert.equal(
    md('- one\n- two\n  - two a\n- three'),
    '<ul>\n<li>one</li>\n<li>two\n<ul>\n<li>two a</li>\n</ul></li>\n<li>three</li>\n</ul>',
  );
  const ordered = md('1. Make a page:\n\n   ```html\n   <p>x</p>\n   ```\n\n   - a note\n\n2. Print it.');
  assert.match(
    ordered,
    /^<ol>\n<li><p>Make a page:<\/p>\n<pre><code class="language-html">&lt;p&gt;x&lt;\/p&gt;\n<\/code><\/pre>/,
  );
  assert.match(ordered, /<li><p>Print it.<\/p><\/li>\n<\/ol>$/);
  assert.equal(md('3. three\n4. four'), '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>');
});

test('a lazy continuation line stays in its list item', () => {
  assert.equal(md('- a long item\nthat wraps\n- next'), '<ul>\n<li>a long item\nthat wraps</li>\n<li>next</li>\n</ul>');
});

test('block quotes and rules', () => {
  assert.equal(
    md('> **Note**: careful\n\n---'),
    '<blockquote>\n<p><strong>Note</strong>: careful</p>\n</blockquote>\n<hr />',
  );
});
