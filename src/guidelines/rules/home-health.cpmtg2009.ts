import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'home-health.cpmtg2009',
  title: 'Home health services',
  topic: 'home-health',
  guideline: EDITIONS.cpmtg2009,
  pages: ['51'],
  recommendation: 'conditional',
  summary:
    'Home health services are for recommended medical treatment given to homebound patients part-time or intermittently, generally no more than 35 hours a week; homemaker services (shopping, cleaning, laundry) and personal care (bathing, dressing, toileting) are not medical treatment when they are the only care needed.',
  applies: { categories: ['home-health'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Home health criteria',
    unverified: true,
    children: [
      {
        kind: 'any',
        id: 'homebound',
        text: 'The patient is homebound',
        code: 'homebound-not-documented',
        children: [
          { kind: 'fact', id: 'homebound-finding', text: 'Homebound status documented', factKind: 'objective-finding', values: ['homebound', 'bedbound', 'bed bound', 'wheelchair bound', 'unable to leave home'] },
          { kind: 'fact', id: 'homebound-status', text: 'Homebound status documented', factKind: 'work-status', values: ['homebound'] },
        ],
      },
      { kind: 'not', id: 'medical-treatment', text: 'The services are medical treatment, not homemaker or personal care alone', code: 'not-medical-treatment', child: { kind: 'request-mentions', id: 'homemaker', text: 'Homemaker or personal care services', field: 'text', terms: ['homemaker', 'housekeeping', 'cleaning', 'shopping', 'laundry', 'chore', 'chores', 'personal care', 'bathing', 'attendant care', 'caregiver'] } },
    ],
  },
};
