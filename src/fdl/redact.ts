// The public (redacted) version of a letter, and a checker that finds what redaction missed.
//
// What is removed: the names of the employee, employer, requesting physician, claims administrator,
// representative, facilities and document providers; their addresses (street, city, ZIP); the claim
// and EAMS numbers; the employee's date of birth. Everywhere: header, clinical summary, document list,
// requests, guidelines and rationales. Partial forms too: surname or first name alone, "Dr. Surname",
// "Surname, First", any case, possessives ("Surname's" -> "[EMPLOYEE]'s"), dates of birth in the
// usual spellings. Generic patterns (SSN-like numbers, phone numbers, street addresses) are removed
// whoever they belong to. What stays: the case number, the case dates, age and sex, the reviewer's
// qualifications (the reviewer is never named in the first place).
import type { Citation } from '../core/index.ts';
import { validateLetter, type Address, type FinalLetter, type FinalLetterItem } from './model.ts';

export type PartyKind =
  | 'employee'
  | 'employer'
  | 'physician'
  | 'claims-administrator'
  | 'representative'
  | 'facility'
  | 'provider';
export type IdentifierKind = 'address' | 'claim-number' | 'eams-number' | 'date-of-birth';
export type GenericKind = 'ssn' | 'phone' | 'street-address';
export type LeakKind = PartyKind | IdentifierKind | GenericKind;

/** One thing to remove from text. Persons get partial forms; organisations their name with and without "Inc." etc. */
export type RedactionTarget =
  | { readonly kind: PartyKind; readonly value: string; readonly person: boolean }
  | { readonly kind: IdentifierKind; readonly value: string };

export const REDACTION_LABELS: Readonly<Record<LeakKind, string>> = {
  employee: '[EMPLOYEE]',
  employer: '[EMPLOYER]',
  physician: '[PHYSICIAN]',
  'claims-administrator': '[CLAIMS ADMINISTRATOR]',
  representative: '[REPRESENTATIVE]',
  facility: '[FACILITY]',
  provider: '[PROVIDER]',
  address: '[ADDRESS]',
  'claim-number': '[CLAIM NUMBER]',
  'eams-number': '[EAMS NUMBER]',
  'date-of-birth': '[DATE OF BIRTH]',
  ssn: '[SSN]',
  phone: '[PHONE]',
  'street-address': '[ADDRESS]',
};

export interface Leak {
  readonly kind: LeakKind;
  /** Character offset in the checked text. */
  readonly offset: number;
}

export interface RedactionReport {
  readonly clean: boolean;
  readonly leaks: readonly Leak[];
}

// ------------------------------------------------------------------------------------------------
// Targets from a letter
// ------------------------------------------------------------------------------------------------

const ORG_WORDS = /\b(?:center|centre|clinic|hospital|medical|group|inc|llc|corp|imaging|therapy|associates|institute|services|health|pharmacy|laboratory|lab|radiology|rehab|rehabilitation|orthopaedics?|orthopedics?|surgery|company|insurance|partners|foundation)\b/i;

/** Every name, address and number of the letter that the public version must not show. */
export function redactionTargets(letter: FinalLetter): RedactionTarget[] {
  const out: RedactionTarget[] = [];
  const party = (kind: PartyKind, name: string, person: boolean, address: Address | null): void => {
    if (!isLabel(name)) out.push({ kind, value: name, person });
    if (address !== null) {
      out.push({ kind: 'address', value: address.street }, { kind: 'address', value: address.city }, { kind: 'address', value: address.zip });
    }
  };
  party('employee', letter.employee.name, true, letter.employee.address);
  party('employer', letter.employer.name, false, letter.employer.address);
  party('physician', letter.requestingPhysician.name, true, letter.requestingPhysician.address);
  party('claims-administrator', letter.claimsAdministrator.name, false, letter.claimsAdministrator.address);
  if (letter.representative !== undefined) party('representative', letter.representative.name, true, letter.representative.address);
  for (const f of letter.facilities ?? []) party('facility', f.name, false, f.address);
  for (const d of letter.documentsReviewed) {
    if (d.provider !== undefined && d.provider !== letter.requestingPhysician.name) party('provider', d.provider, !ORG_WORDS.test(d.provider), null);
  }
  if (!isLabel(letter.claimNumber)) out.push({ kind: 'claim-number', value: letter.claimNumber });
  if (letter.eamsNumber !== undefined && !isLabel(letter.eamsNumber)) out.push({ kind: 'eams-number', value: letter.eamsNumber });
  if (letter.employee.dateOfBirth !== null) out.push({ kind: 'date-of-birth', value: letter.employee.dateOfBirth });
  return out;
}

