// Quantities read from a request: strength, dispensed count, refills, visits, frequency and duration.
// scanQuantities reads what the text states, whatever the service; finishQuantity then decides what an
// unlabelled number means for the category ("(6)" or "x 6" is 6 visits of massage but 6 tablets of Norco).
// Each pattern is consumed (blanked) once read, so a later, looser pattern cannot read the same digits.
// Conventions (see README.md):
// - ranges take their upper bound ("2-3 times a week" -> 3/week; "12-18 sessions" -> 18);
// - "A x B" is A per week for B weeks ("1 x 12" -> 12 visits);
// - days become weeks only when divisible by 7; months never become weeks (a month is not a whole number
//   of weeks), but "1 x month x 6 months" still gives 6 visits;
// - an explicit number of visits wins over frequency x duration.
import type { Category, Quantity } from '../core/index.ts';
import { stripLeadingNoise } from './text.ts';

const NUM = String.raw`\d{1,6}(?:\.\d{1,4})?`;
/** "2", "2-3", "2 to 3", "1 or 2" (upper bound used). */
const RANGE = String.raw`(\d{1,3}(?:\.\d{1,2})?)(?:\s*(?:-|–|to|or)\s*(\d{1,3}(?:\.\d{1,2})?))?`;

// Strengths: 10/325mg, 7.5-325 mg, 75 mcg/hr, 75ug/hr, 15mg/ml, 5%, 0.1% cream, 50000 iu.
const STRENGTH = new RegExp(
  String.raw`(?<![\w.])(${NUM}(?:\s*[/-]\s*${NUM}){0,3})\s*(mg|mcg|µg|ug|meq|iu|%)(?![a-z])(?:\s*\/\s*(ml|hr|h|hour|24\s*hrs?|72\s*hrs?|g|gm|actuation|spray|dose|day|patch|5\s*ml))?(?![a-z])`,
);
/** Package sizes: a strength only when nothing else is ("Terocin lotion 120ml"). */
const SIZE = new RegExp(String.raw`(?<![\w.])(${NUM})\s*(ml|g|gm|grams?|oz)(?![a-z])`);
/** "Norco 10/325" (no unit), read only when a drug is named. Dates are already blanked. */
const UNITLESS_RATIO = /(?<![\w./])(\d{1,4}(?:\.\d{1,2})?)\s*\/\s*(\d{2,4})(?![\w./%])/;

const REFILLS =
  /(?:\bx\s*)?(?<![\d.])(\d{1,2})\s*(?:additional\s+)?refills?\b|\brefills?\s*(?:x|:|of)?\s*(\d{1,2})\b|\b(no|zero)\s+refills?\b/;
/** Numbers that belong to a product name, not to a count ("Tylenol #3"). */
const PRODUCT_NUMBER = /\btylenol\s*(?:#|no\.?)\s*[2-4]\b/;
const COUNT_HASH = /#\s*(\d{1,6})(?![\d.]|\s*(?:mg|mcg|%))/;
const COUNT_QTY = /\b(?:qty|quantity|qnty|dispense|disp|count)\b\.?\s*(?:of\s*)?[:=]?\s*#?\s*(\d{1,6})\b/;
const DOSE_UNIT = String.raw`(?:count|ct|tablets?|tabs?|capsules?|caps|pills?|patch(?:es)?|lozenges?|packets?|pads?|pairs?|films?|suppositor(?:y|ies)|vials?|syringes?|pens?)`;
const COUNT_PAREN = new RegExp(String.raw`\(\s*(\d{1,6})\s*${DOSE_UNIT}?\s*\)`);
// "60 tablets" is a count, "1 tablet twice daily" is a dose.
const COUNT_UNIT = new RegExp(
  String.raw`(?<![\d.])(\d{1,6})\s*${DOSE_UNIT}\b(?!\s*(?:daily|a day|per day|each day|every|by mouth|po\b|orally|q\.?\s*\d|q\.?\s*[dh]|bid|tid|qid|qd|qhs|hs\b|at bedtime|prn|as needed|\d+\s*times|times|x\s*\d|\/\s*day|in the))`,
);

const WEEK = String.raw`(?:weeks?|wks?|weekly)`;
const MONTH = String.raw`(?:months?|mos?|monthly)`;
/** What may sit between a number and "week": "x", "times", "sessions", "days" then "a/per/each//". */
const FREQ_CONNECTOR = String.raw`(?:(?:x|×|times?|sessions?|visits?|treatments?|days?|appointments?)\s*(?:(?:a|an|per|each|every|in\s+a)\s+|\/\s*)?|(?:a|an|per|each|every)\s+|\/\s*)`;
const PER_WEEK = new RegExp(String.raw`(?<![a-wyz\d.])${RANGE}\s*${FREQ_CONNECTOR}${WEEK}\b`);
const PER_MONTH = new RegExp(String.raw`(?<![a-wyz\d.])${RANGE}\s*${FREQ_CONNECTOR}${MONTH}\b`);
/** "every other week", "every 2 weeks", "every 4-6 weeks" (the shorter interval: the most visits asked for). */
const EVERY_N_WEEKS = /\bevery\s+(?:(other)|(\d{1,2})(?:\s*(?:-|–|to|or)\s*\d{1,2})?)\s+(?:weeks?|wks?)\b/;
const WEEKLY = /\bweekly\b/;
const MONTHLY = /\bmonthly\b/;
/** "for 6 weeks", "x 4 wks", "14 days rental", "30-day trial", "2 months". */
const DURATION = new RegExp(String.raw`(?<![a-wyz\d.])${RANGE}\s*-?\s*(weeks?|wks?|days?|months?|mos?)\b`);
/** "1 x 12", "2x4", "2 x 6 weeks", "1-2 x 6". Not a strength, not "x 2 refills" (refills go first). */
const TIMES = new RegExp(
  String.raw`(?<![\w./])${RANGE}\s*(?:x|×|times)\s*${RANGE}(?![\d.\/%]|\s*(?:mg|mcg|ml|sessions?|visits?|treatments?|times|x\b|refills?))(?:\s*(weeks?|wks?|months?|mos?|days?)\b)?`,
);
const SESSION_WORD = String.raw`(?:sessions?|visits?|treatments?|appointments?|classes)`;
/** Up to four words between the number and the session word, none of them a unit of time or frequency. */
const FILLER = String.raw`(?:(?!(?:weeks?|wks?|days?|months?|mos?|times?|x|per|an?|for|hours?|hrs?|every|each|mg|mcg)\b)[a-z][a-z/-]*[\s,]+){0,4}?`;
// Not "1 session every 2 weeks" / "2 visits per month": those are frequencies.
const VISITS = new RegExp(String.raw`(?:\bx\s*)?\(?(?<![\w.])${RANGE}\)?\s*(?:\)\s*)?${FILLER}${SESSION_WORD}\b(?!\s*(?:every|per|each|a\s+(?:week|month)|an?\s+wk|\/))`);
const VISITS_AFTER = new RegExp(String.raw`\b${SESSION_WORD}\s*(?:x|#|:|=|of|total)\s*\(?${RANGE}\b`);
const PAREN = /\(\s*(\d{1,4})\s*\)/;
const LEADING = /^\s*(\d{1,4})(?![\d.\/%])(?!\s*(?:x\b|×|times|hours?|hrs?|minutes?|weeks?|wks?|days?|months?|mos?|mg|mcg|ml|%))/;
const BARE_X = /(?:^|[^\w])x\s*(\d{1,4})(?![\d.\/%]|\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|wks?|months?|mos?)\b)/;

