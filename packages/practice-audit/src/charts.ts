/**
 * The audit's charts, drawn as SVG by the element (no chart library, nothing fetched). Each one
 * says what it shows in its title and description, writes its numbers on the chart, and tells
 * series apart by pattern as well as colour, so it reads in forced colours and in black and white.
 * Every chart has a table alternative beside it (see the component).
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Share } from '@rpc-kit/rules/lean';

/**
 * Charts are drawn at the width they are shown at (the element measures it), one SVG unit to a
 * CSS pixel at the element's usual text size, so their text stays the size of the page's text from
 * a 320 px phone to a desktop; narrower, and so scaled up, for larger text (see chart-width.ts).
 */
export const DEFAULT_CHART_WIDTH = 320;
/** The chart text's size, in the chart's units (`.chart text` in the styles: 14.25, 0.75 of the usual 19 px). */
const FONT = 14;

const pct = (value: number) => `${Math.round(value * 100)}%`;

/** Splits a label into at most `maxLines` lines of about `chars` characters, with an ellipsis if cut. */
export function wrapLabel(label: string, chars: number, maxLines = 2): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= chars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = (l: string) => `${l.slice(0, Math.max(1, chars - 1))}…`;
  const out = lines.slice(0, maxLines).map((l) => (l.length > chars ? cut(l) : l));
  if (lines.length > maxLines) out[maxLines - 1] = cut(out[maxLines - 1]!.replace(/…$/, ''));
  return out;
}

export interface ChartText {
  /** The chart's accessible name and visible caption. */
  readonly title: string;
  /** What it shows, in words (the main numbers). */
  readonly desc: string;
}

function frame(id: string, W: number, height: number, text: ChartText, body: SVGTemplateResult): TemplateResult {
  return html`<svg
    class="chart"
    viewBox=${`0 0 ${W} ${height}`}
    role="img"
    aria-labelledby=${`${id}-title ${id}-desc`}
    data-chart=${id}
  >
    <title id=${`${id}-title`}>${text.title}</title>
    <desc id=${`${id}-desc`}>${text.desc}</desc>
    ${body}
  </svg>`;
}

function yAxis(W: number, left: number, top: number, height: number, max: number): SVGTemplateResult {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  return svg`${ticks.map((v) => {
    const y = top + height - (v / max) * height;
    return svg`<line class="grid" x1=${left} x2=${W - 4} y1=${y} y2=${y}></line>
      <text class="tick" x=${left - 4} y=${y + 4} text-anchor="end">${pct(v)}</text>`;
  })}`;
}

export interface IntervalPoint {
  readonly label: string;
  readonly share: Share;
}

/**
 * How many rounds an interval chart `W` wide shows: each needs room for its share ("100%", 44 in
 * bold) under the axis, and for a name of five letters or more with a gap.
 */
export const roundsThatFit = (W: number) => Math.max(2, Math.floor((W - 54) / 56));

/**
 * A share in each round: a dot at the share, a line from the low to the high end of its 95%
 * interval, and under the axis, the share (bold) above the round's name. Under the axis, not beside
 * the dot: with eight rounds on a phone, shares beside their dots ran into the next round's, and
 * the last one past the chart's edge. Give it at most `roundsThatFit(W)` rounds.
 */
