// Small formatting rules shared by every output (text, HTML, PDF): dates, citations, decisions, parties.
import type { Citation, Decision } from '../core/index.ts';
import type { Address, FinalLetterItem } from './model.ts';

/** "2016-11-09" -> "11/09/2016", as the header table prints dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m ?? ''}/${d ?? ''}/${y ?? ''}`;
}

/** A withheld value prints as its label. */
export const WITHHELD_ADDRESS = '[ADDRESS]';
export const WITHHELD_DATE_OF_BIRTH = '[DATE OF BIRTH]';

export function formatAddress(address: Address | null): string {
  if (address === null) return WITHHELD_ADDRESS;
  return `${address.street}, ${address.city}, ${address.state} ${address.zip}`;
}

/**
 * One citation as the letters print it:
 *   "Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies."
 *   "Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Page(s): 60."
 *   "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Chronic)."
 */
export function formatCitation(c: Citation): string {
  let body: string;
  switch (c.source) {
    case 'MTUS':
      body = `MTUS ${c.title}`;
      break;
    case 'ODG':
      body = `Non-MTUS Citation ${/\bODG\b|Official\s+Disability/i.test(c.title) ? c.title : `Official Disability Guidelines (ODG) ${c.title}`}`;
      break;
    case 'ACOEM':
      body = `Non-MTUS Citation ${/\bACOEM\b/i.test(c.title) ? c.title : `ACOEM ${c.title}`}`;
      break;
    case 'other':
      body = `Non-MTUS Citation ${c.title}`;
      break;
  }
  if (c.sections.length > 0) body += `, Section(s): ${c.sections.join(', ')}`;
  if (c.pages.length > 0) body += `, Page(s): ${c.pages.join(', ')}`;
  return `Decision based on ${body.replace(/[\s.]+$/, '')}.`;
}

export function formatGuideline(citations: readonly Citation[], who: 'Claims Administrator' | 'Expert Reviewer'): string {
  if (citations.length === 0) return `The ${who} did not cite any medical evidence for its decision.`;
  return citations.map(formatCitation).join(' ');
}

/** The item line that ends in the decision: "Norco 10/325mg #60: Upheld", or the modified-request form. */
export function itemTitle(item: FinalLetterItem): string {
  if (item.originalRequest !== undefined && item.authorized !== undefined) {
    return (
      `${item.originalRequest} was the original request. ${item.authorized} was authorized by the Claims Administrator. ` +
      `The remaining IMR eligible portion of the original request, ${item.request} is: ${item.decision}`
    );
  }
  return `${item.request}: ${item.decision}`;
}

/** The plain-language decision, as the letters word it. */
export function decisionSentence(request: string, decision: Decision): string {
  return decision === 'Upheld'
    ? `The request for ${request} is not medically necessary and appropriate. The Claims Administrator's decision is upheld.`
    : `The request for ${request} is medically necessary and appropriate. The Claims Administrator's decision is overturned.`;
}

/** "11/09/2016" or "11/09/2016 - 12/01/2016". */
export function formatDateRange(from: string, to: string | undefined): string {
  return to === undefined || to === from ? formatDate(from) : `${formatDate(from)} - ${formatDate(to)}`;
}