/** A bracketed label as redaction writes it. */
const LABEL = /\[[A-Z][A-Z ]{0,40}\]/;

function isLabel(s: string): boolean {
  return new RegExp(`^\\s*${LABEL.source}\\s*$`).test(s);
}

// ------------------------------------------------------------------------------------------------
// Patterns
// ------------------------------------------------------------------------------------------------

const HONORIFIC = String.raw`(?:(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?`;
const SUFFIXES = /^(?:md|m\.d\.|do|d\.o\.|dc|d\.c\.|pa|pa-c|np|rn|pt|dpt|phd|ph\.d\.|jr|jr\.|sr|sr\.|ii|iii|iv|esq|esq\.|lac|mph|facs|qme)$/i;
const TITLES = /^(?:dr|dr\.|doctor|mr|mr\.|mrs|mrs\.|ms|ms\.|miss|mx|prof|prof\.)$/i;
const CORPORATE = /[\s,]+(?:inc|llc|l\.l\.c|corp|corporation|co|company|ltd|lp|llp|pc|p\.c|pllc)\.?$/i;
const STREET_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['Street', 'St'], ['Avenue', 'Ave'], ['Boulevard', 'Blvd'], ['Road', 'Rd'], ['Drive', 'Dr'], ['Lane', 'Ln'],
  ['Court', 'Ct'], ['Place', 'Pl'], ['Parkway', 'Pkwy'], ['Highway', 'Hwy'], ['Circle', 'Cir'], ['Suite', 'Ste'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal with flexible whitespace, either apostrophe, and the HTML escapes of ' and & (so HTML can be checked too). */
function literal(s: string): string {
  return s
    .trim()
    .split(/\s+/)
    .map((w) => escapeRe(w).replace(/['’]/g, "(?:['’]|&#39;|&apos;|&#x27;)").replace(/&/g, '&(?:amp;)?'))
    .join(String.raw`\s+`);
}

interface Variant {
  readonly kind: LeakKind;
  readonly source: string;
  /** For ordering: longer forms are tried first at each position. */
  readonly weight: number;
}

function personVariants(name: string): string[] {
  const tokens = name
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0 && !SUFFIXES.test(t) && !TITLES.test(t));
  const words = tokens.filter((t) => t.replace(/[^\p{L}]/gu, '').length >= 2);
  const first = words[0];
  const last = words[words.length - 1];
  const forms = new Set<string>([name, tokens.join(' ')]);
  if (first !== undefined && last !== undefined && first !== last) {
    forms.add(`${first} ${last}`);
    forms.add(`${last}, ${first}`);
  }
  for (const w of words) {
    forms.add(w);
    for (const part of w.split('-')) if (part.replace(/[^\p{L}]/gu, '').length >= 2) forms.add(part);
  }
  return [...forms].filter((f) => f.trim().length > 0);
}

function organisationVariants(name: string): string[] {
  const forms = new Set<string>([name]);
  const bare = name.replace(CORPORATE, '').replace(/^the\s+/i, '').trim();
  if (bare.length >= 3) forms.add(bare);
  for (const f of [...forms]) {
    if (f.includes('&')) forms.add(f.replace(/\s*&\s*/g, ' and '));
    if (/\band\b/i.test(f)) forms.add(f.replace(/\s+and\s+/gi, ' & '));
  }
  return [...forms];
}

function streetVariants(street: string): string[] {
  const forms = new Set<string>([street]);
  const noUnit = street.replace(/[\s,]+(?:Suite|Ste\.?|Unit|Apt\.?|Apartment|#)\s*\S+$/i, '').trim();
  if (noUnit.length > 0) forms.add(noUnit);
  for (const f of [...forms]) {
    for (const [long, short] of STREET_ABBREVIATIONS) {
      const abbreviated = f.replace(new RegExp(String.raw`\b${long}\b`, 'g'), `${short}.`);
      if (abbreviated !== f) {
        forms.add(abbreviated);
        forms.add(abbreviated.replace(/\.$/, ''));
      }
      const expanded = f.replace(new RegExp(String.raw`\b${short}\b\.?`, 'g'), long);
      if (expanded !== f) forms.add(expanded);
    }
  }
  return [...forms];
}

/** An identifier with any (or no) space or dash between its characters. */
function identifierSource(value: string): string[] {
  const chars = Array.from(value.replace(/[\s-]/g, ''), escapeRe);
  const out = [chars.join(String.raw`[\s-]?`)];
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 6 && digits.length !== chars.length) out.push(digits);
  return out;
}

function dateSources(iso: string): string[] {
  const [y = '', m = '', d = ''] = iso.split('-');
  const mm = String(Number(m));
  const dd = String(Number(d));
  const month = MONTHS[Number(m) - 1] ?? '';
  const mon = month.slice(0, 3);
  const sep = '[/.-]';
  return [
    `0?${mm}${sep}0?${dd}${sep}(?:${y}|${y.slice(2)})`,
    `${y}${sep}${m}${sep}${d}`,
    `(?:${month}|${mon}\\.?)\\s+0?${dd}(?:st|nd|rd|th)?,?\\s+${y}`,
    `0?${dd}\\s+(?:${month}|${mon}\\.?),?\\s+${y}`,
  ];
}

function variants(target: RedactionTarget): Variant[] {
  const kind = target.kind;
  const value = target.value.trim();
  if (value.length === 0 || isLabel(value)) return [];
  switch (kind) {
    case 'claim-number':
    case 'eams-number':
      return identifierSource(value).map((source) => ({ kind, source, weight: value.length }));
    case 'date-of-birth':
      return dateSources(value).map((source) => ({ kind, source, weight: 10 }));
    case 'address': {
      const forms = /\d/.test(value) && /\p{L}/u.test(value) ? streetVariants(value) : [value];
      return forms.map((f) => ({ kind, source: literal(f), weight: f.length }));
    }
    case 'employee':
    case 'employer':
    case 'physician':
    case 'claims-administrator':
    case 'representative':
    case 'facility':
    case 'provider': {
      const person = 'person' in target && target.person;
      const forms = person ? personVariants(value) : organisationVariants(value);
      return forms.map((f) => ({ kind, source: (person ? HONORIFIC : '') + literal(f), weight: f.length }));
    }
  }
}

const GENERIC: readonly (readonly [GenericKind, RegExp])[] = [
  ['ssn', /(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])/g],
  ['phone', /(?<![\d-])(?:\+?1[-.\s]?)?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.\s]\d{4}(?![\d-])/g],
  [
    'street-address',
    /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z0-9'’.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Trail)\b\.?(?:,?\s+(?:Suite|Ste\.?|Unit|Apt\.?|#)\s*[A-Za-z0-9-]+)?/g,
  ],
];

/** A compiled set of targets: one regex, one capture group per variant, longest variants first. */
export interface Redactor {
  readonly pattern: RegExp | null;
  readonly kinds: readonly LeakKind[];
}

export function compileTargets(targets: readonly RedactionTarget[]): Redactor {
  const seen = new Set<string>();
  const list = targets
    .flatMap(variants)
    .filter((v) => (seen.has(v.source.toLowerCase()) ? false : (seen.add(v.source.toLowerCase()), true)))
    .sort((a, b) => b.weight - a.weight);
  if (list.length === 0) return { pattern: null, kinds: [] };
  // Group 1 matches a label already written ("[EMPLOYEE]") so that nothing inside one is matched;
  // a variant never matches part of a longer word or number.
  const body = list.map((v) => `(${v.source})`).join('|');
  const pattern = new RegExp(String.raw`(${LABEL.source})|(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`, 'giu');
  return { pattern, kinds: list.map((v) => v.kind) };
}

interface Hit {
  readonly kind: LeakKind;
  readonly start: number;
  readonly end: number;
}

function targetHits(text: string, r: Redactor): Hit[] {
  const hits: Hit[] = [];
  if (r.pattern === null) return hits;
  r.pattern.lastIndex = 0;
  for (let m = r.pattern.exec(text); m !== null; m = r.pattern.exec(text)) {
    if (m[0].length === 0) {
      r.pattern.lastIndex++;
      continue;
    }
    if (m[1] !== undefined) continue;
    let group = 2;
    while (group < m.length && m[group] === undefined) group++;
    hits.push({ kind: r.kinds[group - 2] ?? 'employee', start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

function genericHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [kind, re] of GENERIC) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) hits.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

function replaceHits(text: string, hits: readonly Hit[]): string {
  if (hits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const h of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (h.start < at) continue;
    out += text.slice(at, h.start) + REDACTION_LABELS[h.kind];
    at = h.end;
  }
  return out + text.slice(at);
}

// ------------------------------------------------------------------------------------------------
// Public operations
// ------------------------------------------------------------------------------------------------

/** Replaces every target (and every generic identifier) in `text` with its bracketed label. */
export function redactText(text: string, targets: readonly RedactionTarget[] | Redactor): string {
  const r = 'pattern' in targets ? targets : compileTargets(targets);
  const named = replaceHits(text, targetHits(text, r));
  return replaceHits(named, genericHits(named));
}

/** Reports every target or generic identifier still present in `text`; `letter` is the unredacted letter. */
export function checkRedaction(text: string, letter: FinalLetter): RedactionReport {
  const r = compileTargets(redactionTargets(validateLetter(letter)));
  const leaks = [...targetHits(text, r), ...genericHits(text)]
    .sort((a, b) => a.start - b.start)
    .map((h) => ({ kind: h.kind, offset: h.start }));
  return { clean: leaks.length === 0, leaks };
}

/** The public version of a letter: parties replaced by labels, addresses and date of birth withheld, text redacted. */
export function redact(letter: FinalLetter): FinalLetter {
  const l = validateLetter(letter);
  const r = compileTargets(redactionTargets(l));
  const t = (s: string): string => redactText(s, r);
  const citation = (c: Citation): Citation => ({ ...c, title: t(c.title), sections: c.sections.map(t), pages: c.pages.map(t) });
  const item = (i: FinalLetterItem): FinalLetterItem => ({
    request: t(i.request),
    ...(i.originalRequest === undefined ? {} : { originalRequest: t(i.originalRequest) }),
    ...(i.authorized === undefined ? {} : { authorized: t(i.authorized) }),
    decision: i.decision,
    claimsAdministratorGuideline: i.claimsAdministratorGuideline.map(citation),
    imrGuideline: i.imrGuideline.map(citation),
    rationale: t(i.rationale),
  });
  const withheld = (label: string): { name: string; address: null } => ({ name: label, address: null });
  const out: FinalLetter = {
    ...l,
    employee: { name: REDACTION_LABELS.employee, address: null, dateOfBirth: null },
    employer: withheld(REDACTION_LABELS.employer),
    requestingPhysician: { ...withheld(REDACTION_LABELS.physician), specialty: t(l.requestingPhysician.specialty) },
    claimsAdministrator: withheld(REDACTION_LABELS['claims-administrator']),
    claimNumber: REDACTION_LABELS['claim-number'],
    reviewer: { qualifications: t(l.reviewer.qualifications), licensure: l.reviewer.licensure.map(t), specialties: l.reviewer.specialties.map(t) },
    clinicalSummary: t(l.clinicalSummary),
    documentsReviewed: l.documentsReviewed.map((d) => ({ ...d, title: t(d.title), ...(d.provider === undefined ? {} : { provider: t(d.provider) }) })),
    items: l.items.map(item),
  };
  if (l.representative !== undefined) out.representative = withheld(REDACTION_LABELS.representative);
  if (l.facilities !== undefined) out.facilities = l.facilities.map(() => withheld(REDACTION_LABELS.facility));
  if (l.eamsNumber !== undefined) out.eamsNumber = REDACTION_LABELS['eams-number'];
  return validateLetter(out);
}
