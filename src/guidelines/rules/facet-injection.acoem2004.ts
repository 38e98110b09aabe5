import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'facet-injection.acoem2004',
  title: 'Facet joint injections and medial branch blocks',
  topic: 'injections',
  guideline: EDITIONS.lowBack2004,
  sections: ['Physical Methods'],
  recommendation: 'not-recommended',
  summary: 'Invasive techniques such as facet-joint injections of cortisone and lidocaine are of questionable merit for low back complaints.',
  applies: { categories: ['injection'], requestTerms: ['facet', 'facet joint', 'medial branch', 'mbb', 'radiofrequency', 'rhizotomy'] },
  criteria: { kind: 'const', id: 'questionable-merit', text: 'Facet injections are of questionable merit', status: 'not_met', code: 'not-recommended', unverified: true },
};
