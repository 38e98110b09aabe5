// Golden files for the letter renderer (src/fdl): three synthetic letters, each rendered as text, as
// HTML and as the public (redacted) text. A layout change shows up here as a diff to review.
// Regenerate after an intended change: UPDATE_GOLDEN=1 npx vitest run test/golden/fdl
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOLDEN_LETTERS } from '../../../src/fdl/__fixtures__/synthetic.ts';
import { redact, renderHtml, renderText } from '../../../src/fdl/index.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

function compare(file: string, actual: string): void {
  const path = join(dir, file);
  if (update) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`golden file ${file} is missing; run with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('fdl golden files', () => {
  it.each(GOLDEN_LETTERS)('%s', (name, letter) => {
    compare(`${name}.txt`, renderText(letter));
    compare(`${name}.html`, renderHtml(letter));
    compare(`${name}.public.txt`, renderText(redact(letter)));
  });
});