export function intervalChart(
  id: string,
  points: readonly IntervalPoint[],
  text: ChartText,
  W = DEFAULT_CHART_WIDTH,
): TemplateResult {
  const left = 46;
  const top = 10;
  const plot = 150;
  const slot = (W - left - 8) / Math.max(points.length, 1);
  // About 8.5 a character (9 for a digit), and a gap between rounds, so that names never run together.
  const chars = Math.max(4, Math.floor((slot - 10) / 8.5));
  const labelLines = Math.max(1, ...points.map((p) => wrapLabel(p.label, chars, 3).length));
  const height = top + plot + 14 + (labelLines + 1) * (FONT + 2);
  const y = (v: number) => top + plot - v * plot;
  return frame(
    id,
    W,
    height,
    text,
    svg`${yAxis(W, left, top, plot, 1)}
    ${points.map((p, i) => {
      const x = left + slot * i + slot / 2;
      const lines = wrapLabel(p.label, chars, 3);
      const label = svg`<text class="label" x=${x} y=${top + plot + 18 + FONT + 2} text-anchor="middle">${lines.map(
        (l, j) => svg`<tspan x=${x} dy=${j ? FONT + 2 : 0}>${l}</tspan>`,
      )}</text>`;
      if (p.share.share === null || !p.share.interval) return label;
      const [low, high] = p.share.interval;
      return svg`<g class="point" data-round=${p.label}>
        <line class="whisker" x1=${x} x2=${x} y1=${y(low)} y2=${y(high)}></line>
        <line class="whisker" x1=${x - 6} x2=${x + 6} y1=${y(low)} y2=${y(low)}></line>
        <line class="whisker" x1=${x - 6} x2=${x + 6} y1=${y(high)} y2=${y(high)}></line>
        <circle class="dot" cx=${x} cy=${y(p.share.share)} r="5"></circle>
        <text class="value" x=${x} y=${top + plot + 18} text-anchor="middle">${pct(p.share.share)}</text>
      </g>${label}`;
    })}`,
  );
}

export interface BarGroup {
  readonly label: string;
  /** One value per series, as a share of the series' total. */
  readonly values: readonly number[];
}

/**
 * Grouped bars, one group per category and one bar per series (at most two: the first hatched,
 * the second solid), each bar with its share written on top, a legend above, and an optional
 * bracket marking a zone of the categories (the "good or above" scores).
 */
