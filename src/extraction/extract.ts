// The extractors: one tokenisation and one lexicon pass per text, regexes for numbers (ages, pain scores,
// counts, strengths), ConText for what each mention means, and evidence spans that are exact slices.
import type { Evidence, EvidenceSource, Fact, FactKind, Laterality } from '../core/index.ts';
import { ContextIndex } from './context.ts';
import { chronicity, findDates, parseClinicalDate, type DateMention } from './dates.ts';
import { DRUGS, FREQUENCIES, MED_FACTORS, methadoneFactor, type DrugEntry } from './drugs.ts';
import {
  ABERRANT_BEHAVIOR, BODY_PARTS, DIAGNOSES, ELECTRODIAGNOSTICS, FUNCTIONAL_IMPROVEMENT, HOME_EXERCISE, IMAGING,
  IMPROVED, LATERALITY, MECHANISMS, NEURO_DEFICITS, NO_BENEFIT, OBJECTIVE_FINDINGS, OPIOID_MONITORING, RED_FLAGS,
  SPECIAL_TESTS, SURGERIES, SYMPTOMS, TREATMENTS, UR_HISTORY, WORK_STATUS,
} from './lexicons.ts';
import { analyze, PhraseTrie, type Analyzed } from './text.ts';

export interface ExtractInput {
  readonly source: EvidenceSource;
  readonly text: string;
  readonly date?: string | null;
}

export interface ExtractContext {
  readonly dateOfInjury?: string | null;
  readonly referenceDate?: string | null;
}

type Group =
  | 'body' | 'diagnosis' | 'symptom' | 'finding' | 'neuro' | 'redflag' | 'test' | 'treatment' | 'surgery'
  | 'imaging' | 'edx' | 'mechanism' | 'monitoring' | 'aberrant' | 'work' | 'hep' | 'fi' | 'nobenefit'
  | 'improved' | 'ur' | 'drug';

interface LexValue {
  readonly group: Group;
  readonly canonical: string;
  readonly drug?: DrugEntry;
}

const LEXICON = new PhraseTrie<LexValue[]>();
{
  const byPhrase = new Map<string, LexValue[]>();
  const add = (phrase: string, v: LexValue): void => {
    const key = phrase.toLowerCase();
    const list = byPhrase.get(key) ?? [];
    if (!list.some((x) => x.group === v.group)) list.push(v);
    byPhrase.set(key, list);
  };
  const groups: [Group, Readonly<Record<string, readonly string[]>>][] = [
    ['body', BODY_PARTS], ['diagnosis', DIAGNOSES], ['symptom', SYMPTOMS], ['finding', OBJECTIVE_FINDINGS],
    ['neuro', NEURO_DEFICITS], ['redflag', RED_FLAGS], ['test', SPECIAL_TESTS], ['treatment', TREATMENTS],
    ['surgery', SURGERIES], ['imaging', IMAGING], ['edx', ELECTRODIAGNOSTICS], ['mechanism', MECHANISMS],
    ['monitoring', OPIOID_MONITORING], ['aberrant', ABERRANT_BEHAVIOR], ['work', WORK_STATUS], ['hep', HOME_EXERCISE],
    ['fi', FUNCTIONAL_IMPROVEMENT], ['nobenefit', NO_BENEFIT], ['improved', IMPROVED], ['ur', UR_HISTORY],
  ];
  for (const [group, lex] of groups) {
    for (const [canonical, phrases] of Object.entries(lex)) {
      add(canonical, { group, canonical });
      for (const p of phrases) add(p, { group, canonical });
    }
  }
  for (const [name, entry] of DRUGS) add(name, { group: 'drug', canonical: entry.generic, drug: entry });
  for (const [phrase, values] of byPhrase) LEXICON.add(phrase, values);
}

const BODY_TRIE = new PhraseTrie<LexValue>();
for (const [canonical, phrases] of Object.entries(BODY_PARTS)) {
  for (const p of [canonical, ...phrases]) BODY_TRIE.add(p, { group: 'body', canonical });
}

interface Hit {
  readonly v: LexValue;
  readonly t0: number;
  readonly t1: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** Per text: the analysis, lexicon hits by sentence, dates by sentence. */
interface Doc {
  readonly source: EvidenceSource;
  readonly text: string;
  readonly a: Analyzed;
  readonly ci: ContextIndex;
  readonly hits: readonly Hit[];
  readonly hitsBySentence: ReadonlyMap<number, Hit[]>;
  readonly dates: readonly DateMention[];
  readonly recordDate: string | null;
  readonly out: Fact[];
  /** Duration phrase of each sentence that has a drug, computed once. */
  readonly durations: Map<number, RegExpExecArray | null>;
}

const CONDITION_KINDS: ReadonlySet<FactKind> = new Set<FactKind>([
  'body-part', 'diagnosis', 'symptom', 'objective-finding', 'neurological-deficit', 'red-flag', 'special-test',
  'aberrant-behavior', 'functional-improvement', 'mechanism',
]);

const GROUP_KIND: Readonly<Partial<Record<Group, FactKind>>> = {
  body: 'body-part', diagnosis: 'diagnosis', symptom: 'symptom', finding: 'objective-finding',
  neuro: 'neurological-deficit', redflag: 'red-flag', test: 'special-test', treatment: 'prior-treatment',
  surgery: 'surgery', imaging: 'imaging', edx: 'electrodiagnostic', mechanism: 'mechanism',
  monitoring: 'opioid-monitoring', aberrant: 'aberrant-behavior', work: 'work-status', hep: 'home-exercise-program',
  fi: 'functional-improvement', nobenefit: 'no-benefit', ur: 'ur-history', drug: 'medication',
};

/** Kinds whose facts take the date written beside them (or the record's date). */
const DATED_KINDS: ReadonlySet<FactKind> = new Set<FactKind>([
  'imaging', 'electrodiagnostic', 'prior-treatment', 'surgery', 'ur-history', 'opioid-monitoring', 'work-status',
  'pain-score', 'medication', 'functional-improvement', 'no-benefit', 'aberrant-behavior',
]);

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20, 'twenty-four': 24, thirty: 30,
};
const NUM = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty-four|twenty|thirty)';

function toNumber(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = /^\d/.test(s) ? Number(s) : WORD_NUMBERS[s.toLowerCase()];
  return n === undefined || !Number.isFinite(n) ? null : n;
}

