// Public surface of src/requests: disputed-treatment request normalisation (category, body parts, quantity).
export { normalizeRequest, classifyCategory, findBodyParts, parseQuantity } from './normalize.ts';
export { drugClass, DRUG_LEXICON, type DrugClass } from './drugs.ts';
export { BODY_PARTS, BODY_PART_REGION, type BodyPart, type BodyPartsResult } from './bodyParts.ts';
export { CATEGORY_RULES, type CategoryRule } from './categories.ts';
export { MAX_REQUEST_LENGTH } from './text.ts';
