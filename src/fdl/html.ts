// HTML rendering: a complete standalone document. Every interpolated value goes through escapeHtml:
// case text is untrusted.
import { letterBlocks, TITLE, type Block } from './layout.ts';
import { validateLetter, type FinalLetter } from './model.ts';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = [
  'body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;line-height:1.4;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#000}',
  'h1{font-size:14pt;text-align:center}',
  'h2{font-size:11pt;margin-top:1.6em}',
  'table.header{border-collapse:collapse;width:100%}',
  'table.header th,table.header td{border:1px solid #888;padding:2px 6px;text-align:left;vertical-align:top}',
  'table.header th{width:14rem;font-weight:bold}',
  '.lines p{margin:0}',
  '.item{font-weight:bold;margin-top:1.4em}',
].join('\n');

/** The letter as a standalone HTML5 document. Validates the letter first. */
export function renderHtml(letter: FinalLetter): string {
  const l = validateLetter(letter);
  const body = letterBlocks(l).map(blockHtml).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(`${TITLE} ${l.caseNumber}`)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `<h1>${escapeHtml(b.text)}</h1>`;
    case 'header':
      return (
        '<table class="header">\n' +
        b.rows.map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}:</th><td>${escapeHtml(value)}</td></tr>`).join('\n') +
        '\n</table>'
      );
    case 'heading':
      return `<h2>${escapeHtml(b.text)}</h2>`;
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'lines':
      return `<div class="lines">\n${b.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}\n</div>`;
    case 'field':
      return `<p><strong>${escapeHtml(b.label)}:</strong> ${escapeHtml(b.text)}</p>`;
    case 'item':
      return `<p class="item">${escapeHtml(b.text)}</p>`;
  }
}
