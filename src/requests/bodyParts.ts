// Body parts and laterality as data: phrase (tokens joined by one space) -> canonical part(s), and the
// words that state a side. Canonical names are few on purpose: rules key on them, and the MTUS/ODG
// chapters are regional (Neck and Upper Back, Low Back, Shoulder, Elbow, Forearm/Wrist/Hand, Hip and
// Pelvis, Knee and Leg, Ankle and Foot, Head) - see BODY_PART_REGION.
import type { Laterality } from '../core/index.ts';

export const BODY_PARTS = [
  'cervical spine', 'thoracic spine', 'lumbar spine', 'lumbosacral', 'sacroiliac joint', 'coccyx', 'spine',
  'back', 'shoulder', 'upper extremity', 'elbow', 'forearm', 'wrist', 'hand', 'finger', 'hip', 'pelvis',
  'lower extremity', 'knee', 'ankle', 'foot', 'head', 'jaw', 'chest', 'abdomen', 'teeth',
] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

/** Canonical part -> guideline region (the ODG / ACOEM chapter that covers it). */
export const BODY_PART_REGION: Readonly<Record<BodyPart, string>> = {
  'cervical spine': 'neck-upper-back', 'thoracic spine': 'neck-upper-back', 'lumbar spine': 'low-back',
  lumbosacral: 'low-back', 'sacroiliac joint': 'hip-pelvis', coccyx: 'low-back', spine: 'spine',
  back: 'low-back', shoulder: 'shoulder', 'upper extremity': 'upper-extremity', elbow: 'elbow',
  forearm: 'forearm-wrist-hand', wrist: 'forearm-wrist-hand', hand: 'forearm-wrist-hand',
  finger: 'forearm-wrist-hand', hip: 'hip-pelvis', pelvis: 'hip-pelvis', 'lower extremity': 'lower-extremity',
  knee: 'knee-leg', ankle: 'ankle-foot', foot: 'ankle-foot', head: 'head', jaw: 'head', chest: 'chest',
  abdomen: 'abdomen', teeth: 'head',
};

interface BodyTerm {
  readonly parts: readonly BodyPart[];
  /** A side carried by the term itself ("BLE", "RUE"). */
  readonly side?: Laterality;
  /** Plural of a paired part ("knees"): both sides when no side is stated. */
  readonly plural?: true;
}

const t = (parts: BodyPart | readonly BodyPart[], extra: Omit<BodyTerm, 'parts'> = {}): BodyTerm => ({
  parts: typeof parts === 'string' ? [parts] : parts,
  ...extra,
});
const P = { plural: true } as const;

