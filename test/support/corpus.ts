// Where tests find the shared sample corpus (never copied into this repository).
// Absent corpus: tests that need it are skipped with a visible message, unless
// OPENIMR_REQUIRE_CORPUS=1 (set by .ci/run), in which case they fail.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const corpusDir = process.env['OPENIMR_CORPUS_DIR'] ?? resolve(root, '..', 'shared', 'corpus');

export const corpusRequired = process.env['OPENIMR_REQUIRE_CORPUS'] === '1';

/** True when the sample corpus is there. Prints why tests are skipped, or throws when it is required. */
export function corpusAvailable(what = 'these tests'): boolean {
  if (existsSync(join(corpusDir, 'letters')) && existsSync(join(corpusDir, 'seeds'))) return true;
  if (corpusRequired) {
    throw new Error(`OPENIMR_REQUIRE_CORPUS=1 but the sample corpus is missing at ${corpusDir}`);
  }
  console.warn(`[openimr] sample corpus not found at ${corpusDir}: skipping ${what}`);
  return false;
}

export function corpusFiles(sub: 'letters' | 'seeds' | 'dmhc'): string[] {
  const dir = join(corpusDir, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
}
