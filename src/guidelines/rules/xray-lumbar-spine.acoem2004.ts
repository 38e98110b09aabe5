import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'xray-lumbar-spine.acoem2004',
  title: 'Plain radiographs of the lumbar spine',
  topic: 'imaging',
  guideline: EDITIONS.lowBack2004,
  sections: ['Special Studies'],
  recommendation: 'conditional',
  summary: 'Plain films of the lumbar spine are not recommended for low back pain unless there are red flags for serious spinal pathology, even when the pain has lasted six weeks or more.',
  applies: { categories: ['imaging.x-ray'], bodyParts: ['lumbar spine', 'lumbar', 'low back', 'lumbosacral spine', 'thoracic spine', 'thoracic'] },
  criteria: { kind: 'fact', id: 'red-flag', text: 'A red flag for serious spinal pathology', factKind: 'red-flag', code: 'red-flags-not-documented' },
};
