import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import { linesPage, makePdf } from './__fixtures__/make-pdf.ts';
import { extractPdfText } from './index.ts';
import { checkDecodedSize } from './streams.ts';

const MB = 1024 * 1024;
const streamObject = (dict: string, data: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`%PDF-1.4\n1 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream\nendobj\n')]);

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof OpenImrError ? e.code : 'other';
  }
};

describe('checkDecodedSize', () => {
  it('refuses a FlateDecode stream that inflates past the budget, without inflating it whole', () => {
    const bomb = streamObject('/Filter /FlateDecode', deflateSync(Buffer.alloc(64 * MB, 0x20)));
    expect(bomb.length).toBeLessThan(MB);
    expect(codeOf(() => { checkDecodedSize(bomb, 16 * MB); })).toBe('resource-limit');
    expect(codeOf(() => { checkDecodedSize(bomb, 128 * MB); })).toBe('ok');
  });

  it('counts a truncated bomb by what it inflates to, and plain streams by their size', () => {
    const cut = deflateSync(Buffer.alloc(32 * MB, 0x20));
    expect(codeOf(() => { checkDecodedSize(streamObject('/Filter /FlateDecode', cut.subarray(0, cut.length - 10)), 16 * MB); })).toBe('resource-limit');
    expect(codeOf(() => { checkDecodedSize(streamObject('', Buffer.alloc(2 * MB, 0x41)), MB); })).toBe('resource-limit');
  });

  it('skips images (text extraction never decodes them) and passes an ordinary letter', () => {
    expect(codeOf(() => { checkDecodedSize(streamObject('/Subtype /Image /Filter /FlateDecode', deflateSync(Buffer.alloc(64 * MB))), 16 * MB); })).toBe('ok');
    expect(codeOf(() => { checkDecodedSize(makePdf([linesPage(['Case Number: CM16-0000001'])]), 1024); })).toBe('ok');
  });

  it('makes extraction refuse a bomb with resource-limit', async () => {
    const pdf = new Uint8Array(streamObject('/Filter /FlateDecode', deflateSync(Buffer.alloc(32 * MB, 0x20))));
    await expect(extractPdfText(pdf)).rejects.toMatchObject({ code: 'resource-limit' });
  });

  it('sees through the encryption of a PDF that opens without a password (RC4 here; AES-128 in the sample letters)', () => {
    const bomb = deflateSync(Buffer.alloc(64 * MB, 0x20)).toString('latin1');
    const pdf = Buffer.from(makePdf([{ content: bomb }], { encrypt: { userPassword: '', ownerPassword: 'owner' } })).toString('latin1');
    const flagged = pdf.replace(/<< \/Length (\d+) >>\nstream/, (_m, n: string) => `<< /Length ${n} /Filter /FlateDecode >>\nstream`);
    expect(codeOf(() => { checkDecodedSize(Buffer.from(flagged, 'latin1'), 16 * MB); })).toBe('resource-limit');
    // With a user password the key is unknown: the ciphertext counts at its stored size (pdf.js refuses it anyway).
    const locked = Buffer.from(makePdf([{ content: bomb }], { encrypt: { userPassword: 'user', ownerPassword: 'owner' } })).toString('latin1');
    expect(codeOf(() => { checkDecodedSize(Buffer.from(locked.replace(/<< \/Length (\d+) >>\nstream/, (_m, n: string) => `<< /Length ${n} /Filter /FlateDecode >>\nstream`), 'latin1'), 16 * MB); })).toBe('ok');
  });
});
