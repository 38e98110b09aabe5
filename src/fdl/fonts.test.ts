import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import { FONT_DIR_ENV, letterFonts } from './fonts.ts';

describe('letterFonts', () => {
  it('finds DejaVu Sans regular and bold as TrueType files', () => {
    const fonts = letterFonts();
    // TrueType files start with the sfnt version 0x00010000.
    expect([...fonts.regular.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    expect([...fonts.bold.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
  });

  it('fails with a clear not-found error when the configured folder lacks the fonts', () => {
    const empty = mkdtempSync(join(tmpdir(), 'fdl-fonts-'));
    try {
      expect(() => letterFonts({ [FONT_DIR_ENV]: empty })).toThrow(OpenImrError);
      expect(() => letterFonts({ [FONT_DIR_ENV]: empty })).toThrow(/DejaVuSans\.ttf/);
    } finally {
      rmSync(empty, { recursive: true });
    }
  });

  it('uses the configured folder when it holds the fonts', () => {
    const dir = letterFonts().dir;
    expect(letterFonts({ [FONT_DIR_ENV]: dir }).dir).toBe(dir);
  });
});
