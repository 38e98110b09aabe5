// QA: read the reviewer's decisions and the letter preview, then approve (which issues the letter) or
// return the case to the reviewer with a comment.
import { useState, type FormEvent, type ReactNode } from 'react';
import { getCase, issue, transition, type CaseRecord } from '../api.ts';
import { Link, navigate } from '../router.tsx';
import { DecisionBadge, ErrorBox, Loading, StateBadge, useAction, useLoad } from '../ui.tsx';
import { LetterFrame } from './LetterView.tsx';

export function QaView({ id }: { id: string }): ReactNode {
  const record = useLoad(() => getCase(id), id);
  return (
    <>
      <p>
        <Link to={`/cases/${encodeURIComponent(id)}`}>← Case</Link>
      </p>
      <h1>
        Quality assurance{record.data !== null && <> · {record.data.caseNumber} <StateBadge state={record.data.state} /></>}
      </h1>
      <ErrorBox error={record.error} />
      {record.loading && <Loading what="the case" />}
      {record.data !== null && <Qa c={record.data} />}
    </>
  );
}

function Qa({ c }: { c: CaseRecord }): ReactNode {
  const [comment, setComment] = useState('');
  const action = useAction();
  const open = c.state === 'qa';
  const approve = (): void => {
    void action.run(async () => {
      await issue(c.id);
      navigate(`/cases/${encodeURIComponent(c.id)}/letter`);
    });
  };
  const giveBack = (e: FormEvent): void => {
    e.preventDefault();
    void action.run(async () => {
      await transition(c.id, 'qa-return', { comment }, c.version);
      navigate(`/cases/${encodeURIComponent(c.id)}`);
    });
  };
  return (
    <div className="two-col">
      <div>
        <section className="card" aria-labelledby="reviews-heading">
          <h2 id="reviews-heading">The reviewer's decisions</h2>
          <p>Documents reviewed confirmed: {c.documentsReviewedConfirmed ? 'yes' : 'no'}</p>
          {c.reviews.map((r) => (
            <article key={r.item} className="item">
              <h3>
                {r.item + 1}. {c.application.disputedTreatments[r.item]?.request ?? '?'} <DecisionBadge decision={r.decision} />
              </h3>
              {r.draft !== null && r.draft.decision !== r.decision && <p className="muted small">Differs from the engine's draft ({r.draft.decision}).</p>}
              <p className="small">
                Guideline: {r.imrGuideline === null ? '–' : `${r.imrGuideline.source}, ${r.imrGuideline.title}${r.imrGuideline.sections.length > 0 ? ` (${r.imrGuideline.sections.join('; ')})` : ''}`}
              </p>
              <p className="prose">{r.rationale}</p>
            </article>
          ))}
        </section>
        <section className="card" aria-labelledby="qa-heading">
          <h2 id="qa-heading">QA decision</h2>
          <ErrorBox error={action.error} />
          <button type="button" className="primary" onClick={approve} disabled={!open || action.pending}>
            Approve and issue the letter
          </button>
          <form onSubmit={giveBack} className="event">
            <div className="field">
              <label htmlFor="qa-comment">Comment for the reviewer</label>
              <textarea id="qa-comment" required rows={4} value={comment} onChange={(e) => { setComment(e.target.value); }} />
            </div>
            <button type="submit" disabled={!open || action.pending}>
              Return to the reviewer
            </button>
          </form>
        </section>
      </div>
      <section className="card" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Letter preview</h2>
        <LetterFrame id={c.id} isPublic={false} title="Letter preview" />
      </section>
    </div>
  );
}
