// Intake checks: upload names, document types by content, date order, and the letter's address reading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Application, OpenImrError } from '../core/index.ts';
import { textPdf, truncated } from '../../test/support/pdf-fixtures.ts';
import { checkDateOrder, safeFileName, sniffDocument } from './cases-intake.ts';
import { parseAddress } from './cases-letter.ts';

const reason = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof OpenImrError) return `${e.code}:${e.details.reason ?? ''}`;
    throw e;
  }
  return 'ok';
};

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof OpenImrError) return e.code;
    throw e;
  }
}

describe('safeFileName', () => {
  it('keeps only the base name, never a path or a control character', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        let base: string;
        try {
          base = safeFileName(name);
        } catch (e) {
          return e instanceof OpenImrError && e.code === 'invalid-input';
        }
        return !/[\\/\u0000-\u001f\u007f]/.test(base) && base.length > 0 && !/^\.+$/.test(base);
      }),
    );
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\scans\\report.pdf')).toBe('report.pdf');
    expect(reason(() => safeFileName('..'))).toBe('invalid-input:bad-file-name');
  });
});

describe('sniffDocument', () => {
  it('reads a PDF by its content and refuses a broken or pretend one', async () => {
    const pdf = textPdf(['Progress report', 'Low back pain improved with therapy.']);
    const got = await sniffDocument('scan.bin', pdf);
    expect(got.mediaType).toBe('application/pdf');
    expect(got.text).toContain('Low back pain');
    expect(await codeOf(sniffDocument('scan.pdf', truncated(pdf, 0.3)))).toBe('pdf-malformed');
    expect(await codeOf(sniffDocument('scan.pdf', new TextEncoder().encode('plain words')))).toBe('pdf-malformed');
  });

  it('accepts UTF-8 text and refuses binary or undecodable bytes', async () => {
    expect((await sniffDocument('note.txt', new TextEncoder().encode('Café visit\r\nok'))).text).toBe('Café visit\nok');
    expect(await codeOf(sniffDocument('note.txt', new Uint8Array([0x66, 0xff, 0xfe, 0x80])))).toBe('encoding-error');
    expect(await codeOf(sniffDocument('blob', new Uint8Array([0x41, 0x00, 0x01, 0x42])))).toBe('unsupported-file-type');
    expect(await codeOf(sniffDocument('empty.txt', new Uint8Array()))).toBe('invalid-input');
  });
});

describe('checkDateOrder', () => {
  const base = Application.parse({
    employee: { name: 'Test Person', dateOfBirth: '1980-01-01' },
    claimNumber: 'C-1',
    dateOfInjury: '2025-01-10',
    employer: { name: 'Employer' },
    requestingPhysician: { name: 'Doctor', specialty: 'Orthopaedic Surgery' },
    claimsAdministrator: { name: 'Claims' },
    disputedTreatments: [{ request: 'MRI lumbar spine' }],
    urDecision: { date: '2025-03-01', servedDate: '2025-03-03' },
    signed: true,
    signatureDate: '2025-03-10',
    receivedDate: '2025-03-12',
  });

  it('accepts dates in order and names the field of the first contradiction', () => {
    expect(reason(() => { checkDateOrder(base); })).toBe('ok');
    expect(reason(() => { checkDateOrder({ ...base, dateOfInjury: '2025-04-01' }); })).toBe('invalid-input:dates-out-of-order');
    expect(reason(() => { checkDateOrder({ ...base, urDecision: { date: '2025-03-01', servedDate: '2025-02-01', servedBy: 'mail' } }); })).toBe('invalid-input:dates-out-of-order');
    expect(reason(() => { checkDateOrder({ ...base, signatureDate: '2025-03-13' }); })).toBe('invalid-input:dates-out-of-order');
  });
});

describe('parseAddress', () => {
  it('reads "street, city, ST zip" back from what it would print, and withholds anything else', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,10}$/);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), word, word, fc.stringMatching(/^\d{5}$/), (n, street, city, zip) => {
        const a = parseAddress(`${n} ${street} Street, ${city}, CA ${zip}`);
        return a !== null && a.street === `${n} ${street} Street` && a.city === city && a.state === 'CA' && a.zip === zip;
      }),
    );
    expect(parseAddress('somewhere near the river')).toBeNull();
    expect(parseAddress(undefined)).toBeNull();
  });
});