/** What the text states, before the category says what unlabelled numbers mean. */
export interface QuantityScan {
  strength: string | null;
  strengthValues: number[];
  strengthUnit: string | null;
  count: number | null;
  refills: number | null;
  /** Visits named as visits/sessions/treatments. */
  visits: number | null;
  perWeek: number | null;
  weeks: number | null;
  perMonth: number | null;
  months: number | null;
  /** Unlabelled numbers: "(6)", a leading "6 additional", "x 6". */
  paren: number | null;
  leading: number | null;
  bareX: number | null;
}

/** True when the request states sessions: a frequency, a number of visits, or "A x B". */
export function statesSessions(scan: QuantityScan): boolean {
  return scan.visits !== null || scan.perWeek !== null || scan.perMonth !== null;
}

const upper = (a: string | undefined, b: string | undefined): number | null => {
  const x = a === undefined ? NaN : Number(a);
  const y = b === undefined ? NaN : Number(b);
  const v = Number.isFinite(y) && y > x ? y : x;
  return Number.isFinite(v) ? v : null;
};

/** Exact product, or null (12.5 visits is not a number of visits). */
const product = (a: number | null, b: number | null): number | null => {
  if (a === null || b === null) return null;
  const p = Math.round(a * b * 1000) / 1000;
  return Number.isInteger(p) ? p : null;
};

const UNIT_NAMES: Readonly<Record<string, string>> = {
  µg: 'mcg', ug: 'mcg', gm: 'g', gram: 'g', grams: 'g', h: 'hr', hour: 'hr',
};
const unitName = (u: string): string => UNIT_NAMES[u] ?? u.replace(/\s+/g, '');

/** Reads one match and blanks it so later patterns do not read the same characters. */
class Cursor {
  constructor(public text: string) {}
  take(re: RegExp): RegExpExecArray | null {
    const m = re.exec(this.text);
    if (m === null) return null;
    this.text = this.text.slice(0, m.index) + ' '.repeat(m[0].length) + this.text.slice(m.index + m[0].length);
    return m;
  }
}

function readStrength(c: Cursor, scan: QuantityScan, drugNamed: boolean): void {
  const m = c.take(STRENGTH);
  if (m !== null) {
    const values = (m[1] ?? '').split(/\s*[/-]\s*/).map(Number).filter(Number.isFinite);
    const base = unitName(m[2] ?? '');
    const per = m[3] === undefined ? '' : `/${unitName(m[3])}`;
    scan.strength = m[0].trim();
    scan.strengthValues = values;
    scan.strengthUnit = base + per;
    return;
  }
  const ratio = drugNamed ? c.take(UNITLESS_RATIO) : null;
  if (ratio !== null) {
    scan.strength = ratio[0].trim();
    scan.strengthValues = [Number(ratio[1]), Number(ratio[2])].filter(Number.isFinite);
    scan.strengthUnit = null;
    return;
  }
  const size = c.take(SIZE);
  if (size !== null) {
    scan.strength = size[0].trim();
    scan.strengthValues = [Number(size[1])].filter(Number.isFinite);
    scan.strengthUnit = unitName(size[2] ?? '');
  }
}