function evidence(doc: Doc, start: number, end: number): Evidence {
  const s = Math.max(0, Math.min(start, doc.text.length));
  const e = Math.max(s, Math.min(end, doc.text.length));
  return { source: doc.source, start: s, end: e, text: doc.text.slice(s, e) };
}

function tokenAt(doc: Doc, offset: number): number {
  // First token whose end is after offset (binary search).
  const toks = doc.a.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid];
    if (t !== undefined && t.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceAt(doc: Doc, offset: number): number {
  const t = doc.a.tokens[tokenAt(doc, offset)];
  return t?.sentence ?? Math.max(0, doc.a.sentences.length - 1);
}

function sentenceBounds(doc: Doc, sentence: number): { start: number; end: number } {
  const s = doc.a.sentences[sentence];
  return s === undefined ? { start: 0, end: doc.text.length } : { start: s.start, end: s.end };
}

/** How far (in characters) a date may sit from a mention in the same sentence to be its date. */
const DATE_REACH = 90;

function dateNear(doc: Doc, sentence: number, offset: number): string | null {
  const b = sentenceBounds(doc, sentence);
  let best: DateMention | null = null;
  let bestDist = Infinity;
  // Binary search to the first date at or after the sentence start.
  let lo = 0;
  let hi = doc.dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.dates[mid]?.start ?? Infinity) < b.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.dates.length; i += 1) {
    const d = doc.dates[i];
    if (d === undefined || d.start >= b.end) break;
    const dist = Math.abs(d.start - offset);
    if (dist > DATE_REACH) continue;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best?.iso ?? null;
}

function push(
  doc: Doc,
  kind: FactKind,
  value: string | number | boolean,
  span: { start: number; end: number; t0: number; t1: number },
  attributes: Record<string, string | number | boolean | null> = {},
  extraEvidence: readonly Evidence[] = [],
  fixed?: Pick<Fact, 'polarity' | 'temporality'>,
): Fact {
  const ctx: Pick<Fact, 'polarity' | 'temporality'> & { triggers?: string[] } =
    fixed ?? doc.ci.classify(span.t0, span.t1, CONDITION_KINDS.has(kind) ? 'conditions' : 'events', true);
  const sentence = doc.a.tokens[span.t0]?.sentence ?? 0;
  const date = DATED_KINDS.has(kind) ? (dateNear(doc, sentence, span.start) ?? doc.recordDate) : null;
  // The ConText triggers that changed the meaning ("negation:no documentation of"), for explanations and audit.
  const triggers = ctx.triggers !== undefined && ctx.triggers.length > 0 ? { context: ctx.triggers.join('; ') } : {};
  const fact: Fact = {
    kind,
    value,
    attributes: { ...attributes, ...triggers },
    polarity: ctx.polarity,
    temporality: ctx.temporality,
    date,
    evidence: [evidence(doc, span.start, span.end), ...extraEvidence],
  };
  doc.out.push(fact);
  return fact;
}

function spanOfTokens(doc: Doc, t0: number, t1: number): { start: number; end: number; t0: number; t1: number } {
  const a = doc.a.tokens[t0];
  const b = doc.a.tokens[Math.max(t0, t1 - 1)];
  return { start: a?.start ?? 0, end: b?.end ?? 0, t0, t1 };
}

function spanOfChars(doc: Doc, start: number, end: number): { start: number; end: number; t0: number; t1: number } {
  const t0 = tokenAt(doc, start);
  const t1 = Math.max(t0 + 1, tokenAt(doc, end));
  return { start, end, t0, t1 };
}

// ---------------------------------------------------------------------------------------------------------
// Regex-based kinds: age, sex, date of injury, pain scores, stated MED.

const AGE = /\b(\d{1,3})\s*-?\s*(?:years?|yrs?|yo?)\s*-?\s*old\b|\b(\d{1,3})\s*(?:y\/o|yo|y\.o\.)(?![A-Za-z0-9])|\bage(?:d)?\s*(?:of\s*)?:?\s*(\d{1,3})\b|\b(\d{1,3})\s+years?\s+of\s+age\b/gi;
// The age regex runs only around these words, so text full of numbers stays linear and fast.
const AGE_ANCHOR = /old\b|\by\.?\/?o\b|\bage/gi;
const SEX = /\b(male|female|man|woman|gentleman|lady)\b/gi;

function extractAgeSex(doc: Doc): void {
  const ages: number[] = [];
  let done = 0;
  AGE_ANCHOR.lastIndex = 0;
  for (let a = AGE_ANCHOR.exec(doc.text); a !== null; a = AGE_ANCHOR.exec(doc.text)) {
    const from = Math.max(done, a.index - 24);
    const windowText = doc.text.slice(from, a.index + 24);
    AGE.lastIndex = 0;
    for (let m = AGE.exec(windowText); m !== null; m = AGE.exec(windowText)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (end <= done) continue;
      const n = toNumber(m[1] ?? m[2] ?? m[3] ?? m[4]);
      if (n === null || n < 10 || n > 110) continue;
      done = end;
      ages.push(end);
      push(doc, 'age', n, spanOfChars(doc, start, end), {}, [], { polarity: 'affirmed', temporality: 'current' });
    }
  }
  const sexes: { start: number; end: number; value: string; nearAge: boolean; strong: boolean }[] = [];
  SEX.lastIndex = 0;
  let ageIndex = 0;
  for (let m = SEX.exec(doc.text); m !== null; m = SEX.exec(doc.text)) {
    const w = (m[1] ?? '').toLowerCase();
    const value = w === 'male' || w === 'man' || w === 'gentleman' ? 'male' : 'female';
    const at = m.index;
    while (ageIndex < ages.length && (ages[ageIndex] ?? Infinity) < at - 25) ageIndex += 1;
    const nearAge = ageIndex < ages.length && (ages[ageIndex] ?? Infinity) <= at;
    sexes.push({ start: m.index, end: m.index + m[0].length, value, nearAge, strong: w === 'male' || w === 'female' });
  }
  const keep = sexes.some((s) => s.nearAge) ? sexes.filter((s) => s.nearAge) : sexes.filter((s) => s.strong).slice(0, 3);
  for (const s of keep) {
    push(doc, 'sex', s.value, spanOfChars(doc, s.start, s.end), {}, [], { polarity: 'affirmed', temporality: 'current' });
  }
}

