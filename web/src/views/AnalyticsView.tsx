// Overturn rates with 95% intervals by category, guideline, specialty and year (tables, always readable)
// beside the server-drawn SVG charts, and the volume of decisions over time.
import { useState, type ReactNode } from 'react';
import { chartUrl, stats, volume, type StatsBy, type StatsReport, type VolumeRow } from '../api.ts';
import { ErrorBox, Loading, pct, useLoad } from '../ui.tsx';

const DIMENSIONS: { by: StatsBy; label: string }[] = [
  { by: 'category', label: 'category' },
  { by: 'guideline', label: 'guideline' },
  { by: 'specialty', label: 'reviewer specialty' },
  { by: 'year', label: 'year' },
];

/** Rows shown per table; the charts and the CSV export carry the rest. */
const MAX_ROWS = 25;

export function AnalyticsView(): ReactNode {
  return (
    <>
      <h1>Analytics</h1>
      <p className="muted">
        Overturn rate = overturned / decided items, with the 95% Wilson score interval. Small groups have wide intervals.
      </p>
      {DIMENSIONS.map((d) => (
        <StatsSection key={d.by} by={d.by} label={d.label} />
      ))}
      <VolumeSection />
    </>
  );
}

function Chart({ name, alt }: { name: string; alt: string }): ReactNode {
  const [failed, setFailed] = useState(false);
  if (failed) return <p className="muted small">The chart is not available; the table has the figures.</p>;
  return (
    <figure className="chart">
      <img src={chartUrl(name)} alt={alt} loading="lazy" data-chart={name} onError={() => { setFailed(true); }} />
    </figure>
  );
}

function StatsSection({ by, label }: { by: StatsBy; label: string }): ReactNode {
  const report = useLoad(() => stats(by), by);
  const id = `stats-${by}`;
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>Overturn rate by {label}</h2>
      <ErrorBox error={report.error} />
      {report.loading && <Loading what={`figures by ${label}`} />}
      <div className="two-col">
        {report.data !== null && <StatsTable report={report.data} label={label} />}
        <Chart name={by} alt={`Chart: overturn rate with 95% interval by ${label}`} />
      </div>
    </section>
  );
}

function StatsTable({ report, label }: { report: StatsReport; label: string }): ReactNode {
  const rows = [...report.rows].sort((a, b) => b.total - a.total).slice(0, MAX_ROWS);
  return (
    <table className="data">
      <caption>
        Overturn rate by {label}
        {report.rows.length > MAX_ROWS ? ` (the ${MAX_ROWS} largest of ${report.rows.length} groups)` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" className="num">Items</th>
          <th scope="col" className="num">Overturned</th>
          <th scope="col" className="num">Rate</th>
          <th scope="col" className="num">95% interval</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.key}</th>
            <td className="num">{r.total}</td>
            <td className="num">{r.overturned}</td>
            <td className="num">{pct(r.overturnRate)}</td>
            <td className="num">{r.ci95 === null ? '–' : `${pct(r.ci95.low)} – ${pct(r.ci95.high)}`}</td>
          </tr>
        ))}
      </tbody>
      {report.totals !== undefined && (
        <tfoot>
          <tr>
            <th scope="row">All</th>
            <td className="num">{report.totals.total}</td>
            <td className="num">{report.totals.overturned}</td>
            <td className="num">{pct(report.totals.overturnRate)}</td>
            <td className="num">{report.totals.ci95 === null ? '–' : `${pct(report.totals.ci95.low)} – ${pct(report.totals.ci95.high)}`}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function VolumeSection(): ReactNode {
  const rows = useLoad(volume, 'volume');
  return (
    <section aria-labelledby="volume-heading" className="card">
      <h2 id="volume-heading">Volume over time</h2>
      <ErrorBox error={rows.error} />
      {rows.loading && <Loading what="volume" />}
      <div className="two-col">
        {rows.data !== null && <VolumeTable rows={rows.data} />}
        <Chart name="volume" alt="Chart: decided items over time" />
      </div>
    </section>
  );
}

function VolumeTable({ rows }: { rows: VolumeRow[] }): ReactNode {
  return (
    <table className="data">
      <caption>Decided items by period</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col" className="num">Items</th>
          <th scope="col" className="num">Overturned</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.period}>
            <th scope="row">{r.period}</th>
            <td className="num">{r.total}</td>
            <td className="num">{r.overturned ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
