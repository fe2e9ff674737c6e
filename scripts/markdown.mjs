// A small Markdown to HTML converter for the project's own guides (no dependencies): headings
// with GitHub-style ids, paragraphs, fenced code, tables, nested lists, block quotes, rules,
// inline code, links, bold and italics. Raw HTML in the Markdown is shown as text, never run.
// Links to other .md files become .html; `rewriteLink` can change or drop any link.

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** `page.md#part` -> `page.html#part`; other links unchanged. */
export function mdToHtmlLink(href) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('//')) return href;
  return href.replace(/\.md(#|$)/, '.html$1');
}

const FENCE = /^(\s*)(```+|~~~+)\s*([\w-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const ITEM = /^(\s*)([-*+]|\d{1,9}[.)])(\s+|$)(.*)$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

const indentOf = (line) => /^\s*/.exec(line)[0].length;
const isBlank = (line) => line.trim() === '';

/** Splits a table row on pipes that are outside code spans (and not escaped). */
function cells(row) {
  const out = [];
  let cell = '';
  let inCode = false;
  const text = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

/** Inline Markdown: code spans first (their content is literal), then links, bold, italics. */
export function inline(text, options = {}) {
  const rewrite = options.rewriteLink ?? mdToHtmlLink;
  // Code spans are set aside as numbered markers, so emphasis and links can wrap them.
  const codes = [];
  const marked = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks, code) => {
    codes.push(`<code>${escapeHtml(code.replace(/^ (.*) $/, '$1'))}</code>`);
    return `\uE000${codes.length - 1}\uE000`;
  });
  const out = [];
  const link = /\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)|<(https?:\/\/[^>\s]+)>/;
  let s = marked;
  while (s) {
    const m = link.exec(s);
    if (!m) {
      out.push(emphasis(escapeHtml(s)));
      break;
    }
    out.push(emphasis(escapeHtml(s.slice(0, m.index))));
    const label = emphasis(escapeHtml(m[1] ?? m[4]));
    const href = rewrite(m[2] ?? m[4]);
    const title = m[3] ? ` title="${escapeHtml(m[3])}"` : '';
    out.push(href === null ? label : `<a href="${escapeHtml(href)}"${title}>${label}</a>`);
    s = s.slice(m.index + m[0].length);
  }
  return out.join('').replace(/\uE000(\d+)\uE000/g, (_, i) => codes[Number(i)]);
}

function emphasis(escaped) {
  return escaped
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/__(?=\S)([\s\S]*?\S)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_(?=\S)([^_]*?\S)_(?![_\w])/g, '$1<em>$2</em>');
}

/** Block structure of a list of lines (already out-dented to the current container). */
function blocks(lines, options, headings) {
  const html = [];
  let i = 0;
  const para = [];
  const flush = () => {
    if (para.length) html.push(`<p>${inline(para.join('\n').trim(), options)}</p>`);
    para.length = 0;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      flush();
      i++;
      continue;
    }
    // A comment for the file's editors (a generated guide's "written by"), as GitHub hides it.
    if (/^ {0,3}<!--/.test(line)) {
      flush();
      while (i < lines.length && !lines[i].includes('-->')) i++;
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const [, pad, marker, lang] = fence;
      const code = [];
      i++;
      while (
        i < lines.length &&
        !(lines[i].trim().startsWith(marker[0].repeat(marker.length)) && lines[i].trim().replace(/[`~]/g, '') === '')
      ) {
        code.push(lines[i].slice(Math.min(pad.length, indentOf(lines[i]))));
        i++;
      }
      i++;
      const cls = lang ? ` class="language-${escapeHtml(lang)}"` : '';
      html.push(`<pre><code${cls}>${escapeHtml(code.join('\n'))}\n</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading && indentOf(line) < 4) {
      flush();
      const level = heading[1].length;
      const text = heading[2];
      let id = slug(text.replace(/`/g, ''));
      const seen = headings.get(id) ?? 0;
      headings.set(id, seen + 1);
      if (seen) id = `${id}-${seen}`;
      html.push(`<h${level} id="${escapeHtml(id)}">${inline(text, options)}</h${level}>`);
      i++;
      continue;
    }
    if (RULE.test(line) && !para.length) {
      flush();
      html.push('<hr />');
      i++;
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_DIVIDER.test(lines[i + 1]) && !para.length) {
      const head = cells(line);
      const aligns = cells(lines[i + 1]).map((c) =>
        c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : c.startsWith(':') ? 'left' : '',
      );
      const cell = (tag, text, k) =>
        `<${tag}${aligns[k] ? ` style="text-align: ${aligns[k]}"` : ''}>${inline(text, options)}</${tag}>`;
      const rows = [];
      i += 2;
      while (i < lines.length && !isBlank(lines[i]) && lines[i].includes('|')) {
        const row = cells(lines[i]);
        rows.push(`<tr>${head.map((_, k) => cell('td', row[k] ?? '', k)).join('')}</tr>`);
        i++;
      }
      html.push(
        `<table>\n<thead><tr>${head.map((h, k) => cell('th', h, k)).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`,
      );
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      flush();
      const quoted = [];
      while (i < lines.length && !isBlank(lines[i]) && (/^\s{0,3}>/.test(lines[i]) || quoted.length)) {
        quoted.push(lines[i].replace(/^\s{0,3}> ?/, ''));
        i++;
      }
      html.push(`<blockquote>\n${blocks(quoted, options, headings)}\n</blockquote>`);
      continue;
    }
    const item = ITEM.exec(line);
    // A list may interrupt a paragraph (as in CommonMark: a bullet, or an ordered list from 1).
    if (item && indentOf(line) < 4 && (!para.length || !/\d/.test(item[2]) || parseInt(item[2], 10) === 1)) {
      flush();
      const ordered = /\d/.test(item[2]);
      const start = ordered ? parseInt(item[2], 10) : 1;
      const items = [];
      const base = indentOf(line);
      while (i < lines.length) {
        const m = ITEM.exec(lines[i]);
        if (!m || indentOf(lines[i]) !== base || /\d/.test(m[2]) !== ordered) break;
        const contentIndent = m[1].length + m[2].length + Math.min(m[3].length || 1, 4);
        const body = [m[4]];
        let loose = false;
        i++;
        while (i < lines.length) {
          const next = lines[i];
          if (isBlank(next)) {
            // A blank line continues the item only if indented content follows.
            let j = i;
            while (j < lines.length && isBlank(lines[j])) j++;
            if (j < lines.length && indentOf(lines[j]) >= contentIndent) {
              for (; i < j; i++) body.push('');
              loose = true;
              continue;
            }
            break;
          }
          if (indentOf(next) >= contentIndent) body.push(next.slice(contentIndent));
          else if (!ITEM.exec(next) && !FENCE.test(next) && !HEADING.test(next) && !isBlank(body[body.length - 1]))
            body.push(next.trim()); // a lazy continuation of the item's paragraph
          else break;
          i++;
        }
        items.push({ body, loose });
        // A blank line between items makes the list loose.
        if (i < lines.length && isBlank(lines[i])) {
          let j = i;
          while (j < lines.length && isBlank(lines[j])) j++;
          const m2 = j < lines.length && ITEM.exec(lines[j]);
          if (m2 && indentOf(lines[j]) === base && /\d/.test(m2[2]) === ordered) {
            items[items.length - 1].loose = true;
            i = j;
          }
        }
      }
      const loose = items.some((it) => it.loose);
      const rendered = items.map(({ body }) => {
        let inner = blocks(body, options, headings);
        if (!loose) inner = inner.replace(/^<p>([\s\S]*?)<\/p>(\n|$)/, '$1$2');
        return `<li>${inner}</li>`;
      });
      const tag = ordered ? 'ol' : 'ul';
      const startAttr = ordered && start !== 1 ? ` start="${start}"` : '';
      html.push(`<${tag}${startAttr}>\n${rendered.join('\n')}\n</${tag}>`);
      continue;
    }
    para.push(line.trim());
    i++;
  }
  flush();
  return html.join('\n');
}

