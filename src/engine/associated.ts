// Case-level step after each item is decided. A visit with a therapy provider requested beside a course of that
// therapy follows the course. Services that exist only to support a requested surgery
// (medical clearance, pre-operative tests, an assistant surgeon, post-operative equipment requested "as an
// associated surgical service") stand or fall with that surgery. When the surgery is not medically necessary,
// neither are they; when it is, a service no rule governs follows it, and a service with its own rule (for
// example post-operative physical therapy under the Postsurgical guidelines) keeps its own decision.
import type { NormalizedRequest } from '../core/index.ts';
import type { EngineDetermination } from './decide.ts';
import { CRITERIA_MET, NO_GOVERNING_RULE } from './decide.ts';
import { mentionsAny } from './terms.ts';

/** Words that mark a request as supporting a surgery rather than treating the condition itself. */
export const ASSOCIATED_SERVICE_TERMS = [
  'associated surgical service',
  'associated surgical services',
  'medical clearance',
  'pre-operative',
  'preoperative',
  'pre-op',
  'post-operative',
  'postoperative',
  'post-op',
  'assistant surgeon',
  'surgical assistant',
  'co-surgeon',
] as const;

export const FOLLOWS_SURGERY = 'follows-surgery-decision';
export const SURGERY_NOT_NECESSARY = 'surgery-not-medically-necessary';

const isAssociated = (request: string): boolean => mentionsAny(request, ASSOCIATED_SERVICE_TERMS);
const isSurgery = (n: NormalizedRequest, request: string): boolean => n.category === 'surgery' && !isAssociated(request);

export const FOLLOWS_THERAPY = 'follows-therapy-decision';

/** A re-examination by a therapy provider serves that therapy's course: provider words -> the therapy's category. */
const THERAPY_PROVIDERS: readonly { terms: readonly string[]; category: NormalizedRequest['category'] }[] = [
  { terms: ['chiropractor', 'chiropractic', 'chiropractic physician', 'dc'], category: 'rehab.chiropractic' },
  { terms: ['acupuncturist', 'acupuncture'], category: 'rehab.acupuncture' },
  { terms: ['physical therapist', 'physical therapy', 'pt'], category: 'rehab.physical-therapy' },
  { terms: ['occupational therapist', 'occupational therapy', 'ot'], category: 'rehab.occupational-therapy' },
];
const VISIT_TERMS = ['re-exam', 're-examination', 'reexam', 'reexamination', 're-evaluation', 'reevaluation', 'follow-up', 'follow up', 'office visit', 'visit'];

/**
 * A visit with a therapy provider requested together with a course of that therapy ("re-exam with chiropractor"
 * beside "chiropractic 2x4") is part of the course: it takes the course's decision and guideline.
 */
function linkTherapyVisits(items: readonly EngineDetermination[]): EngineDetermination[] {
  return items.map((item) => {
    if (item.normalized.category !== 'evaluation-management' || !mentionsAny(item.request, VISIT_TERMS)) return item;
    const provider = THERAPY_PROVIDERS.find((p) => mentionsAny(item.request, p.terms));
    const course = provider === undefined ? undefined : items.find((i) => i !== item && i.normalized.category === provider.category);
    if (course === undefined) return item;
    const name = item.request.trim();
    const necessary = course.decision === 'Overturned';
    return {
      ...item,
      decision: course.decision,
      confidence: course.confidence,
      guideline: course.guideline,
      criteria: [{ id: 'therapy-course', text: `The course of therapy this visit serves (${course.request.trim()}) is medically necessary`, status: necessary ? ('met' as const) : ('not_met' as const), evidence: [] }, ...course.criteria],
      reasonCodes: [FOLLOWS_THERAPY, ...course.reasonCodes],
      rationale: `This visit is part of the course of therapy requested in the same case (${course.request.trim()}), and the same guideline criteria govern it. ${necessary ? 'As that course is medically necessary, so is the visit' : 'As that course is not medically necessary, neither is the visit'}. Therefore, the request for ${name} is ${necessary ? '' : 'not '}medically necessary.`,
    };
  });
}

/**
 * Links each associated service in a case to the principal surgery requested in the same case (the first surgery
 * item that is not itself an associated service). Items of cases without a surgery are returned unchanged.
 */
export function linkAssociatedServices(decided: readonly EngineDetermination[]): EngineDetermination[] {
  const items = linkTherapyVisits(decided);
  const surgery = items.find((i) => isSurgery(i.normalized, i.request));
  if (surgery === undefined) return items;
  return items.map((item) => {
    if (item === surgery || !isAssociated(item.request)) return item;
    const necessary = surgery.decision === 'Overturned';
    if (necessary && !item.reasonCodes.includes(NO_GOVERNING_RULE)) return item;
    const criterion = {
      id: 'associated-surgery',
      text: `The surgery this service supports (${surgery.request.trim()}) is medically necessary`,
      status: necessary ? ('met' as const) : ('not_met' as const),
      evidence: [],
    };
    const name = item.request.trim();
    const rationale = necessary
      ? `This service is requested in support of the surgery in the same case (${surgery.request.trim()}), which is medically necessary; no separate guideline criteria govern it. Therefore, the request for ${name} is medically necessary.`
      : `This service is requested only in support of the surgery in the same case (${surgery.request.trim()}). As that surgery is not medically necessary, the services associated with it are not either. Therefore, the request for ${name} is not medically necessary.`;
    return {
      ...item,
      decision: surgery.decision,
      confidence: surgery.confidence,
      guideline: surgery.guideline,
      criteria: [criterion, ...item.criteria],
      reasonCodes: [necessary ? FOLLOWS_SURGERY : SURGERY_NOT_NECESSARY, ...item.reasonCodes.filter((c) => c !== NO_GOVERNING_RULE && c !== CRITERIA_MET)],
      rationale,
    };
  });
}
