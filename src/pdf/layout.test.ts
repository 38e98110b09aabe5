import { describe, expect, it } from 'vitest';
import { layoutPage, type PlacedText } from './layout.ts';

function run(str: string, x: number, y: number, extra: Partial<PlacedText> = {}): PlacedText {
  return { str, x, y, width: str.length * 6, fontSize: 12, hasEOL: false, rotated: false, ...extra };
}

describe('layoutPage', () => {
  it('orders runs top to bottom, left to right, whatever the content order', () => {
    expect(layoutPage([run('second line', 72, 686), run('world', 105, 700), run('hello', 72, 700)])).toBe('hello world\nsecond line');
  });

  it('puts a tab between table cells and keeps a row on one line', () => {
    const text = layoutPage([
      run('Date Assigned:', 72, 675.6, { width: 80 }),
      run('01/12/2017', 179.4, 675.5, { width: 55 }),
      run('Date of Injury:', 328.9, 675.6, { width: 74 }),
      run('12/01/2016', 426.8, 675.5, { width: 55 }),
    ]);
    expect(text).toBe('Date Assigned:\t01/12/2017\tDate of Injury:\t12/01/2016');
  });

  it('joins runs that touch, and adds a space for a word-sized gap', () => {
    expect(layoutPage([run('ab', 72, 700, { width: 12 }), run('cd', 84, 700, { width: 12 }), run('ef', 99, 700)])).toBe('abcd ef');
  });

  it('ignores whitespace-only runs and does not double spaces', () => {
    expect(layoutPage([run('a ', 72, 700, { width: 9 }), run(' ', 81, 700, { width: 3 }), run('b', 84, 700)])).toBe('a b');
  });

  it('keeps superscripts and baseline jitter on their line', () => {
    expect(layoutPage([run('x', 72, 700, { width: 6 }), run('2', 78, 704, { fontSize: 8, width: 4 }), run('y', 86, 699.8)])).toBe('x2 y');
  });

  it('marks a paragraph-sized vertical gap with an empty line', () => {
    expect(layoutPage([run('one', 72, 700), run('two', 72, 686), run('three', 72, 650)])).toBe('one\ntwo\n\nthree');
  });

  it('falls back to content order and end-of-line marks for rotated text', () => {
    const text = layoutPage([
      run('flat', 72, 700),
      run('up', 300, 100, { rotated: true }),
      run('wards', 300, 130, { rotated: true, hasEOL: true }),
      run('next', 320, 100, { rotated: true }),
    ]);
    expect(text).toBe('flat\n\nupwards\nnext');
  });

  it('returns an empty string for an empty page', () => {
    expect(layoutPage([])).toBe('');
  });
});
