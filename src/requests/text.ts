// Text preparation shared by every matcher: lower case, dates blanked, number words turned into digits,
// "twelve (12)" collapsed. Every later regex runs on this form, so none of them needs to know about
// spelling variants of numbers or about dates.

/** Requests longer than this are cut: item lines are short, and the cap bounds the work per call. */
export const MAX_REQUEST_LENGTH = 1000;

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Adverbs of frequency become "N times" so the frequency patterns see one shape. */
const ADVERBS: Readonly<Record<string, string>> = { once: '1 times', twice: '2 times', thrice: '3 times' };

const NUMBER_WORD =
  /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine)\b)?|(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(once|twice|thrice))\b/g;

// m/d/yy, m/d/yyyy, m-d-yyyy, yyyy-mm-dd, and m/yyyy: blanked so "10/12/2013" is never a strength (10/12)
// nor a frequency. Blanking (not deleting) keeps neighbouring tokens apart.
const DATE =
  /\b(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/(?:19|20)\d{2})\b(?!\s*(?:mg|mcg|ug|%))/g;

/** "twelve (12)" becomes "12 (12)" after number words, then "12". */
const REPEATED_NUMBER = /\b(\d{1,6})\s*\(\s*\1\s*\)/g;

function numberWord(_m: string, tens?: string, unit?: string, small?: string, adverb?: string): string {
  if (tens !== undefined) return String((TENS[tens] ?? 0) + (unit === undefined ? 0 : (UNITS[unit] ?? 0)));
  if (small !== undefined) return String(UNITS[small] ?? 0);
  return adverb === undefined ? _m : (ADVERBS[adverb] ?? _m);
}

/** Lower-cased request text with dates blanked, number words as digits and "N (N)" collapsed. */
export function prepareText(request: string): string {
  const cut = request.length > MAX_REQUEST_LENGTH ? request.slice(0, MAX_REQUEST_LENGTH) : request;
  let text = cut.toLowerCase();
  if (/\d[/-]\d/.test(text)) text = text.replace(DATE, (d) => ' '.repeat(d.length));
  text = text.replace(NUMBER_WORD, numberWord);
  if (text.includes('(')) text = text.replace(REPEATED_NUMBER, '$1');
  return text;
}

// Words that introduce an item line without being part of it ("Retrospective request for ...",
// "Associated surgical service: ...", "original request, ..."). Stripped only where a leading
// number matters ("6 additional ...").
const LEADING_NOISE =
  /^(?:[\s:,.;-]*\b(?:retrospective|retro|prospective|concurrent|requests?|requested|the|for|of|an?|associated|surgical|services?|original|remaining|imr|eligible|portion|dos)\b)+[\s:,.;-]*/;

export function stripLeadingNoise(text: string): string {
  return text.replace(LEADING_NOISE, '');
}

/** Word tokens (letters and digits) of prepared text; "c/s" gives ["c", "s"], "l5-s1" gives ["l5", "s1"]. */
export function tokenize(text: string): string[] {
  return text.match(/[a-z0-9]+/g) ?? [];
}
