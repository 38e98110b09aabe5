// The staff queue, most urgent first, with each case's deadline clock (due soon / due today / overdue).
import { useState, type ReactNode } from 'react';
import { deadlines, type DeadlineView, type QueueEntry } from '../api.ts';
import { Link } from '../router.tsx';
import { ErrorBox, Loading, StateBadge, useLoad } from '../ui.tsx';

const STATUS_TEXT: Record<DeadlineView['status'], string> = {
  ok: 'on time',
  'due-soon': 'due soon',
  'due-today': 'due today',
  overdue: 'overdue',
};

export function DeadlineBadge({ deadline }: { deadline: DeadlineView }): ReactNode {
  return <span className={`badge clock clock-${deadline.status}`}>{STATUS_TEXT[deadline.status]}</span>;
}

/** Whole days from today (Pacific time is the server's business; this is only a hint). */
function daysLeft(due: string): number {
  const today = new Date();
  const t = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const [y, m, d] = due.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) - t) / 86_400_000);
}

export function QueueView(): ReactNode {
  const [overdueOnly, setOverdueOnly] = useState(false);
  const queue = useLoad(() => deadlines(overdueOnly), String(overdueOnly));
  return (
    <>
      <h1>Queue</h1>
      <div className="toolbar">
        <label className="check">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => { setOverdueOnly(e.target.checked); }} /> Overdue only
        </label>
        <button type="button" onClick={queue.reload}>
          Refresh
        </button>
        <Link to="/cases/new" className="button">
          New case
        </Link>
      </div>
      <ErrorBox error={queue.error} />
      {queue.loading && <Loading what="the queue" />}
      {queue.data !== null && <QueueTable entries={queue.data} />}
    </>
  );
}

function QueueTable({ entries }: { entries: QueueEntry[] }): ReactNode {
  if (entries.length === 0) return <p>No open cases.</p>;
  return (
    <table className="data queue">
      <caption>Open cases, most urgent first ({entries.length})</caption>
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">State</th>
          <th scope="col">Priority</th>
          <th scope="col">Next deadline</th>
          <th scope="col">Due</th>
          <th scope="col">Clock</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.caseId} className={e.overdue ? 'row-overdue' : e.dueSoon ? 'row-soon' : ''}>
            <th scope="row">
              <Link to={`/cases/${encodeURIComponent(e.caseId)}`}>{e.caseNumber}</Link>
            </th>
            <td>
              <StateBadge state={e.state} />
            </td>
            <td>{e.priority}</td>
            <td>{e.next?.kind ?? '–'}</td>
            <td>
              {e.next === null ? '–' : (
                <>
                  {e.next.due} <span className="muted small">({daysLeft(e.next.due)} days)</span>
                </>
              )}
            </td>
            <td>{e.next === null ? '–' : <DeadlineBadge deadline={e.next} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
