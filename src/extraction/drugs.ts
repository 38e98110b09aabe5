// Drug names (generic and brand) -> generic name and class, and the morphine-equivalent factors. Written for
// this project; brand names are the ones IMR summaries use.
//
// MED factors: CDC Guideline for Prescribing Opioids for Chronic Pain (Dowell, Haegerich, Chou, MMWR
// Recomm Rep 2016;65(1):1-49), Table "Morphine milligram equivalent conversion factors" as reproduced in
// secondary sources. [R] unverified here: check against the primary table before a rule relies on a number.
// Fentanyl transdermal is per mcg/hr (24-hour dose = mcg/hr x factor); methadone is stepped by daily dose.

export type DrugClass =
  | 'opioid'
  | 'nsaid'
  | 'muscle relaxant'
  | 'anticonvulsant'
  | 'antidepressant'
  | 'sleep aid'
  | 'gastro-protective'
  | 'topical'
  | 'benzodiazepine'
  | 'other';

export interface DrugEntry {
  readonly generic: string;
  readonly drugClass: DrugClass;
}

const d = (generic: string, drugClass: DrugClass, names: readonly string[]): [string, DrugEntry][] =>
  [generic, ...names].map((n) => [n, { generic, drugClass }]);

export const DRUGS: ReadonlyMap<string, DrugEntry> = new Map<string, DrugEntry>([
  ...d('hydrocodone', 'opioid', ['norco', 'vicodin', 'lortab', 'hydrocodone apap', 'hydrocodone acetaminophen', 'hydrocodone bitartrate', 'zohydro', 'hysingla']),
  ...d('oxycodone', 'opioid', ['oxycontin', 'percocet', 'roxicodone', 'oxycodone apap', 'endocet', 'xtampza']),
  ...d('morphine', 'opioid', ['ms contin', 'morphine sulfate', 'kadian', 'avinza', 'msir']),
  ...d('hydromorphone', 'opioid', ['dilaudid', 'exalgo']),
  ...d('oxymorphone', 'opioid', ['opana', 'opana er']),
  ...d('tramadol', 'opioid', ['ultram', 'ultracet', 'ultram er', 'tramadol er', 'conzip']),
  ...d('tapentadol', 'opioid', ['nucynta']),
  ...d('codeine', 'opioid', ['tylenol 3', 'tylenol with codeine', 'tylenol 4', 'tylenol 3', 'fioricet with codeine']),
  ...d('fentanyl', 'opioid', ['duragesic', 'fentanyl patch', 'fentora', 'actiq']),
  ...d('methadone', 'opioid', ['dolophine']),
  ...d('buprenorphine', 'opioid', ['butrans', 'suboxone', 'subutex', 'belbuca']),
  ...d('ibuprofen', 'nsaid', ['motrin', 'advil']),
  ...d('naproxen', 'nsaid', ['naprosyn', 'anaprox', 'anaprox ds', 'aleve', 'naproxen sodium']),
  ...d('diclofenac', 'nsaid', ['voltaren', 'arthrotec', 'cambia', 'zorvolex']),
  ...d('meloxicam', 'nsaid', ['mobic']),
  ...d('celecoxib', 'nsaid', ['celebrex']),
  ...d('etodolac', 'nsaid', ['lodine']),
  ...d('nabumetone', 'nsaid', ['relafen']),
  ...d('ketorolac', 'nsaid', ['toradol']),
  ...d('indomethacin', 'nsaid', ['indocin']),
  ...d('cyclobenzaprine', 'muscle relaxant', ['flexeril', 'amrix', 'fexmid']),
  ...d('carisoprodol', 'muscle relaxant', ['soma']),
  ...d('methocarbamol', 'muscle relaxant', ['robaxin']),
  ...d('tizanidine', 'muscle relaxant', ['zanaflex']),
  ...d('orphenadrine', 'muscle relaxant', ['norflex']),
  ...d('baclofen', 'muscle relaxant', ['lioresal']),
  ...d('metaxalone', 'muscle relaxant', ['skelaxin']),
  ...d('gabapentin', 'anticonvulsant', ['neurontin', 'gralise']),
  ...d('pregabalin', 'anticonvulsant', ['lyrica']),
  ...d('topiramate', 'anticonvulsant', ['topamax']),
  ...d('duloxetine', 'antidepressant', ['cymbalta']),
  ...d('amitriptyline', 'antidepressant', ['elavil']),
  ...d('nortriptyline', 'antidepressant', ['pamelor']),
  ...d('trazodone', 'antidepressant', ['desyrel']),
  ...d('venlafaxine', 'antidepressant', ['effexor']),
  ...d('sertraline', 'antidepressant', ['zoloft']),
  ...d('fluoxetine', 'antidepressant', ['prozac']),
  ...d('bupropion', 'antidepressant', ['wellbutrin']),
  ...d('zolpidem', 'sleep aid', ['ambien', 'ambien cr']),
  ...d('eszopiclone', 'sleep aid', ['lunesta']),
  ...d('omeprazole', 'gastro-protective', ['prilosec']),
  ...d('pantoprazole', 'gastro-protective', ['protonix']),
  ...d('esomeprazole', 'gastro-protective', ['nexium']),
  ...d('lansoprazole', 'gastro-protective', ['prevacid']),
  ...d('ranitidine', 'gastro-protective', ['zantac']),
  ...d('famotidine', 'gastro-protective', ['pepcid']),
  ...d('misoprostol', 'gastro-protective', ['cytotec']),
  ...d('lidocaine', 'topical', ['lidoderm', 'lidocaine patch', 'lidoderm patch', 'terocin']),
  ...d('capsaicin', 'topical', ['capsaicin cream', 'zostrix']),
  ...d('compounded topical', 'topical', ['compounded cream', 'compound cream', 'topical compound', 'flurbiprofen', 'ketoprofen']),
  ...d('diazepam', 'benzodiazepine', ['valium']),
  ...d('alprazolam', 'benzodiazepine', ['xanax']),
  ...d('clonazepam', 'benzodiazepine', ['klonopin']),
  ...d('lorazepam', 'benzodiazepine', ['ativan']),
  ...d('acetaminophen', 'other', ['tylenol']),
]);

