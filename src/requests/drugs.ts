// Drug lexicon: name (generic or brand, lower case, words joined by one space) -> drug class.
// Classes follow the MTUS Chronic Pain Medical Treatment Guidelines (2009) chapter headings, which are also
// how IMR letters cite them ("Opioids", "NSAIDs", "Muscle relaxants (for pain)", "Topical analgesics",
// "Anti-epilepsy drugs", "Antidepressants for chronic pain", "NSAIDs, GI symptoms & cardiovascular risk").
// Sleep aids are not in the 2009 CPMTG; letters decide them through ODG "Insomnia treatment".
// Where a class is a choice rather than pharmacology, the entry's comment says why.
import type { Category } from '../core/index.ts';

export type DrugClass = Extract<Category, `pharmaceutical.${string}`>;

const OPIOID: readonly string[] = [
  'hydrocodone', 'norco', 'vicodin', 'lortab', 'hysingla', 'zohydro', 'lorcet', 'xodol', 'verdrocet',
  'oxycodone', 'percocet', 'oxycontin', 'roxicodone', 'endocet', 'roxicet', 'xtampza', 'oxy ir', 'oxyir',
  'hydromorphone', 'dilaudid', 'exalgo', 'morphine', 'ms contin', 'kadian', 'avinza', 'embeda',
  'oxymorphone', 'opana', 'tapentadol', 'nucynta', 'fentanyl', 'duragesic', 'fentora', 'actiq', 'subsys',
  'methadone', 'dolophine', 'codeine', 'levorphanol', 'meperidine', 'demerol', 'pentazocine', 'talwin',
  'butorphanol',
  // Tramadol: MTUS p. 93-94 treats it as a centrally acting synthetic opioid, and letters apply the
  // opioid criteria (4 A's) to it.
  'tramadol', 'ultram', 'ultracet', 'conzip', 'ryzolt', 'synapryn',
  // Buprenorphine (Butrans patch, Suboxone, Subutex): MTUS p. 26-27 lists it under opioids, for both
  // chronic pain and opioid dependence; the class stays opioid in patch form.
  'buprenorphine', 'butrans', 'belbuca', 'suboxone', 'subutex', 'zubsolv', 'bunavail',
  'tylenol 3', 'tylenol 4',
];

const NSAID: readonly string[] = [
  'naproxen', 'anaprox', 'naprosyn', 'naprelan', 'aleve', 'ibuprofen', 'motrin', 'advil', 'meloxicam',
  'mobic', 'vivlodex', 'diclofenac', 'voltaren', 'arthrotec', 'zipsor', 'cambia', 'zorvolex', 'celecoxib',
  'celebrex', 'etodolac', 'lodine', 'nabumetone', 'relafen', 'ketoprofen', 'ketorolac', 'toradol', 'sprix',
  'indomethacin', 'indocin', 'tivorbex', 'piroxicam', 'feldene', 'oxaprozin', 'daypro', 'fenoprofen',
  'nalfon', 'flurbiprofen', 'ansaid', 'salsalate', 'diflunisal', 'sulindac', 'clinoril', 'aspirin',
  'tolmetin', 'mefenamic', 'meclofenamate',
  // NSAID combined with a gastro-protective agent: classed by the NSAID, which is what is disputed.
  'duexis', 'vimovo',
];

// Products that are only ever topical (the classification does not need a form word).
const TOPICAL: readonly string[] = [
  'lidocaine', 'lidoderm', 'xylocaine', 'lidopro', 'lidothol', 'lidocin', 'lido', 'anecream', 'emla',
  'synera', 'terocin', 'medrox', 'mentherm', 'menthoderm', 'dendracin', 'keratek', 'ultracin', 'biofreeze',
  'salonpas', 'bengay', 'icy hot', 'icyhot', 'tiger balm', 'capsaicin', 'zostrix', 'qutenza', 'menthol',
  'methyl salicylate', 'camphor', 'flector', 'pennsaid', 'flurflex', 'fluriflex', 'tgice', 'tghot',
  'gabaclotram', 'cyclophene', 'ketocaine',
];

const MUSCLE_RELAXANT: readonly string[] = [
  'cyclobenzaprine', 'flexeril', 'amrix', 'fexmid', 'tabradol', 'carisoprodol', 'soma', 'tizanidine',
  'zanaflex', 'metaxalone', 'skelaxin', 'methocarbamol', 'robaxin', 'baclofen', 'lioresal', 'orphenadrine',
  'norflex', 'chlorzoxazone', 'parafon', 'lorzone', 'dantrolene', 'dantrium',
];

const ANTICONVULSANT: readonly string[] = [
  'gabapentin', 'neurontin', 'gralise', 'horizant', 'fanatrex', 'pregabalin', 'lyrica', 'topiramate',
  'topamax', 'carbamazepine', 'tegretol', 'oxcarbazepine', 'trileptal', 'lamotrigine', 'lamictal',
  'levetiracetam', 'keppra', 'divalproex', 'depakote', 'valproate', 'valproic', 'zonisamide', 'zonegran',
  'lacosamide', 'vimpat',
];