export function barChart(
  id: string,
  groups: readonly BarGroup[],
  series: readonly string[],
  text: ChartText & { readonly zone?: { readonly from: number; readonly label: string } },
  W = DEFAULT_CHART_WIDTH,
): TemplateResult {
  const left = 46;
  // The legend: a swatch and each series' name, on up to two lines.
  const legendLines = series.map((name) => wrapLabel(name, Math.floor((W - left - 22) / 7.5)));
  const legendY: number[] = [];
  let legend = 4;
  for (const lines of legendLines) {
    legendY.push(legend);
    legend += lines.length * (FONT + 3) + 5;
  }
  const slot = (W - left - 8) / Math.max(groups.length, 1);
  // Each share is written above its bar ("100%" in bold is about 40 wide: 9 a digit, 13 for "%"),
  // with a gap: bars as wide as that where there is room; narrower bars get their shares written
  // upwards, so that neighbours' numbers never touch.
  const valueWidth = 8 + Math.max(0, ...groups.flatMap((g) => g.values.map((v) => pct(v).length * 9 + 4)));
  const bar = Math.min(Math.max(28, valueWidth), (slot - 8) / Math.max(series.length, 1));
  const upright = bar < valueWidth;
  const top = legend + (upright ? valueWidth : 18);
  const plot = 140;
  // About 8.5 a character, with a gap, so that neighbouring names never touch.
  const labelChars = Math.max(3, Math.floor((slot - 6) / 8.5));
  const labelLines = Math.max(...groups.map((g) => wrapLabel(g.label, labelChars, 3).length), 1);
  const height = top + plot + 12 + labelLines * (FONT + 2);
  // The scale: 20%, 40%, 60%, 80% or 100%, whichever holds the tallest bar.
  const max = Math.min(1, Math.max(0.2, Math.ceil(Math.max(...groups.flatMap((g) => g.values), 0) * 5 - 1e-9) / 5));
  const y = (v: number) => top + plot - (v / max) * plot;
  const zone = text.zone;
  const zoneX = zone ? left + slot * zone.from : 0;
  return frame(
    id,
    W,
    height,
    text,
    svg`<defs>
      <pattern id=${`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="6" height="6"></rect>
        <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    ${series.map(
      (_name, s) => svg`<g class="legend">
        <rect class=${s === 0 && series.length > 1 ? 'bar hatched' : 'bar'} fill=${s === 0 && series.length > 1 ? `url(#${id}-hatch)` : nothing} x=${left} y=${legendY[s]} width="16" height="14"></rect>
        <text x=${left + 22} y=${legendY[s]! + 12}>${legendLines[s]!.map(
          (line, j) => svg`<tspan x=${left + 22} dy=${j ? FONT + 3 : 0}>${line}</tspan>`,
        )}</text>
      </g>`,
    )}
    ${yAxis(W, left, top, plot, max)}
    ${
      zone
        ? svg`<line class="zone" x1=${zoneX} x2=${zoneX} y1=${legend + 10} y2=${top + plot}></line>
          <line class="zone" x1=${zoneX} x2=${W - 2} y1=${legend + 10} y2=${legend + 10}></line>
          <text class="zone-label" x=${W - 2} y=${legend + 6} text-anchor="end">${zone.label}</text>`
        : ''
    }
    ${groups.map((g, i) => {
      const x0 = left + slot * i + (slot - bar * g.values.length) / 2;
      return svg`<g class="group">
        ${g.values.map((v, s) => {
          const hatched = s === 0 && series.length > 1;
          return svg`<rect class=${hatched ? 'bar hatched' : 'bar'} fill=${hatched ? `url(#${id}-hatch)` : nothing}
              x=${x0 + s * bar} y=${y(v)} width=${bar - 2} height=${Math.max(0, top + plot - y(v))}></rect>
            ${
              upright
                ? svg`<text class="value small" x=${x0 + s * bar + (bar - 2) / 2 + 4} y=${y(v) - 4} transform=${`rotate(-90 ${x0 + s * bar + (bar - 2) / 2 + 4} ${y(v) - 4})`}>${pct(v)}</text>`
                : svg`<text class="value small" x=${x0 + s * bar + (bar - 2) / 2} y=${y(v) - 4} text-anchor="middle">${pct(v)}</text>`
            }`;
        })}
        <text class="label" x=${left + slot * i + slot / 2} y=${top + plot + 17} text-anchor="middle">${wrapLabel(
          g.label,
          labelChars,
          3,
        ).map((l, j) => svg`<tspan x=${left + slot * i + slot / 2} dy=${j ? FONT + 2 : 0}>${l}</tspan>`)}</text>
      </g>`;
    })}`,
  );
}

export interface FunnelBlock {
  readonly label: string;
  readonly stages: readonly { readonly label: string; readonly count: number }[];
}

/** A funnel per course: a bar per stage, its length the number of people, the number written after it. */
export function funnelChart(
  id: string,
  blocks: readonly FunnelBlock[],
  text: ChartText,
  W = DEFAULT_CHART_WIDTH,
): TemplateResult {
  const labelWidth = Math.min(170, Math.round(W * 0.4));
  const barArea = W - labelWidth - 34;
  const chars = Math.floor(labelWidth / 7.5);
  // A stage's name takes two lines when the chart is narrow; each row is as tall as its name.
  const wrapped = blocks.map((b) => b.stages.map((s) => wrapLabel(s.label, chars)));
  const row = wrapped.flat().some((lines) => lines.length > 1) ? 34 : 20;
  const max = Math.max(1, ...blocks.flatMap((b) => b.stages.map((s) => s.count)));
  let y = 4;
  const parts = blocks.map((b, k) => {
    const top = y;
    y += 24 + b.stages.length * row + 8;
    return svg`<g class="funnel" data-course=${b.label}>
      <text class="course" x="0" y=${top + 15}>${wrapLabel(b.label, Math.floor(W / 7.5), 1)[0]}</text>
      ${b.stages.map((s, i) => {
        const by = top + 24 + i * row;
        const width = (s.count / max) * barArea;
        const mid = by + row / 2;
        const lines = wrapped[k]![i]!;
        return svg`<text class="stage" x=${labelWidth - 6} y=${mid + 5 - ((lines.length - 1) * (FONT + 2)) / 2} text-anchor="end">${lines.map(
          (line, j) => svg`<tspan x=${labelWidth - 6} dy=${j ? FONT + 2 : 0}>${line}</tspan>`,
        )}</text>
          <rect class="bar" x=${labelWidth} y=${mid - 7} width=${Math.max(width, 1)} height="14"></rect>
          <text class="value" x=${labelWidth + width + 4} y=${mid + 5}>${s.count}</text>`;
      })}
    </g>`;
  });
  return frame(id, W, Math.max(y, 20), text, svg`${parts}`);
}
