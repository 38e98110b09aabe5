import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'gym-membership.odg',
  title: 'Gym memberships',
  topic: 'programs',
  guideline: EDITIONS.odg,
  sections: ['Gym memberships'],
  recommendation: 'not-recommended',
  summary: 'Gym memberships are not recommended as a medical prescription unless a documented home exercise program with periodic assessment has not been effective and there is a need for equipment; treatment must be monitored and administered by medical professionals.',
  applies: { categories: ['program', 'other', 'dme', 'rehab.physical-therapy'], requestTerms: ['gym', 'gym membership', 'health club', 'pool membership', 'ymca'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Exception criteria for a gym membership',
    children: [
      { kind: 'fact', id: 'home-exercise-failed', text: 'A documented home exercise program has not been effective', factKind: 'no-benefit', values: ['home exercise', 'home exercise program', 'hep'], code: 'home-exercise-failure-not-documented' },
      { kind: 'request-mentions', id: 'supervised', text: 'The program is supervised by medical professionals', field: 'text', terms: ['supervised', 'medically supervised'], code: 'not-medically-supervised' },
    ],
  },
};
