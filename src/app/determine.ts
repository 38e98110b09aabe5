// The determination use-cases: decide a case file (openimr decide), and measure the engine against
// published letters with the outcome hidden (openimr eval).
import type { Decision, Determination, ItemDetermination, ParsedLetter } from '../core/index.ts';
import { CaseFile, OpenImrError } from '../core/index.ts';
import { decideItem, linkAssociatedServices } from '../engine/index.ts';
import { agreementBy, blindCase, type AgreementMetrics } from '../evaluation/index.ts';
import { extractFacts, findDates, type ExtractInput } from '../extraction/index.ts';
import { loadRules } from '../guidelines/index.ts';
import { normalizeRequest } from '../requests/index.ts';
import type { Store } from '../storage/index.ts';

/** MM/DD/YYYY or YYYY-MM-DD to ISO; a date that is not on the calendar is an error naming its field. */
export function isoInputDate(value: string | undefined, field: string): string | null {
  if (value === undefined) return null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = us === null ? value : `${us[3]}-${(us[1] ?? '').padStart(2, '0')}-${(us[2] ?? '').padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    throw new OpenImrError('invalid-input', `${field}: '${value}' is not a date on the calendar`, { field });
  }
  return iso;
}

/** Reads untrusted input (parsed JSON) as a case file, naming the first bad field. */
export function readCaseFile(input: unknown): CaseFile {
  const parsed = CaseFile.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue === undefined || issue.path.length === 0 ? '(case)' : issue.path.map(String).join('.');
    throw new OpenImrError('invalid-input', `${field}: ${issue?.message ?? 'invalid case file'}`, { field });
  }
  return parsed.data;
}

/** Proposes a decision for each disputed item of a case file. */
export function decideCase(input: unknown): Determination {
  const file = readCaseFile(input);
  const dateOfInjury = isoInputDate(file.dateOfInjury, 'dateOfInjury');
  const urDenialDate = isoInputDate(file.urDenialDate, 'urDenialDate');
  const texts: ExtractInput[] = [{ source: 'clinicalSummary', text: file.clinicalSummary }];
  (file.records ?? []).forEach((r, i) => {
    texts.push({ source: `records[${i}]`, text: r.text, date: isoInputDate(r.date, `records.${i}.date`) });
  });
  const latestRecordDate = urDenialDate === null ? latestDateIn(texts) : null;
  const facts = extractFacts(texts, { dateOfInjury, referenceDate: urDenialDate ?? latestRecordDate });
  const rules = loadRules();
  const decided: ItemDetermination[] = file.disputedItems.map((item) => {
    const result = decideItem(rules, {
      request: item.request,
      normalized: normalizeRequest(item.request),
      authorized: item.authorized === undefined ? null : normalizeRequest(item.authorized),
      facts,
      dates: { dateOfInjury, urDenialDate, latestRecordDate },
    });
    return result.determination;
  });
  return { caseNumber: file.caseNumber ?? null, items: linkAssociatedServices(decided) };
}

/** The latest date any text mentions, ignoring dates after today (typos such as 2061 for 2016). */
function latestDateIn(texts: readonly ExtractInput[]): string | null {
  const today = new Date().toISOString().slice(0, 10);
  let latest: string | null = null;
  for (const t of texts) {
    for (const d of findDates(t.text)) if (d.iso <= today && (latest === null || d.iso > latest)) latest = d.iso;
  }
  return latest;
}

export interface EvalReport {
  letters: number;
  /** Letters left out: no clinical summary or no item with a read decision. */
  skipped: number;
  overall: AgreementMetrics;
  byCategory: { group: string; metrics: AgreementMetrics }[];
  /** The always-Upheld baseline on the same items. */
  baseline: AgreementMetrics;
}

/** Decides each published letter's items blind and compares with the real decisions. */
export function evaluateLetters(letters: readonly ParsedLetter[]): EvalReport {
  const rows: { actual: Decision; proposed: Decision; group: string }[] = [];
  let skipped = 0;
  for (const letter of letters) {
    const blind = blindCase(letter);
    if (blind === null) {
      skipped++;
      continue;
    }
    const determination = decideCase(blind.caseFile);
    determination.items.forEach((item, i) => {
      const actual = blind.actual[i];
      if (actual !== undefined) rows.push({ actual, proposed: item.decision, group: blind.categories[i] ?? 'other' });
    });
  }
  const { overall, groups } = agreementBy(rows);
  const baseline = agreementBy(rows.map((r) => ({ ...r, proposed: 'Upheld' as const }))).overall;
  return { letters: letters.length - skipped, skipped, overall, byCategory: groups, baseline };
}

/** Words of a request worth searching for: letters only, no numbers, units or quantity words. */
function searchWords(request: string): string {
  const stop = new Set(['for', 'the', 'and', 'with', 'of', 'to', 'x', 'times', 'week', 'weeks', 'per', 'mg', 'mcg', 'qty', 'sessions', 'visits', 'additional', 'request']);
  return (request.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !stop.has(w)).slice(0, 4).join(' ');
}

/**
 * Adds to each item up to five published decisions on the same kind of item (same category, sharing the
 * request's words), best match first, when the store holds a decision corpus.
 */
export async function withSimilarDecisions(store: Store, determination: Determination): Promise<Determination> {
  const items: ItemDetermination[] = [];
  for (const item of determination.items) {
    const words = searchWords(item.request);
    if (words === '') {
      items.push(item);
      continue;
    }
    const result = await store.search({ text: words, filters: { category: item.normalized.category }, limit: 5, offset: 0 });
    const similar = result.hits.flatMap((h) => (h.decision === null ? [] : [{ caseNumber: h.caseNumber, request: h.request, decision: h.decision, score: h.score }]));
    items.push({ ...item, similar });
  }
  return { ...determination, items };
}
