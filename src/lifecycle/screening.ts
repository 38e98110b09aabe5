// Eligibility screening by the AD (domain.md A.1-A.3) as data: each rule has a stable code, an outcome, its
// source and the dates it is in force (by the application's received date). screen() applies every rule.
import type { Application, IsoDate } from '../core/index.ts';
import { OpenImrError } from '../core/index.ts';
import { deadlineOf, type Deadline } from '../calendar/index.ts';
import { duplicateKey, type KeyedApplication } from './keys.ts';
import { parseApplication } from './parse.ts';

export type ScreeningCode =
  | 'unsigned'
  | 'no-ur-decision'
  | 'late'
  | 'conditional-non-certification'
  | 'duplicate'
  | 'outside-imr-scope'
  | 'liability-disputed';

export type ScreeningOutcome = 'eligible' | 'ineligible' | 'deferred';

/** What a rule may look at besides the application. */
export interface ScreeningFacts {
  /** The filing window from the UR decision's service (or its date), null without a UR decision. */
  readonly filingWindow: Deadline | null;
  readonly existingDuplicateKeys: ReadonlySet<string>;
}

export interface ScreeningRule {
  readonly code: ScreeningCode;
  readonly outcome: 'ineligible' | 'deferred';
  readonly text: string;
  readonly source: string;
  /** In force for applications received in [from, to] (null = open). */
  readonly effective: { readonly from: IsoDate | null; readonly to: IsoDate | null };
  /** True when the rule finds the application fails it. */
  readonly fails: (app: Application, facts: ScreeningFacts) => boolean;
}

/** In force for the whole of IMR (no lower bound, so nothing filed early slips past every rule). */
const FOREVER = { from: null, to: null } as const;

export const SCREENING_RULES: readonly ScreeningRule[] = [
  {
    code: 'unsigned',
    outcome: 'ineligible',
    text: 'The application is not signed by the employee or the representative.',
    source: 'domain.md A.3 (DWC IMR updates); 8 CCR 9792.10.2',
    effective: FOREVER,
    fails: (app) => !app.signed,
  },
  {
    code: 'no-ur-decision',
    outcome: 'ineligible',
    text: 'No copy of the written UR decision is attached (since 2014-04-01 DWC sends no reminder).',
    source: 'domain.md A.2, A.3; 8 CCR 9792.10.1(b)(1)',
    effective: FOREVER,
    fails: (app) => app.urDecision === null,
  },
  {
    code: 'late',
    outcome: 'ineligible',
    text: 'Filed after the 30-day window from service of the UR decision (+5 days when served by mail [R]).',
    source: 'domain.md A.2, A.3; 8 CCR 9792.10.1(b)(1)',
    effective: FOREVER,
    fails: (app, facts) => facts.filingWindow !== null && app.receivedDate > facts.filingWindow.due,
  },
  {
    code: 'conditional-non-certification',
    outcome: 'ineligible',
    text: 'Every disputed item was conditionally non-certified (denied only for missing information).',
    source: 'domain.md A.3 (DWC IMR updates)',
    effective: FOREVER,
    fails: (app) => app.disputedTreatments.every((t) => t.urOutcome === 'conditional'),
  },
  {
    code: 'duplicate',
    outcome: 'ineligible',
    text: 'An application for the same claim, treatment and UR decision date already exists.',
    source: 'domain.md A.3; 8 CCR 9792.10.3(a)(2)',
    effective: FOREVER,
    fails: (app, facts) => facts.existingDuplicateKeys.has(duplicateKey(app)),
  },
  {
    code: 'outside-imr-scope',
    outcome: 'ineligible',
    text: 'Injury before 2013-01-01 and UR decision before 2013-07-01: outside IMR.',
    source: 'domain.md A.1; LC 4610.5(a)-(b)',
    effective: { from: null, to: null },
    fails: (app) =>
      app.dateOfInjury < '2013-01-01' && app.urDecision !== null && app.urDecision.date < '2013-07-01',
  },
  {
    code: 'liability-disputed',
    outcome: 'deferred',
    text: 'The claims administrator disputes liability: IMR waits until liability is resolved.',
    source: 'domain.md A.3; 8 CCR 9792.10.3(d)',
    effective: FOREVER,
    fails: (app) => app.liabilityDisputed,
  },
];

export interface ScreeningReason {
  readonly code: ScreeningCode;
  readonly text: string;
  readonly source: string;
}

export interface ScreeningResult {
  readonly outcome: ScreeningOutcome;
  readonly reasons: readonly ScreeningReason[];
}

export interface ScreenOptions {
  /** The AD's date; an application cannot be received after it. */
  readonly today: IsoDate;
  /** Applications already on file (for duplicates). */
  readonly existing?: readonly KeyedApplication[];
  readonly rules?: readonly ScreeningRule[];
}

/** The filing window of an application: from the UR decision's service date, or its date when absent. */
export function filingWindow(app: Application): Deadline | null {
  const ur = app.urDecision;
  if (ur === null) return null;
  return deadlineOf('filing-window', { urDecisionServed: { date: ur.servedDate ?? ur.date, by: ur.servedBy } });
}

function inForce(rule: ScreeningRule, received: IsoDate): boolean {
  const { from, to } = rule.effective;
  return (from === null || received >= from) && (to === null || received <= to);
}

/** Screens an application (validated here: invalid-input names the field). */
export function screen(input: unknown, options: ScreenOptions): ScreeningResult {
  const app = parseApplication(input);
  if (app.receivedDate > options.today) {
    throw new OpenImrError('invalid-input', 'application.receivedDate is after today', {
      field: 'application.receivedDate',
    });
  }
  const facts: ScreeningFacts = {
    filingWindow: filingWindow(app),
    existingDuplicateKeys: new Set((options.existing ?? []).map(duplicateKey)),
  };
  const failed = (options.rules ?? SCREENING_RULES).filter(
    (rule) => inForce(rule, app.receivedDate) && rule.fails(app, facts),
  );
  const outcome: ScreeningOutcome = failed.some((r) => r.outcome === 'ineligible')
    ? 'ineligible'
    : failed.length > 0
      ? 'deferred'
      : 'eligible';
  return { outcome, reasons: failed.map(({ code, text, source }) => ({ code, text, source })) };
}
