// A case: the application, screening, assignment with its explanation, the allowed transitions as buttons,
// documents with upload, and the timeline from the audit log.
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  allowedEvents,
  assign,
  audit,
  documentUrl,
  getCase,
  transition,
  uploadDocument,
  type AllowedEvent,
  type AuditEvent,
  type CaseEvent,
  type CaseRecord,
} from '../api.ts';
import { localDay } from '../dates.ts';
import { Link } from '../router.tsx';
import { hasRole, useSession } from '../session.tsx';
import { ErrorBox, Loading, StateBadge, useAction, useLoad } from '../ui.tsx';

export function CaseView({ id }: { id: string }): ReactNode {
  const record = useLoad(() => getCase(id), id);
  const [fresh, setFresh] = useState<CaseRecord | null>(null);
  const c = fresh !== null && fresh.id === id && fresh.version >= (record.data?.version ?? -1) ? fresh : record.data;
  const [explanation, setExplanation] = useState<string | null>(null);
  const changed = (r: CaseRecord): void => {
    setFresh(r);
  };
  return (
    <>
      <p>
        <Link to="/queue">← Queue</Link>
      </p>
      <ErrorBox error={record.error} />
      {record.loading && c === null && <Loading what="the case" />}
      {c !== null && (
        <>
          <h1>
            Case {c.caseNumber} <StateBadge state={c.state} />
          </h1>
          <CaseLinks c={c} />
          <div className="two-col">
            <div>
              <Actions c={c} onChange={changed} onExplanation={setExplanation} />
              <AssignmentPanel c={c} explanation={explanation} />
              <ApplicationPanel c={c} />
            </div>
            <div>
              <Documents c={c} onChange={changed} />
              <Timeline id={c.id} version={c.version} />
            </div>
          </div>
        </>
      )}
    </>
  );
}

