// PDFs for end-to-end tests and benchmarks, built with the PDF module's own test builder
// (src/pdf/__fixtures__/make-pdf.ts), so no binary fixture is committed.
import { linesPage, makePdf } from '../../src/pdf/__fixtures__/make-pdf.ts';

/** A PDF whose single page shows `lines` in Helvetica, one per line. */
export function textPdf(lines: readonly string[]): Uint8Array {
  return makePdf([linesPage(lines, 740)]);
}

/** A PDF encrypted with a user password nobody gave us. */
export function encryptedPdf(): Uint8Array {
  return makePdf([linesPage(['Letter text'])], { encrypt: { userPassword: 'user', ownerPassword: 'owner' } });
}

/** The first `fraction` of a valid PDF. */
export function truncated(pdf: Uint8Array, fraction = 0.5): Uint8Array {
  return pdf.slice(0, Math.floor(pdf.length * fraction));
}