const INJURY_CUE = /(date of injury|\bd\.?o\.?i\b\.?|\binjur(?:y|ies|ed)\b(?!\s+(?:worker|employee|patient|party|workers))|\bindustrial\b|\boccupational\b|\bclaim\b|\baccident\b|\bcumulative trauma\b|\bwork[- ]related\b)(?:(?!\b(?:surgery|mri|ct|x-?rays?|emg|underwent|visit|evaluation|examination|exam|report|seen|evaluated|examined|follow-up|progress|note|appointment|presented)\b)[^\n.;])*$/i;

const INJURY_AFTER = /^\s*\)?\s*(?:date of injury|\(?DOI\)?|industrial injury|work[- ]related injury|injury)\b/i;
const INJURY_QUICK = /injur|d\.?o\.?i|industrial|occupational|claim|accident|trauma|work/i;

function extractDateOfInjury(doc: Doc, ctx: ExtractContext): void {
  for (const d of doc.dates) {
    const sentence = sentenceAt(doc, d.start);
    const b = sentenceBounds(doc, sentence);
    const from = Math.max(b.start, d.start - 90);
    const prefix = doc.text.slice(from, d.start);
    const suffix = INJURY_AFTER.exec(doc.text.slice(d.end, Math.min(b.end, d.end + 30)));
    const m = INJURY_QUICK.test(prefix) ? INJURY_CUE.exec(prefix) : null;
    if (m === null && suffix === null) continue;
    const start = m !== null ? from + m.index : d.start;
    const end = m !== null ? d.end : d.end + (suffix?.[0].length ?? 0);
    const reference = ctx.referenceDate ?? null;
    const c = chronicity(d.iso, reference);
    const attributes: Record<string, string | number | null> = c === null
      ? { chronicity: null }
      : { chronicity: c.phase, daysSinceInjury: c.days, weeksSinceInjury: c.weeks, monthsSinceInjury: c.months };
    push(doc, 'date-of-injury', d.iso, spanOfChars(doc, start, end), attributes, [], { polarity: 'affirmed', temporality: 'historical' });
  }
}

const SCORE = '(\\d{1,2}(?:\\.\\d)?)(?:\\s*(?:-|to)\\s*(\\d{1,2}(?:\\.\\d)?))?';
const OUT_OF_10 = '(?:\\s*(?:\\/\\s*10|out\\s+of\\s+10)\\b|\\s+on\\s+(?:a|the)\\s+(?:10[- ]point|0\\s*(?:-|to)\\s*10|1\\s*(?:-|to)\\s*10)(?:\\s+(?:pain|visual analog|numeric))?\\s+scale\\b|\\s+on\\s+(?:a|the)\\s+scale\\s+of\\s+(?:0|1|one|zero)\\s*(?:-|to)\\s*(?:10|ten)\\b)';
const PAIN_FROM_TO = new RegExp(`\\bfrom\\s+(?:a\\s+)?${SCORE}(?:${OUT_OF_10})?\\s+(?:down\\s+)?to\\s+(?:a\\s+)?${SCORE}${OUT_OF_10}`, 'gi');
const PAIN_SINGLE = new RegExp(`(?<![\\d/.])${SCORE}${OUT_OF_10}`, 'gi');
const PAIN_PERCENT = /\b(\d{1,3})\s*(?:%|percent)\s+(?:(?:pain|overall|symptom|symptomatic)\s+)?(relief|improvement|reduction|decrease|benefit|pain relief|pain reduction)|\b(?:relief|improvement|reduction)\s+(?:of\s+)?(?:about\s+|approximately\s+|at least\s+)?(\d{1,3})\s*(?:%|percent)/gi;
const WITH_MEDS_AFTER = /^\s*,?\s*(with(?:out)?)\s+(?:the\s+|his\s+|her\s+)?(?:medications?|meds|opioids?|pain medications?)\b/i;
const WITH_MEDS = /\b(with(?:out)?)\s+(?:the\s+|his\s+|her\s+)?(?:medications?|meds|opioids?|pain medications?)\b[^.;]{0,25}$/i;

function scoreOf(a: string | undefined, b: string | undefined): number | null {
  const x = a === undefined ? NaN : Number(a);
  if (!Number.isFinite(x) || x > 10) return null;
  if (b === undefined) return x;
  const y = Number(b);
  if (!Number.isFinite(y) || y > 10) return x;
  return (x + y) / 2;
}

function extractPain(doc: Doc): void {
  const covered: [number, number][] = [];
  PAIN_FROM_TO.lastIndex = 0;
  for (let m = PAIN_FROM_TO.exec(doc.text); m !== null; m = PAIN_FROM_TO.exec(doc.text)) {
    const before = scoreOf(m[1], m[2]);
    const after = scoreOf(m[3], m[4]);
    if (before === null || after === null) continue;
    const end = m.index + m[0].length;
    covered.push([m.index, end]);
    const span = spanOfChars(doc, m.index, end);
    const treatment = treatmentNear(doc, doc.a.tokens[span.t0]?.sentence ?? 0, span.t0, span.t1);
    push(doc, 'pain-score', after, span, { scale: 'nrs-10', before, after, change: after - before, treatment }, [], {
      polarity: 'affirmed', temporality: 'current',
    });
  }
  PAIN_SINGLE.lastIndex = 0;
  let c = 0; // both lists are in text order: walk them together
  for (let m = PAIN_SINGLE.exec(doc.text); m !== null; m = PAIN_SINGLE.exec(doc.text)) {
    const at = m.index;
    while (c < covered.length && (covered[c]?.[1] ?? Infinity) <= at) c += 1;
    const cov = covered[c];
    if (cov !== undefined && at >= cov[0] && at < cov[1]) continue;
    const v = scoreOf(m[1], m[2]);
    if (v === null) continue;
    const end = at + m[0].length;
    const sentence = sentenceAt(doc, at);
    const pre = doc.text.slice(Math.max(sentenceBounds(doc, sentence).start, at - 60), at);
    const post = doc.text.slice(end, Math.min(sentenceBounds(doc, sentence).end, end + 40));
    const w = WITH_MEDS_AFTER.exec(post) ?? WITH_MEDS.exec(pre);
    const attributes: Record<string, string | number | null> = { scale: 'nrs-10' };
    if (w?.[1] !== undefined) attributes['condition'] = w[1].toLowerCase() === 'with' ? 'with medication' : 'without medication';
    const span = spanOfChars(doc, at, end);
    const ctx = doc.ci.classify(span.t0, span.t1, 'conditions');
    push(doc, 'pain-score', v, span, attributes, [], { polarity: 'affirmed', temporality: ctx.temporality });
  }
  PAIN_PERCENT.lastIndex = 0;
  for (let m = PAIN_PERCENT.exec(doc.text); m !== null; m = PAIN_PERCENT.exec(doc.text)) {
    const n = toNumber(m[1] ?? m[3]);
    if (n === null || n > 100) continue;
    const span = spanOfChars(doc, m.index, m.index + m[0].length);
    const treatment = treatmentNear(doc, doc.a.tokens[span.t0]?.sentence ?? 0, span.t0, span.t1);
    push(doc, 'pain-score', n, span, { scale: 'percent-relief', reliefPercent: n, treatment });
  }
}

