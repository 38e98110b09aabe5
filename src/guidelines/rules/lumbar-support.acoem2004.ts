import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'lumbar-support.acoem2004',
  title: 'Lumbar supports',
  topic: 'dme',
  guideline: EDITIONS.lowBack2004,
  sections: ['Physical Methods'],
  recommendation: 'not-recommended',
  summary: 'Lumbar supports have not been shown to give lasting benefit beyond the acute phase of symptom relief.',
  applies: { categories: ['dme'], requestTerms: ['lumbar support', 'back support', 'lumbar brace', 'back brace', 'lso', 'lumbar corset', 'lumbosacral orthosis'] },
  criteria: { kind: 'time-since-injury', id: 'acute-phase', text: 'Within the acute phase (first month)', maxMonths: 1, code: 'beyond-acute-phase', unverified: true },
};
