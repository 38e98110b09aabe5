// Intake: the DWC Form IMR as filed. The API validates it with the core schema and screens it at once.
import { useState, type FormEvent, type ReactNode } from 'react';
import { createCase } from '../api.ts';
import { localDay } from '../dates.ts';
import { navigate } from '../router.tsx';
import { ErrorBox, useAction } from '../ui.tsx';

interface ItemDraft {
  request: string;
  diagnosis: string;
  urGuideline: string;
  urOutcome: 'denied' | 'modified' | 'conditional';
}

const emptyItem = (): ItemDraft => ({ request: '', diagnosis: '', urGuideline: '', urOutcome: 'denied' });

interface FormState {
  employeeName: string;
  dateOfBirth: string;
  sex: '' | 'male' | 'female';
  claimNumber: string;
  dateOfInjury: string;
  employerName: string;
  physicianName: string;
  physicianSpecialty: string;
  claimsAdministratorName: string;
  urDate: string;
  urServedDate: string;
  urServedBy: 'mail' | 'electronic' | 'personal';
  signed: boolean;
  signatureDate: string;
  priority: 'standard' | 'expedited';
  receivedDate: string;
}

const initial = (): FormState => ({
  employeeName: '',
  dateOfBirth: '',
  sex: '',
  claimNumber: '',
  dateOfInjury: '',
  employerName: '',
  physicianName: '',
  physicianSpecialty: '',
  claimsAdministratorName: '',
  urDate: '',
  urServedDate: '',
  urServedBy: 'mail',
  signed: true,
  signatureDate: localDay(),
  priority: 'standard',
  receivedDate: localDay(),
});

const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

function toApplication(f: FormState, items: ItemDraft[]): unknown {
  return {
    employee: { name: f.employeeName, dateOfBirth: opt(f.dateOfBirth), sex: f.sex === '' ? undefined : f.sex },
    claimNumber: f.claimNumber,
    dateOfInjury: f.dateOfInjury,
    employer: { name: f.employerName },
    requestingPhysician: { name: f.physicianName, specialty: f.physicianSpecialty },
    claimsAdministrator: { name: f.claimsAdministratorName },
    disputedTreatments: items.map((i) => ({
      request: i.request,
      diagnosis: opt(i.diagnosis),
      urGuideline: opt(i.urGuideline),
      urOutcome: i.urOutcome,
    })),
    urDecision: f.urDate === '' ? null : { date: f.urDate, servedDate: opt(f.urServedDate), servedBy: f.urServedBy },
    signed: f.signed,
    signatureDate: opt(f.signatureDate),
    priority: f.priority,
    receivedDate: f.receivedDate,
  };
}

