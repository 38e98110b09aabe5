import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'carpal-tunnel-release.acoem2004',
  title: 'Carpal tunnel release',
  topic: 'surgery',
  guideline: EDITIONS.hand2004,
  sections: ['Surgical Considerations'],
  recommendation: 'conditional',
  summary:
    'Carpal tunnel release is indicated when the syndrome is shown by positive findings on clinical examination and supported by nerve conduction studies; surgical referral is also supported after a severe wrist injury with fracture and acute nerve dysfunction.',
  applies: { categories: ['surgery'], requestTerms: ['carpal tunnel'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'Carpal tunnel release criteria',
    children: [
      {
        kind: 'all',
        id: 'confirmed-cts',
        text: 'Positive clinical findings confirmed by electrodiagnostic testing',
        unverified: true,
        children: [
          {
            kind: 'any',
            id: 'clinical-findings',
            text: 'Positive clinical findings of carpal tunnel syndrome (provocative tests or objective sensory or motor change)',
            code: 'objective-findings-not-documented',
            children: [
              { kind: 'fact', id: 'provocative-test', text: 'A positive Tinel, Phalen or carpal compression test', factKind: 'special-test', values: ['tinel', 'phalen', 'durkan', 'carpal compression'] },
              { kind: 'fact', id: 'objective-neuro', text: 'Objective sensory or motor deficit', factKind: 'neurological-deficit', values: TERMS.objectiveNeuro },
            ],
          },
          { kind: 'fact', id: 'edx-confirmation', text: 'Electrodiagnostic studies support the diagnosis', factKind: 'electrodiagnostic', where: { result: ['abnormal'] }, code: 'electrodiagnostic-confirmation-not-documented' },
        ],
      },
      {
        kind: 'all',
        id: 'acute-after-fracture',
        text: 'Severe wrist injury with fracture and acute nerve dysfunction',
        children: [
          { kind: 'fact', id: 'fracture', text: 'A wrist or forearm fracture', factKind: 'diagnosis', values: ['fracture', 'fractures'] },
          { kind: 'fact', id: 'acute-neuro', text: 'Acute nerve dysfunction (numbness or deficit)', factKind: 'neurological-deficit', temporality: ['current'] },
        ],
      },
    ],
  },
};
