import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

const ESI = ['epidural', 'epidural steroid injection', 'esi', 'transforaminal', 'interlaminar', 'caudal'];

export const rule: Rule = {
  id: 'epidural-steroid-injection.cpmtg2009',
  title: 'Epidural steroid injections (ESIs)',
  topic: 'injections',
  guideline: { ...EDITIONS.cpmtg2009, effective: { from: EDITIONS.cpmtg2009.effective.from } },
  pages: ['46'],
  recommendation: 'option',
  summary:
    'Epidural steroid injections are an option for radicular pain when radiculopathy found on examination is confirmed by imaging or electrodiagnostic testing and conservative care (exercise, physical methods, NSAIDs, muscle relaxants) has failed; a repeat injection needs at least 50% pain relief with less medication for 6 to 8 weeks after the previous one.',
  applies: { categories: ['injection'], requestTerms: ESI },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Epidural steroid injection criteria',
    children: [
      {
        kind: 'any',
        id: 'radiculopathy-on-exam',
        text: 'Radiculopathy documented on physical examination',
        code: 'radiculopathy-not-documented',
        children: [
          { kind: 'fact', id: 'deficit', text: 'A radicular neurological deficit', factKind: 'neurological-deficit' },
          { kind: 'fact', id: 'radicular-test', text: 'A positive straight leg raise or Spurling test', factKind: 'special-test', values: ['straight leg raise', 'slr', 'spurling'] },
        ],
      },
      {
        kind: 'any',
        id: 'corroborated',
        text: 'Corroborated by imaging or electrodiagnostic studies',
        code: 'radiculopathy-not-corroborated',
        children: [
          { kind: 'fact', id: 'imaging', text: 'Imaging showing nerve root compromise', factKind: 'imaging', where: { result: ['abnormal'] } },
          { kind: 'fact', id: 'edx', text: 'Electrodiagnostic evidence of radiculopathy', factKind: 'electrodiagnostic', where: { result: ['abnormal'] } },
        ],
      },
      { kind: 'prior-treatment', id: 'conservative-care', text: 'Unresponsive to conservative treatment', treatments: TERMS.conservativeCare, code: 'conservative-care-not-documented' },
      {
        kind: 'any',
        id: 'repeat-block',
        text: 'A repeat block only after at least 50% relief from the previous one',
        code: 'repeat-block-response-not-documented',
        children: [
          { kind: 'not', id: 'first-block', text: 'No earlier epidural injection', child: { kind: 'prior-treatment', id: 'prior-block', text: 'An earlier epidural injection', treatments: ESI, ifSilent: 'not_met' } },
          { kind: 'response', id: 'prior-relief', text: 'At least 50% pain relief from the earlier block', measure: 'pain-relief', minPercent: 50, treatments: ESI },
        ],
      },
    ],
  },
};