/** Morphine milligram equivalent per mg of oral drug (fentanyl: per mcg/hr). [R] CDC 2016, see above. */
export const MED_FACTORS: Readonly<Record<string, number>> = {
  morphine: 1,
  hydrocodone: 1,
  oxycodone: 1.5,
  hydromorphone: 4,
  oxymorphone: 3,
  codeine: 0.15,
  tramadol: 0.1,
  tapentadol: 0.4,
  fentanyl: 2.4,
};

/** Methadone: the factor rises with the daily dose. [R] CDC 2016. */
export function methadoneFactor(dailyMg: number): number {
  if (dailyMg <= 20) return 4;
  if (dailyMg <= 40) return 8;
  if (dailyMg <= 60) return 10;
  return 12;
}

/** Doses a day for the usual sig abbreviations; prn alone gives no number. */
export const FREQUENCIES: Readonly<Record<string, number>> = {
  qd: 1, daily: 1, 'once daily': 1, 'once a day': 1, 'every day': 1, qhs: 1, 'at bedtime': 1, qam: 1, 'q day': 1, 'per day': 1, 'a day': 1, 'each day': 1, hs: 1, nightly: 1,
  bid: 2, 'twice daily': 2, 'twice a day': 2, 'two times a day': 2, 'two times daily': 2, 'q12h': 2, 'every 12 hours': 2, 'q 12 hours': 2, 'q12 hours': 2,
  tid: 3, 'three times daily': 3, 'three times a day': 3, 'q8h': 3, 'every 8 hours': 3, 'q 8 hours': 3, 'q8 hours': 3,
  qid: 4, 'four times daily': 4, 'four times a day': 4, 'q6h': 4, 'every 6 hours': 4, 'q 6 hours': 4, 'q6 hours': 4,
  'q4h': 6, 'every 4 hours': 6, 'q 4 hours': 6, 'q4 hours': 6, 'q4 6h': 6, 'every 4 to 6 hours': 6, 'every 4 6 hours': 6, 'q 4 6 hours': 6, 'q4 6 hours': 6,
  'q3h': 8, 'every 3 hours': 8,
  'every 72 hours': 1 / 3, 'q72h': 1 / 3, 'q 72 hours': 1 / 3, 'every 3 days': 1 / 3,
};
