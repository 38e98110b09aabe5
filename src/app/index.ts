export { defaultDbPath, describeLocation, resolveStoreLocation } from './config.ts';
export type { StoreLocation } from './config.ts';
export { openStoreAt } from './store.ts';
export { corpusStats, importDmhc, ingestPaths, listLetterFiles, parseLetterFile, searchCorpus, showCase } from './usecases.ts';
export type { DmhcImportSummary } from './usecases.ts';
export type { IngestSummary, StatsLine, StatsReport } from '../corpus/index.ts';
export type { SearchResult, StatsDimension, Program, StoredLetter, Store } from '../storage/index.ts';
export { decideCase, evaluateLetters, readCaseFile, isoInputDate, withSimilarDecisions } from './determine.ts';
export type { EvalReport } from './determine.ts';
