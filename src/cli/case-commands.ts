// `openimr case ...`: the IMR case workflow from the command line. Each command calls one use-case of src/app;
// the operator is staff, so parties are shown, but reviewers appear by id only (names: `openimr reviewer list`).
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  CASE_EVENTS,
  ROLES,
  addDocument,
  assignCase,
  caseAudit,
  createCase,
  draftCase,
  getCase,
  issueCase,
  listCases,
  reviewsFromDraft,
  saveReview,
  transitionCase,
  type Actor,
  type CaseEvent,
  type CaseRecord,
  type Role,
} from '../app/index.ts';
import { OpenImrError } from '../core/index.ts';
import { parseJson, readInput } from './engine-commands.ts';
import { safeText, table } from './format.ts';
import { dbOption, oneOf, wholeNumber } from './options.ts';
import { out, withDeps, type DbOpts } from './workflow-deps.ts';

const STATES = [
  'received', 'screening', 'ineligible', 'deferred', 'assigned', 'awaiting-records', 'in-review', 'qa', 'issued', 'withdrawn', 'appealed', 're-review',
] as const;
const SUBMITTERS = ['claims-administrator', 'employee', 'provider', 'staff'] as const;

/** A case as a few lines for staff: parties, items, documents, assignment (reviewer id only). */
export function renderCase(r: CaseRecord): string {
  const a = r.application;
  const lines = [
    `${r.caseNumber}  ${r.state}  (version ${r.version}, id ${r.id})`,
    `employee: ${safeText(a.employee.name)}   claim: ${safeText(a.claimNumber)}   injury: ${a.dateOfInjury}   received: ${a.receivedDate}`,
    `physician: ${safeText(a.requestingPhysician.name)} (${safeText(a.requestingPhysician.specialty)})   claims administrator: ${safeText(a.claimsAdministrator.name)}`,
    `UR decision: ${a.urDecision?.date ?? 'none attached'}   priority: ${a.priority}`,
  ];
  if (r.screening.length > 0) lines.push(`screening: ${r.screening.join(', ')}`);
  lines.push('items:');
  a.disputedTreatments.forEach((t, i) => {
    const review = r.reviews.find((v) => v.item === i);
    lines.push(`  ${i + 1}. ${safeText(t.request)}${review === undefined ? '' : `  -> ${review.decision}`}`);
  });
  lines.push(r.documents.length === 0 ? 'documents: none' : 'documents:');
  for (const d of r.documents) lines.push(`  ${d.sha256.slice(0, 12)}  ${d.mediaType}  ${d.size} bytes  ${safeText(d.title ?? d.fileName)}`);
  if (r.assignment !== null) lines.push(`reviewer: ${r.assignment.reviewerId}${r.assignment.override ? ' (override)' : ''}`);
  const dates = Object.entries(r.dates).map(([k, v]) => `${k} ${v}`);
  if (dates.length > 0) lines.push(`dates: ${dates.join(', ')}`);
  if (r.consolidated.length > 0) lines.push(`consolidated: ${r.consolidated.length} application(s)`);
  return lines.join('\n');
}

const print = (r: CaseRecord, json: boolean | undefined): void => {
  out(json === true ? JSON.stringify(r) : renderCase(r));
};

function parsePayload(text: string | undefined): object {
  if (text === undefined) return {};
  const value = parseJson(text, '--payload');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new OpenImrError('invalid-input', '--payload must be a JSON object', { field: 'payload' });
  }
  return value;
}

/** --as/--actor; a reviewer acting on a case defaults to the case's assigned reviewer. */
function actorFrom(opts: { as?: Role; actor?: string }, fallback: Actor, record?: CaseRecord): Actor {
  const role = opts.as ?? fallback.role;
  const id = opts.actor ?? (role === 'reviewer' ? record?.assignment?.reviewerId : undefined) ?? (role === fallback.role ? fallback.id : `cli-${role}`);
  return { id, role };
}

type ActorOpts = DbOpts & { as?: Role; actor?: string; json?: boolean };

