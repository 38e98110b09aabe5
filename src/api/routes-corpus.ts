// Public routes over the decision corpus (no sign-in): search with facets and snippets, letters, export,
// statistics and charts; and the engine's determination for a posted case file (staff).
import type { z } from 'zod';
import { corpusStats, decideCase, searchCorpus, showCase, type Store } from '../app/index.ts';
import { renderChart, CHART_NAMES } from './charts.ts';
import {
  CaseFile,
  Determination,
  ExportQuery,
  LetterReply,
  SearchQuery,
  SearchReply,
  StatsQuery,
  StatsReply,
  VolumeReply,
  offsetCursor,
  readOffsetCursor,
} from './schemas.ts';
import { route, STAFF, USER_ROLES, type Access, type Route } from './types.ts';

export const EVERYONE: readonly Access[] = ['public', ...USER_ROLES];

/** The most items an export walks (100 pages of 100). */
export const EXPORT_MAX = 10_000;

type Filters = Pick<z.infer<typeof SearchQuery>, 'q' | 'decision' | 'category' | 'specialty' | 'year'>;

function search(store: Store, f: Filters, limit: number, offset: number): ReturnType<typeof searchCorpus> {
  return searchCorpus(store, {
    text: f.q,
    limit,
    offset,
    ...(f.decision === undefined ? {} : { decision: f.decision }),
    ...(f.category === undefined ? {} : { category: f.category }),
    ...(f.specialty === undefined ? {} : { specialty: f.specialty }),
    ...(f.year === undefined ? {} : { year: f.year }),
  });
}

const CSV_COLUMNS = ['caseNumber', 'itemIndex', 'request', 'decision', 'category', 'specialty', 'decisionDate'] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const corpusRoutes: readonly Route[] = [
  route<z.infer<typeof SearchQuery>>({
    method: 'GET',
    path: '/decisions',
    summary: 'Search published decisions: ranked items with snippets ([[match]]) and facet counts',
    tag: 'decisions',
    access: EVERYONE,
    query: SearchQuery,
    response: SearchReply,
    async handler({ deps, query }) {
      const offset = readOffsetCursor(query.cursor);
      const result = await search(deps.store, query, query.limit, offset);
      const next = offset + result.hits.length;
      const nextCursor = result.hits.length === query.limit && next < result.total && next + query.limit <= 10_000 ? offsetCursor(next) : null;
      return { json: { ...result, nextCursor } };
    },
  }),
  route<z.infer<typeof ExportQuery>>({
    method: 'GET',
    path: '/decisions/export',
    summary: `Every matching item (at most ${EXPORT_MAX}) as CSV or JSON`,
    tag: 'decisions',
    access: EVERYONE,
    query: ExportQuery,
    response: { mediaTypes: ['text/csv', 'application/json'] },
    async handler({ deps, query }) {
      const hits = [];
      for (let offset = 0; offset < EXPORT_MAX; offset += 100) {
        const page = await search(deps.store, query, 100, offset);
        hits.push(...page.hits);
        if (page.hits.length < 100) break;
      }
      const rows = hits.map(({ caseNumber, itemIndex, request, decision, category, specialty, decisionDate }) => ({
        caseNumber,
        itemIndex,
        request,
        decision,
        category,
        specialty,
        decisionDate,
      }));
      if (query.format === 'json') {
        return new Response(JSON.stringify({ items: rows }), {
          headers: { 'content-type': 'application/json', 'content-disposition': 'attachment; filename="decisions.json"' },
        });
      }
      const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((k) => csvCell(r[k])).join(','))];
      return new Response(lines.join('\r\n') + '\r\n', {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="decisions.csv"' },
      });
    },
  }),
  route({
    method: 'GET',
    path: '/decisions/{caseNumber}',
    summary: 'The published letter(s) of a case number, as parsed',
    tag: 'decisions',
    access: EVERYONE,
    response: LetterReply,
    async handler({ deps, params }) {
      const letters = await showCase(deps.store, params['caseNumber'] ?? '');
      return { json: { letters } };
    },
  }),
  route<z.infer<typeof StatsQuery>>({
    method: 'GET',
    path: '/stats',
    summary: 'Counts and overturn rates with 95% Wilson intervals by a dimension',
    tag: 'statistics',
    access: EVERYONE,
    query: StatsQuery,
    response: StatsReply,
    async handler({ deps, query }) {
      return { json: await corpusStats(deps.store, query.by, query.program) };
    },
  }),
  route({
    method: 'GET',
    path: '/stats/volume',
    summary: 'Decided items per decision year',
    tag: 'statistics',
    access: EVERYONE,
    response: VolumeReply,
    async handler({ deps }) {
      const report = await corpusStats(deps.store, 'year', 'dwc');
      return { json: { rows: report.rows.map((r) => ({ period: r.key, total: r.total, upheld: r.upheld, overturned: r.overturned })) } };
    },
  }),
  route({
    method: 'GET',
    path: '/stats/charts/{chart}',
    summary: `A chart as SVG (vega-lite, drawn on the server): ${CHART_NAMES.map((n) => `${n}.svg`).join(', ')}`,
    tag: 'statistics',
    access: EVERYONE,
    response: { mediaTypes: ['image/svg+xml'] },
    async handler({ deps, params }) {
      const svg = await renderChart(deps.store, params['chart'] ?? '');
      return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=60' } });
    },
  }),
  route<undefined, CaseFile>({
    method: 'POST',
    path: '/determinations',
    summary: "The engine's proposed decision for each disputed item of a case file (as `openimr decide` reads)",
    tag: 'determinations',
    access: STAFF,
    body: CaseFile,
    response: Determination,
    handler({ body }) {
      return Promise.resolve({ json: decideCase(body) });
    },
  }),
];
