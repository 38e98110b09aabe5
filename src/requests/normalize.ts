// Placeholder signature so other folders can compile while the normaliser is written (replaced in full).
import type { NormalizedRequest } from '../core/index.ts';

export function normalizeRequest(_request: string): NormalizedRequest {
  return {
    category: 'other',
    bodyParts: [],
    laterality: null,
    quantity: {
      drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null,
      refills: null, visits: null, perWeek: null, weeks: null,
    },
  };
}