function readDuration(unit: string, value: number | null, scan: QuantityScan): void {
  if (value === null || scan.weeks !== null || scan.months !== null) return;
  if (unit.startsWith('w')) scan.weeks = value;
  else if (unit.startsWith('m')) scan.months = value;
  else if (unit.startsWith('d') && value % 7 === 0) scan.weeks = value / 7;
}

/** Reads everything the text states. `text` is prepared text (see prepareText). */
export function scanQuantities(text: string, drugNamed: boolean): QuantityScan {
  const scan: QuantityScan = {
    strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null, visits: null,
    perWeek: null, weeks: null, perMonth: null, months: null, paren: null, leading: null, bareX: null,
  };
  if (!/\d/.test(text)) {
    if (WEEKLY.test(text)) scan.perWeek = 1;
    else if (MONTHLY.test(text)) scan.perMonth = 1;
    const none = /\bno\s+refills?\b/.test(text);
    if (none) scan.refills = 0;
    return scan;
  }
  const c = new Cursor(text);
  readStrength(c, scan, drugNamed);

  const refills = c.take(REFILLS);
  if (refills !== null) scan.refills = refills[3] === undefined ? upper(refills[1] ?? refills[2], undefined) : 0;

  c.take(PRODUCT_NUMBER);
  const hash = c.take(COUNT_HASH) ?? c.take(COUNT_QTY) ?? c.take(COUNT_PAREN) ?? c.take(COUNT_UNIT);
  if (hash !== null) scan.count = upper(hash[1], undefined);

  const perWeek = c.take(PER_WEEK);
  if (perWeek !== null) scan.perWeek = upper(perWeek[1], perWeek[2]);
  // After "per week" ("2 sessions per week" is a frequency), before "every" (VISITS refuses "1 session every").
  const visits = c.take(VISITS) ?? c.take(VISITS_AFTER);
  if (visits !== null) scan.visits = upper(visits[1], visits[2]);

  if (scan.perWeek === null) {
    const every = c.take(EVERY_N_WEEKS);
    const n = every === null ? NaN : every[1] !== undefined ? 2 : Number(every[2]);
    if (n > 0) scan.perWeek = Math.round(1000 / n) / 1000;
  }
  if (scan.perWeek === null) {
    const perMonth = c.take(PER_MONTH);
    if (perMonth !== null) scan.perMonth = upper(perMonth[1], perMonth[2]);
  }

  if (scan.perWeek === null && scan.perMonth === null) {
    const times = c.take(TIMES);
    if (times !== null) {
      scan.perWeek = upper(times[1], times[2]);
      const unit = times[5];
      if (unit === undefined) scan.weeks = upper(times[3], times[4]);
      else readDuration(unit, upper(times[3], times[4]), scan);
    }
  }

  const duration = c.take(DURATION);
  if (duration !== null) readDuration(duration[3] ?? '', upper(duration[1], duration[2]), scan);

  if (scan.perWeek === null && scan.perMonth === null) {
    if (c.take(WEEKLY) !== null) scan.perWeek = 1;
    else if (c.take(MONTHLY) !== null) scan.perMonth = 1;
  }

  const paren = c.take(PAREN);
  if (paren !== null) scan.paren = upper(paren[1], undefined);
  const lead = LEADING.exec(stripLeadingNoise(c.text));
  if (lead !== null) scan.leading = upper(lead[1], undefined);
  const bareX = c.take(BARE_X);
  if (bareX !== null) scan.bareX = upper(bareX[1], undefined);
  return scan;
}

/** Categories whose unlabelled numbers count visits or sessions (the rest count items dispensed). */
export function countsSessions(category: Category): boolean {
  return (
    category.startsWith('rehab.') ||
    category === 'psychological' ||
    category === 'evaluation-management' ||
    category === 'home-health' ||
    category === 'program' ||
    category === 'injection'
  );
}

/** The final Quantity for a category: unlabelled numbers become visits or a count. */
export function finishQuantity(scan: QuantityScan, category: Category, drug: string | null): Quantity {
  const statedVisits = scan.visits ?? product(scan.perWeek, scan.weeks) ?? product(scan.perMonth, scan.months);
  const unlabelled = scan.paren ?? scan.leading ?? scan.bareX;
  const sessions = countsSessions(category);
  return {
    drug,
    strength: scan.strength,
    strengthValues: scan.strengthValues,
    strengthUnit: scan.strengthUnit,
    count: sessions ? null : (scan.count ?? unlabelled),
    refills: scan.refills,
    visits: sessions ? (statedVisits ?? scan.count ?? unlabelled) : statedVisits,
    perWeek: scan.perWeek,
    weeks: scan.weeks,
  };
}
