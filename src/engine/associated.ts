// Case-level step after each item is decided: services that exist only to support a requested surgery
// (medical clearance, pre-operative tests, an assistant surgeon, post-operative equipment requested "as an
// associated surgical service") stand or fall with that surgery. When the surgery is not medically necessary,
// neither are they; when it is, a service no rule governs follows it, and a service with its own rule (for
// example post-operative physical therapy under the Postsurgical guidelines) keeps its own decision.
import type { NormalizedRequest } from '../core/index.ts';
import type { EngineDetermination } from './decide.ts';
import { NO_GOVERNING_RULE } from './decide.ts';
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

/**
 * Links each associated service in a case to the principal surgery requested in the same case (the first surgery
 * item that is not itself an associated service). Items of cases without a surgery are returned unchanged.
 */
export function linkAssociatedServices(items: readonly EngineDetermination[]): EngineDetermination[] {
  const surgery = items.find((i) => isSurgery(i.normalized, i.request));
  if (surgery === undefined) return [...items];
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
      reasonCodes: [necessary ? FOLLOWS_SURGERY : SURGERY_NOT_NECESSARY, ...item.reasonCodes.filter((c) => c !== NO_GOVERNING_RULE)],
      rationale,
    };
  });
}
