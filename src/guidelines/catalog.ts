// The registry of rule files. Each entry pairs a rule with its example cases; the catalog test checks that every
// file in rules/ is registered here and has its cases and its doc.
import type { Rule } from '../engine/index.ts';
import type { RuleCase } from './kit.ts';
import * as r0 from './rules/acupuncture.acupuncture2007.ts';
import * as c0 from './rules/acupuncture.acupuncture2007.cases.ts';
import * as r1 from './rules/anticonvulsants.cpmtg2009.ts';
import * as c1 from './rules/anticonvulsants.cpmtg2009.cases.ts';
import * as r2 from './rules/anticonvulsants.cpmtg2016.ts';
import * as c2 from './rules/anticonvulsants.cpmtg2016.cases.ts';
import * as r3 from './rules/carisoprodol.cpmtg2009.ts';
import * as c3 from './rules/carisoprodol.cpmtg2009.cases.ts';
import * as r4 from './rules/chiropractic.cpmtg2009.ts';
import * as c4 from './rules/chiropractic.cpmtg2009.cases.ts';
import * as r5 from './rules/chiropractic.cpmtg2016.ts';
import * as c5 from './rules/chiropractic.cpmtg2016.cases.ts';
import * as r6 from './rules/consultations.acoem2004.ts';
import * as c6 from './rules/consultations.acoem2004.cases.ts';
import * as r7 from './rules/electrodiagnostics.acoem2004.ts';
import * as c7 from './rules/electrodiagnostics.acoem2004.cases.ts';
import * as r8 from './rules/electrodiagnostics.cpmtg2016.ts';
import * as c8 from './rules/electrodiagnostics.cpmtg2016.cases.ts';
import * as r9 from './rules/epidural-steroid-injection.cpmtg2009.ts';
import * as c9 from './rules/epidural-steroid-injection.cpmtg2009.cases.ts';
import * as r10 from './rules/insomnia-treatment.cpmtg2016.ts';
import * as c10 from './rules/insomnia-treatment.cpmtg2016.cases.ts';
import * as r11 from './rules/insomnia-treatment.odg.ts';
import * as c11 from './rules/insomnia-treatment.odg.cases.ts';
import * as r12 from './rules/lidocaine-patch.cpmtg2016.ts';
import * as c12 from './rules/lidocaine-patch.cpmtg2016.cases.ts';
import * as r13 from './rules/massage-therapy.cpmtg2009.ts';
import * as c13 from './rules/massage-therapy.cpmtg2009.cases.ts';
import * as r14 from './rules/massage-therapy.cpmtg2016.ts';
import * as c14 from './rules/massage-therapy.cpmtg2016.cases.ts';
import * as r15 from './rules/mri-cervical-spine.acoem2004.ts';
import * as c15 from './rules/mri-cervical-spine.acoem2004.cases.ts';
import * as r16 from './rules/mri-knee.acoem2004.ts';
import * as c16 from './rules/mri-knee.acoem2004.cases.ts';
import * as r17 from './rules/mri-lumbar-spine.acoem2004.ts';
import * as c17 from './rules/mri-lumbar-spine.acoem2004.cases.ts';
import * as r18 from './rules/mri-shoulder.acoem2004.ts';
import * as c18 from './rules/mri-shoulder.acoem2004.cases.ts';
import * as r19 from './rules/muscle-relaxants.cpmtg2009.ts';
import * as c19 from './rules/muscle-relaxants.cpmtg2009.cases.ts';
import * as r20 from './rules/muscle-relaxants.cpmtg2016.ts';
import * as c20 from './rules/muscle-relaxants.cpmtg2016.cases.ts';
import * as r21 from './rules/nsaids.cpmtg2009.ts';
import * as c21 from './rules/nsaids.cpmtg2009.cases.ts';
import * as r22 from './rules/nsaids.cpmtg2016.ts';
import * as c22 from './rules/nsaids.cpmtg2016.cases.ts';
import * as r23 from './rules/office-visits.cpmtg2016.ts';
import * as c23 from './rules/office-visits.cpmtg2016.cases.ts';
import * as r24 from './rules/opioids-continuation.cpmtg2009.ts';
import * as c24 from './rules/opioids-continuation.cpmtg2009.cases.ts';
import * as r25 from './rules/opioids-continuation.opioids2016.ts';
import * as c25 from './rules/opioids-continuation.opioids2016.cases.ts';
import * as r26 from './rules/opioids-initiation.cpmtg2009.ts';
import * as c26 from './rules/opioids-initiation.cpmtg2009.cases.ts';
import * as r27 from './rules/opioids-initiation.opioids2016.ts';
import * as c27 from './rules/opioids-initiation.opioids2016.cases.ts';
import * as r28 from './rules/physical-medicine.cpmtg2009.ts';
import * as c28 from './rules/physical-medicine.cpmtg2009.cases.ts';
import * as r29 from './rules/physical-medicine.cpmtg2016.ts';
import * as c29 from './rules/physical-medicine.cpmtg2016.cases.ts';
import * as r30 from './rules/ppi.cpmtg2009.ts';
import * as c30 from './rules/ppi.cpmtg2009.cases.ts';
import * as r31 from './rules/ppi.cpmtg2016.ts';
import * as c31 from './rules/ppi.cpmtg2016.cases.ts';
import * as r32 from './rules/tens.cpmtg2009.ts';
import * as c32 from './rules/tens.cpmtg2009.cases.ts';
import * as r33 from './rules/tens.cpmtg2016.ts';
import * as c33 from './rules/tens.cpmtg2016.cases.ts';
import * as r34 from './rules/topical-analgesics.cpmtg2009.ts';
import * as c34 from './rules/topical-analgesics.cpmtg2009.cases.ts';
import * as r35 from './rules/topical-analgesics.cpmtg2016.ts';
import * as c35 from './rules/topical-analgesics.cpmtg2016.cases.ts';