// Decisions: "neck" is the cervical spine and "low back" the lumbar spine (the same guideline chapters);
// "L/S", "LS" and "LSO" are lumbosacral (the usual reading in these records), "L-spine" and "lumbar" are
// lumbar; a bare "back" stays "back" because it may be any level; thumbs are fingers; toes and heels are
// the foot; arm/leg are the upper/lower extremity; "groin" is the hip.
const TERMS: ReadonlyArray<readonly [string, BodyTerm]> = [
  ['cervical', t('cervical spine')], ['cervical spine', t('cervical spine')], ['c spine', t('cervical spine')],
  ['cspine', t('cervical spine')], ['c s', t('cervical spine')], ['neck', t('cervical spine')],
  ['cervicothoracic', t(['cervical spine', 'thoracic spine'])],
  ['thoracic', t('thoracic spine')], ['thoracic spine', t('thoracic spine')], ['t spine', t('thoracic spine')],
  ['tspine', t('thoracic spine')], ['t s', t('thoracic spine')], ['upper back', t('thoracic spine')],
  ['mid back', t('thoracic spine')], ['middle back', t('thoracic spine')], ['midback', t('thoracic spine')],
  ['thoracolumbar', t(['thoracic spine', 'lumbar spine'])],
  ['lumbar', t('lumbar spine')], ['lumbar spine', t('lumbar spine')], ['l spine', t('lumbar spine')],
  ['lspine', t('lumbar spine')], ['low back', t('lumbar spine')], ['lower back', t('lumbar spine')],
  ['lumbosacral', t('lumbosacral')], ['lumbosacral spine', t('lumbosacral')], ['ls', t('lumbosacral')],
  ['l s', t('lumbosacral')], ['lso', t('lumbosacral')], ['sacrum', t('lumbosacral')], ['sacral', t('lumbosacral')],
  ['sacroiliac', t('sacroiliac joint')], ['sacroiliac joint', t('sacroiliac joint')], ['si joint', t('sacroiliac joint')],
  ['si joints', t('sacroiliac joint', P)], ['sij', t('sacroiliac joint')], ['coccyx', t('coccyx')], ['tailbone', t('coccyx')],
  ['spine', t('spine')], ['spinal', t('spine')], ['back', t('back')],
  ['shoulder', t('shoulder')], ['shoulders', t('shoulder', P)], ['rotator cuff', t('shoulder')],
  ['acromioclavicular', t('shoulder')], ['ac joint', t('shoulder')], ['glenohumeral', t('shoulder')],
  ['subacromial', t('shoulder')],
  ['arm', t('upper extremity')], ['arms', t('upper extremity', P)], ['upper extremity', t('upper extremity')],
  ['upper extremities', t('upper extremity', P)], ['upper limb', t('upper extremity')],
  ['upper limbs', t('upper extremity', P)], ['ue', t('upper extremity')], ['ues', t('upper extremity', P)],
  ['bue', t('upper extremity', { side: 'bilateral' })], ['rue', t('upper extremity', { side: 'right' })],
  ['lue', t('upper extremity', { side: 'left' })],
  ['elbow', t('elbow')], ['elbows', t('elbow', P)], ['epicondyle', t('elbow')], ['epicondylitis', t('elbow')],
  ['cubital', t('elbow')], ['forearm', t('forearm')], ['forearms', t('forearm', P)],
  ['wrist', t('wrist')], ['wrists', t('wrist', P)], ['carpal', t('wrist')],
  ['hand', t('hand')], ['hands', t('hand', P)], ['palm', t('hand')],
  ['finger', t('finger')], ['fingers', t('finger')], ['thumb', t('finger')], ['thumbs', t('finger', P)],
  ['digit', t('finger')], ['digits', t('finger')],
  ['hip', t('hip')], ['hips', t('hip', P)], ['groin', t('hip')], ['pelvis', t('pelvis')], ['pelvic', t('pelvis')],
  ['leg', t('lower extremity')], ['legs', t('lower extremity', P)], ['lower extremity', t('lower extremity')],
  ['lower extremities', t('lower extremity', P)], ['lower limb', t('lower extremity')],
  ['lower limbs', t('lower extremity', P)], ['le', t('lower extremity')], ['les', t('lower extremity', P)],
  ['ble', t('lower extremity', { side: 'bilateral' })], ['rle', t('lower extremity', { side: 'right' })],
  ['lle', t('lower extremity', { side: 'left' })], ['thigh', t('lower extremity')], ['calf', t('lower extremity')],
  ['knee', t('knee')], ['knees', t('knee', P)], ['patella', t('knee')], ['patellar', t('knee')],
  ['meniscus', t('knee')], ['acl', t('knee')], ['mcl', t('knee')],
  ['ankle', t('ankle')], ['ankles', t('ankle', P)], ['achilles', t('ankle')],
  ['foot', t('foot')], ['feet', t('foot', P)], ['heel', t('foot')], ['heels', t('foot', P)],
  ['plantar', t('foot')], ['toe', t('foot')], ['toes', t('foot')],
  ['head', t('head')], ['skull', t('head')], ['brain', t('head')], ['face', t('head')],
  ['jaw', t('jaw')], ['tmj', t('jaw')], ['temporomandibular', t('jaw')],
  ['chest', t('chest')], ['rib', t('chest')], ['ribs', t('chest')],
  ['abdomen', t('abdomen')], ['abdominal', t('abdomen')],
  ['teeth', t('teeth')], ['tooth', t('teeth')], ['dental', t('teeth')],
];

const BODY_TERMS: ReadonlyMap<string, BodyTerm> = new Map(TERMS);

/** Words stating a side ("b/l", which arrives as the tokens "b l", is handled in the scan). */
const SIDE_WORDS: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([
  ['left', 'left'], ['lt', 'left'], ['right', 'right'], ['rt', 'right'], ['bilateral', 'bilateral'],
  ['bilaterally', 'bilateral'], ['bilat', 'bilateral'], ['bil', 'bilateral'], ['both', 'bilateral'],
]);
/** Single letters are a side only directly before a body part ("R shoulder", "L knee"). */
const SIDE_LETTERS: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([['l', 'left'], ['r', 'right']]);

