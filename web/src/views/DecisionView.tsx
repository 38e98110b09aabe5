// One published decision: its fields, each item with its decision, guideline and rationale. Every string
// is rendered as a React text node (the letters are untrusted input).
import type { ReactNode } from 'react';
import { getDecision, type ParsedLetter } from '../api.ts';
import { Link } from '../router.tsx';
import { DecisionBadge, ErrorBox, Loading, useLoad } from '../ui.tsx';

export function DecisionView({ caseNumber }: { caseNumber: string }): ReactNode {
  const letter = useLoad(() => getDecision(caseNumber), caseNumber);
  return (
    <>
      <p>
        <Link to="/">← Back to search</Link>
      </p>
      <h1>Decision {caseNumber}</h1>
      <ErrorBox error={letter.error} />
      {letter.loading && <Loading what="the letter" />}
      {letter.data !== null && <LetterFields letter={letter.data} />}
    </>
  );
}

function Field({ label, value }: { label: string; value: string | number | null | undefined }): ReactNode {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === '' ? '–' : value}</dd>
    </>
  );
}

export function LetterFields({ letter }: { letter: ParsedLetter }): ReactNode {
  return (
    <>
      <section aria-labelledby="fields-heading">
        <h2 id="fields-heading">Case</h2>
        <dl className="fields">
          <Field label="Case number" value={letter.caseNumber} />
          <Field label="Decision date" value={letter.decisionDate} />
          <Field label="Date assigned" value={letter.dateAssigned} />
          <Field label="Application received" value={letter.applicationReceived} />
          <Field label="UR denial date" value={letter.urDenialDate} />
          <Field label="Priority" value={letter.priority} />
          <Field label="Reviewer specialty" value={letter.reviewer.specialty} />
          <Field label="Patient" value={[letter.patient.age !== null ? `${letter.patient.age} years` : null, letter.patient.sex].filter((x) => x !== null).join(', ')} />
        </dl>
      </section>
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Items ({letter.items.length})</h2>
        {letter.items.map((item, i) => (
          <article key={i} className="card item" aria-labelledby={`item-${i}`}>
            <h3 id={`item-${i}`}>
              {i + 1}. {item.request} <DecisionBadge decision={item.decision} />
            </h3>
            <dl className="fields">
              <Field label="Category" value={item.category} />
              {item.authorized !== null && <Field label="UR authorized" value={item.authorized} />}
              <Field label="Claims administrator guideline" value={item.claimsAdministratorGuideline} />
              <Field label="IMR guideline" value={item.imrGuideline} />
            </dl>
            <h4>Rationale</h4>
            <p className="prose">{item.rationale ?? '–'}</p>
          </article>
        ))}
      </section>
      {letter.clinicalSummary !== null && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Clinical case summary</h2>
          <p className="prose">{letter.clinicalSummary}</p>
        </section>
      )}
      {letter.documentsReviewed !== null && (
        <section aria-labelledby="docs-heading">
          <h2 id="docs-heading">Documents reviewed</h2>
          <p className="prose">{letter.documentsReviewed}</p>
        </section>
      )}
    </>
  );
}
