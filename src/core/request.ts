// A disputed treatment request, normalised: what kind of service, where on the body, how much.
// The taxonomy follows the DWC's IMR reporting categories, with pharmaceuticals split by drug class
// and imaging by modality. Ids are stable strings (used in storage, statistics and rules).
import { z } from 'zod';

export const CATEGORIES = [
  'pharmaceutical.opioid',
  'pharmaceutical.nsaid',
  'pharmaceutical.muscle-relaxant',
  'pharmaceutical.topical',
  'pharmaceutical.anticonvulsant',
  'pharmaceutical.antidepressant',
  'pharmaceutical.sleep-aid',
  'pharmaceutical.gastro-protective',
  'pharmaceutical.other',
  'rehab.physical-therapy',
  'rehab.occupational-therapy',
  'rehab.chiropractic',
  'rehab.acupuncture',
  'rehab.massage',
  'imaging.mri',
  'imaging.ct',
  'imaging.x-ray',
  'imaging.ultrasound',
  'imaging.bone-scan',
  'imaging.other',
  'electrodiagnostics',
  'injection',
  'surgery',
  'dme',
  'home-health',
  'psychological',
  'evaluation-management',
  'lab-testing',
  'program',
  'other',
] as const;

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Laterality = z.enum(['left', 'right', 'bilateral']);
export type Laterality = z.infer<typeof Laterality>;

/** Amounts as read from the request text; every field is null when the text does not state it. */
export const Quantity = z.object({
  /** Drug name as normalised (lower case generic or brand as written), e.g. "norco", "gabapentin". */
  drug: z.string().nullable(),
  /** Strength as printed, e.g. "10/325mg", "75 mcg". */
  strength: z.string().nullable(),
  /** Numeric parts of the strength (10/325mg -> [10, 325]). */
  strengthValues: z.array(z.number()),
  /** Unit of the strength, lower case: "mg", "mcg", "%", "mcg/hr", "ml" ... */
  strengthUnit: z.string().nullable(),
  /** Dispensed count (#180 -> 180). */
  count: z.number().nullable(),
  refills: z.number().nullable(),
  /** Total visits or sessions requested (1 x 12 -> 12; 2 times a week for 4 weeks -> 8; (6) -> 6). */
  visits: z.number().nullable(),
  /** Sessions per week, when a frequency is stated. */
  perWeek: z.number().nullable(),
  /** Duration in weeks, when stated. */
  weeks: z.number().nullable(),
});
export type Quantity = z.infer<typeof Quantity>;

export const NormalizedRequest = z.object({
  category: Category,
  /** Canonical body parts, lower case ("lumbar spine", "knee", "shoulder", "cervical spine", ...). */
  bodyParts: z.array(z.string()),
  laterality: Laterality.nullable(),
  quantity: Quantity,
});
export type NormalizedRequest = z.infer<typeof NormalizedRequest>;
