// Conflicts of interest (domain.md A.10, list (a)-(f) [V] text): the reviewer may have no material
// affiliation with the employer, the insurer or claims administrator, the requesting physician or medical
// group, the facility where the treatment would be given, the treatment's developer or manufacturer, or the
// employee. Every affiliation of the reviewer is compared with every party, whatever kind it was filed
// under (an "insurer" affiliation conflicts when that insurer administers the claim). Reason texts never
// carry names: they say which affiliation and which party, by position and role only.
import type { Reason } from './qualify.ts';
import { matchOrganisation, matchPerson } from './names.ts';
import type { ReviewerProfile, ConflictCase } from './schema.ts';
import { ConflictCase as ConflictCaseSchema, ReviewerProfile as ReviewerSchema, parseInput } from './schema.ts';

/** The case roles a reviewer may not be affiliated with, and how their names are compared. */
export const CONFLICT_PARTIES = [
  { kind: 'employer', role: 'the employer', list: '(a)', person: false },
  { kind: 'claims-administrator', role: 'the insurer or claims administrator', list: '(a)', person: false },
  { kind: 'requesting-physician', role: 'the requesting physician', list: '(c)', person: true },
  { kind: 'medical-group', role: 'the medical group of the requesting physician', list: '(c)', person: false },
  { kind: 'facility', role: 'the facility where the treatment would be given', list: '(d)', person: false },
  { kind: 'manufacturer', role: 'the manufacturer of the proposed treatment', list: '(e)', person: false },
  { kind: 'employee', role: 'the employee', list: '(f)', person: true },
] as const;
export type ConflictPartyKind = (typeof CONFLICT_PARTIES)[number]['kind'];

export type ConflictReason = Reason & {
  party: ConflictPartyKind;
  /** Index into reviewer.affiliations, or null when the reviewer personally is the party. */
  affiliation: number | null;
  match: 'exact' | 'contains' | 'person';
};

function partyName(c: ConflictCase, kind: ConflictPartyKind): string | undefined {
  switch (kind) {
    case 'employer':
      return c.employer.name;
    case 'claims-administrator':
      return c.claimsAdministrator.name;
    case 'requesting-physician':
      return c.requestingPhysician.name;
    case 'medical-group':
      return c.medicalGroup?.name;
    case 'facility':
      return c.facility?.name;
    case 'manufacturer':
      return c.manufacturer?.name;
    case 'employee':
      return c.employee.name;
  }
}

function nameMatch(affiliation: string, party: string, person: boolean): ConflictReason['match'] | null {
  const org = matchOrganisation(affiliation, party);
  if (org === 'exact') return org;
  if (person) return matchPerson(affiliation, party) ? 'person' : null;
  return org;
}

/** The conflicts of an already parsed reviewer with an already parsed case (used inside the folder). */
export function findConflicts(r: ReviewerProfile, c: ConflictCase): ConflictReason[] {
  const out: ConflictReason[] = [];
  for (const p of CONFLICT_PARTIES) {
    const name = partyName(c, p.kind);
    if (name === undefined) continue;
    if (p.person && matchPerson(r.name, name)) {
      out.push({
        code: `conflict-${p.kind}`,
        text: `The reviewer is ${p.role} (conflict list ${p.list}).`,
        party: p.kind,
        affiliation: null,
        match: 'person',
      });
    }
    r.affiliations.forEach((a, i) => {
      const match = nameMatch(a.name, name, p.person);
      if (match === null) return;
      const how = match === 'contains' ? 'one name contains the other' : match === 'exact' ? 'same name' : 'same person';
      out.push({
        code: `conflict-${p.kind}`,
        text: `The reviewer's affiliation #${i + 1} (${a.kind}) matches ${p.role} (${how}; conflict list ${p.list}).`,
        party: p.kind,
        affiliation: i,
        match,
      });
    });
  }
  return out;
}

/**
 * Every conflict between the reviewer and the case's parties, one reason per hit (code `conflict-<party>`).
 * `application` is the filed application, optionally with medicalGroup, facility and manufacturer.
 * Throws invalid-input naming the field when either record is malformed.
 */
export function conflicts(reviewer: unknown, application: unknown): ConflictReason[] {
  return findConflicts(parseInput(ReviewerSchema, reviewer, 'reviewer'), parseInput(ConflictCaseSchema, application, 'application'));
}