/** The HTML body of a Markdown document (no <html> wrapper), and its first heading as a title. */
export function markdownToHtml(markdown, options = {}) {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const title =
    lines
      .map((l) => HEADING.exec(l))
      .find(Boolean)?.[2]
      ?.replace(/`/g, '') ?? '';
  return { html: `${blocks(lines, options, new Map())}\n`, title };
}

/** A whole page: readable on its own, opened from disk or a web server; no scripts, no requests. */
export function htmlPage({ title, body, lang = 'en', nav = '' }) {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(title)}</title>
<style>
body { font: 1.0625rem/1.55 Arial, Helvetica, sans-serif; color: #0b0c0c; max-width: 50em; margin: 0 auto; padding: 1em 1.25em 3em; overflow-wrap: break-word; }
a { color: #1d70b8; } a:visited { color: #4c2c92; } a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
h1, h2, h3 { line-height: 1.25; margin-top: 1.6em; } h1 { margin-top: 0.5em; }
code { font-family: Consolas, Menlo, monospace; font-size: 0.92em; background: #f3f2f1; padding: 0 0.2em; }
pre { background: #f3f2f1; padding: 0.8em 1em; white-space: pre-wrap; overflow-wrap: anywhere; border-left: 4px solid #b1b4b6; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #b1b4b6; padding: 0.35em 0.6em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f2f1; }
blockquote { margin: 1em 0; padding: 0.2em 1em; border-left: 4px solid #1d70b8; }
nav { font-size: 0.95em; border-bottom: 1px solid #b1b4b6; padding-bottom: 0.5em; }
</style>
</head>
<body>
${nav ? `<nav>${nav}</nav>\n` : ''}<main>
${body}</main>
</body>
</html>
`;
}