export function NewCaseView(): ReactNode {
  const [form, setForm] = useState(initial);
  const [items, setItems] = useState<ItemDraft[]>([emptyItem()]);
  const action = useAction();
  const set = <K extends keyof FormState>(k: K, v: FormState[K]): void => {
    setForm((f) => ({ ...f, [k]: v }));
  };
  const setItem = (i: number, patch: Partial<ItemDraft>): void => {
    setItems((list) => list.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void action.run(async () => {
      const record = await createCase(toApplication(form, items));
      navigate(`/cases/${encodeURIComponent(record.id)}`);
    });
  };
  const text = (k: keyof FormState, label: string, type = 'text', required = true): ReactNode => (
    <div className="field">
      <label htmlFor={`f-${k}`}>{label}</label>
      <input id={`f-${k}`} name={k} type={type} required={required} value={String(form[k])} onChange={(e) => { set(k, e.target.value as never); }} />
    </div>
  );
  return (
    <>
      <h1>New case (Application for IMR)</h1>
      <form onSubmit={submit} className="intake">
        <fieldset>
          <legend>Parties</legend>
          <div className="grid">
            {text('employeeName', 'Employee name')}
            {text('dateOfBirth', 'Employee date of birth', 'date', false)}
            <div className="field">
              <label htmlFor="f-sex">Employee sex (the letter states it)</label>
              <select id="f-sex" value={form.sex} onChange={(e) => { set('sex', e.target.value as FormState['sex']); }}>
                <option value="">not given</option>
                <option value="female">female</option>
                <option value="male">male</option>
              </select>
            </div>
            {text('claimNumber', 'Claim number')}
            {text('dateOfInjury', 'Date of injury', 'date')}
            {text('employerName', 'Employer')}
            {text('claimsAdministratorName', 'Claims administrator')}
            {text('physicianName', 'Requesting physician')}
            {text('physicianSpecialty', 'Physician specialty')}
          </div>
        </fieldset>
        <fieldset>
          <legend>Disputed treatments</legend>
          {items.map((it, i) => (
            <div key={i} className="grid item-row" role="group" aria-label={`Disputed treatment ${i + 1}`}>
              <div className="field grow">
                <label htmlFor={`item-${i}-request`}>Treatment requested ({i + 1})</label>
                <input id={`item-${i}-request`} required value={it.request} onChange={(e) => { setItem(i, { request: e.target.value }); }} />
              </div>
              <div className="field">
                <label htmlFor={`item-${i}-diagnosis`}>Diagnosis</label>
                <input id={`item-${i}-diagnosis`} value={it.diagnosis} onChange={(e) => { setItem(i, { diagnosis: e.target.value }); }} />
              </div>
              <div className="field">
                <label htmlFor={`item-${i}-guideline`}>UR guideline cited</label>
                <input id={`item-${i}-guideline`} value={it.urGuideline} onChange={(e) => { setItem(i, { urGuideline: e.target.value }); }} />
              </div>
              <div className="field">
                <label htmlFor={`item-${i}-outcome`}>UR outcome</label>
                <select id={`item-${i}-outcome`} value={it.urOutcome} onChange={(e) => { setItem(i, { urOutcome: e.target.value as ItemDraft['urOutcome'] }); }}>
                  <option value="denied">denied</option>
                  <option value="modified">modified</option>
                  <option value="conditional">conditional</option>
                </select>
              </div>
              {items.length > 1 && (
                <div className="field">
                  <button type="button" onClick={() => { setItems((l) => l.filter((_, j) => j !== i)); }}>
                    Remove treatment {i + 1}
                  </button>
                </div>
              )}
            </div>
          ))}
          <button type="button" onClick={() => { setItems((l) => [...l, emptyItem()]); }}>
            Add a treatment
          </button>
        </fieldset>
        <fieldset>
          <legend>UR decision and filing</legend>
          <div className="grid">
            {text('urDate', 'UR decision date', 'date', false)}
            {text('urServedDate', 'UR decision served on', 'date', false)}
            <div className="field">
              <label htmlFor="f-urServedBy">Served by</label>
              <select id="f-urServedBy" value={form.urServedBy} onChange={(e) => { set('urServedBy', e.target.value as FormState['urServedBy']); }}>
                <option value="mail">mail</option>
                <option value="electronic">electronic</option>
                <option value="personal">personal</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-priority">Priority</label>
              <select id="f-priority" value={form.priority} onChange={(e) => { set('priority', e.target.value as FormState['priority']); }}>
                <option value="standard">standard</option>
                <option value="expedited">expedited</option>
              </select>
            </div>
            {text('receivedDate', 'Application received', 'date')}
            {text('signatureDate', 'Signature date', 'date', false)}
            <div className="field">
              <label className="check">
                <input type="checkbox" checked={form.signed} onChange={(e) => { set('signed', e.target.checked); }} /> Application signed
              </label>
            </div>
          </div>
        </fieldset>
        <ErrorBox error={action.error} />
        <button type="submit" className="primary" disabled={action.pending}>
          {action.pending ? 'Creating…' : 'Create case'}
        </button>
      </form>
    </>
  );
}
