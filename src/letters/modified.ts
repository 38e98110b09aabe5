// Requests that UR modified (authorised in part). The letter restates them as:
//   "X was the original request. Y was authorized by the Claims Administrator. The remaining IMR
//    eligible portion of the original request, Z is"
//   "X was the original request. The Claims Administrator authorized Y, leaving the original request
//    IMR eligible. The original request, Z is"
// The decided request is Z; X and Y are kept as printed.

export interface SplitRequest {
  readonly request: string;
  readonly originalRequest: string | null;
  readonly authorized: string | null;
}

const MAX = 3000;
const ORIGINAL = /^(.*?)\s*\bwas\s+the\s+original\s+request\b[.,;]?\s*/i;
const AUTHORIZED_PASSIVE = /^(.*?)\s+(?:was|were)\s+(?:authorized|certified|approved)\s+by\s+the\s+Claims\s+Administrator\b[.,;]?\s*/i;
const AUTHORIZED_ACTIVE = /^The\s+Claims\s+Administrator\s+(?:authorized|certified|approved)\s+(.*?)(?:,\s*leaving\b[^.]*|\s*)[.;]\s+/i;
const REMAINING = /(?:^|\s)(?:The\s+)?(?:remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+original\s+request|original\s+request)\s*,?\s*(.*)$/i;

export function splitModifiedRequest(title: string): SplitRequest {
  const plain: SplitRequest = { request: title, originalRequest: null, authorized: null };
  if (title.length > MAX) return plain;
  const o = ORIGINAL.exec(title);
  if (o === null) return plain;
  const originalRequest = (o[1] ?? '').trim();
  let rest = title.slice(o[0].length);
  let authorized: string | null = null;
  const passive = AUTHORIZED_PASSIVE.exec(rest);
  const active = passive === null ? AUTHORIZED_ACTIVE.exec(rest) : null;
  const hit = passive ?? active;
  if (hit !== null) {
    authorized = (hit[1] ?? '').trim() || null;
    rest = rest.slice(hit[0].length);
  }
  const remaining = REMAINING.exec(rest);
  const decided = stripIs(remaining?.[1] ?? rest);
  return {
    request: decided.length > 0 ? decided : originalRequest,
    originalRequest: originalRequest.length > 0 ? originalRequest : null,
    authorized,
  };
}

function stripIs(s: string): string {
  return s.trim().replace(/\s+is$/i, '').replace(/[\s,:]+$/, '').trim();
}
