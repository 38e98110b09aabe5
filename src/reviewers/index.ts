// Reviewer qualification, specialty matching, conflicts of interest and assignment (pure logic, no I/O).
export {
  QUALIFICATION_CRITERIA,
  MIN_YEARS_IN_PRACTICE,
  MIN_WEEKLY_HOURS,
  REQUIRED_LICENSE_STATE,
  qualify,
  type Criterion,
  type Qualification,
  type Reason,
} from './qualify.ts';
export {
  SPECIALTIES,
  SIMILARITY,
  CATEGORY_SPECIALTIES,
  PEER_WEIGHT,
  canonicalSpecialty,
  normaliseSpecialty,
  similarity,
  specialtyMatch,
  reviewerSpecialties,
  wantedSpecialties,
  type SpecialtyMatch,
  type WantedSpecialty,
} from './specialties.ts';
export { matchOrganisation, matchPerson, normaliseOrganisation, normalisePerson, type NameMatch } from './names.ts';
export { CONFLICT_PARTIES, conflicts, type ConflictPartyKind, type ConflictReason } from './conflicts.ts';
export { STATE_NAMES, describeQualifications } from './describe.ts';
export {
  MIN_SPECIALTY_MATCH,
  MIN_OVERRIDE_REASON,
  chooseReviewer,
  overrideAssignment,
  type CaseInfo,
  type Choice,
  type OverrideOptions,
  type OverrideResult,
  type RankedReviewer,
} from './assign.ts';
export { ReviewerProfile, ConflictCase, type ConflictCaseInput } from './schema.ts';
