export { agreement, agreementBy, confusionOf } from './metrics.ts';
export type { AgreementMetrics, Confusion } from './metrics.ts';
export { blindCase } from './blind.ts';
export type { BlindCase } from './blind.ts';
