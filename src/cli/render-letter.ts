// A stored letter, as text for a terminal.
import type { StoredLetter } from '../app/index.ts';
import { safeText, type Style } from './format.ts';

export function renderLetter(stored: StoredLetter, style: Style): string {
  const l = stored.letter;
  const field = (name: string, value: string | number | null): string => `${name.padEnd(22)}${value === null ? '-' : safeText(String(value))}`;
  const lines = [
    style.bold(`Case ${l.caseNumber ?? '(no case number)'}`),
    field('Layout', l.layout),
    field('Date of injury', l.dateOfInjury),
    field('UR denial date', l.urDenialDate),
    field('Application received', l.applicationReceived),
    field('Date assigned', l.dateAssigned),
    field('Decision date', l.decisionDate),
    field('Priority', l.priority),
    field('Reviewer specialty', l.reviewer.specialties.join('; ') || null),
    field('Reviewer licensure', l.reviewer.licensure.join(', ') || null),
    field('Patient', [l.patient.age === null ? null : `${l.patient.age} years`, l.patient.sex].filter((x) => x !== null).join(', ') || null),
    field('Source file', stored.sourceName),
    '',
  ];
  l.items.forEach((item, i) => {
    lines.push(style.bold(`${i + 1}. ${safeText(item.request)}: ${item.decision ?? '(decision not read)'}`));
    if (item.originalRequest !== null) lines.push(`   original request: ${safeText(item.originalRequest)}`);
    if (item.authorized !== null) lines.push(`   authorized by UR: ${safeText(item.authorized)}`);
    lines.push(`   category: ${item.category}${item.bodyParts.length > 0 ? ` | body: ${item.bodyParts.join(', ')}` : ''}`);
    if (item.imrGuideline !== null) lines.push(`   IMR guideline: ${safeText(item.imrGuideline)}`);
    if (item.claimsAdministratorGuideline !== null) lines.push(`   claims administrator guideline: ${safeText(item.claimsAdministratorGuideline)}`);
  });
  if (l.problems.length > 0) {
    lines.push('', style.dim(`parse problems: ${l.problems.map((p) => p.code).join(', ')}`));
  }
  return lines.join('\n');
}
