// The reviewer workbench: the clinical text with each criterion's evidence highlighted (segments built from
// the draft's {source,start,end} spans and rendered as text nodes inside <mark>), a met / not met / unknown
// checklist per item, the drafted decision, guideline and rationale to edit, similar past decisions, the
// documents-reviewed confirmation, save and submit for QA.
import { useMemo, useState, type ReactNode } from 'react';
import {
  caseTexts,
  getCase,
  getDraft,
  saveReview,
  transition,
  type CaseRecord,
  type Decision,
  type DraftView,
  type ItemReview,
} from '../api.ts';
import { markSpans, type Span } from '../highlight.ts';
import { Link, navigate } from '../router.tsx';
import { DecisionBadge, ErrorBox, Loading, pct, StateBadge, useAction, useLoad } from '../ui.tsx';

type Status = 'met' | 'not_met' | 'unknown';
type DraftItem = DraftView['determination']['items'][number];
type Source = 'MTUS' | 'ACOEM' | 'ODG' | 'other';

interface ItemForm {
  decision: Decision;
  source: Source;
  title: string;
  sections: string;
  pages: string;
  rationale: string;
  /** The reviewer's reading of each criterion, starting from the engine's. */
  checklist: Record<string, Status>;
}

const STATUS_TEXT: Record<Status, string> = { met: 'met', not_met: 'not met', unknown: 'unknown' };
const list = (s: string): string[] => s.split(/\s*[;,]\s*/).filter((x) => x !== '');

function initialForm(item: DraftItem | undefined, saved: ItemReview | undefined, request: string): ItemForm {
  const checklist: Record<string, Status> = {};
  for (const c of item?.criteria ?? []) checklist[c.id] = c.status;
  if (saved !== undefined) {
    return {
      decision: saved.decision,
      source: saved.imrGuideline?.source ?? 'other',
      title: saved.imrGuideline?.title ?? '',
      sections: saved.imrGuideline?.sections.join('; ') ?? '',
      pages: saved.imrGuideline?.pages.join(', ') ?? '',
      rationale: saved.rationale,
      checklist,
    };
  }
  return {
    decision: item?.decision ?? 'Upheld',
    source: item?.guideline.source ?? 'other',
    title: item?.guideline.title ?? '',
    sections: item?.guideline.sections?.join('; ') ?? '',
    pages: item?.guideline.pages?.join(', ') ?? '',
    rationale: item?.rationale ?? `Rationale for ${request}`,
    checklist,
  };
}

function toReview(index: number, f: ItemForm, item: DraftItem | undefined): ItemReview {
  return {
    item: index,
    decision: f.decision,
    imrGuideline: f.title.trim() === '' ? null : { source: f.source, title: f.title.trim(), sections: list(f.sections), pages: list(f.pages) },
    rationale: f.rationale,
    draft: item === undefined ? null : { decision: item.decision, confidence: item.confidence },
  };
}

export function WorkbenchView({ id }: { id: string }): ReactNode {
  const record = useLoad(() => getCase(id), id);
  const draft = useLoad(async () => {
    const d = await getDraft(id);
    if (Object.keys(d.texts).length > 0) return d;
    return { ...d, ...(await caseTexts(await getCase(id))) };
  }, id);
  return (
    <>
      <p>
        <Link to={`/cases/${encodeURIComponent(id)}`}>← Case</Link>
      </p>
      <h1>
        Reviewer workbench{record.data !== null && <> · {record.data.caseNumber} <StateBadge state={record.data.state} /></>}
      </h1>
      <ErrorBox error={record.error} />
      <ErrorBox error={draft.error} />
      {(record.loading || draft.loading) && <Loading what="the case and the engine's draft" />}
      {record.data !== null && draft.data !== null && <Workbench c={record.data} draft={draft.data} />}
    </>
  );
}