export interface CatalogEntry {
  readonly rule: Rule;
  readonly cases: readonly RuleCase[];
}

export const CATALOG: readonly CatalogEntry[] = [
  { rule: r0.rule, cases: c0.cases },
  { rule: r1.rule, cases: c1.cases },
  { rule: r2.rule, cases: c2.cases },
  { rule: r3.rule, cases: c3.cases },
  { rule: r4.rule, cases: c4.cases },
  { rule: r5.rule, cases: c5.cases },
  { rule: r6.rule, cases: c6.cases },
  { rule: r7.rule, cases: c7.cases },
  { rule: r8.rule, cases: c8.cases },
  { rule: r9.rule, cases: c9.cases },
  { rule: r10.rule, cases: c10.cases },
  { rule: r11.rule, cases: c11.cases },
  { rule: r12.rule, cases: c12.cases },
  { rule: r13.rule, cases: c13.cases },
  { rule: r14.rule, cases: c14.cases },
  { rule: r15.rule, cases: c15.cases },
  { rule: r16.rule, cases: c16.cases },
  { rule: r17.rule, cases: c17.cases },
  { rule: r18.rule, cases: c18.cases },
  { rule: r19.rule, cases: c19.cases },
  { rule: r20.rule, cases: c20.cases },
  { rule: r21.rule, cases: c21.cases },
  { rule: r22.rule, cases: c22.cases },
  { rule: r23.rule, cases: c23.cases },
  { rule: r24.rule, cases: c24.cases },
  { rule: r25.rule, cases: c25.cases },
  { rule: r26.rule, cases: c26.cases },
  { rule: r27.rule, cases: c27.cases },
  { rule: r28.rule, cases: c28.cases },
  { rule: r29.rule, cases: c29.cases },
  { rule: r30.rule, cases: c30.cases },
  { rule: r31.rule, cases: c31.cases },
  { rule: r32.rule, cases: c32.cases },
  { rule: r33.rule, cases: c33.cases },
  { rule: r34.rule, cases: c34.cases },
  { rule: r35.rule, cases: c35.cases },
];
