import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'hot-cold-therapy.acoem2004',
  title: 'Heat and cold applications',
  topic: 'dme',
  guideline: EDITIONS.lowBack2004,
  sections: ['Physical Methods'],
  recommendation: 'conditional',
  summary:
    'Heat or cold applied by the patient at home works as well as applications by a therapist; simple home applications are an option as part of an active functional-restoration programme, and a powered or rented device adds nothing the guideline supports.',
  applies: { categories: ['dme'], requestTerms: ['heat', 'hot', 'cold', 'ice', 'thermal', 'cryotherapy', 'thermotherapy', 'vascutherm', 'game ready', 'polar care'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'A simple home application used with an active programme',
    children: [
      {
        kind: 'not',
        id: 'simple-home-application',
        text: 'A simple home application, not a powered or rented device',
        code: 'home-application-sufficient',
        unverified: true,
        child: { kind: 'request-mentions', id: 'device', text: 'The request is for a powered, compression or rented device', field: 'text', terms: ['unit', 'machine', 'device', 'rental', 'vascutherm', 'game ready', 'polar care', 'pump', 'compression'] },
      },
      {
        kind: 'any',
        id: 'functional-restoration',
        text: 'Part of an active functional-restoration programme (home exercise or active therapy)',
        code: 'adjunct-functional-restoration-not-documented',
        children: [
          { kind: 'fact', id: 'home-exercise', text: 'A home exercise program', factKind: 'home-exercise-program' },
          { kind: 'prior-treatment', id: 'active-therapy', text: 'Active therapy or exercise', treatments: TERMS.exercise },
        ],
      },
    ],
  },
};
