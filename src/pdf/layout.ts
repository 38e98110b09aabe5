// Rebuilds reading order and lines from positioned text runs (pdf.js text items).
// Pure and synchronous so it can be tested without a PDF and reused from worker threads.

/** One text run as placed on the page (PDF user space, origin bottom-left). */
export interface PlacedText {
  readonly str: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  /** pdf.js sets this when the run is followed by a line break in content order. */
  readonly hasEOL: boolean;
  /** Drawn at an angle: positions do not give baselines, so content order is used instead. */
  readonly rotated: boolean;
}

/** Two runs on one line further apart than this many font sizes are separate cells (a tab). */
const TAB_GAP_EM = 1.0;
/** A gap wider than this (font sizes) between runs that carry no space of their own is a word break. */
const SPACE_GAP_EM = 0.15;
/** Runs whose baselines differ by less than this (font sizes) share a line (sub/superscripts, jitter). */
const BASELINE_TOLERANCE_EM = 0.45;
/** Consecutive lines further apart than this (font sizes) have a paragraph break between them. */
const PARAGRAPH_GAP_EM = 1.7;

interface Line {
  y: number;
  fontSize: number;
  runs: PlacedText[];
}

const isBlank = (s: string): boolean => s.trim().length === 0;

/**
 * Page text with one line per baseline, runs in x order, a tab for wide horizontal gaps
 * (table cells), and an empty line for a paragraph-sized vertical gap.
 */
export function layoutPage(items: readonly PlacedText[]): string {
  const flat: PlacedText[] = [];
  const angled: PlacedText[] = [];
  for (const item of items) {
    if (item.rotated) angled.push(item);
    else if (!isBlank(item.str) && Number.isFinite(item.x) && Number.isFinite(item.y)) flat.push(item);
  }
  const lines = groupLines(flat);
  const out: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous !== undefined) {
      const size = Math.max(previous.fontSize, line.fontSize, 1);
      if (previous.y - line.y > PARAGRAPH_GAP_EM * size) out.push('');
    }
    out.push(joinRuns(line));
    previous = line;
  }
  if (angled.length > 0) {
    if (out.length > 0) out.push('');
    out.push(...contentOrderLines(angled));
  }
  return out.join('\n');
}

function groupLines(items: PlacedText[]): Line[] {
  const sorted = items.slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of sorted) {
    const size = Math.max(item.fontSize, 1);
    if (current !== undefined && Math.abs(current.y - item.y) <= BASELINE_TOLERANCE_EM * Math.max(size, current.fontSize)) {
      current.runs.push(item);
      if (item.fontSize > current.fontSize) current.fontSize = item.fontSize;
      continue;
    }
    current = { y: item.y, fontSize: size, runs: [item] };
    lines.push(current);
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

function joinRuns(line: Line): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of line.runs) {
    if (text.length > 0) {
      const gap = run.x - end;
      const size = Math.max(run.fontSize, 1);
      if (gap > TAB_GAP_EM * size) text = text.trimEnd() + '\t' + run.str.trimStart();
      else if (gap > SPACE_GAP_EM * size && !endsWithSpace(text) && !startsWithSpace(run.str)) text += ' ' + run.str;
      else text += run.str;
    } else {
      text = run.str;
    }
    end = Math.max(end, run.x + run.width);
  }
  return text.trimEnd();
}

// Character tests instead of /\s$/: a regex anchored only at the end rescans the whole line each time.
const endsWithSpace = (s: string): boolean => /\s/.test(s.charAt(s.length - 1));
const startsWithSpace = (s: string): boolean => /\s/.test(s.charAt(0));

/** Angled text: trust the content order and pdf.js's end-of-line marks. */
function contentOrderLines(items: readonly PlacedText[]): string[] {
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    current += item.str;
    if (item.hasEOL) {
      lines.push(current.trimEnd());
      current = '';
    }
  }
  if (!isBlank(current)) lines.push(current.trimEnd());
  return lines.filter((l) => !isBlank(l));
}
