import { describe, expect, it } from 'vitest';
import { BODY_PARTS, BODY_PART_REGION, findBodyParts } from './index.ts';

describe('findBodyParts', () => {
  it.each([
    ['MRI of the L-spine', ['lumbar spine'], null],
    ['X-rays of the C/S', ['cervical spine'], null],
    ['LS support', ['lumbosacral'], null],
    ['lumbar ESI', ['lumbar spine'], null],
    ['ESI at L4-5', ['lumbar spine'], null],
    ['TFESI L5-S1', ['lumbar spine'], null],
    ['C5-C6 ACDF', ['cervical spine'], null],
    ['T12-L1 kyphoplasty', ['thoracic spine', 'lumbar spine'], null],
    ['PT for bilateral knees', ['knee'], 'bilateral'],
    ['R shoulder arthroscopy', ['shoulder'], 'right'],
    ['lt wrist splint', ['wrist'], 'left'],
    ['B/L hip injections', ['hip'], 'bilateral'],
    ['EMG of the RUE', ['upper extremity'], 'right'],
    ['X-ray both hands', ['hand'], 'bilateral'],
    ['splints for the hands', ['hand'], 'bilateral'],
    ['MRI of the neck and low back', ['cervical spine', 'lumbar spine'], null],
    ['SI joint injection, left', ['sacroiliac joint'], 'left'],
    ['Left shoulder and right knee', ['shoulder', 'knee'], 'bilateral'],
    ['Free T4 level', [], null],
    ['Norco 10/325 #60', [], null],
  ] as const)('%s', (text, parts, side) => {
    expect(findBodyParts(text)).toEqual({ bodyParts: parts, laterality: side });
  });

  it('maps every canonical part to a guideline region', () => {
    for (const p of BODY_PARTS) expect(BODY_PART_REGION[p]).toMatch(/^[a-z-]+$/);
  });
});
