// Plain-text rendering: one line per header cell, headings on their own line, prose wrapped.
import { letterBlocks, type Block } from './layout.ts';
import { validateLetter, type FinalLetter } from './model.ts';

const WIDTH = 96;

/** The letter as plain text (UTF-8, "\n" line ends, ends with a newline). Validates the letter first. */
export function renderText(letter: FinalLetter): string {
  const l = validateLetter(letter);
  return letterBlocks(l).map(blockText).join('\n\n') + '\n';
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'title':
      return b.text;
    case 'header':
      return b.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'heading':
      return b.text;
    case 'paragraph':
      return wrap(b.text);
    case 'lines':
      return b.lines.map((line) => wrap(line)).join('\n');
    case 'field':
      return wrap(`${b.label}: ${b.text}`);
    case 'item':
      // Not wrapped: the parser takes the item's title as the paragraph ending in the decision.
      return b.text;
  }
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrap(text: string, width = WIDTH): string {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length === 0) line = w;
    else if (line.length + 1 + w.length <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.join('\n');
}
