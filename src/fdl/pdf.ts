// PDF rendering with pdfkit, DejaVu Sans embedded (see fonts.ts). US Letter, one column, the header
// as a two-column label/value table, "Page x of y" footers (the parser drops them as running footers).
import PDFDocument from 'pdfkit';
import { letterFonts } from './fonts.ts';
import { letterBlocks, type Block } from './layout.ts';
import { validateLetter, type FinalLetter } from './model.ts';

const MARGIN = 60;
const SIZE = 10;
const LABEL_WIDTH = 170;
/** Space a heading or item title needs below it before the page ends, so it is not orphaned. */
const KEEP_WITH_NEXT = 4 * SIZE * 1.3;

/** The letter as PDF bytes, fonts embedded. Validates the letter first. */
export async function renderPdf(letter: FinalLetter): Promise<Uint8Array> {
  const l = validateLetter(letter);
  const fonts = letterFonts();
  const decided = new Date(`${l.decisionDate}T12:00:00Z`);
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `Final Determination Letter ${l.caseNumber}`, Producer: 'OpenIMR', Creator: 'OpenIMR', CreationDate: decided },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => {
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    doc.on('error', reject);
  });
  doc.registerFont('Regular', fonts.regular);
  doc.registerFont('Bold', fonts.bold);
  doc.font('Regular').fontSize(SIZE);

  for (const block of letterBlocks(l)) drawBlock(doc, block);
  drawFooters(doc);
  doc.end();
  return done;
}

function width(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function keepWithNext(doc: PDFKit.PDFDocument): void {
  if (doc.y + KEEP_WITH_NEXT > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawBlock(doc: PDFKit.PDFDocument, b: Block): void {
  const left = doc.page.margins.left;
  switch (b.kind) {
    case 'title':
      doc.font('Bold').fontSize(SIZE + 3).text(b.text, left, doc.y, { width: width(doc), align: 'center' }).fontSize(SIZE);
      break;
    case 'header':
      for (const [label, value] of b.rows) drawHeaderRow(doc, label, value);
      break;
    case 'heading':
      keepWithNext(doc);
      doc.font('Bold').text(b.text, left, doc.y, { width: width(doc) });
      break;
    case 'paragraph':
      doc.font('Regular').text(b.text, left, doc.y, { width: width(doc) });
      break;
    case 'lines':
      doc.font('Regular');
      for (const line of b.lines) doc.text(line, left, doc.y, { width: width(doc) });
      break;
    case 'field':
      doc.font('Bold').text(`${b.label}: `, left, doc.y, { width: width(doc), continued: true });
      doc.font('Regular').text(b.text);
      break;
    case 'item':
      keepWithNext(doc);
      doc.font('Bold').text(b.text, left, doc.y, { width: width(doc) });
      break;
  }
  doc.font('Regular').moveDown(1);
}

function drawHeaderRow(doc: PDFKit.PDFDocument, label: string, value: string): void {
  const left = doc.page.margins.left;
  const valueWidth = width(doc) - LABEL_WIDTH;
  const height = Math.max(doc.font('Bold').heightOfString(`${label}:`, { width: LABEL_WIDTH - 10 }), doc.font('Regular').heightOfString(value, { width: valueWidth }));
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const y = doc.y;
  doc.font('Bold').text(`${label}:`, left, y, { width: LABEL_WIDTH - 10 });
  doc.font('Regular').text(value, left + LABEL_WIDTH, y, { width: valueWidth });
  doc.y = y + height;
}

function drawFooters(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('Regular')
      .fontSize(SIZE - 2)
      .text(`Page ${i - range.start + 1} of ${range.count}`, doc.page.margins.left, doc.page.height - bottom / 2, { width: width(doc), align: 'center', lineBreak: false })
      .fontSize(SIZE);
    doc.page.margins.bottom = bottom;
  }
}
