// ConText (Harkema et al. 2009), which extends NegEx (Chapman et al. 2001): find the trigger terms of a
// sentence, give each a scope (forward for pre-triggers, backward for post-triggers) that stops at a
// termination term, a clause break or the sentence end, and let the triggers whose scope covers a mention
// decide its polarity and temporality. Pseudo-triggers are matched first (longest match) so that they hide
// the trigger words inside them. The trigger lists are data: contextTriggers.ts.
import type { Polarity, Temporality } from '../core/index.ts';
import { POST_WINDOW, PRE_WINDOW, TRIGGERS, type TriggerApplies, type TriggerCategory, type TriggerDef } from './contextTriggers.ts';
import { PhraseTrie, type Analyzed } from './text.ts';

const trie = new PhraseTrie<TriggerDef[]>();
{
  const byPhrase = new Map<string, TriggerDef[]>();
  for (const t of TRIGGERS) {
    const list = byPhrase.get(t.phrase) ?? [];
    list.push(t);
    byPhrase.set(t.phrase, list);
  }
  for (const [phrase, defs] of byPhrase) trie.add(phrase, defs);
}

interface TriggerHit {
  readonly start: number;
  readonly end: number;
  readonly defs: readonly TriggerDef[];
}

interface SentenceTriggers {
  readonly hits: readonly TriggerHit[];
  readonly first: number;
  readonly barriers: Int32Array;
}

/** Trigger hits of one analysed text, grouped by sentence; computed lazily per sentence. */
export class ContextIndex {
  private readonly cache = new Map<number, SentenceTriggers>();
  constructor(private readonly a: Analyzed) {}

  private hits(sentence: number): SentenceTriggers {
    const cached = this.cache.get(sentence);
    if (cached !== undefined) return cached;
    const s = this.a.sentences[sentence];
    const hits: TriggerHit[] = [];
    const first = s?.firstToken ?? 0;
    const n = s === undefined ? 0 : s.endToken - first;
    // barriers[k + 1] counts termination starts and clause breaks at tokens first..first+k.
    const barriers = new Int32Array(n + 1);
    const isBarrier = new Uint8Array(n);
    if (s !== undefined) {
      for (let i = s.firstToken; i < s.endToken; ) {
        if (this.a.tokens[i]?.clauseBreak === true) isBarrier[i - first] = 1;
        const m = trie.matchAt(this.a, i);
        if (m === null) {
          i += 1;
          continue;
        }
        hits.push({ start: i, end: m.end, defs: m.value });
        if (m.value.some((d) => d.direction === 'termination')) isBarrier[i - first] = 1;
        for (let k = i + 1; k < m.end; k += 1) if (this.a.tokens[k]?.clauseBreak === true) isBarrier[k - first] = 1;
        i = m.end;
      }
    }
    for (let k = 0; k < n; k += 1) barriers[k + 1] = (barriers[k] ?? 0) + (isBarrier[k] ?? 0);
    const out: SentenceTriggers = { hits, first, barriers };
    this.cache.set(sentence, out);
    return out;
  }

  /**
   * The polarity and temporality of the mention at tokens [start, end). `applies` says whether the mention
   * is a condition (finding, symptom) or an event (treatment, study), since some triggers modify only one.
   */
  classify(
    start: number,
    end: number,
    applies: Exclude<TriggerApplies, 'all'>,
    explain = false,
  ): { polarity: Polarity; temporality: Temporality; triggers: string[] } {
    const first = this.a.tokens[start];
    if (first === undefined) return { polarity: 'affirmed', temporality: 'current', triggers: [] };
    const { hits, first: base, barriers } = this.hits(first.sentence);
    let found = 0;
    const triggers: string[] = [];
    // A termination term or a clause break at tokens [from, to] closes the scope.
    const blocked = (from: number, to: number): boolean => {
      const lo = Math.max(0, from - base);
      const hi = Math.min(barriers.length - 1, to - base + 1);
      return hi > lo && (barriers[hi] ?? 0) - (barriers[lo] ?? 0) > 0;
    };
    for (const h of hits) {
      if (h.end > start && h.start < end) continue; // inside the mention itself
      for (const d of h.defs) {
        if (d.category === undefined || (d.applies !== 'all' && d.applies !== applies)) continue;
        const windowed = d.category === 'negation' || d.category === 'uncertain' || d.window !== undefined;
        const inScope =
          (d.direction === 'pre' && h.end <= start && (!windowed || start - h.end < (d.window ?? PRE_WINDOW)) && !blocked(h.end, start)) ||
          (d.direction === 'post' && h.start >= end && (!windowed || h.start - end < (d.window ?? POST_WINDOW)) && !blocked(end, h.start));
        if (!inScope) continue;
        found |= BIT[d.category];
        if (explain) triggers.push(`${d.category}:${phraseOf(this.a, h)}`);
      }
    }
    const polarity: Polarity = found & BIT.negation ? 'negated' : found & BIT.uncertain ? 'uncertain' : 'affirmed';
    const temporality: Temporality =
      found & BIT.hypothetical ? 'hypothetical' : found & BIT.planned ? 'planned' : found & BIT.historical ? 'historical' : 'current';
    return { polarity, temporality, triggers };
  }
}

const BIT: Readonly<Record<TriggerCategory, number>> = { negation: 1, uncertain: 2, historical: 4, hypothetical: 8, planned: 16 };

function phraseOf(a: Analyzed, h: TriggerHit): string {
  const out: string[] = [];
  for (let k = h.start; k < h.end; k += 1) out.push(a.tokens[k]?.norm ?? '');
  return out.join(' ');
}
