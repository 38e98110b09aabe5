// Name matching for conflict checks. Organisations: case, punctuation, "The" and corporate suffixes are
// ignored; a hit is an exact match after that, or one name contained in the other as whole words when the
// contained name is distinctive (not one short or generic word). People: titles, degrees and initials are
// ignored and "Last, First" is read as "First Last"; a hit needs at least two shared name words.

/** Corporate-form words dropped from the end of an organisation's name. */
const CORPORATE_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'plc',
  'pc', 'pllc', 'pa', 'na', 'apc', 'apmc', 'dba',
]);

/**
 * Words too common to identify an organisation on their own: a name made only of these (and short words)
 * is matched exactly, never by containment.
 */
const GENERIC_WORDS = new Set([
  'the', 'of', 'and', 'a', 'an', 'for', 'in', 'at', 'to', 'de', 'la', 'los',
  'insurance', 'mutual', 'casualty', 'indemnity', 'assurance', 'fund', 'group', 'services', 'service', 'solutions',
  'health', 'healthcare', 'medical', 'medicine', 'clinic', 'clinics', 'center', 'centre', 'hospital', 'hospitals',
  'care', 'system', 'systems', 'network', 'associates', 'partners', 'management', 'holdings', 'international',
  'national', 'american', 'united', 'general', 'california', 'state', 'county', 'city', 'community', 'regional',
  'valley', 'bay', 'west', 'western', 'east', 'north', 'south', 'southern', 'northern', 'pacific', 'global',
  'enterprises', 'industries', 'pharmaceuticals', 'pharma', 'surgical', 'surgery', 'orthopedic', 'orthopaedic',
  'physicians', 'doctors', 'rehabilitation', 'therapy', 'pain', 'spine', 'institute', 'university', 'school',
  'district', 'department', 'agency', 'company', 'companies', 'administrators', 'claims', 'risk', 'workers',
  'compensation', 'comp', 'employers', 'staffing', 'ipa', 'mpn',
]);

/** A word must be at least this long to identify an organisation on its own. */
const MIN_DISTINCTIVE_LENGTH = 4;

/** Lower-case words of a name: accents, apostrophes and dots dropped, "&" read as "and". */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '')
    .replace(/\./g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** The organisation's name as compared: lower-case words without a leading "The" or trailing corporate forms. */
export function normaliseOrganisation(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words;
}

function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, j) => hay[i + j] === w)) return true;
  }
  return false;
}

/** Whether a name carries enough to be matched inside a longer one. */
function distinctive(words: readonly string[]): boolean {
  const significant = words.filter((w) => !GENERIC_WORDS.has(w) && !CORPORATE_SUFFIXES.has(w));
  if (significant.length >= 2) return true;
  const only = significant[0];
  return only !== undefined && only.length >= MIN_DISTINCTIVE_LENGTH && !/^\d+$/.test(only);
}

export type NameMatch = 'exact' | 'contains' | null;

/** How two organisation names match: exact after normalisation, one contained in the other, or not. */
export function matchOrganisation(a: string, b: string): NameMatch {
  const wa = normaliseOrganisation(a);
  const wb = normaliseOrganisation(b);
  if (wa.length === 0 || wb.length === 0) return null;
  if (wa.join(' ') === wb.join(' ')) return 'exact';
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return distinctive(shorter) && containsRun(longer, shorter) ? 'contains' : null;
}

const PERSON_NOISE = new Set([
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'md', 'do', 'dc', 'phd', 'psyd', 'dds', 'dmd', 'dpm', 'lac', 'pa', 'np',
  'rn', 'pt', 'dpt', 'mph', 'facs', 'faaos', 'jr', 'sr', 'ii', 'iii', 'iv', 'esq',
]);

/** A person's name words: "Last, First" reordered, titles, degrees and initials dropped. */
export function normalisePerson(name: string): string[] {
  const comma = name.split(',');
  const first = comma[0] ?? '';
  const rest = comma.slice(1).join(' ');
  // "Smith, John A." -> "John A. Smith"; "John Smith, MD" keeps its order (the part after the comma is degrees).
  const restWords = nameWords(rest).filter((w) => !PERSON_NOISE.has(w));
  const ordered = restWords.length > 0 ? `${rest} ${first}` : first;
  return nameWords(ordered).filter((w) => w.length > 1 && !PERSON_NOISE.has(w));
}

/** Two people match when the shorter name has at least two words and all of them occur in the longer. */
export function matchPerson(a: string, b: string): boolean {
  const wa = normalisePerson(a);
  const wb = normalisePerson(b);
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter.length < 2) return false;
  const set = new Set(longer);
  return shorter.every((w) => set.has(w));
}