const ANTIDEPRESSANT: readonly string[] = [
  'duloxetine', 'cymbalta', 'amitriptyline', 'elavil', 'nortriptyline', 'pamelor', 'desipramine',
  'imipramine', 'tofranil', 'doxepin', 'venlafaxine', 'effexor', 'desvenlafaxine', 'pristiq',
  'milnacipran', 'savella', 'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'paroxetine', 'paxil',
  'citalopram', 'celexa', 'escitalopram', 'lexapro', 'bupropion', 'wellbutrin', 'mirtazapine', 'remeron',
  'vilazodone', 'viibryd', 'vortioxetine', 'trintellix', 'brintellix', 'fetzima',
  // Trazodone is usually prescribed for sleep in these cases, and ODG "Insomnia treatment" discusses it as a
  // sedating antidepressant. We class by pharmacology (antidepressant); the indication is for the rule engine.
  'trazodone', 'desyrel', 'oleptro',
];

const SLEEP_AID: readonly string[] = [
  'zolpidem', 'ambien', 'intermezzo', 'edluar', 'eszopiclone', 'lunesta', 'zaleplon', 'sonata',
  'temazepam', 'restoril', 'triazolam', 'halcion', 'flurazepam', 'suvorexant', 'belsomra', 'ramelteon',
  'rozerem', 'melatonin', 'diphenhydramine', 'dicopanol', 'unisom', 'doxylamine',
  // Silenor is low-dose doxepin marketed for insomnia (generic "doxepin" stays an antidepressant).
  'silenor',
];

const GASTRO_PROTECTIVE: readonly string[] = [
  'omeprazole', 'prilosec', 'pantoprazole', 'protonix', 'esomeprazole', 'nexium', 'lansoprazole',
  'prevacid', 'rabeprazole', 'aciphex', 'dexlansoprazole', 'dexilant', 'ranitidine', 'zantac', 'deprizine',
  'famotidine', 'pepcid', 'cimetidine', 'tagamet', 'nizatidine', 'misoprostol', 'cytotec', 'sucralfate',
  'carafate',
];

// Known drugs outside the split classes. Listing them matters: a hit here still makes the item
// pharmaceutical (and names the drug) instead of falling through to "other".
const OTHER: readonly string[] = [
  'acetaminophen', 'tylenol', 'apap', 'fioricet', 'fiorinal', 'butalbital', 'esgic',
  // Benzodiazepines used for anxiety or spasm: MTUS p. 24 has its own section, so they are not sleep aids
  // or muscle relaxants here (temazepam/triazolam, marketed as hypnotics, are sleep aids above).
  'alprazolam', 'xanax', 'diazepam', 'valium', 'clonazepam', 'klonopin', 'lorazepam', 'ativan',
  // Medical foods sold for pain and sleep; ODG: "not recommended".
  'theramine', 'sentra', 'gabadone', 'trepadone', 'percura', 'apptrim', 'sentradine',
  // Laxatives and antiemetics for opioid side effects are not gastro-protective in the MTUS sense.
  'docusate', 'colace', 'senna', 'senokot', 'miralax', 'lactulose', 'amitiza', 'lubiprostone', 'movantik',
  'relistor', 'ondansetron', 'zofran', 'promethazine', 'phenergan', 'meclizine',
  'prednisone', 'medrol', 'methylprednisolone', 'dexamethasone', 'kenalog', 'triamcinolone', 'depo medrol',
  'sumatriptan', 'imitrex', 'rizatriptan', 'maxalt', 'sildenafil', 'viagra', 'tadalafil', 'cialis',
  'naloxone', 'narcan', 'naltrexone', 'clonidine', 'catapres', 'hydroxyzine', 'vistaril', 'atarax',
  'modafinil', 'provigil', 'nuvigil', 'armodafinil', 'cephalexin', 'keflex', 'amoxicillin',
  'testosterone', 'androgel', 'vitamin d', 'vitamin b12', 'cyanocobalamin', 'fish oil', 'glucosamine',
  'chondroitin', 'ketamine', 'dextromethorphan', 'nicotine', 'quetiapine', 'seroquel',
  'aripiprazole', 'abilify', 'buspirone', 'buspar', 'propranolol', 'lisinopril', 'metformin', 'enoxaparin',
  'lovenox', 'xarelto', 'eliquis', 'warfarin', 'coumadin',
];

