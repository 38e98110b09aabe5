import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'wrist-splint.acoem2004',
  title: 'Wrist, hand and thumb splints and braces',
  topic: 'dme',
  guideline: EDITIONS.hand2004,
  sections: ['Initial Care'],
  recommendation: 'conditional',
  summary:
    'Splinting of the wrist or thumb is supported for de Quervain tenosynovitis and for carpal tunnel syndrome (worn at night before any surgery); it is not a routine treatment for other hand and wrist complaints.',
  applies: { categories: ['dme'], requestTerms: ['splint', 'splints', 'brace', 'braces', 'orthosis', 'orthotic', 'support'], bodyParts: ['wrist', 'wrists', 'hand', 'hands', 'thumb', 'thumbs'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'A condition for which splinting is supported',
    code: 'splint-indication-not-documented',
    children: [
      { kind: 'fact', id: 'carpal-tunnel', text: 'Carpal tunnel syndrome', factKind: 'diagnosis', values: ['carpal tunnel', 'carpal tunnel syndrome'] },
      { kind: 'fact', id: 'de-quervain', text: 'De Quervain tenosynovitis (read as wrist tenosynovitis or tendinitis)', factKind: 'diagnosis', values: ['de quervain', 'tenosynovitis', 'tendinitis'] },
    ],
  },
};
