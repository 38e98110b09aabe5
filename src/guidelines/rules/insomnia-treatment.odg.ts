import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

const SLEEP_AIDS = ['zolpidem', 'ambien', 'eszopiclone', 'lunesta', 'zaleplon', 'sonata', 'temazepam', 'restoril', 'trazodone', 'diphenhydramine', 'doxylamine', 'sleep aid', 'sleeping pill', 'melatonin', 'ramelteon', 'suvorexant', 'belsomra'];

export const rule: Rule = {
  id: 'insomnia-treatment.odg',
  title: 'Insomnia treatment (sleep aids)',
  topic: 'sleep-aids',
  guideline: EDITIONS.odg,
  sections: ['Pain (Chronic): Insomnia treatment', 'Zolpidem (Ambien)'],
  recommendation: 'conditional',
  summary: 'Sleep aids are for short-term treatment of documented insomnia after sleep hygiene has been addressed; sedating antihistamines lead to tolerance within days and cause next-day sedation, and hypnotics are not recommended for long-term use.',
  applies: { categories: ['pharmaceutical.sleep-aid'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Sleep aid criteria',
    unverified: true,
    children: [
      {
        kind: 'any',
        id: 'insomnia',
        text: 'Insomnia is documented',
        code: 'insomnia-not-documented',
        children: [
          { kind: 'fact', id: 'insomnia-diagnosis', text: 'A diagnosis of insomnia or sleep disturbance', factKind: 'diagnosis', values: ['insomnia', 'sleep disturbance', 'sleep disorder'] },
          { kind: 'fact', id: 'insomnia-symptom', text: 'Difficulty sleeping', factKind: 'symptom', values: ['insomnia', 'difficulty sleeping', 'trouble sleeping', 'sleep disturbance', 'poor sleep', 'unable to sleep'] },
        ],
      },
      { kind: 'fact', id: 'short-term', text: 'Short-term use: not already taking a sleep aid', factKind: 'medication', values: SLEEP_AIDS, temporality: ['current'], expect: 'absent', ifSilent: 'met', code: 'long-term-use-not-recommended' },
    ],
  },
};
