// Normalises letter text (from PDF extraction or plain-text copies) into clean lines, keeping a map
// back to character offsets in the input so problems can point at the original text.
//
// - Line ends: \r\n, \r, \n; page breaks: \f.
// - Odd spaces (NBSP, thin, ideographic...) become spaces; zero-width and control characters go.
// - Running headers/footers are dropped: "Page x of y", bare page numbers at a page edge, lines that
//   repeat at the same edge of several pages, and repeats of the letter's case number.
// - "Double-spaced" copies (every line followed by an empty line, paragraphs by two or more) are
//   folded so that one empty line separates paragraphs, as in the PDF extraction.
// - A page break inside a sentence (or after a colon) joins the lines; after a finished sentence it is a
//   paragraph break.

export interface NormalizedText {
  /** Lines joined by "\n"; one empty line between paragraphs; no "\f". */
  readonly text: string;
  /** Case number seen in a stripped running header, if any. */
  readonly runningCaseNumber: string | null;
  /** Offset in the input text for an offset in `text`. */
  readonly toInput: (offset: number) => number;
}

interface RawLine {
  text: string;
  /** Input offset of text[0]. */
  at: number;
  page: number;
}

const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLES = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const PAGE_X_OF_Y = /^(?:-\s*)?page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-)?$/i;
const BARE_PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/;
export const CASE_NUMBER = /\b(CM\d{2}-\d{7})\b/;
const CASE_NUMBER_ONLY = /^(?:(?:IMR\s+)?Case\s*(?:Number|No\.?|#)\s*:?\s*)?(CM\d{2}-\d{7})$/i;
/** A finished sentence: a page break after it is a paragraph break. A colon is not one: what it announces
 * (a decision, a value, a list) continues on the next page. */
const TERMINAL = /[.!?;"”)\]]$/;
const EDGE_LINES = 2;
const MAX_RUNNING_HEADER = 120;

export function normalizeLetterText(input: string): NormalizedText {
  const raw = splitLines(input);
  const pages = raw.length === 0 ? 0 : (raw[raw.length - 1]?.page ?? 0) + 1;
  const { kept, runningCaseNumber } = dropRunningHeaders(raw, pages);
  const lines = foldDoubleSpacing(kept);
  return assemble(lines, runningCaseNumber);
}

const LINE_BREAK = /\r\n?|\n|\f/g;

function splitLines(input: string): RawLine[] {
  const out: RawLine[] = [];
  let page = 0;
  let start = 0;
  const clean = NEEDS_CLEANING.test(input);
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(input); m !== null; m = LINE_BREAK.exec(input)) {
    pushLine(out, input, start, m.index, page, clean);
    if (m[0] === '\f') page++;
    start = m.index + m[0].length;
  }
  pushLine(out, input, start, input.length, page, clean);
  return out;
}

/** Input that needs per-line cleaning: anything but printable ASCII and the usual line/tab controls. */
const NEEDS_CLEANING = /[^\t\n\f\r\x20-\x7e]/;

function pushLine(out: RawLine[], input: string, start: number, end: number, page: number, clean: boolean): void {
  const slice = input.slice(start, end);
  if (!clean) {
    const text = slice.trim();
    out.push({ text, at: start + (text.length === 0 ? 0 : slice.indexOf(text.charAt(0))), page });
    return;
  }
  const cleaned = slice.replace(INVISIBLES, '').replace(ODD_SPACES, ' ');
  const lead = cleaned.length - cleaned.trimStart().length;
  const text = cleaned
    .trim()
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\t[ \t]*/g, '\t');
  out.push({ text, at: start + Math.min(lead, slice.length), page });
}

function signature(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

function dropRunningHeaders(lines: RawLine[], pages: number): { kept: RawLine[]; runningCaseNumber: string | null } {
  /** Line index -> 'top' | 'bottom' for the first/last lines of each page. */
  const edge = new Map<number, 'top' | 'bottom'>();
  const edgePages = new Map<string, Set<number>>();
  const inBody = new Set<string>();
  const minPages = Math.max(2, Math.ceil(pages * 0.8));
  if (pages > 1) {
    const byPage: number[][] = Array.from({ length: pages }, () => []);
    lines.forEach((line, i) => {
      if (line.text.length > 0) byPage[line.page]?.push(i);
    });
    for (const indexes of byPage) {
      for (const i of indexes.slice(-EDGE_LINES)) edge.set(i, 'bottom');
      for (const i of indexes.slice(0, EDGE_LINES)) edge.set(i, 'top');
    }
    // Cheap first pass: only edge lines whose length repeats on enough pages can be running headers.
    const byLength = new Map<string, number>();
    for (const [i, where] of edge) {
      const key = `${where}:${lines[i]?.text.length ?? 0}`;
      byLength.set(key, (byLength.get(key) ?? 0) + 1);
    }
    for (const [i, where] of edge) {
      const line = lines[i];
      if (line === undefined || line.text.length > MAX_RUNNING_HEADER) continue;
      if ((byLength.get(`${where}:${line.text.length}`) ?? 0) < minPages) continue;
      const key = `${where}:${signature(line.text)}`;
      const seen = edgePages.get(key) ?? new Set<number>();
      seen.add(line.page);
      edgePages.set(key, seen);
    }
  }
  // A running header/footer sits at the same edge of (nearly) every page, and nowhere else.
  const candidates = new Set([...edgePages].filter(([, seen]) => seen.size >= minPages).map(([key]) => key.slice(key.indexOf(':') + 1)));
  if (candidates.size > 0) {
    lines.forEach((line, i) => {
      if (!edge.has(i) && line.text.length > 0 && line.text.length <= MAX_RUNNING_HEADER) {
        const sig = signature(line.text);
        if (candidates.has(sig)) inBody.add(sig);
      }
    });
  }
  const isRunning = (i: number, text: string): boolean => {
    const where = edge.get(i);
    if (where === undefined || candidates.size === 0) return false;
    const sig = signature(text);
    return (edgePages.get(`${where}:${sig}`)?.size ?? 0) >= minPages && !inBody.has(sig);
  };
  let firstCaseNumberLine = -1;
  let runningCaseNumber: string | null = null;
  const kept: RawLine[] = [];
  lines.forEach((line, i) => {
    const t = line.text;
    if (t.length === 0) {
      kept.push(line);
      return;
    }
    if (PAGE_X_OF_Y.test(t)) return;
    if (edge.has(i) && BARE_PAGE_NUMBER.test(t)) return;
    const caseOnly = CASE_NUMBER_ONLY.exec(t);
    if (caseOnly !== null) {
      if (firstCaseNumberLine >= 0) {
        runningCaseNumber ??= caseOnly[1] ?? null;
        return;
      }
      firstCaseNumberLine = i;
    }
    // A line repeated at the edge of several pages is a running header/footer; the first page's top
    // lines are kept (that is where the letter's own header table is).
    if (line.page > 0 && isRunning(i, t)) {
      const m = CASE_NUMBER.exec(t);
      if (m !== null) runningCaseNumber ??= m[1] ?? null;
      return;
    }
    kept.push(line);
  });
  return { kept, runningCaseNumber };
}

/** Collapses "text / empty / text / empty" copies; keeps paragraph breaks (2+ empty lines there). */
function foldDoubleSpacing(lines: RawLine[]): RawLine[] {
  // Double-spaced: most text lines are followed by exactly one empty line, and paragraphs are
  // separated by runs of two or more. Single-spaced text with one-line paragraphs has no such runs.
  let textLines = 0;
  let singleGaps = 0;
  let longGaps = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i]?.text.length ?? 0) === 0) continue;
    textLines++;
    let j = i + 1;
    while (j < lines.length && lines[j]?.text === '') j++;
    if (j >= lines.length) continue;
    if (j - i - 1 === 1) singleGaps++;
    else if (j - i - 1 >= 2) longGaps++;
  }
  if (textLines < 4 || longGaps === 0 || singleGaps < textLines * 0.5) return lines;
  const out: RawLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (line.text.length > 0) {
      out.push(line);
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]?.text === '') j++;
    if (j - i >= 2) out.push(line);
    i = j - 1;
  }
  return out;
}

