// Searching the decision corpus: validated queries over the store's full-text index.
import { z } from 'zod';
import { CATEGORIES, Decision, OpenImrError } from '../core/index.ts';
import type { SearchResult, Store } from '../storage/index.ts';

export const SearchRequest = z.object({
  text: z.string().max(500, 'the query is longer than 500 characters').default(''),
  decision: Decision.optional(),
  category: z.string().max(64).optional(),
  specialty: z.string().max(120).optional(),
  year: z.coerce.number().int().min(2013).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type SearchRequest = z.input<typeof SearchRequest>;

/** Category filters accept a full id ("pharmaceutical.opioid") or a group prefix ("pharmaceutical"). */
export function knownCategoryFilter(value: string): boolean {
  return CATEGORIES.some((c) => c === value || c.startsWith(value + '.'));
}

export async function searchDecisions(store: Store, request: SearchRequest): Promise<SearchResult> {
  const parsed = SearchRequest.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OpenImrError('invalid-argument', issue?.message ?? 'invalid search', { field: issue?.path.join('.') ?? '' });
  }
  const q = parsed.data;
  if (q.category !== undefined && !knownCategoryFilter(q.category)) {
    throw new OpenImrError('invalid-argument', `unknown category '${q.category}'`, { field: 'category' });
  }
  return store.search({
    text: q.text.normalize('NFC'),
    filters: {
      ...(q.decision !== undefined ? { decision: q.decision } : {}),
      ...(q.category !== undefined ? { category: q.category } : {}),
      ...(q.specialty !== undefined ? { specialty: q.specialty } : {}),
      ...(q.year !== undefined ? { year: q.year } : {}),
    },
    limit: q.limit,
    offset: q.offset,
  });
}
