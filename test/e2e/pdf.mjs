// What a printed PDF holds: its page count and page size, read by poppler's pdfinfo when it is
// installed (Debian: apt-get install poppler-utils), otherwise from the PDF's own page objects.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function hasPdfinfo() {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `{ pages, a4, by }` for a PDF: `a4` is true when every page is A4 portrait (595 x 842 points). */
export function pdfPages(pdf) {
  const bytes = Buffer.from(pdf);
  if (hasPdfinfo()) {
    const dir = mkdtempSync(join(tmpdir(), 'rpc-kit-pdf-'));
    try {
      const file = join(dir, 'print.pdf');
      writeFileSync(file, bytes);
      const info = execFileSync('pdfinfo', ['-l', '1000', file]).toString();
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
      const sizes = [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [+m[1], +m[2]]);
      const a4 = sizes.length === pages && sizes.every(([w, h]) => Math.abs(w - 595) < 2 && Math.abs(h - 842) < 2);
      return { pages, a4, by: 'pdfinfo' };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const text = bytes.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [+m[1], +m[2]]);
  const a4 = boxes.length > 0 && boxes.every(([w, h]) => Math.abs(w - 595) < 2 && Math.abs(h - 842) < 2);
  return { pages, a4, by: 'the PDF’s page objects' };
}