export function registerCaseCommands(program: Command): void {
  const cmd = program.command('case').description('IMR cases: intake, screening, assignment, review, QA and issue');
  const sub = (name: string, description: string): Command =>
    cmd.command(name).description(description).addOption(dbOption()).option('--as <role>', `acting role (${ROLES.join(', ')})`, oneOf('--as', ROLES)).option('--actor <id>', 'acting user id (a reviewer: the registry id)');

  sub('create', 'file an application (JSON, the DWC Form IMR fields) and screen it')
    .argument('<file>', "application JSON; '-' reads standard input")
    .option('--json', 'print the case as JSON')
    .action(async (file: string, opts: ActorOpts) => {
      const input = parseJson(await readInput(file), file);
      await withDeps(opts, async (deps) => {
        print(await createCase(deps, input, actorFrom(opts, { id: 'cli-intake', role: 'intake' })), opts.json);
      });
    });

  sub('show', 'show a case (by case number or id)')
    .argument('<case>', 'case number (CMyy-nnnnnnn) or id')
    .option('--json', 'print the case as JSON')
    .action(async (id: string, opts: ActorOpts) => {
      await withDeps(opts, async (deps) => {
        print(await getCase(deps, id), opts.json);
      });
    });

  sub('list', 'list cases by case number')
    .option('--state <state>', 'only cases in this state', oneOf('--state', STATES))
    .option('--reviewer <id>', 'only cases assigned to this reviewer')
    .option('--limit <n>', 'at most this many (1..500)', wholeNumber('--limit', 1, 500), 100)
    .option('--json', 'print the cases as JSON')
    .action(async (opts: ActorOpts & { state?: (typeof STATES)[number]; reviewer?: string; limit: number }) => {
      await withDeps(opts, async (deps) => {
        const page = await listCases(deps, { limit: opts.limit, ...(opts.state === undefined ? {} : { states: [opts.state] }), ...(opts.reviewer === undefined ? {} : { reviewerId: opts.reviewer }) });
        if (opts.json === true) out(JSON.stringify(page));
        else {
          out(table(['case', 'state', 'items', 'reviewer', 'received'], page.cases.map((c) => [c.caseNumber, c.state, String(c.application.disputedTreatments.length), c.assignment?.reviewerId ?? '-', c.application.receivedDate])));
        }
      });
    });

  sub('transition', 'fire a workflow event on a case (the state machine checks state, role and guards)')
    .argument('<case>', 'case number or id')
    .argument('<event>', `one of: ${CASE_EVENTS.join(', ')}`)
    .option('--payload <json>', 'the event payload as a JSON object')
    .option('--version <n>', 'refuse if the case is no longer at this version', wholeNumber('--version'))
    .option('--json', 'print the case as JSON')
    .action(async (id: string, event: string, opts: ActorOpts & { payload?: string; version?: number }) => {
      const payload = parsePayload(opts.payload);
      await withDeps(opts, async (deps) => {
        const record = await getCase(deps, id);
        const actor = actorFrom(opts, { id: 'cli-intake', role: 'intake' }, record);
        print(await transitionCase(deps, record.id, event as CaseEvent, payload, actor, opts.version), opts.json);
      });
    });

  sub('assign', 'assign the best qualified, conflict-free reviewer (or an administrator override) and send the notice')
    .argument('<case>', 'case number or id')
    .option('--reviewer <id>', 'override: this reviewer (needs --reason)')
    .option('--reason <text>', 'why the override')
    .option('--force', "override past the IRO's own criteria (never past a conflict of interest)")
    .option('--json', 'print {record, explanation} as JSON')
    .action(async (id: string, opts: ActorOpts & { reviewer?: string; reason?: string; force?: boolean }) => {
      if (opts.reviewer !== undefined && opts.reason === undefined) throw new OpenImrError('invalid-argument', '--reviewer needs --reason', { field: 'reason' });
      await withDeps(opts, async (deps) => {
        const actor = actorFrom(opts, { id: 'cli-admin', role: 'admin' });
        const override = opts.reviewer === undefined ? undefined : { reviewerId: opts.reviewer, reason: opts.reason ?? '', ...(opts.force === true ? { force: true } : {}) };
        const result = await assignCase(deps, id, actor, override);
        out(opts.json === true ? JSON.stringify(result) : `${renderCase(result.record)}\n\n${result.explanation}`);
      });
    });

  sub('decide', "the engine's draft for each disputed item, from the case's documents")
    .argument('<case>', 'case number or id')
    .option('--json', 'print the determination as JSON')
    .action(async (id: string, opts: ActorOpts) => {
      await withDeps(opts, async (deps) => {
        const draft = await draftCase(deps, id);
        if (opts.json === true) out(JSON.stringify(draft));
        else out(draft.items.map((d, i) => `${i + 1}. ${safeText(d.request)}: ${d.decision} (confidence ${d.confidence.toFixed(2)})\n   ${safeText(d.rationale)}`).join('\n'));
      });
    });

  sub('review', "save the assigned reviewer's decisions (JSON {reviews, documentsReviewedConfirmed, clinicalSummary?})")
    .argument('<case>', 'case number or id')
    .argument('[file]', "reviews JSON; '-' reads standard input")
    .option('--accept-draft', "take the engine's draft as the review and confirm the documents")
    .option('--json', 'print the case as JSON')
    .action(async (id: string, file: string | undefined, opts: ActorOpts & { acceptDraft?: boolean }) => {
      await withDeps(opts, async (deps) => {
        const record = await getCase(deps, id);
        const actor = actorFrom({ ...opts, as: opts.as ?? 'reviewer' }, { id: 'cli-reviewer', role: 'reviewer' }, record);
        let input: unknown;
        if (opts.acceptDraft === true) input = { reviews: reviewsFromDraft(await draftCase(deps, record.id)), documentsReviewedConfirmed: true };
        else if (file !== undefined) input = parseJson(await readInput(file), file);
        else throw new OpenImrError('invalid-argument', 'give a reviews FILE or --accept-draft', { field: 'file' });
        const body = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
        const reviews = body['reviews'];
        const confirmed = body['documentsReviewedConfirmed'];
        const summary = body['clinicalSummary'];
        if (!Array.isArray(reviews) || typeof confirmed !== 'boolean') {
          throw new OpenImrError('invalid-input', 'the review file needs reviews (array) and documentsReviewedConfirmed (boolean)', { field: Array.isArray(reviews) ? 'documentsReviewedConfirmed' : 'reviews' });
        }
        const saved = await saveReview(deps, record.id, { reviews: reviews as never, documentsReviewedConfirmed: confirmed, ...(typeof summary === 'string' ? { clinicalSummary: summary } : {}) }, actor);
        print(saved, opts.json);
      });
    });

  sub('issue', 'QA approval: issue the determination, store the letter, add the redacted letter to the corpus')
    .argument('<case>', 'case number or id')
    .option('--json', 'print the case as JSON')
    .action(async (id: string, opts: ActorOpts) => {
      await withDeps(opts, async (deps) => {
        print(await issueCase(deps, id, actorFrom(opts, { id: 'cli-qa', role: 'qa' })), opts.json);
      });
    });

  sub('document', 'add a document (PDF or text) to a case')
    .argument('<case>', 'case number or id')
    .argument('<file>', 'the document file')
    .option('--title <text>', 'what the document is')
    .option('--date <yyyy-mm-dd>', 'the date of the document')
    .option('--from <who>', `who sent it (${SUBMITTERS.join(', ')})`, oneOf('--from', SUBMITTERS), 'provider')
    .option('--json', 'print the case as JSON')
    .action(async (id: string, file: string, opts: ActorOpts & { title?: string; date?: string; from: (typeof SUBMITTERS)[number] }) => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch {
        throw new OpenImrError('not-found', `cannot read ${file}`, { field: 'file' });
      }
      await withDeps(opts, async (deps) => {
        const actor = actorFrom(opts, { id: 'cli-intake', role: 'intake' });
        const input = { fileName: file, bytes, submittedBy: opts.from, ...(opts.title === undefined ? {} : { title: opts.title }), ...(opts.date === undefined ? {} : { date: opts.date }) };
        print(await addDocument(deps, id, input, actor), opts.json);
      });
    });

  sub('audit', "a case's audit events (codes and ids only)")
    .argument('<case>', 'case number or id')
    .option('--json', 'print the events as JSON')
    .action(async (id: string, opts: ActorOpts) => {
      await withDeps(opts, async (deps) => {
        const events = await caseAudit(deps, id);
        if (opts.json === true) out(JSON.stringify(events));
        else out(table(['seq', 'at', 'actor', 'type'], events.map((e) => [String(e.seq), e.at, safeText(e.actor), e.type])));
      });
    });
}