function CaseLinks({ c }: { c: CaseRecord }): ReactNode {
  const base = `/cases/${encodeURIComponent(c.id)}`;
  return (
    <nav aria-label="Case views" className="toolbar">
      {['in-review', 're-review'].includes(c.state) && (
        <Link to={`${base}/review`} className="button">
          Open the reviewer workbench
        </Link>
      )}
      {c.state === 'qa' && (
        <Link to={`${base}/qa`} className="button">
          Open QA
        </Link>
      )}
      {['issued', 'appealed'].includes(c.state) && (
        <Link to={`${base}/letter`} className="button">
          View the letter
        </Link>
      )}
    </nav>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ApplicationPanel({ c }: { c: CaseRecord }): ReactNode {
  const a = c.application;
  return (
    <section className="card" aria-labelledby="app-heading">
      <h2 id="app-heading">Application</h2>
      <dl className="fields">
        <Field label="Employee">{a.employee.name}</Field>
        <Field label="Claim number">{a.claimNumber}</Field>
        <Field label="Date of injury">{a.dateOfInjury}</Field>
        <Field label="Employer">{a.employer.name}</Field>
        <Field label="Claims administrator">{a.claimsAdministrator.name}</Field>
        <Field label="Requesting physician">
          {a.requestingPhysician.name} ({a.requestingPhysician.specialty})
        </Field>
        <Field label="UR decision">{a.urDecision === null ? 'none attached' : `${a.urDecision.date} (served by ${a.urDecision.servedBy})`}</Field>
        <Field label="Priority">{a.priority}</Field>
        <Field label="Received">{a.receivedDate}</Field>
        <Field label="Screening">{c.screening.length === 0 ? 'no reasons against' : c.screening.join(', ')}</Field>
      </dl>
      <h3>Disputed treatments</h3>
      <ol>
        {a.disputedTreatments.map((t, i) => (
          <li key={i}>
            {t.request} <span className="muted small">(UR {t.urOutcome})</span>
          </li>
        ))}
      </ol>
      {c.qaComments.length > 0 && (
        <>
          <h3>QA comments</h3>
          <ul>
            {c.qaComments.map((q, i) => (
              <li key={i}>
                <span className="muted small">{q.at}</span> {q.comment}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AssignmentPanel({ c, explanation }: { c: CaseRecord; explanation: string | null }): ReactNode {
  return (
    <section className="card" aria-labelledby="assign-heading">
      <h2 id="assign-heading">Assignment</h2>
      {c.assignment === null ? (
        <p>Not assigned yet.</p>
      ) : (
        <>
          <p>
            Reviewer <code>{c.assignment.reviewerId}</code>, assigned {c.assignment.assignedAt}
            {c.assignment.override ? ' (override)' : ''}.
          </p>
          <h3>Why this reviewer</h3>
          <p className="prose explanation">{explanation ?? c.assignment.explanation}</p>
        </>
      )}
    </section>
  );
}

/** Events whose payload the user types; the others send {}. */
const PAYLOAD_FORMS: Partial<Record<CaseEvent, 'reasons' | 'comment' | 'method' | 'date'>> = {
  'find-ineligible': 'reasons',
  defer: 'reasons',
  'qa-return': 'comment',
  'send-notice': 'method',
  'receive-records': 'date',
};

/** Events done through their own endpoint or view rather than a bare transition. */
const ELSEWHERE: ReadonlySet<CaseEvent> = new Set(['assign', 'reassign', 'submit-for-qa', 'qa-approve']);

function Actions(props: { c: CaseRecord; onChange: (r: CaseRecord) => void; onExplanation: (e: string) => void }): ReactNode {
  const { c } = props;
  const { session } = useSession();
  const events = useLoad(() => allowedEvents(c.id), `${c.id}@${c.version}`);
  const action = useAction();
  const canAssign = hasRole(session, 'admin') && (c.state === 'screening' || c.state === 're-review');
  const doAssign = (): void => {
    void action.run(async () => {
      const out = await assign(c.id);
      props.onExplanation(out.explanation);
      props.onChange(out.record);
    });
  };
  const list = (events.data ?? []).filter((e) => !ELSEWHERE.has(e.event));
  return (
    <section className="card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <ErrorBox error={events.error} />
      <ErrorBox error={action.error} />
      <div className="actions">
        {canAssign && (
          <button type="button" className="primary" disabled={action.pending} onClick={doAssign}>
            Assign a reviewer
          </button>
        )}
        {list.map((e) => (
          <EventAction key={e.event} c={c} e={e} pending={action.pending} run={(payload) => action.run(async () => { props.onChange(await transition(c.id, e.event, payload, c.version)); })} />
        ))}
        {!canAssign && list.length === 0 && !events.loading && <p className="muted">No action is open to you in this state.</p>}
      </div>
    </section>
  );
}

const label = (e: AllowedEvent): string => e.event.replace(/-/g, ' ').replace(/^./, (x) => x.toUpperCase());

function EventAction(props: { c: CaseRecord; e: AllowedEvent; pending: boolean; run: (payload: object) => Promise<void> }): ReactNode {
  const { e } = props;
  const kind = PAYLOAD_FORMS[e.event];
  const [value, setValue] = useState(kind === 'date' ? localDay() : kind === 'method' ? 'electronic' : '');
  const blocked = e.allowed === false;
  const submit = (ev: FormEvent): void => {
    ev.preventDefault();
    const payload =
      kind === 'reasons'
        ? { reasons: value.split(/[\s,]+/).filter((x) => x !== '') }
        : kind === 'comment'
          ? { comment: value }
          : kind === 'method'
            ? { method: value }
            : kind === 'date'
              ? { receivedDate: value }
              : {};
    void props.run(payload);
  };
  const inputId = `ev-${e.event}`;
  return (
    <form className="event" onSubmit={submit}>
      {kind === 'reasons' && (
        <div className="field">
          <label htmlFor={inputId}>Reason codes</label>
          <input id={inputId} required value={value} onChange={(x) => { setValue(x.target.value); }} />
        </div>
      )}
      {kind === 'comment' && (
        <div className="field">
          <label htmlFor={inputId}>Comment</label>
          <textarea id={inputId} required value={value} onChange={(x) => { setValue(x.target.value); }} />
        </div>
      )}
      {kind === 'method' && (
        <div className="field">
          <label htmlFor={inputId}>Notice sent by</label>
          <select id={inputId} value={value} onChange={(x) => { setValue(x.target.value); }}>
            <option value="electronic">electronic</option>
            <option value="mail">mail</option>
          </select>
        </div>
      )}
      {kind === 'date' && (
        <div className="field">
          <label htmlFor={inputId}>Records received on</label>
          <input id={inputId} type="date" required value={value} onChange={(x) => { setValue(x.target.value); }} />
        </div>
      )}
      <button type="submit" disabled={props.pending || blocked} title={e.text ?? ''} data-event={e.event}>
        {label(e)}
      </button>
      {blocked && e.reasons !== undefined && <span className="muted small"> blocked: {e.reasons.join(', ')}</span>}
    </form>
  );
}

const SUBMITTERS = ['claims-administrator', 'employee', 'provider', 'staff'] as const;

function Documents({ c, onChange }: { c: CaseRecord; onChange: (r: CaseRecord) => void }): ReactNode {
  const [file, setFile] = useState<File | null>(null);
  const [submittedBy, setSubmittedBy] = useState<(typeof SUBMITTERS)[number]>('claims-administrator');
  const action = useAction();
  const submit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    if (file === null) return;
    void action.run(async () => {
      onChange(await uploadDocument(c.id, file, submittedBy));
      form.reset();
      setFile(null);
    });
  };
  return (
    <section className="card" aria-labelledby="docs-heading">
      <h2 id="docs-heading">Documents ({c.documents.length})</h2>
      {c.documents.length > 0 && (
        <ul className="docs">
          {c.documents.map((d) => (
            <li key={d.sha256}>
              <a href={documentUrl(c.id, d.sha256)} target="_blank" rel="noopener noreferrer">
                {d.title ?? d.fileName}
              </a>{' '}
              <span className="muted small">
                {d.mediaType}, {Math.ceil(d.size / 1024)} KB, from {d.submittedBy}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="upload">
        <div className="field">
          <label htmlFor="doc-file">Medical record (PDF or text)</label>
          <input id="doc-file" type="file" accept="application/pdf,text/plain,.pdf,.txt" required onChange={(e) => { setFile(e.target.files?.[0] ?? null); }} />
        </div>
        <div className="field">
          <label htmlFor="doc-from">Submitted by</label>
          <select id="doc-from" value={submittedBy} onChange={(e) => { setSubmittedBy(e.target.value as (typeof SUBMITTERS)[number]); }}>
            {SUBMITTERS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <ErrorBox error={action.error} />
        <button type="submit" disabled={action.pending || file === null}>
          {action.pending ? 'Uploading…' : 'Upload'}
        </button>
      </form>
    </section>
  );
}

function Timeline({ id, version }: { id: string; version: number }): ReactNode {
  const events = useLoad(() => audit(id), `${id}@${version}`);
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ErrorBox error={events.error} />
      {events.loading && <Loading what="the timeline" />}
      {events.data !== null && (
        <ol className="timeline">
          {events.data.map((e) => (
            <TimelineEntry key={e.seq} e={e} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineEntry({ e }: { e: AuditEvent }): ReactNode {
  const to = typeof e.data.to === 'string' ? e.data.to : null;
  return (
    <li>
      <time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time> <strong>{e.type}</strong>
      {to !== null && <> → {to}</>} <span className="muted small">by {e.actor}</span>
    </li>
  );
}
