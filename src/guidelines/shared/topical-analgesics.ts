// The topical-analgesics criteria the 2009 and 2016 Chronic Pain guidelines share word for word: each version's rule file
// (rules/topical-analgesics.cpmtg2009.ts, .cpmtg2016.ts) adds its edition, its pages or sections and its scope (decision 0005).
import type { Rule } from '../../engine/index.ts';
import { TERMS } from '../kit.ts';

export const topicalAnalgesics: Pick<Rule, 'title' | 'topic' | 'recommendation' | 'summary' | 'criteria'> = {
  title: 'Topical analgesics, including compounded products',
  topic: 'topical-analgesics',
  recommendation: 'conditional',
  summary: 'Topical analgesics are mostly experimental and are meant mainly for neuropathic pain once antidepressants and anticonvulsants have been tried without success; a compounded product is not recommended if even one of its drugs or drug classes is not recommended. Topical muscle relaxants have no supporting evidence, and the only topical lidocaine form indicated is the Lidoderm patch.',
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Topical analgesic criteria',
    children: [
      {
        kind: 'not',
        id: 'no-unsupported-ingredient',
        text: 'The product contains no ingredient that is not recommended',
        code: 'compound-contains-not-recommended-ingredient',
        child: {
          kind: 'request-mentions',
          id: 'unsupported-ingredient',
          text: 'The product contains gabapentin, a muscle relaxant, flurbiprofen or ketoprofen, or lidocaine in a form other than the patch',
          field: 'text',
          terms: ['gabapentin', 'cyclobenzaprine', 'baclofen', 'flurbiprofen', 'ketoprofen', 'tramadol', 'amitriptyline', 'lidocaine cream', 'lidocaine gel', 'lidocaine ointment', 'lidocaine lotion', 'compound', 'compounded'],
        },
      },
      {
        kind: 'any',
        id: 'neuropathic-after-first-line',
        text: 'Neuropathic pain after trials of antidepressants or anticonvulsants',
        code: 'first-line-trial-not-documented',
        children: [
          { kind: 'prior-treatment', id: 'first-line-trial', text: 'An antidepressant or anticonvulsant was tried', treatments: TERMS.firstLineNeuropathic },
          { kind: 'fact', id: 'first-line-medication', text: 'Takes or took an antidepressant or anticonvulsant', factKind: 'medication', values: TERMS.firstLineNeuropathic },
        ],
      },
    ],
  },
};
