// Shared by the security tests: a small HTTP client that keeps a cookie session and its CSRF token (or an
// API token), planted synthetic values, and capture of everything the process writes. Every person, claim
// and text here is invented; the values are distinctive so a substring search finds any leak.
import { vi, type MockInstance } from 'vitest';

/** Distinctive synthetic values planted in every field of the end-to-end run. */
export const PLANTED = {
  employee: 'Quillonia Zephyrwick',
  employeeSurname: 'Zephyrwick',
  claimNumber: 'ZQCLM-884213',
  dateOfBirth: '1961-02-17',
  address: '77 Xylocarp Lane, Auburn, CA 95603',
  employer: 'Vorpalite Quarry Works',
  physician: 'Dr. Barnabus Quixmoor, M.D.',
  claimsAdministrator: 'Glimmerfen Claims Trust',
  clinical: 'ZQCLINICAL marker: the worker reports lumbar pain since hoisting a xylophonic slab',
  reviewer: 'Thaddeus Quorvane',
  reviewerSurname: 'Quorvane',
  fileName: 'ZQFILE-progress-note.txt',
  searchText: 'zqsearchword',
  wrongPassword: 'ZQ-wrong-password-3318',
  passwords: {
    intake: 'ZQ-intake-pass-5501',
    reviewer: 'ZQ-reviewer-pass-5502',
    qa: 'ZQ-qa-pass-5503',
    applicant: 'ZQ-applicant-pass-5504',
    claims: 'ZQ-claims-pass-5505',
  },
} as const;

export interface Session {
  cookie?: string;
  csrf?: string;
  bearer?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** Calls the server over a real socket with a session's credentials. */
export async function call(base: string, who: Session, method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...extra };
  if (who.cookie !== undefined) headers['cookie'] = who.cookie;
  if (who.csrf !== undefined && method !== 'GET') headers['x-csrf-token'] = who.csrf;
  if (who.bearer !== undefined) headers['authorization'] = `Bearer ${who.bearer}`;
  let payload: string | Uint8Array | undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) payload = body;
  else if (body !== undefined) {
    headers['content-type'] ??= 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${base}/api/v1${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, text: Buffer.from(bytes).toString('latin1') };
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body's shape
export function jsonOf<T>(a: Answer): T {
  return JSON.parse(a.text) as T;
}

/** Signs in over HTTP: the session cookie and the CSRF token. */
export async function signIn(base: string, username: string, password: string): Promise<Session & { raw: Answer }> {
  const raw = await call(base, {}, 'POST', '/auth/login', { username, password });
  const cookie = (raw.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = raw.status === 200 ? jsonOf<{ csrfToken: string }>(raw).csrfToken : '';
  return { cookie, csrf, raw };
}

type Spy = MockInstance<(...args: never[]) => unknown>;

/** Records everything written to stdout, stderr and the console, passing it through. */
export class OutputCapture {
  readonly #spies: Spy[] = [];
  #kept = '';

  start(): void {
    this.#spies.push(
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
      ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m) as unknown as Spy),
    );
  }

  text(): string {
    return this.#kept + this.#spies
      .flatMap((s) => s.mock.calls)
      .map((args) => (args as unknown[]).map((a) => (typeof a === 'string' ? a : a instanceof Uint8Array ? Buffer.from(a).toString('utf8') : String(a))).join(' '))
      .join('\n');
  }

  stop(): void {
    this.#kept = this.text();
    for (const s of this.#spies) s.mockRestore();
    this.#spies.length = 0;
  }
}

/** How many times `needle` occurs in `hay` (case-insensitive). */
export function occurrences(hay: string, needle: string): number {
  if (needle === '') return 0;
  return hay.toLowerCase().split(needle.toLowerCase()).length - 1;
}
