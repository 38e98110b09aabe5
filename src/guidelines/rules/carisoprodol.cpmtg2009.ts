import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'carisoprodol.cpmtg2009',
  title: 'Carisoprodol (Soma)',
  topic: 'muscle-relaxants',
  guideline: EDITIONS.cpmtg2009,
  pages: ['29'],
  recommendation: 'not-recommended',
  summary: 'Carisoprodol is not recommended and not indicated for long-term use; its metabolite meprobamate is a Schedule IV controlled substance.',
  applies: { categories: ['pharmaceutical.muscle-relaxant'], drugs: ['carisoprodol', 'soma'] },
  criteria: { kind: 'const', id: 'not-recommended', text: 'Carisoprodol is not recommended', status: 'not_met', code: 'not-recommended', unverified: true },
};
