// Published case numbers: CMyy-nnnnnnn (the year of receipt and a 7-digit sequence).
import { OpenImrError } from '../core/index.ts';

export const CASE_NUMBER_PATTERN = /^CM(\d{2})-(\d{7})$/;
export const MAX_CASE_SEQUENCE = 9_999_999;

export interface CaseNumberParts {
  /** Full year, 2000-2099. */
  readonly year: number;
  /** 1 to 9,999,999. */
  readonly seq: number;
}

/** formatCaseNumber(2026, 123) === 'CM26-0000123'. */
export function formatCaseNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 2099) {
    throw new OpenImrError('invalid-argument', 'case number year must be 2000-2099', { field: 'year' });
  }
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_CASE_SEQUENCE) {
    throw new OpenImrError('invalid-argument', `case number sequence must be 1-${MAX_CASE_SEQUENCE}`, {
      field: 'seq',
    });
  }
  return `CM${String(year % 100).padStart(2, '0')}-${String(seq).padStart(7, '0')}`;
}

export function isCaseNumber(text: string): boolean {
  const m = CASE_NUMBER_PATTERN.exec(text);
  return m !== null && Number(m[2]) >= 1;
}

/** The year and sequence of a case number; invalid-input naming caseNumber otherwise. */
export function parseCaseNumber(text: string): CaseNumberParts {
  const m = CASE_NUMBER_PATTERN.exec(text);
  const seq = Number(m?.[2] ?? 0);
  if (m === null || seq < 1) {
    throw new OpenImrError('invalid-input', 'case number must look like CM26-0000123', { field: 'caseNumber' });
  }
  return { year: 2000 + Number(m[1]), seq };
}
