// Hand-built PDFs for tests: a valid one-page text PDF, and the bad kinds a corpus meets
// (truncated, encrypted, no text layer). Built in code so no binary fixture is committed.

function assemble(objects: readonly string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const escapePdf = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** A PDF whose single page shows `lines` in Helvetica, one per line. */
export function textPdf(lines: readonly string[]): Uint8Array {
  const ops = ['BT', '/F1 11 Tf', '14 TL', '72 740 Td', ...lines.map((l) => `(${escapePdf(l)}) Tj T*`), 'ET'].join('\n');
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`,
  ]);
}

/** A PDF with a page and no text at all (like a scan without OCR). */
export function blankPdf(): Uint8Array {
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ]);
}

/** A PDF that declares standard-security encryption with a user password nobody knows. */
export function encryptedPdf(): Uint8Array {
  const hex32 = (seed: number): string =>
    Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0')).join('');
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${hex32(3)}> /U <${hex32(5)}> /P -44 >>`,
    ],
    `/Encrypt 4 0 R /ID [<${hex32(7).slice(0, 32)}> <${hex32(7).slice(0, 32)}>] `,
  );
}

/** The first `fraction` of a valid PDF. */
export function truncated(pdf: Uint8Array, fraction = 0.5): Uint8Array {
  return pdf.slice(0, Math.floor(pdf.length * fraction));
}
