// Wording, kept apart from the findings: turns a rule, its trace and its findings into a drafted rationale in
// the letters' form. It states facts from the record only by quoting their evidence spans, never otherwise.
// Tests assert on reason codes, not on this wording.
import type { Evaluation, Detail } from './evaluate.ts';
import type { Finding } from './findings.ts';
import type { Rule } from './schema.ts';

export interface RationaleInput {
  readonly request: string;
  readonly rule: Rule | null;
  readonly evaluation: Evaluation | null;
  readonly findings: readonly Finding[];
}

const num = (d: Detail, key: string): string => {
  const v = d[key];
  return v === undefined ? '?' : String(v);
};

/** Wording per reason code; codes without an entry are worded from the criterion's own text. */
const MESSAGES: Readonly<Record<string, (f: Finding) => string>> = {
  'not-recommended': () => 'The guideline does not recommend this treatment for this condition',
  'exceeds-visit-limit': (f) => `The request for ${num(f.detail, 'requested')} visits exceeds the ${num(f.detail, 'max')} visits the guideline supports`,
  'exceeds-duration-limit': (f) => `The requested duration of ${num(f.detail, 'requested')} exceeds the guideline's limit of ${num(f.detail, 'max')}`,
  'exceeds-quantity-limit': (f) => `The requested quantity of ${num(f.detail, 'requested')} exceeds the guideline's limit of ${num(f.detail, 'max')}`,
  'exceeds-visit-cap': (f) => `Prior and requested visits together exceed the cap of ${num(f.detail, 'max')} visits`,
  'quantity-not-stated': () => 'The request does not state the quantity, frequency or duration, which the guideline requires to judge it',
};

function quote(f: Finding): string {
  if (f.evidence.length === 0) return '';
  return ' The records note: ' + f.evidence.map((e) => `"${e.text}"`).join('; ') + '.';
}

function sentence(f: Finding): string {
  const custom = MESSAGES[f.code];
  if (f.status === 'unknown') {
    if (custom !== undefined && f.evidence.length === 0 && f.code.startsWith('exceeds')) return `${custom(f)}.`;
    return `The submitted documentation does not establish the following criterion: ${f.text}.${quote(f)}`;
  }
  const head = custom === undefined ? `The records do not support this criterion: ${f.text}` : custom(f);
  return `${head}.${quote(f)}`;
}

function citation(rule: Rule): string {
  const where = rule.pages !== undefined ? `, page(s) ${rule.pages.join(', ')}` : rule.sections !== undefined ? `, Section(s): ${rule.sections.join('; ')}` : '';
  return `${rule.guideline.title}${where}`;
}

export function renderRationale(input: RationaleInput): string {
  const name = input.request.trim();
  if (input.rule === null || input.evaluation === null) {
    return `No guideline rule in the OpenIMR guideline pack governs this request, so no criteria were checked and a reviewer must decide it. Therefore, the request for ${name} is not medically necessary.`;
  }
  const parts: string[] = [`The ${citation(input.rule)}, on ${input.rule.title.charAt(0).toLowerCase()}${input.rule.title.slice(1)}: ${input.rule.summary}`];
  if (input.evaluation.status === 'met') {
    const quotes = input.evaluation.trace.filter((t) => t.status === 'met' && t.evidence.length > 0).flatMap((t) => t.evidence.map((e) => `"${e.text}"`));
    parts.push('The submitted documentation meets the guideline criteria.' + (quotes.length > 0 ? ` The records note: ${[...new Set(quotes)].join('; ')}.` : ''));
    parts.push(`Therefore, the request for ${name} is medically necessary.`);
  } else {
    parts.push(...input.findings.map(sentence));
    parts.push(`Therefore, the request for ${name} is not medically necessary.`);
  }
  return parts.join(' ');
}
