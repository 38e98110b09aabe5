// Clinical facts from free text, each with the exact spans that support it (issue 3, section 1).
// Pure functions: no I/O, no logging, never throws. May import only src/core.
export { extractFacts, type ExtractContext, type ExtractInput } from './extract.ts';
export { chronicity, findDates, parseClinicalDate, type Chronicity, type ChronicityResult, type DateMention } from './dates.ts';
export { ContextIndex } from './context.ts';
export { TRIGGERS, type TriggerDef } from './contextTriggers.ts';
export { DRUGS, MED_FACTORS, methadoneFactor, type DrugClass, type DrugEntry } from './drugs.ts';
export { analyze } from './text.ts';
