// Builds Fact objects whose evidence spans are exactly the quoted text in a given source, for rule example
// cases and tests (the extractor produces real ones). A quote that is not in the text is a programming error.
import type { Fact, FactKind, Polarity, Temporality } from '../core/index.ts';

export interface FactSpec {
  readonly kind: FactKind;
  readonly value: string | number | boolean;
  /** The supporting text; it must occur in the source text. */
  readonly quote: string;
  readonly polarity?: Polarity;
  readonly temporality?: Temporality;
  readonly attributes?: Fact['attributes'];
  readonly date?: string;
}

export function factsFrom(text: string, specs: readonly FactSpec[], source = 'clinicalSummary'): Fact[] {
  return specs.map((s) => {
    const start = text.indexOf(s.quote);
    if (start < 0 || s.quote.length === 0) throw new Error(`fixture quote not found in text: ${s.quote.slice(0, 40)}`);
    return {
      kind: s.kind,
      value: s.value,
      attributes: s.attributes ?? {},
      polarity: s.polarity ?? 'affirmed',
      temporality: s.temporality ?? 'current',
      date: s.date ?? null,
      evidence: [{ source, start, end: start + s.quote.length, text: s.quote }],
    };
  });
}