const MED_STATED = /\b(?:MED|MME|morphine[- ]equivalent(?:\s+daily)?(?:\s+dos(?:e|age))?|morphine milligram equivalents?)\s*(?:of|is|was|=|:|at)?\s*(?:approximately\s+|about\s+|around\s+)?(\d{1,4}(?:\.\d+)?)|(\d{1,4}(?:\.\d+)?)\s*(?:mg\s*)?(?:MED|MME|morphine[- ]equivalents?)\b/g;

function extractStatedMed(doc: Doc): void {
  MED_STATED.lastIndex = 0;
  for (let m = MED_STATED.exec(doc.text); m !== null; m = MED_STATED.exec(doc.text)) {
    const n = Number(m[1] ?? m[2]);
    if (!Number.isFinite(n)) continue;
    push(doc, 'morphine-equivalent-dose', n, spanOfChars(doc, m.index, m.index + m[0].length), { computed: false, unit: 'mg/day' });
  }
}

const MOTOR_GRADE = /\b(?:motor(?:\s+(?:power|strength))?|strength|power)\b[^.;]{0,40}?(?<![\d.])([0-5])\s*([+-])?\s*(?:\/|over|out of)\s*5\b|(?<![\d.\/])([0-5])\s*([+-])?\s*(?:\/|over|out of)\s*5\s+(?:strength|motor|power|weakness)/gi;

