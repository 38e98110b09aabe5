// Text rendering for people: tables, snippets, letters. JSON output never goes through here.

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  mark(s: string): string;
}

export const plainStyle: Style = { bold: (s) => s, dim: (s) => s, mark: (s) => `**${s}**` };
export const ansiStyle: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  mark: (s) => `\x1b[1;33m${s}\x1b[22;39m`,
};

/** Strips terminal control sequences from untrusted text before it reaches a terminal. */
export function safeText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}

/** Renders a store snippet, whose matches are wrapped in [[ and ]]. */
export function renderSnippet(snippet: string, style: Style): string {
  return safeText(snippet).replace(/\[\[(.*?)\]\]/g, (_m, inner: string) => style.mark(inner));
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: readonly string[]): string =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 0;
        return align?.[i] === 'r' ? c.padStart(w) : c.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  return [fmt(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  // Quote when needed, and defuse spreadsheet formulas in text cells.
  const defused = /^[=+\-@\t\r]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

export function pct(x: number | null, digits = 1): string {
  return x === null ? '-' : `${(x * 100).toFixed(digits)}%`;
}
