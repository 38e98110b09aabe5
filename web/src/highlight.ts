// Text to segments for safe emphasis: the views render each segment as a React text node (inside <mark> or
// <em> when it matches), so case and letter text is never interpreted as HTML.

export interface Segment {
  text: string;
  match: boolean;
}

/** Splits a search snippet whose matches are wrapped in [[ and ]]; unbalanced markers stay as text. */
export function splitSnippet(snippet: string): Segment[] {
  const out: Segment[] = [];
  let rest = snippet;
  while (rest !== '') {
    const open = rest.indexOf('[[');
    const close = open === -1 ? -1 : rest.indexOf(']]', open + 2);
    if (open === -1 || close === -1) {
      out.push({ text: rest, match: false });
      break;
    }
    if (open > 0) out.push({ text: rest.slice(0, open), match: false });
    const inner = rest.slice(open + 2, close);
    if (inner !== '') out.push({ text: inner, match: true });
    rest = rest.slice(close + 2);
  }
  return merge(out, (a, b) => a.match === b.match, (a, b) => ({ text: a.text + b.text, match: a.match }));
}

export interface Span {
  start: number;
  end: number;
  /** What the span supports, e.g. a criterion id. */
  label: string;
}

export interface MarkedSegment {
  text: string;
  start: number;
  /** Labels of every span covering this segment, in the order the spans were given (empty: plain text). */
  labels: string[];
}

/**
 * Cuts `text` at every span boundary and lists the spans covering each piece. Spans may overlap, nest or
 * fall partly outside the text (they are clamped); empty and inverted spans are ignored.
 */
export function markSpans(text: string, spans: readonly Span[]): MarkedSegment[] {
  const len = text.length;
  const valid = spans
    .map((s) => ({ start: Math.max(0, Math.min(len, s.start)), end: Math.max(0, Math.min(len, s.end)), label: s.label }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, len, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: MarkedSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? len;
    const labels = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.label))];
    out.push({ text: text.slice(start, end), start, labels });
  }
  return merge(
    out,
    (a, b) => a.labels.join('\u0000') === b.labels.join('\u0000'),
    (a, b) => ({ text: a.text + b.text, start: a.start, labels: a.labels }),
  );
}

function merge<T>(list: T[], same: (a: T, b: T) => boolean, join: (a: T, b: T) => T): T[] {
  const out: T[] = [];
  for (const x of list) {
    const last = out[out.length - 1];
    if (last !== undefined && same(last, x)) out[out.length - 1] = join(last, x);
    else out.push(x);
  }
  return out;
}
