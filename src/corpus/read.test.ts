import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import { decodeLetterText, readLetterBytes, readLetterFile } from './read.ts';

const dir = mkdtempSync(join(tmpdir(), 'openimr-read-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e instanceof OpenImrError ? e.code : 'not an OpenImrError';
  }
}

describe('decodeLetterText', () => {
  test('UTF-8, with or without a BOM', () => {
    expect(decodeLetterText(new TextEncoder().encode('Décision: Upheld'))).toEqual({ text: 'Décision: Upheld', encoding: 'utf-8' });
    expect(decodeLetterText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
  });
  test('UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Case Number:', 'utf16le')]);
    expect(decodeLetterText(le)).toEqual({ text: 'Case Number:', encoding: 'utf-16le' });
  });
  test('invalid UTF-8 falls back to Windows-1252', () => {
    const cp1252 = Uint8Array.from([...Buffer.from('patient'), 0x92, ...Buffer.from('s '), 0x96, ...Buffer.from(' ok')]);
    expect(decodeLetterText(cp1252)).toEqual({ text: 'patient\u2019s \u2013 ok', encoding: 'windows-1252' });
  });
  test('binary is refused', () => {
    expect(() => decodeLetterText(Uint8Array.from([0x41, 0x00, 0x42]))).toThrow(OpenImrError);
    expect(() => decodeLetterText(Uint8Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 0x01 : 0x41)))).toThrow(/control/);
  });
});

describe('readLetterFile', () => {
  test('a text letter', async () => {
    const p = join(dir, 'letter.txt');
    writeFileSync(p, 'CLINICAL CASE SUMMARY\nA 40-year-old male.');
    const r = await readLetterFile(p);
    expect(r).toMatchObject({ kind: 'text', sourceName: 'letter.txt', encoding: 'utf-8' });
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
  test('limits, types and missing files give coded errors', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(2048, 0x41));
    expect(await codeOf(readLetterFile(big, { maxBytes: 1024, maxPages: 10, pdfTimeoutMs: 1000 }))).toBe('file-too-large');
    expect(await codeOf(readLetterFile(join(dir, 'absent.txt')))).toBe('unreadable-file');
    expect(await codeOf(readLetterFile(dir))).toBe('unreadable-file');
    expect(await codeOf(readLetterBytes(new Uint8Array([1, 2, 3]), 'x.docx'))).toBe('unsupported-file-type');
  });
  test('random bytes named .pdf are a malformed PDF, not a crash', async () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251);
    expect(await codeOf(readLetterBytes(bytes, 'random.pdf'))).toBe('pdf-malformed');
  });
});
