// The DMHC (health-plan) IMR determinations open data (CHHS), ';' or ',' separated, one row a case.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { OpenImrError } from '../core/index.ts';
import type { DmhcRecord } from '../storage/index.ts';

export interface DmhcParseResult {
  records: DmhcRecord[];
  /** Rows that could not be read, by line number (1 = the header). */
  rejected: { line: number; reason: string }[];
}

const COLUMNS = {
  referenceId: 'reference id',
  reportYear: 'report year',
  diagnosisCategory: 'diagnosis category',
  diagnosisSubCategory: 'diagnosis sub category',
  treatmentCategory: 'treatment category',
  treatmentSubCategory: 'treatment sub category',
  decision: 'determination',
  type: 'type',
  ageRange: 'age range',
  sex: 'patient gender',
} as const;

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? null : s));

const Row = z.object({
  referenceId: z.string().trim().min(1, 'missing Reference ID').max(64),
  reportYear: z.coerce.number().int().min(1990).max(2100),
  diagnosisCategory: optionalText,
  diagnosisSubCategory: optionalText,
  treatmentCategory: optionalText,
  treatmentSubCategory: optionalText,
  decision: z.string().transform((s) => {
    const t = s.toLowerCase();
    if (t.includes('overturn')) return 'Overturned' as const;
    if (t.includes('upheld') || t.includes('uphold')) return 'Upheld' as const;
    return null;
  }),
  type: optionalText,
  ageRange: optionalText,
  sex: z.string().transform((s) => {
    const t = s.trim().toLowerCase();
    return t === 'male' ? ('male' as const) : t === 'female' ? ('female' as const) : null;
  }),
});

function detectDelimiter(firstLine: string): string {
  const semis = firstLine.split(';').length;
  const commas = firstLine.split(',').length;
  return semis >= commas ? ';' : ',';
}

export function parseDmhcCsv(text: string): DmhcParseResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  let rows: string[][];
  try {
    rows = parse(body, {
      delimiter: detectDelimiter(firstLine),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    });
  } catch (err) {
    throw new OpenImrError('invalid-input', `not a readable CSV file: ${(err as Error).message}`);
  }
  const header = rows[0];
  if (header === undefined) throw new OpenImrError('invalid-input', 'the file is empty');
  const names = header.map((h) => h.trim().toLowerCase());
  const index = {} as Record<keyof typeof COLUMNS, number>;
  for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const i = names.indexOf(column);
    if (i < 0) throw new OpenImrError('invalid-input', `missing column '${column}' in the header`, { field: column });
    index[key] = i;
  }
  const records: DmhcRecord[] = [];
  const rejected: DmhcParseResult['rejected'] = [];
  rows.slice(1).forEach((cells, n) => {
    const raw = Object.fromEntries(
      (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).map((k) => [k, cells[index[k]] ?? '']),
    );
    const parsed = Row.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else rejected.push({ line: n + 2, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  });
  return { records, rejected };
}
