// Charts drawn on the server as SVG with vega-lite (no browser, nothing downloaded): overturn rates with
// their 95% intervals by a dimension, and the volume of decided items per year. Cached per chart until the
// corpus's item count changes.
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { OpenImrError } from '../core/index.ts';
import { corpusStats, type Store, type StatsDimension } from '../app/index.ts';

export const CHART_NAMES = ['category', 'guideline', 'specialty', 'year', 'volume'] as const;
type ChartName = (typeof CHART_NAMES)[number];

const MAX_BARS = 25;
const cache = new Map<string, { items: number; svg: string }>();

function nameOf(file: string): ChartName {
  const name = /^([a-z]+)\.svg$/.exec(file)?.[1];
  const found = CHART_NAMES.find((n) => n === name);
  if (found === undefined) throw new OpenImrError('not-found', `no chart ${JSON.stringify(file.slice(0, 40))}; charts: ${CHART_NAMES.map((n) => `${n}.svg`).join(', ')}`);
  return found;
}

async function spec(store: Store, name: ChartName): Promise<vl.TopLevelSpec> {
  const by: StatsDimension = name === 'volume' ? 'year' : name;
  const report = await corpusStats(store, by, 'dwc');
  if (name === 'volume') {
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: 'Decided items per year',
      width: 480,
      height: 240,
      data: {
        values: report.rows.flatMap((r) => [
          { year: r.key, decision: 'Upheld', items: r.upheld },
          { year: r.key, decision: 'Overturned', items: r.overturned },
        ]),
      },
      mark: 'bar',
      encoding: {
        x: { field: 'year', type: 'ordinal', title: 'Decision year' },
        y: { field: 'items', type: 'quantitative', title: 'Items' },
        color: { field: 'decision', type: 'nominal', scale: { range: ['#1f5f99', '#c2571a'] } },
      },
    };
  }
  const rows = report.rows
    .filter((r) => r.overturnRate !== null && r.ci95 !== null)
    .slice(0, MAX_BARS)
    .map((r) => ({ key: r.key.slice(0, 60), rate: r.overturnRate, low: r.ci95?.low, high: r.ci95?.high, n: r.total }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Overturn rate by ${name} (95% Wilson interval)`,
    width: 420,
    data: { values: rows },
    encoding: { y: { field: 'key', type: 'nominal', title: null, sort: name === 'year' ? 'ascending' : null } },
    layer: [
      { mark: { type: 'bar', color: '#1f5f99' }, encoding: { x: { field: 'rate', type: 'quantitative', title: 'Overturned', axis: { format: '%' }, scale: { domain: [0, 1] } } } },
      { mark: { type: 'rule', color: '#222' }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
    ],
  };
}

export async function renderChart(store: Store, file: string): Promise<string> {
  const name = nameOf(file);
  const items = (await store.counts()).items;
  const hit = cache.get(name);
  if (hit?.items === items) return hit.svg;
  const compiled = vl.compile(await spec(store, name)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    cache.set(name, { items, svg });
    return svg;
  } finally {
    view.finalize();
  }
}