/** Motor strength graded below 5/5 is weakness on examination ("motor power was 4+ over 5", "5-/5"). */
function extractMotorGrade(doc: Doc): void {
  MOTOR_GRADE.lastIndex = 0;
  for (let m = MOTOR_GRADE.exec(doc.text); m !== null; m = MOTOR_GRADE.exec(doc.text)) {
    const grade = Number(m[1] ?? m[3]);
    const sign = m[2] ?? m[4] ?? '';
    if (!Number.isFinite(grade) || (grade === 5 && sign !== '-')) continue;
    const gradeText = `${grade}${sign}/5`;
    push(doc, 'neurological-deficit', 'weakness', spanOfChars(doc, m.index, m.index + m[0].length), { grade: gradeText, motorGrade: grade + (sign === '-' ? -0.25 : sign === '+' ? 0.25 : 0) }, [], {
      polarity: 'affirmed',
      temporality: 'current',
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Lexicon-based kinds.

const INJURY_SENTENCE = /injur|mechanism|sustained|while\s+(?:working|at work|performing|lifting|carrying|pushing|pulling)|accident|claim|occurred|when\s+(?:he|she)/i;

const PAIRED_PLURALS: ReadonlySet<string> = new Set(['knees', 'shoulders', 'wrists', 'hands', 'hips', 'ankles', 'elbows', 'feet', 'legs', 'arms', 'forearms', 'extremities']);

function laterality(doc: Doc, h: Hit): { side: Laterality | null; t0: number; t1: number } {
  let side: Laterality | null = null;
  let t0 = h.t0;
  let t1 = h.t1;
  for (let k = h.t0 - 1; k >= Math.max(0, h.t0 - 3); k -= 1) {
    const t = doc.a.tokens[k];
    if (t === undefined || t.sentence !== h.sentence) break;
    const s = LATERALITY[t.norm];
    if (s !== undefined) {
      side = s;
      t0 = k;
      break;
    }
  }
  const next = doc.a.tokens[h.t1];
  if (side === null && next !== undefined && next.sentence === h.sentence && (next.norm === 'bilaterally' || next.norm === 'bilateral')) {
    side = 'bilateral';
    t1 = h.t1 + 1;
  }
  if (side === null && PAIRED_PLURALS.has(doc.a.tokens[h.t1 - 1]?.norm ?? '')) side = 'bilateral';
  return { side, t0, t1 };
}

function nearest(doc: Doc, h: Hit, groups: readonly Group[], maxTokens = 12): Hit | null {
  const list = doc.hitsBySentence.get(h.sentence) ?? [];
  let best: Hit | null = null;
  let bestDist = Infinity;
  for (const o of list) {
    if (o === h || !groups.includes(o.v.group)) continue;
    const dist = o.t0 >= h.t1 ? o.t0 - h.t1 : h.t0 - o.t1 + 0.5; // prefer what follows ("MRI of the knee")
    if (dist >= 0 && dist < bestDist && dist <= maxTokens) {
      best = o;
      bestDist = dist;
    }
  }
  return best;
}

/** The treatment, drug or surgery a response speaks about: the closest one in the sentence, preferring one before. */
function treatmentNear(doc: Doc, sentence: number, t0: number, t1: number): string | null {
  let best: Hit | null = null;
  let bestDist = Infinity;
  for (const o of doc.hitsBySentence.get(sentence) ?? []) {
    if (o.v.group !== 'treatment' && o.v.group !== 'drug' && o.v.group !== 'surgery') continue;
    const dist = o.t1 <= t0 ? t0 - o.t1 : o.t0 >= t1 ? o.t0 - t1 + 0.5 : Infinity;
    if (dist < bestDist) {
      best = o;
      bestDist = dist;
    }
  }
  return best?.v.canonical ?? null;
}

const BACK_VERBS = new Set(['went', 'go', 'goes', 'going', 'came', 'come', 'comes', 'coming', 'called', 'call', 'get', 'got', 'getting', 'brought', 'bring', 'sent', 'send', 'step', 'stepped', 'looked', 'look', 'cut', 'cutting', 'paid', 'pay', 'turned', 'moved', 'fell', 'falls', 'get']);

/** "went back", "called back", "back and forth": the word "back" that is not the body part. */
function isBackParticle(doc: Doc, h: Hit): boolean {
  if (doc.a.tokens[h.t0]?.norm !== 'back') return false;
  const prev = doc.a.tokens[h.t0 - 1];
  const next = doc.a.tokens[h.t1];
  if (prev !== undefined && prev.sentence === h.sentence && BACK_VERBS.has(prev.norm)) return true;
  return next !== undefined && next.sentence === h.sentence && (next.norm === 'forth' || (next.norm === 'and' && doc.a.tokens[h.t1 + 1]?.norm === 'forth'));
}

/** A body part named inside a longer phrase ("lumbar fusion"). */
function bodyWithin(doc: Doc, h: Hit): { v: LexValue } | null {
  for (let k = h.t0; k < h.t1; k += 1) {
    const m = BODY_TRIE.matchAt(doc.a, k);
    if (m !== null && m.end <= h.t1) return { v: m.value };
  }
  return null;
}

const COUNT_BEFORE = new RegExp(`(?:\\(|\\b)${NUM}\\)?\\s+(?:(?:additional|prior|previous|completed|authorized|total|approved|certified|more|visits?\\s+of|sessions?\\s+of|treatments?\\s+of)\\s+)*(?:(?:sessions?|visits?|treatments?|courses?)\\s+(?:of\\s+)?(?:the\\s+)?)?$`, 'i');
const COUNT_AFTER = new RegExp(`^\\s*(?:(?:x|times|for|of|to|totaling|totalling|\\()\\s*)${NUM}\\b\\s*(sessions?|visits?|treatments?)?|^\\s*(?:sessions?|visits?|treatments?)\\s*(?:x|times|totaling|\\()?\\s*${NUM}\\b|^\\s*${NUM}\\s*(?:sessions?|visits?|treatments?)\\b`, 'i');
const UNIT_AFTER = /^\s*(?:sessions?|visits?|treatments?)\b/i;

// "2 times a week for 3 weeks", "2x3", "x 2 weeks": visits = per week x weeks.
const PER_WEEK = /^\s*(?:\(\s*)?(?:for\s+)?(\d{1,2})\s*(?:x|times)\s*(?:(?:a|per|\/)\s*(?:week|wk)\s*)?(?:x|for|times)?\s*(\d{1,2})\s*(?:weeks?|wks?)?\b/i;

function treatmentCount(doc: Doc, h: Hit): { count: number | null; start: number; end: number; perWeek?: number; weeks?: number } {
  const b = sentenceBounds(doc, h.sentence);
  const pre = doc.text.slice(Math.max(b.start, h.start - 60), h.start);
  const post = doc.text.slice(h.end, Math.min(b.end, h.end + 40));
  const pw = PER_WEEK.exec(post);
  if (pw?.[1] !== undefined && pw[2] !== undefined) {
    const perWeek = Number(pw[1]);
    const weeks = Number(pw[2]);
    if (perWeek > 0 && perWeek <= 7 && weeks > 0 && weeks <= 52) return { count: perWeek * weeks, start: h.start, end: h.end + pw[0].length, perWeek, weeks };
  }
  const mb = COUNT_BEFORE.exec(pre);
  if (mb?.[1] !== undefined) {
    const n = toNumber(mb[1]);
    const hasUnit = /sessions?|visits?|treatments?|courses?/i.test(mb[0]) || UNIT_AFTER.test(post) || /sessions?|visits?|treatments?$/i.test(doc.text.slice(h.start, h.end));
    if (n !== null && n > 0 && n <= 200 && hasUnit) {
      const start = h.start - pre.length + mb.index;
      const u = UNIT_AFTER.exec(post);
      return { count: n, start, end: u !== null ? h.end + u[0].length : h.end };
    }
  }
  const ma = COUNT_AFTER.exec(post);
  if (ma !== null) {
    const n = toNumber(ma[1] ?? ma[3] ?? ma[4]);
    const hasUnit = ma[2] !== undefined || /x|times|sessions?|visits?|treatments?/i.test(ma[0]);
    if (n !== null && n > 0 && n <= 200 && hasUnit) return { count: n, start: h.start, end: h.end + ma[0].length };
  }
  return { count: null, start: h.start, end: h.end };
}

function response(doc: Doc, h: Hit): { value: 'improved' | 'no benefit' | 'worse' | null; hit: Hit | null } {
  const list = doc.hitsBySentence.get(h.sentence) ?? [];
  const candidates = list.filter((o) => o.v.group === 'nobenefit' || o.v.group === 'improved' || o.v.group === 'fi');
  const after = candidates.find((o) => o.t0 >= h.t1);
  const before = [...candidates].reverse().find((o) => o.t1 <= h.t0 && h.t0 - o.t1 <= 12);
  const r = after ?? before ?? null;
  if (r === null) return { value: null, hit: null };
  if (r.v.group === 'nobenefit') return { value: r.v.canonical === 'worse' ? 'worse' : 'no benefit', hit: r };
  // "without documentation of functional improvement" is a response too: the lack of one.
  const negated = doc.ci.classify(r.t0, r.t1, 'conditions').polarity === 'negated';
  return { value: negated ? 'no benefit' : 'improved', hit: r };
}

const FINDING_CUE = /\b(showed|shows|showing|revealed|reveals|revealing|demonstrated|demonstrates|demonstrating|noted|significant for|consistent with|read as|indicated|indicating|positive for|negative for|(?:was|were|is|are)(?:\s+also)?\s+(?:normal|negative|unremarkable|within normal limits))\b/i;
const NORMAL_RESULT = /\b(normal|unremarkable|negative|no (?:significant|acute|evidence|abnormalit)|within normal limits)/i;

const TRAILING_JOIN = /(?<![\p{L}\p{N}])(?:and|or|an?|the|with|of|then)$/iu;

function studyResult(doc: Doc, h: Hit): { finding: Evidence | null; result: 'normal' | 'abnormal' | null } {
  const b = sentenceBounds(doc, h.sentence);
  // The finding runs to the sentence end or to the next study named in it ("X-rays showed A and an MRI showed B").
  const next = (doc.hitsBySentence.get(h.sentence) ?? []).find((o) => o.t0 >= h.t1 && (o.v.group === 'imaging' || o.v.group === 'edx'));
  const stop = next !== undefined ? next.start : b.end;
  const tail = doc.text.slice(h.end, Math.min(stop, h.end + 400));
  const m = FINDING_CUE.exec(tail);
  if (m === null) return { finding: null, result: null };
  const start = h.end + m.index;
  let end = h.end + tail.length;
  // Trim trailing spaces, punctuation and joining words ("... and an" before the next study).
  for (;;) {
    while (end > start && /[\s.,;:(]/.test(doc.text.charAt(end - 1))) end -= 1;
    const w = TRAILING_JOIN.exec(doc.text.slice(Math.max(start, end - 8), end));
    if (w === null || end - w[0].length <= start) break;
    end -= w[0].length;
  }
  const ev = evidence(doc, start, end);
  const firstPart = ev.text.slice(0, 80);
  return { finding: ev, result: NORMAL_RESULT.test(firstPart) && !/\bbut\b|\bexcept\b|\bmild\b|\bmoderate\b|\bsevere\b/i.test(firstPart) ? 'normal' : 'abnormal' };
}

const STRENGTH = /^\s*(?:\((?:[^()]{1,25})\)\s*)?(?:(?:er|cr|xr|sr|ir|ds|la|xl|odt|hcl|hydrochloride|sodium|bitartrate|tartrate|sulfate|citrate|apap|acetaminophen|extended release|patch|tablets?|tabs?|capsules?|caps?)[\s,]+)*(\d+(?:\.\d+)?)(?:\s*(\/|-)\s*(\d+(?:\.\d+)?))?\s*((?:mcg|ug|\u00b5g|\u03bcg)\s*\/\s*h(?:rs?|ours?)?|mcg|mg|g|%|ml)?(?![\p{L}\p{N}])/iu;
const QUANTITY = /#\s*(\d{1,4})|\b(?:quantity|qty)\s*:?\s*(\d{1,4})/i;
const FREQ_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(FREQUENCIES)
    .sort((x, y) => y.length - x.length)
    .map((k) => k.split(' ').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\-/]*'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const PRN = /\b(prn|as needed)\b/i;
const DURATION = new RegExp(`\\b(?:for|since|over|x)\\s+(?:the\\s+(?:past|last)\\s+)?(?:at least\\s+|approximately\\s+|about\\s+|over\\s+|more than\\s+)?(${NUM.slice(1, -1)}|several|many)\\s+(days?|weeks?|months?|years?)\\b|\\b(since\\s+(?:\\d{4}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}))|\\b(long[- ]term|chronically|chronic use|ongoing use)\\b`, 'i');

function normalizeFreq(s: string): string {
  return s.toLowerCase().replace(/[\s\-/]+/g, ' ');
}

const PER_DAY = /\b(\d{1,2})(?:\s*(?:-|to)\s*(\d{1,2}))?\s*(?:tablets?|tabs?|pills?|capsules?|caps?|times|x)?\s*(?:per|a|each|\/)\s*day\b/i;
const EVERY_HOURS = /\b(?:q|every)\s*(\d{1,2})(?:\s*(?:-|to)\s*(\d{1,2}))?\s*(?:h|hr|hrs|hours?)\b/i;

/** Doses a day from a sig: "6 per day" and "1-2 a day" (the most), "q4-6h" and "every 72 hrs" (the shortest interval), "bid". */
function frequency(tail: string): { text: string; perDay: number | null; end: number; perDose: boolean } | null {
  const candidates: { index: number; text: string; perDay: number | null; perDose: boolean }[] = [];
  const p = PER_DAY.exec(tail);
  if (p?.[1] !== undefined) candidates.push({ index: p.index, text: p[0], perDay: Math.max(Number(p[1]), Number(p[2] ?? 0)), perDose: false });
  const e = EVERY_HOURS.exec(tail);
  if (e?.[1] !== undefined && Number(e[1]) > 0) candidates.push({ index: e.index, text: e[0], perDay: 24 / Number(e[1]), perDose: true });
  const f = FREQ_RE.exec(tail);
  if (f?.[1] !== undefined) candidates.push({ index: f.index, text: f[1], perDay: FREQUENCIES[normalizeFreq(f[1])] ?? null, perDose: true });
  candidates.sort((x, y) => x.index - y.index);
  const c = candidates[0];
  return c === undefined ? null : { text: c.text, perDay: c.perDay, end: c.index + c.text.length, perDose: c.perDose };
}

const UNITS_PER_DOSE = /\b(\d{1,2})(?:\s*(?:-|to)\s*(\d{1,2}))?\s*(?:tablets?|tabs?|pills?|capsules?|caps?|patch(?:es)?)\b(?![\s\S]*\b\d{1,2}\s*(?:tablets?|tabs?|pills?|capsules?|caps?)\b)/i;

function extractMedication(doc: Doc, h: Hit, nextDrugStart: number): void {
  const entry = h.v.drug;
  if (entry === undefined) return;
  const b = sentenceBounds(doc, h.sentence);
  const limit = Math.min(b.end, h.end + 90, nextDrugStart);
  const tail = doc.text.slice(h.end, limit);
  let end = h.end;
  const attributes: Record<string, string | number | boolean | null> = { generic: entry.generic, drugClass: entry.drugClass };
  const s = STRENGTH.exec(tail);
  let strength: number | null = null;
  let unit: string | null = null;
  // "10/325" or "10-325mg": a combination product; a dash only when the second number is the acetaminophen
  // or ibuprofen part (100 or more), so "1-2 per day" is not read as a strength.
  const combo = s?.[3] !== undefined && (s[2] === '/' || Number(s[3]) >= 100);
  if (s?.[1] !== undefined && (s[4] !== undefined || combo)) {
    strength = Number(s[1]);
    unit = s[4] !== undefined ? s[4].toLowerCase().replace(/\s+/g, '') : 'mg';
    if (/\/h/.test(unit)) unit = 'mcg/hr';
    attributes['strength'] = strength;
    attributes['unit'] = unit;
    if (combo && s[3] !== undefined) attributes['secondStrength'] = Number(s[3]);
    end = h.end + s[0].length;
  }
  const q = QUANTITY.exec(tail);
  if (q !== null) {
    attributes['quantity'] = Number(q[1] ?? q[2]);
    end = Math.max(end, h.end + q.index + q[0].length);
  }
  const f = frequency(tail);
  let perDay = f?.perDay ?? null;
  if (f !== null) {
    attributes['frequency'] = f.text;
    attributes['dosesPerDay'] = perDay;
    end = Math.max(end, h.end + f.end);
    // "1-2 tablets every 4-6 hours": units per dose (the most) multiply the doses a day.
    const u = f.perDose ? UNITS_PER_DOSE.exec(tail.slice(0, f.end)) : null;
    if (u?.[1] !== undefined && perDay !== null) {
      const units = Math.max(Number(u[1]), Number(u[2] ?? 0));
      if (units > 0 && units <= 10) {
        attributes['unitsPerDose'] = units;
        perDay *= units;
      }
    }
  }
  const p = PRN.exec(tail);
  if (p !== null) {
    attributes['prn'] = true;
    end = Math.max(end, h.end + p.index + p[0].length);
  }
  let dur = doc.durations.get(h.sentence);
  if (dur === undefined) {
    dur = DURATION.exec(doc.text.slice(b.start, b.end));
    doc.durations.set(h.sentence, dur);
  }
  const extra: Evidence[] = [];
  if (dur !== null) {
    attributes['duration'] = dur[0].trim();
    const ds = b.start + dur.index;
    if (ds >= end || ds + dur[0].length <= h.start) extra.push(evidence(doc, ds, ds + dur[0].length));
  }
  const fact = push(doc, 'medication', entry.generic, { ...spanOfTokens(doc, h.t0, h.t1), end: Math.max(end, h.end) }, attributes, extra);
  // Morphine equivalents computed from the drug and dose.
  if (entry.drugClass !== 'opioid' || strength === null) return;
  let med: number | null = null;
  let factor: number | null = null;
  if (entry.generic === 'fentanyl' && unit === 'mcg/hr') {
    factor = MED_FACTORS['fentanyl'] ?? null;
    med = factor === null ? null : strength * factor;
  } else if (unit === 'mg' && perDay !== null) {
    const daily = strength * perDay;
    factor = entry.generic === 'methadone' ? methadoneFactor(daily) : (MED_FACTORS[entry.generic] ?? null);
    med = factor === null ? null : daily * factor;
  }
  if (med === null || factor === null) return;
  doc.out.push({
    kind: 'morphine-equivalent-dose',
    value: Math.round(med * 10) / 10,
    attributes: { computed: true, drug: entry.generic, factor, unitsPerDay: perDay, unit: 'mg/day', basis: 'most the sig allows', factorSource: 'CDC 2016 MME table [R]' },
    polarity: fact.polarity,
    temporality: fact.temporality,
    date: fact.date,
    evidence: fact.evidence.slice(0, 1),
  });
}

const URINE_RESULT = /^[^.;]{0,80}?\b(consistent|inconsistent|appropriate|positive|negative)\b/i;

function extractLexical(doc: Doc): void {
  const drugHits = doc.hits.filter((h) => h.v.group === 'drug');
  let drugIndex = 0;
  for (const h of doc.hits) {
    const kind = GROUP_KIND[h.v.group];
    if (kind === undefined) continue;
    const span = spanOfTokens(doc, h.t0, h.t1);
    switch (h.v.group) {
      case 'body': {
        if (h.v.canonical === 'lumbar spine' && h.t1 - h.t0 === 1 && h.start < doc.text.length && isBackParticle(doc, h)) break;
        const l = laterality(doc, h);
        push(doc, kind, h.v.canonical, spanOfTokens(doc, l.t0, l.t1), { laterality: l.side });
        break;
      }
      case 'mechanism': {
        const b = sentenceBounds(doc, h.sentence);
        if (!INJURY_SENTENCE.test(doc.text.slice(b.start, b.end))) break;
        push(doc, kind, h.v.canonical, span);
        break;
      }
      case 'test': {
        const b = sentenceBounds(doc, h.sentence);
        const pre = doc.text.slice(Math.max(b.start, h.start - 40), h.start);
        const post = doc.text.slice(h.end, Math.min(b.end, h.end + 120));
        const ctx = doc.ci.classify(h.t0, h.t1, 'conditions');
        // The result word that follows ("... were negative bilaterally") or precedes ("positive Tinel's").
        const after = /^[^.;:]*?(?:\b(positive|negative|normal)\b|(\(\+\)|\+(?![\d\s]*\/)))/i.exec(post);
        const before = /\b(positive|negative)\b[^.;:]*$|(\+)\s*$/i.exec(pre);
        const word = (after?.[1] ?? (after?.[2] !== undefined ? 'positive' : undefined) ?? before?.[1] ?? (before?.[2] !== undefined ? 'positive' : undefined))?.toLowerCase();
        const result = word === 'positive' ? 'positive' : word === 'negative' || word === 'normal' ? 'negative' : ctx.polarity === 'negated' ? 'negative' : null;
        const l = laterality(doc, h);
        push(doc, kind, h.v.canonical, span, { result, laterality: l.side }, [], {
          polarity: result === 'positive' ? 'affirmed' : result === 'negative' ? 'negated' : ctx.polarity,
          temporality: ctx.temporality,
        });
        break;
      }
      case 'treatment': {
        const c = treatmentCount(doc, h);
        const r = response(doc, h);
        const extra = r.hit !== null ? [evidence(doc, r.hit.start, r.hit.end)] : [];
        const l = nearest(doc, h, ['body'], 6);
        push(doc, kind, h.v.canonical, { ...span, start: Math.min(span.start, c.start), end: Math.max(span.end, c.end) }, {
          count: c.count,
          ...(c.perWeek !== undefined && c.weeks !== undefined ? { perWeek: c.perWeek, weeks: c.weeks } : {}),
          response: r.value,
          bodyPart: l?.v.canonical ?? null,
        }, extra);
        break;
      }
      case 'surgery': {
        const bp = bodyWithin(doc, h) ?? nearest(doc, h, ['body'], 8);
        push(doc, kind, h.v.canonical, span, { bodyPart: bp?.v.canonical ?? null });
        break;
      }
      case 'imaging':
      case 'edx': {
        const bp = nearest(doc, h, ['body'], 8);
        const r = studyResult(doc, h);
        push(doc, kind, h.v.canonical, span, { modality: h.v.canonical, bodyPart: bp?.v.canonical ?? null, result: r.result }, r.finding !== null ? [r.finding] : []);
        break;
      }
      case 'monitoring': {
        const b = sentenceBounds(doc, h.sentence);
        const post = doc.text.slice(h.end, Math.min(b.end, h.end + 100));
        const u = h.v.canonical === 'urine drug screen' ? URINE_RESULT.exec(post) : null;
        const result = u?.[1]?.toLowerCase() ?? null;
        push(doc, kind, h.v.canonical, span, { result });
        break;
      }
      case 'ur': {
        const item = nearest(doc, h, ['treatment', 'surgery', 'imaging', 'edx', 'drug'], 20);
        const b = sentenceBounds(doc, h.sentence);
        const sentenceText = doc.text.slice(b.start, b.end);
        if (!/\b(utilization review|UR|authoriz|certif|approv|non-?certif|prior (?:review|determination)|previous (?:review|determination)|modified)/i.test(sentenceText)) break;
        const cnt = item === null ? null : treatmentCount(doc, item).count;
        push(doc, kind, h.v.canonical, span, { item: item?.v.canonical ?? null, count: cnt }, item !== null ? [evidence(doc, item.start, item.end)] : [], {
          polarity: 'affirmed',
          temporality: 'historical',
        });
        break;
      }
      case 'nobenefit': {
        const t = nearest(doc, h, ['treatment', 'drug', 'surgery'], 25);
        push(doc, kind, t?.v.canonical ?? true, span, { response: h.v.canonical, treatment: t?.v.canonical ?? null }, t !== null ? [evidence(doc, t.start, t.end)] : []);
        break;
      }
      case 'fi': {
        // Value true (the engine reads the treatment from attributes.treatment); the phrase kind is `term`.
        const domain = h.v.canonical === 'improved activities of daily living' ? 'adl' : h.v.canonical === 'reduced work restrictions' ? 'work' : h.v.canonical === 'reduced medication use' ? 'medication' : 'general';
        push(doc, kind, true, span, { domain, term: h.v.canonical, treatment: treatmentNear(doc, h.sentence, h.t0, h.t1) });
        break;
      }
      case 'drug': {
        while (drugIndex < drugHits.length && (drugHits[drugIndex]?.t0 ?? Infinity) <= h.t0) drugIndex += 1;
        const next = drugHits[drugIndex];
        extractMedication(doc, h, next !== undefined && next.sentence === h.sentence ? next.start : Infinity);
        break;
      }
      case 'work': {
        // "is working full duty": the more specific status that follows wins.
        const next = (doc.hitsBySentence.get(h.sentence) ?? []).find(
          (o) => o.v.group === 'work' && (o.t0 === h.t1 || (o.t0 === h.t1 + 1 && doc.a.tokens[h.t1]?.norm === 'with')),
        );
        if (h.v.canonical === 'returned to work' && next !== undefined && next.v.canonical !== 'returned to work') break;
        push(doc, kind, h.v.canonical, span);
        break;
      }
      case 'hep':
      case 'diagnosis':
      case 'symptom':
      case 'finding':
      case 'neuro':
      case 'redflag':
      case 'aberrant':
      case 'improved': {
        const l = h.v.group === 'diagnosis' || h.v.group === 'symptom' || h.v.group === 'finding' || h.v.group === 'neuro' ? nearest(doc, h, ['body'], 6) : null;
        push(doc, kind, h.v.canonical, span, l !== null ? { bodyPart: l.v.canonical, laterality: laterality(doc, l).side } : {});
        break;
      }
    }
  }
}

function buildDoc(input: ExtractInput, out: Fact[]): Doc {
  const text = input.text;
  const a = analyze(text);
  const hits: Hit[] = [];
  const hitsBySentence = new Map<number, Hit[]>();
  for (const m of LEXICON.findAll(a)) {
    const t0 = a.tokens[m.start];
    const t1 = a.tokens[m.end - 1];
    if (t0 === undefined || t1 === undefined) continue;
    for (const v of m.value) {
      const h: Hit = { v, t0: m.start, t1: m.end, start: t0.start, end: t1.end, sentence: t0.sentence };
      hits.push(h);
      const list = hitsBySentence.get(h.sentence) ?? [];
      list.push(h);
      hitsBySentence.set(h.sentence, list);
    }
  }
  const recordDate = typeof input.date === 'string' ? parseClinicalDate(input.date) : null;
  return { source: input.source, text, a, ci: new ContextIndex(a), hits, hitsBySentence, dates: findDates(text), recordDate, out, durations: new Map() };
}

function isInput(x: unknown): x is ExtractInput {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r['text'] === 'string' && r['text'].length > 0 && typeof r['source'] === 'string';
}

/** Every fact in the texts, each with its evidence spans. Never throws: unreadable input gives no facts. */
/** The words between two items of one list: a comma and/or a conjunction, and an article. */
const LIST_CONTINUES = /^\s*(?:[,.;:)]|$|(?:or|and|nor)\b)/i;
const LIST_GAP = /^\s*(?:,\s*(?:(?:or|and|nor)\s+)?|(?:or|and|nor)\s+)(?:(?:a|an|any|the)\s+)?$/i;

/**
 * NegEx keeps negation to a window of words, so in "does not record a urine drug screen, a pain agreement or a CURES
 * report" the last item escapes it. An affirmed fact that continues a list begun by a negated fact of the same kind
 * (separated only by a comma or a conjunction) takes that negation, as coordination does in the sentence.
 */
function propagateListNegation(facts: Fact[], from: number, text: string): void {
  const mine = facts.slice(from).filter((f) => f.evidence.length > 0).sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  for (let i = 1; i < mine.length; i++) {
    const prev = mine[i - 1];
    const cur = mine[i];
    if (prev === undefined || cur === undefined || prev.kind !== cur.kind) continue;
    if (prev.polarity !== 'negated' || cur.polarity !== 'affirmed') continue;
    const gapStart = prev.evidence[0]?.end ?? 0;
    const gapEnd = cur.evidence[0]?.start ?? 0;
    if (gapEnd <= gapStart || !LIST_GAP.test(text.slice(gapStart, gapEnd))) continue;
    // The item must end the list or continue it, not start a clause of its own ("..., and the CURES report was reviewed").
    const curEnd = cur.evidence[0]?.end ?? gapEnd;
    if (!LIST_CONTINUES.test(text.slice(curEnd, curEnd + 12))) continue;
    cur.polarity = 'negated';
  }
}

export function extractFacts(texts: readonly ExtractInput[], context: ExtractContext = {}): Fact[] {
  const out: Fact[] = [];
  const list: readonly unknown[] = Array.isArray(texts) ? texts : [];
  for (const input of list) {
    if (!isInput(input)) continue;
    const before = out.length;
    try {
      const doc = buildDoc(input, out);
      extractAgeSex(doc);
      extractDateOfInjury(doc, context);
      extractPain(doc);
      extractStatedMed(doc);
      extractMotorGrade(doc);
      extractLexical(doc);
      propagateListNegation(out, before, input.text);
    } catch {
      // A bug in one extractor must not lose the case: keep the facts found so far in the other texts.
      continue;
    }
  }
  return out;
}
