// Input checks before anything is written: a bad batch is refused as a whole, with the path of the
// first bad field and never its value. PostgreSQL cannot store NUL characters in text, so they are
// refused on both backends (the same input must behave the same everywhere).
import { z } from 'zod';
import { Decision, OpenImrError, ParsedLetter } from '../core/index.ts';
import type { DmhcRecord, LetterToStore, SearchQuery } from './store.ts';
import { MAX_QUERY_CHARS } from './query-text.ts';

const LetterToStoreSchema = z.object({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case SHA-256 hex digest'),
  sourceName: z
    .string()
    .min(1)
    .max(255)
    .refine((s) => !/[/\\]/.test(s), 'expected a file name, not a path'),
  letter: ParsedLetter,
});

const DmhcRecordSchema = z.object({
  referenceId: z.string().min(1).max(64),
  reportYear: z.number().int().min(1900).max(2200),
  diagnosisCategory: z.string().nullable(),
  diagnosisSubCategory: z.string().nullable(),
  treatmentCategory: z.string().nullable(),
  treatmentSubCategory: z.string().nullable(),
  decision: Decision.nullable(),
  type: z.string().nullable(),
  ageRange: z.string().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
});

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/** Finds the first string containing NUL and returns its path. */
function nulPath(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = nulPath(value[i], [...path, i]);
      if (p) return p;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const p = nulPath(v, [...path, k]);
      if (p) return p;
    }
  }
  return null;
}

function check<T>(schema: z.ZodType<T>, value: unknown, where: string): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = `${where}${pathText(issue?.path ?? [])}`;
    // issue.message comes from our schemas and zod's wording of the expected shape, not from the value.
    throw new OpenImrError('invalid-input', `${at}: ${issue?.code ?? 'invalid'} (${issue?.message ?? ''})`, { field: at });
  }
  const nul = nulPath(value);
  if (nul) {
    const at = `${where}${pathText(nul)}`;
    throw new OpenImrError('invalid-input', `${at}: contains a NUL character`, { field: at });
  }
}

export function checkLetters(letters: readonly LetterToStore[]): void {
  letters.forEach((l, i) => {
    check(LetterToStoreSchema, l, `letters[${i}]`);
  });
}

export function checkDmhc(rows: readonly DmhcRecord[]): void {
  rows.forEach((r, i) => {
    check(DmhcRecordSchema, r, `dmhc[${i}]`);
  });
}

export const MAX_PAGE = 1000;

export function checkSearch(q: SearchQuery): void {
  const bad = (field: string, why: string): never => {
    throw new OpenImrError('invalid-argument', `search ${field}: ${why}`, { field });
  };
  if (!Number.isInteger(q.limit) || q.limit < 0 || q.limit > MAX_PAGE) bad('limit', `expected an integer from 0 to ${MAX_PAGE}`);
  if (!Number.isInteger(q.offset) || q.offset < 0) bad('offset', 'expected a non-negative integer');
  if (q.text.length > MAX_QUERY_CHARS) bad('text', `longer than ${MAX_QUERY_CHARS} characters`);
  if (q.filters.year !== undefined && !Number.isInteger(q.filters.year)) bad('filters.year', 'expected an integer');
  for (const key of ['category', 'specialty'] as const) {
    const v = q.filters[key];
    if (v?.includes('\u0000')) bad(`filters.${key}`, 'contains a NUL character');
  }
  if (q.text.includes('\u0000')) bad('text', 'contains a NUL character');
}
