/**
 * QR codes drawn here, as SVG, from lean-qr's encoder: no request to any QR service, and crisp at
 * any size on screen and on paper. Dark modules on a light ground with the 4-module quiet zone the
 * standard asks for, so phone cameras read them in black and white print.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { correction, generate } from 'lean-qr/nano';

export interface QrShape {
  /** Modules per side. */
  readonly size: number;
  /** One SVG path for every dark module, a run of dark modules in a row drawn as one rectangle. */
  readonly path: string;
}

/** The last shape drawn: the page's QR code is drawn again on every keystroke in the search. */
let last: { readonly text: string; readonly shape: QrShape } | undefined;

/** The QR code of a text as an SVG path, with medium error correction (survives a crease or a smudge). */
export function qrShape(text: string): QrShape {
  if (last?.text !== text) last = { text, shape: encode(text) };
  return last.shape;
}

function encode(text: string): QrShape {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      const start = x;
      while (x + 1 < code.size && code.get(x + 1, y)) x++;
      path += `M${start} ${y}h${x - start + 1}v1H${start}z`;
    }
  }
  return { size: code.size, path };
}

const QUIET = 4;

/** The QR code as an inline SVG image, named for people who cannot see it. */
export function renderQr(text: string, label: string): SVGTemplateResult {
  const { size, path } = qrShape(text);
  const box = size + QUIET * 2;
  return svg`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox=${`${-QUIET} ${-QUIET} ${box} ${box}`}
    shape-rendering="crispEdges"
    data-qr-text=${text}
  ><rect x=${-QUIET} y=${-QUIET} width=${box} height=${box} fill="#fff"></rect><path d=${path} fill="#000"></path></svg>`;
}
