// Public corpus search: a query box, facets (decision, category, year), snippets with the matched words
// emphasised (split into text nodes, never parsed as HTML) and cursor pagination. State lives in the URL.
import { useState, type FormEvent, type ReactNode } from 'react';
import { searchDecisions, type FacetCount, type SearchHit } from '../api.ts';
import { splitSnippet } from '../highlight.ts';
import { Link, navigate } from '../router.tsx';
import { DecisionBadge, ErrorBox, Loading, useLoad } from '../ui.tsx';

const PAGE = 20;
const FIELDS = ['q', 'decision', 'category', 'year'] as const;
type Field = (typeof FIELDS)[number];

export function SearchView({ query }: { query: URLSearchParams }): ReactNode {
  const current = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? ''])) as Record<Field, string>;
  const cursor = query.get('cursor') ?? '';
  const key = query.toString();
  const result = useLoad(
    () => searchDecisions({ ...current, ...(cursor === '' ? {} : { cursor }), limit: PAGE }),
    key,
  );
  const [draft, setDraft] = useState(current);
  const [draftKey, setDraftKey] = useState(key);
  if (draftKey !== key) {
    // The URL changed (back button, link): the form follows it.
    setDraft(current);
    setDraftKey(key);
  }
  const [pages, setPages] = useState<string[]>([]);

  const go = (fields: Record<Field, string>, nextCursor?: string): void => {
    const p = new URLSearchParams();
    for (const f of FIELDS) if (fields[f] !== '') p.set(f, fields[f]);
    if (nextCursor !== undefined && nextCursor !== '') p.set('cursor', nextCursor);
    const s = p.toString();
    navigate(s === '' ? '/' : `/?${s}`);
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setPages([]);
    go(draft);
  };
  const set = (f: Field, v: string): void => {
    setDraft((d) => ({ ...d, [f]: v }));
  };
  const facets = result.data?.facets ?? {};

  return (
    <>
      <h1>Search IMR decisions</h1>
      <form className="search" role="search" aria-label="Decisions" onSubmit={submit}>
        <div className="field grow">
          <label htmlFor="q">Words to find</label>
          <input id="q" name="q" type="search" value={draft.q} placeholder="e.g. acupuncture functional improvement" onChange={(e) => { set('q', e.target.value); }} />
        </div>
        <FacetSelect id="decision" label="Decision" value={draft.decision} counts={facets.decision} fallback={['Upheld', 'Overturned']} onChange={(v) => { set('decision', v); }} />
        <FacetSelect id="category" label="Category" value={draft.category} counts={facets.category} fallback={[]} onChange={(v) => { set('category', v); }} />
        <FacetSelect id="year" label="Year" value={draft.year} counts={facets.year} fallback={[]} onChange={(v) => { set('year', v); }} />
        <div className="field">
          <button type="submit" className="primary">
            Search
          </button>
        </div>
      </form>
      <ErrorBox error={result.error} />
      {result.loading && <Loading what="decisions" />}
      {result.data !== null && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {result.data.total === 0 ? 'No decisions found' : `${result.data.total}${result.data.exhaustive === false ? '+' : ''} decided items`}
          </h2>
          <ol className="hits">
            {result.data.hits.map((h) => (
              <Hit key={`${h.caseNumber ?? ''}-${h.itemIndex}-${h.letterId ?? ''}`} hit={h} />
            ))}
          </ol>
          <nav className="pager" aria-label="Pages of results">
            {pages.length > 0 && (
              <button
                type="button"
                onClick={() => {
                  const prev = pages.slice(0, -1);
                  setPages(prev);
                  go(current, prev[prev.length - 1]);
                }}
              >
                Previous page
              </button>
            )}
            {typeof result.data.nextCursor === 'string' && result.data.nextCursor !== '' && (
              <button
                type="button"
                onClick={() => {
                  const next = result.data?.nextCursor ?? '';
                  setPages((p) => [...p, next]);
                  go(current, next);
                }}
              >
                Next page
              </button>
            )}
          </nav>
        </section>
      )}
    </>
  );
}

function FacetSelect(props: {
  id: string;
  label: string;
  value: string;
  counts: FacetCount[] | undefined;
  fallback: string[];
  onChange: (v: string) => void;
}): ReactNode {
  const options: FacetCount[] = props.counts ?? props.fallback.map((value) => ({ value, count: -1 }));
  const known = options.some((o) => o.value === props.value);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.id} value={props.value} onChange={(e) => { props.onChange(e.target.value); }}>
        <option value="">Any</option>
        {!known && props.value !== '' && <option value={props.value}>{props.value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.count >= 0 ? `${o.value} (${o.count})` : o.value}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Snippet({ text }: { text: string }): ReactNode {
  return (
    <p className="snippet">
      {splitSnippet(text).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </p>
  );
}

function Hit({ hit }: { hit: SearchHit }): ReactNode {
  return (
    <li className="hit">
      <div className="hit-head">
        {hit.caseNumber !== null ? (
          <Link to={`/decisions/${encodeURIComponent(hit.caseNumber)}`} className="case-link">
            {hit.caseNumber}
          </Link>
        ) : (
          <span>(no case number)</span>
        )}{' '}
        <DecisionBadge decision={hit.decision} /> <span className="muted">{hit.decisionDate ?? 'date unknown'}</span>
      </div>
      <div className="hit-request">{hit.request}</div>
      <div className="muted small">
        {hit.category}
        {hit.specialty !== null ? ` · ${hit.specialty}` : ''}
      </div>
      <Snippet text={hit.snippet} />
    </li>
  );
}