const SIDE_BIT: Readonly<Record<Laterality, number>> = { left: 1, right: 2, bilateral: 4 };
const SPINE_REGIONS: ReadonlySet<BodyPart> = new Set<BodyPart>(['cervical spine', 'thoracic spine', 'lumbar spine', 'lumbosacral']);
const SPINE_LEVEL = /^([clt])(\d{1,2})$/;
const LEVEL_PART: Readonly<Record<string, BodyPart>> = { c: 'cervical spine', t: 'thoracic spine', l: 'lumbar spine' };
const LEVEL_MAX: Readonly<Record<string, number>> = { c: 8, t: 12, l: 5 };

/** First words of multi-word terms, so most tokens need one map lookup only. */
const MULTIWORD_FIRST: ReadonlySet<string> = new Set(
  TERMS.map(([phrase]) => phrase.split(' ')).filter((w) => w.length > 1).map((w) => w[0] ?? ''),
);

function termAt(tokens: readonly string[], i: number): { term: BodyTerm; length: number } | null {
  const first = tokens[i];
  if (first === undefined) return null;
  if (MULTIWORD_FIRST.has(first)) {
    const second = tokens[i + 1];
    if (second !== undefined) {
      const third = tokens[i + 2];
      const t3 = third === undefined ? undefined : BODY_TERMS.get(`${first} ${second} ${third}`);
      if (t3 !== undefined) return { term: t3, length: 3 };
      const t2 = BODY_TERMS.get(`${first} ${second}`);
      if (t2 !== undefined) return { term: t2, length: 2 };
    }
  }
  const t1 = BODY_TERMS.get(first);
  return t1 === undefined ? null : { term: t1, length: 1 };
}

/** A spinal level token ("l4", "c5", "t12"); thoracic levels only in a range ("t12-l1"), since "T4" alone is a lab. */
function levelPart(tokens: readonly string[], i: number): BodyPart | null {
  const token = tokens[i] ?? '';
  if (token.length < 2 || token.length > 3) return null;
  const m = SPINE_LEVEL.exec(token);
  if (m === null) return null;
  const letter = m[1] ?? '';
  const n = Number(m[2]);
  if (n < 1 || n > (LEVEL_MAX[letter] ?? 0)) return null;
  if (letter === 't' && !/^(?:t?\d{1,2}|l1)$/.test(tokens[i + 1] ?? '')) return null;
  return LEVEL_PART[letter] ?? null;
}

export interface BodyPartsResult {
  readonly bodyParts: BodyPart[];
  readonly laterality: Laterality | null;
}

/** Canonical body parts (first-mention order, no repeats) and laterality, from tokens of prepared text. */
export function findBodyPartsInTokens(tokens: readonly string[]): BodyPartsResult {
  const parts: BodyPart[] = [];
  let sides = 0;
  let plural = false;
  for (let i = 0; i < tokens.length; i++) {
    const found = termAt(tokens, i);
    if (found !== null) {
      for (const p of found.term.parts) if (!parts.includes(p)) parts.push(p);
      if (found.term.side !== undefined) sides |= SIDE_BIT[found.term.side];
      if (found.term.plural === true) plural = true;
      i += found.length - 1;
      continue;
    }
    const word = tokens[i] ?? '';
    if (word === 'b' && tokens[i + 1] === 'l') {
      sides |= SIDE_BIT.bilateral;
      i++;
      continue;
    }
    const s = SIDE_WORDS.get(word) ?? (termAt(tokens, i + 1) === null ? undefined : SIDE_LETTERS.get(word));
    if (s !== undefined) {
      sides |= SIDE_BIT[s];
      continue;
    }
    const level = levelPart(tokens, i);
    if (level !== null && !parts.includes(level)) parts.push(level);
  }
  // "spine" only when no level is named ("MRI of the spine"; not "spine surgery ... lumbar").
  if (parts.length > 1 && parts.includes('spine') && parts.some((p) => SPINE_REGIONS.has(p))) {
    parts.splice(parts.indexOf('spine'), 1);
  }
  const laterality: Laterality | null =
    sides & SIDE_BIT.bilateral || (sides & SIDE_BIT.left && sides & SIDE_BIT.right)
      ? 'bilateral'
      : sides & SIDE_BIT.left ? 'left' : sides & SIDE_BIT.right ? 'right' : plural ? 'bilateral' : null;
  return { bodyParts: parts, laterality };
}
