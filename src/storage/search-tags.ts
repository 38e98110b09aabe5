// Filter values as full-text tokens. SQLite's FTS5 index carries, per item, one token for each filterable
// value (decision, category, category group, specialty, year), so a filtered text search is one index
// query that walks its match list newest first and stops: no per-match row lookups to apply the filter.
// A token is a prefix naming the field, the value's UTF-8 bytes in hex (so any value maps to a distinct
// token of letters and digits), and an 'x' that no Porter-stemmer rule removes.
import type { SearchFilters } from './store.ts';

export interface TaggedValues {
  decision: string | null;
  category: string;
  categoryGroup: string;
  specialty: string | null;
  year: number | null;
}

const token = (field: string, value: string | number): string => `z${field}${Buffer.from(String(value), 'utf8').toString('hex')}x`;

/**
 * Items per id bucket on PostgreSQL (2^ID_BUCKET_BITS): each item's vector also carries the token of its
 * bucket (id >> ID_BUCKET_BITS), so the newest matches can be asked of the GIN index one range of ids at a
 * time (postgres/search.ts). The SQL trigger computes the same token (item_search_bucket).
 */
export const ID_BUCKET_BITS = 14;

/** The token of id bucket `bucket`: the same shape as the filter tags. */
export function idBucketTag(bucket: number): string {
  if (!Number.isSafeInteger(bucket) || bucket < 0) throw new RangeError(`not an id bucket: ${bucket}`);
  return token('b', bucket);
}

/** The tags column of one item. */
export function itemSearchTags(v: TaggedValues): string {
  const tags = [token('c', v.category), token('g', v.categoryGroup)];
  if (v.decision !== null) tags.push(token('d', v.decision));
  if (v.specialty !== null) tags.push(token('s', v.specialty));
  if (v.year !== null) tags.push(token('y', v.year));
  return tags.join(' ');
}

/** An FTS5 expression over the tags column for the filters, or null when there are none. */
export function fts5FilterExpression(f: SearchFilters): string | null {
  const parts: string[] = [];
  const quoted = (t: string): string => `"${t}"`;
  if (f.decision !== undefined) parts.push(quoted(token('d', f.decision)));
  // A full id ("pharmaceutical.opioid") or a group ("pharmaceutical").
  if (f.category !== undefined) parts.push(`(${quoted(token('c', f.category))} OR ${quoted(token('g', f.category))})`);
  if (f.specialty !== undefined) parts.push(quoted(token('s', f.specialty)));
  if (f.year !== undefined) parts.push(quoted(token('y', f.year)));
  return parts.length === 0 ? null : `{tags}: (${parts.join(' AND ')})`;
}

/**
 * A PostgreSQL tsquery (for to_tsquery('simple', ...)) over the tag lexemes for the filters, or null when
 * there are none. Tokens are letters and digits only, so no user text reaches tsquery syntax.
 */
export function tsqueryFilterExpression(f: SearchFilters): string | null {
  const parts: string[] = [];
  if (f.decision !== undefined) parts.push(token('d', f.decision));
  if (f.category !== undefined) parts.push(`(${token('c', f.category)} | ${token('g', f.category)})`);
  if (f.specialty !== undefined) parts.push(token('s', f.specialty));
  if (f.year !== undefined) parts.push(token('y', f.year));
  return parts.length === 0 ? null : parts.join(' & ');
}
