// Snippets built from the stored text: the stretch of about `size` words with the most query-word
// matches, each match wrapped in [[ and ]]. Used by both backends: FTS5's snippet() re-runs the whole
// query for each row (30+ ms a page for three common words), and PostgreSQL's ts_headline re-parses the
// three texts of every hit (11 ms a page of 20 at any corpus size; decision 0009).
import type { Kysely } from 'kysely';
import { SNIPPET_END, SNIPPET_START } from './dialect.ts';
import { isStopWord, type TextQuery } from './query-text.ts';
import type { Database } from './schema.ts';

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/** A crude stem: enough to let "improvement" find "improved" and "therapies" find "therapy". */
function stem(word: string): string {
  const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const cut = w.replace(/(?:ements?|ments?|ations?|ings?|ies|ied|ed|es|s|e|y)$/u, '');
  return cut.length >= 3 ? cut : w;
}

export function buildSnippet(text: string, q: TextQuery, size = 24): string {
  const stems = new Set([...q.looseWords, ...q.phrases.flat()].filter((w) => !isStopWord(w)).map(stem));
  const tokens: { start: number; end: number; hit: boolean }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, hit: stems.has(stem(m[0])) });
  }
  if (tokens.length === 0) return '';
  // Best window: most hits; first such window wins.
  let best = 0;
  let bestHits = -1;
  let hits = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.hit === true) hits++;
    if (i >= size && tokens[i - size]?.hit === true) hits--;
    const start = Math.max(0, i - size + 1);
    if (hits > bestHits) {
      bestHits = hits;
      best = start;
    }
  }
  const first = tokens[best];
  const last = tokens[Math.min(tokens.length - 1, best + size - 1)];
  if (first === undefined || last === undefined) return '';
  let out = '';
  let pos = first.start;
  for (let i = best; i <= best + size - 1 && i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) break;
    out += text.slice(pos, t.start);
    out += t.hit ? `${SNIPPET_START}${text.slice(t.start, t.end)}${SNIPPET_END}` : text.slice(t.start, t.end);
    pos = t.end;
  }
  const reachesEnd = best + size >= tokens.length;
  if (reachesEnd) out += text.slice(pos);
  const flat = out.replace(/\s+/g, ' ').trim();
  return `${best > 0 ? '… ' : ''}${flat}${reachesEnd ? '' : ' …'}`;
}

/** Snippets for the given item ids, from their request, rationale and letter's clinical summary. */
export async function storedTextSnippets(db: Kysely<Database>, q: TextQuery, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('items')
    .innerJoin('letters', 'letters.id', 'items.letter_id')
    .select(['items.id', 'items.request', 'items.rationale', 'letters.clinical_summary'])
    .where('items.id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, buildSnippet([r.request, r.rationale, r.clinical_summary].filter((t) => t !== null).join(' … '), q)]));
}