function Workbench({ c, draft }: { c: CaseRecord; draft: DraftView }): ReactNode {
  const items = c.application.disputedTreatments;
  const [forms, setForms] = useState<ItemForm[]>(() =>
    items.map((t, i) => initialForm(draft.determination.items[i], c.reviews.find((r) => r.item === i), t.request)),
  );
  const [current, setCurrent] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(c.documentsReviewedConfirmed);
  const [version, setVersion] = useState(c.version);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  const item = draft.determination.items[current];
  const form = forms[current];
  const patch = (p: Partial<ItemForm>): void => {
    setSaved(null);
    setForms((fs) => fs.map((f, i) => (i === current ? { ...f, ...p } : f)));
  };
  const reviews = (): ItemReview[] => forms.map((f, i) => toReview(i, f, draft.determination.items[i]));
  const save = (): Promise<CaseRecord> => saveReview(c.id, reviews(), confirmed);
  const onSave = (): void => {
    void action.run(async () => {
      const r = await save();
      setVersion(r.version);
      setSaved('Review saved.');
    });
  };
  const onSubmit = (): void => {
    void action.run(async () => {
      const r = await save();
      await transition(c.id, 'submit-for-qa', {}, r.version);
      navigate(`/cases/${encodeURIComponent(c.id)}`);
    });
  };
  const editable = c.state === 'in-review' || c.state === 're-review';

  return (
    <div className="workbench">
      <nav aria-label="Disputed items" className="tabs">
        {items.map((t, i) => (
          <button
            key={i}
            type="button"
            aria-pressed={i === current}
            onClick={() => {
              setCurrent(i);
              setActive(null);
            }}
          >
            Item {i + 1}: {t.request}
          </button>
        ))}
      </nav>
      <div className="two-col wide-left">
        <ClinicalText draft={draft} item={item} active={active} />
        <div>
          {form !== undefined && (
            <>
              <Checklist item={item} form={form} active={active} setActive={setActive} onStatus={(id, s) => { patch({ checklist: { ...form.checklist, [id]: s } }); }} />
              <DecisionForm index={current} form={form} item={item} patch={patch} disabled={!editable} />
              <Similar item={item} />
            </>
          )}
          <section className="card" aria-labelledby="submit-heading">
            <h2 id="submit-heading">Documents and submission</h2>
            <p>Documents in the case: {c.documents.length === 0 ? 'none' : c.documents.map((d) => d.title ?? d.fileName).join('; ')}</p>
            <label className="check">
              <input type="checkbox" checked={confirmed} disabled={!editable} onChange={(e) => { setConfirmed(e.target.checked); setSaved(null); }} /> I have reviewed every document listed
            </label>
            <ErrorBox error={action.error} />
            {saved !== null && (
              <p role="status" className="ok">
                {saved} (version {version})
              </p>
            )}
            <div className="actions">
              <button type="button" onClick={onSave} disabled={action.pending || !editable}>
                Save review
              </button>
              <button type="button" className="primary" onClick={onSubmit} disabled={action.pending || !editable || !confirmed}>
                Submit for QA
              </button>
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}

function ClinicalText({ draft, item, active }: { draft: DraftView; item: DraftItem | undefined; active: string | null }): ReactNode {
  const status = useMemo(() => new Map((item?.criteria ?? []).map((c) => [c.id, c.status])), [item]);
  const bySource = useMemo(() => {
    const m = new Map<string, Span[]>();
    for (const c of item?.criteria ?? []) {
      for (const e of c.evidence) {
        // Highlight only spans that point at the text they quote: a stale or foreign offset marks nothing.
        if (draft.texts[e.source]?.slice(e.start, e.end) !== e.text) continue;
        const spans = m.get(e.source) ?? [];
        spans.push({ start: e.start, end: e.end, label: c.id });
        m.set(e.source, spans);
      }
    }
    return m;
  }, [item, draft.texts]);
  const sources = Object.keys(draft.texts);
  return (
    <section className="card clinical" aria-labelledby="clinical-heading">
      <h2 id="clinical-heading">Clinical text</h2>
      <p className="muted small">
        Highlighted: the evidence of each criterion (green met, red not met, amber unknown). Choose a criterion to focus its evidence.
      </p>
      {sources.length === 0 && <p>The case texts are not available; each criterion lists its evidence quotes.</p>}
      {sources.map((src) => (
        <article key={src} aria-label={draft.titles[src] ?? src}>
          <h3>{draft.titles[src] ?? (src === 'clinicalSummary' ? 'Clinical summary' : src)}</h3>
          <div className="source-text" data-source={src}>
            {markSpans(draft.texts[src] ?? '', bySource.get(src) ?? []).map((seg) => {
              if (seg.labels.length === 0) return <span key={seg.start}>{seg.text}</span>;
              const first = seg.labels[0] ?? '';
              const cls = `ev ev-${status.get(first) ?? 'unknown'}${active !== null && seg.labels.includes(active) ? ' ev-active' : ''}`;
              return (
                <mark key={seg.start} className={cls} data-criteria={seg.labels.join(' ')} title={seg.labels.join(', ')}>
                  {seg.text}
                </mark>
              );
            })}
          </div>
        </article>
      ))}
    </section>
  );
}

function Checklist(props: {
  item: DraftItem | undefined;
  form: ItemForm;
  active: string | null;
  setActive: (id: string | null) => void;
  onStatus: (id: string, s: Status) => void;
}): ReactNode {
  const criteria = props.item?.criteria ?? [];
  const counts = Object.values(props.form.checklist).reduce<Record<Status, number>>((acc, s) => ({ ...acc, [s]: acc[s] + 1 }), { met: 0, not_met: 0, unknown: 0 });
  return (
    <section className="card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Criteria</h2>
      {criteria.length === 0 ? (
        <p>The engine found no guideline criteria for this item.</p>
      ) : (
        <p className="muted small">
          {counts.met} met, {counts.not_met} not met, {counts.unknown} unknown (the records are silent).
        </p>
      )}
      <ul className="criteria">
        {criteria.map((c) => (
          <li key={c.id} className={props.active === c.id ? 'active' : ''}>
            <fieldset>
              <legend>{c.text}</legend>
              <div className="radios">
                {(['met', 'not_met', 'unknown'] as const).map((s) => (
                  <label key={s} className="check">
                    <input type="radio" name={`crit-${c.id}`} value={s} checked={props.form.checklist[c.id] === s} onChange={() => { props.onStatus(c.id, s); }} /> {STATUS_TEXT[s]}
                  </label>
                ))}
                <button type="button" className="link" aria-pressed={props.active === c.id} onClick={() => { props.setActive(props.active === c.id ? null : c.id); }}>
                  {props.active === c.id ? 'Unfocus evidence' : `Show evidence (${c.evidence.length})`}
                </button>
              </div>
              {c.status !== props.form.checklist[c.id] && <p className="muted small">The engine read it as {STATUS_TEXT[c.status]}.</p>}
              {props.active === c.id && c.evidence.length > 0 && (
                <ul className="quotes">
                  {c.evidence.map((e, i) => (
                    <li key={i}>
                      <q>{e.text}</q> <span className="muted small">({e.source})</span>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DecisionForm(props: { index: number; form: ItemForm; item: DraftItem | undefined; patch: (p: Partial<ItemForm>) => void; disabled: boolean }): ReactNode {
  const { form, item, patch, index } = props;
  const p = `item${index}`;
  return (
    <section className="card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision</h2>
      {item !== undefined && (
        <p className="muted small">
          Engine draft: <DecisionBadge decision={item.decision} /> (confidence {pct(item.confidence)}). {item.guideline.recommendation}
        </p>
      )}
      <fieldset disabled={props.disabled}>
        <legend className="visually-hidden">Decision on item {index + 1}</legend>
        <div className="grid">
          <div className="field">
            <label htmlFor={`${p}-decision`}>Decision</label>
            <select id={`${p}-decision`} value={form.decision} onChange={(e) => { patch({ decision: e.target.value as Decision }); }}>
              <option value="Upheld">Upheld (not medically necessary)</option>
              <option value="Overturned">Overturned (medically necessary)</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${p}-source`}>Guideline source</label>
            <select id={`${p}-source`} value={form.source} onChange={(e) => { patch({ source: e.target.value as Source }); }}>
              {(['MTUS', 'ACOEM', 'ODG', 'other'] as const).map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label htmlFor={`${p}-title`}>Guideline title</label>
            <input id={`${p}-title`} value={form.title} onChange={(e) => { patch({ title: e.target.value }); }} />
          </div>
          <div className="field">
            <label htmlFor={`${p}-sections`}>Sections (separated by ;)</label>
            <input id={`${p}-sections`} value={form.sections} onChange={(e) => { patch({ sections: e.target.value }); }} />
          </div>
          <div className="field">
            <label htmlFor={`${p}-pages`}>Pages</label>
            <input id={`${p}-pages`} value={form.pages} onChange={(e) => { patch({ pages: e.target.value }); }} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${p}-rationale`}>Rationale</label>
          <textarea id={`${p}-rationale`} rows={10} value={form.rationale} onChange={(e) => { patch({ rationale: e.target.value }); }} />
        </div>
      </fieldset>
    </section>
  );
}

function Similar({ item }: { item: DraftItem | undefined }): ReactNode {
  const similar = item?.similar ?? [];
  if (similar.length === 0) return null;
  return (
    <section className="card" aria-labelledby="similar-heading">
      <h2 id="similar-heading">Similar past decisions</h2>
      <ul>
        {similar.map((s, i) => (
          <li key={i}>
            {s.caseNumber !== null ? <Link to={`/decisions/${encodeURIComponent(s.caseNumber)}`}>{s.caseNumber}</Link> : 'unnumbered'} <DecisionBadge decision={s.decision} /> {s.request}{' '}
            <span className="muted small">(similarity {s.score.toFixed(2)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
