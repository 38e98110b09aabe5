import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'platelet-rich-plasma.odg',
  title: 'Platelet-rich plasma (PRP) injections',
  topic: 'injection',
  guideline: EDITIONS.odg,
  sections: ['Platelet-rich plasma (PRP)'],
  recommendation: 'not-recommended',
  summary:
    'The MTUS does not address platelet-rich plasma injections. ODG considers them under study: the evidence does not yet show a lasting benefit for musculoskeletal conditions, so they are not recommended outside research.',
  applies: { categories: ['injection', 'other'], requestTerms: ['platelet-rich plasma', 'platelet rich plasma', 'prp'] },
  criteria: { kind: 'const', id: 'not-recommended', text: 'PRP injections are not recommended (under study)', status: 'not_met', code: 'not-recommended', unverified: true },
};