function assemble(lines: RawLine[], runningCaseNumber: string | null): NormalizedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const inputs: number[] = [];
  let length = 0;
  let previous: RawLine | undefined;
  let pendingBlank = false;
  for (const line of lines) {
    if (line.text.length === 0) {
      if (previous !== undefined) pendingBlank = true;
      continue;
    }
    if (previous !== undefined) {
      let blank = pendingBlank;
      if (line.page !== previous.page) {
        // Page break: a paragraph break only after a finished sentence.
        blank = TERMINAL.test(previous.text);
      }
      const sep = blank ? '\n\n' : '\n';
      parts.push(sep);
      length += sep.length;
    }
    starts.push(length);
    inputs.push(line.at);
    parts.push(line.text);
    length += line.text.length;
    previous = line;
    pendingBlank = false;
  }
  const text = parts.join('');
  const toInput = (offset: number): number => {
    if (starts.length === 0) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, (inputs[lo] ?? 0) + Math.max(0, offset - (starts[lo] ?? 0)));
  };
  return { text, runningCaseNumber, toInput };
}

/** Folds a block of lines into one line: joins hyphenated line ends, collapses whitespace. */
export function fold(block: string): string {
  return (block.includes('-\n') ? block.replace(/([A-Za-z0-9])-\n(?=[a-z0-9])/g, '$1-') : block)
    .replace(/[ \t\n\r\f\v\u00a0]{2,}|[\t\n\r\f\v\u00a0]/g, ' ')
    .trim();
}