const LEXICON_SOURCE: ReadonlyArray<readonly [DrugClass, readonly string[]]> = [
  ['pharmaceutical.opioid', OPIOID],
  ['pharmaceutical.nsaid', NSAID],
  ['pharmaceutical.topical', TOPICAL],
  ['pharmaceutical.muscle-relaxant', MUSCLE_RELAXANT],
  ['pharmaceutical.anticonvulsant', ANTICONVULSANT],
  ['pharmaceutical.antidepressant', ANTIDEPRESSANT],
  ['pharmaceutical.sleep-aid', SLEEP_AID],
  ['pharmaceutical.gastro-protective', GASTRO_PROTECTIVE],
  ['pharmaceutical.other', OTHER],
];

/** Every (name, class) pair as listed; a name listed twice would be a bug (tested). */
export const DRUG_ENTRIES: ReadonlyArray<readonly [string, DrugClass]> = LEXICON_SOURCE.flatMap(([cls, names]) =>
  names.map((n) => [n, cls] as const),
);

/** name -> class, built once. Names of one or two words. */
export const DRUG_LEXICON: ReadonlyMap<string, DrugClass> = new Map(DRUG_ENTRIES);

/**
 * Systemic drugs whose patch, gel or spray form stays in its own class: the skin is only the route
 * (fentanyl and buprenorphine patches are opioids; testosterone gel, clonidine and nicotine patches are not
 * topical analgesics). Every other drug in a topical form is a topical analgesic (MTUS pp. 111-113).
 */
export const SYSTEMIC_DESPITE_FORM: ReadonlySet<string> = new Set([
  'fentanyl', 'duragesic', 'buprenorphine', 'butrans', 'testosterone', 'androgel', 'clonidine', 'catapres',
  'nicotine', 'sprix', 'suboxone', 'belbuca', 'zubsolv', 'bunavail',
]);

/** A topical form: makes any drug (outside SYSTEMIC_DESPITE_FORM) a topical analgesic. */
export const TOPICAL_FORM =
  /\b(?:creams?|gels?|ointments?|lotions?|patch(?:es)?|topicals?|topically|transdermal|liniments?|roll-?on|balm|emulsion|salve|rub|pads?|plasters?)\b|%/;
/** An oral form: a "compounded" oral suspension (Deprizine, Tabradol ...) keeps the drug's own class. */
export const ORAL_FORM = /\b(?:oral|suspension|tablets?|tabs?|capsules?|caps|by mouth|po)\b/;

/** First words of two-word names, so most tokens need one map lookup only. */
const TWO_WORD_FIRST: ReadonlySet<string> = new Set(
  [...DRUG_LEXICON.keys()].filter((n) => n.includes(' ')).map((n) => n.slice(0, n.indexOf(' '))),
);

/** Class of a drug name (generic or brand, any case), or null when the name is not in the lexicon. */
export function drugClass(name: string): DrugClass | null {
  return DRUG_LEXICON.get(name.trim().toLowerCase().replace(/[\s-]+/g, ' ')) ?? null;
}

export interface DrugHit {
  readonly name: string;
  readonly drugClass: DrugClass;
  /** Index of the first token of the name. */
  readonly token: number;
}

/** Drug names found in the tokens, in order (two-word names first at each position). */
export function findDrugs(tokens: readonly string[]): DrugHit[] {
  const hits: DrugHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] ?? '';
    if (word.length < 3 && word !== 'ms') continue;
    const next = TWO_WORD_FIRST.has(word) ? tokens[i + 1] : undefined;
    if (next !== undefined) {
      const pair = `${word} ${next}`;
      const cls2 = DRUG_LEXICON.get(pair);
      if (cls2 !== undefined) {
        hits.push({ name: pair, drugClass: cls2, token: i });
        i++;
        continue;
      }
    }
    const cls = DRUG_LEXICON.get(word);
    if (cls !== undefined) hits.push({ name: word, drugClass: cls, token: i });
  }
  return hits;
}

/**
 * The class of a pharmaceutical request from its drug hits and its text:
 * - a first drug that is systemic despite its form (fentanyl patch) keeps its class;
 * - any topical-only product (lidocaine, Terocin, capsaicin ...) makes the item topical (a compound);
 * - a topical form word or a % strength makes it topical, unless the text says it is oral
 *   (compounded oral suspensions such as Tabradol keep the drug's class);
 * - otherwise the first hit of a specific class wins over "other" hits (Tylenol with codeine -> opioid).
 */
export function resolveDrugClass(hits: readonly DrugHit[], text: string): DrugHit | null {
  const first = hits[0];
  if (first === undefined) return null;
  if (SYSTEMIC_DESPITE_FORM.has(first.name)) return first;
  if (hits.some((h) => h.drugClass === 'pharmaceutical.topical')) return { ...first, drugClass: 'pharmaceutical.topical' };
  const specific = hits.find((h) => h.drugClass !== 'pharmaceutical.other') ?? first;
  if (TOPICAL_FORM.test(text) && !ORAL_FORM.test(text)) return { ...specific, drugClass: 'pharmaceutical.topical' };
  return specific;
}
