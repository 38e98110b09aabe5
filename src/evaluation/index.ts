export { agreement, agreementBy, confusionOf } from './metrics.ts';
export type { AgreementMetrics, Confusion } from './metrics.ts';
