// scripts/audit-check.mjs, CI's dependency audit gate, on saved `npm audit --json` answers: passes a clean
// report and moderate findings, fails on a high or critical advisory unless the allowlist explains it,
// refuses an allowlist entry without a reason, and only warns when the audit service gave no report
// (unless OPENIMR_REQUIRE_AUDIT=1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/audit-check.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'openimr-audit-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function file(content: unknown): string {
  const path = join(dir, `f${n++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const advisory = (severity: string, ghsa = 'GHSA-abcd-efgh-jmpq'): object => ({
  auditReportVersion: 2,
  vulnerabilities: {
    somepkg: { name: 'somepkg', severity, via: [{ source: 1099999, name: 'somepkg', title: 'Prototype pollution', url: `https://github.com/advisories/${ghsa}`, severity, range: '<1.2.3' }] },
    parent: { name: 'parent', severity, via: ['somepkg'] },
  },
  metadata: { vulnerabilities: { [severity]: 2 } },
});

function run(report: unknown, allowlist: unknown = { advisories: [] }, env: Record<string, string> = {}): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, '--report', file(report), '--allowlist', file(allowlist)], { encoding: 'utf8', env: { ...process.env, OPENIMR_REQUIRE_AUDIT: '', ...env } });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('scripts/audit-check.mjs', () => {
  it('passes a clean report and one with only moderate advisories', () => {
    expect(run({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: {} } }).code).toBe(0);
    expect(run(advisory('moderate')).code).toBe(0);
  });

  it('fails on an unexplained high or critical advisory, naming it once', () => {
    for (const severity of ['high', 'critical']) {
      const r = run(advisory(severity));
      expect(r.code).toBe(1);
      expect(r.out.match(/UNEXPLAINED/g)).toHaveLength(1);
      expect(r.out).toContain('GHSA-abcd-efgh-jmpq in somepkg');
    }
  });

  it('passes when the allowlist explains that advisory for that package, and not for another', () => {
    const reason = 'only reachable from the PDF renderer with attacker-controlled fonts, which OpenIMR never loads';
    expect(run(advisory('high'), { advisories: [{ id: 'GHSA-abcd-efgh-jmpq', package: 'somepkg', reason }] }).code).toBe(0);
    expect(run(advisory('high'), { advisories: [{ id: 'GHSA-abcd-efgh-jmpq', package: 'otherpkg', reason }] }).code).toBe(1);
    const stale = run(advisory('moderate'), { advisories: [{ id: 'GHSA-abcd-efgh-jmpq', package: 'somepkg', reason }] });
    expect(stale.code).toBe(0);
    expect(stale.out).toMatch(/no longer matches/);
  });

  it('refuses an allowlist entry without a real reason (exit 2)', () => {
    expect(run(advisory('high'), { advisories: [{ id: 'GHSA-abcd-efgh-jmpq', package: 'somepkg', reason: 'n/a' }] }).code).toBe(2);
    expect(run(advisory('high'), { list: [] }).code).toBe(2);
  });

  it('only warns when the audit gave no report, unless OPENIMR_REQUIRE_AUDIT=1', () => {
    const refused = { message: '405 Method Not Allowed', statusCode: 405, error: { summary: '', detail: '' } };
    const warned = run(refused);
    expect(warned.code).toBe(0);
    expect(warned.out).toMatch(/WARNING: the dependency audit could not run/);
    expect(run('npm ERR! network', undefined).code).toBe(0);
    expect(run(refused, undefined, { OPENIMR_REQUIRE_AUDIT: '1' }).code).toBe(1);
  });
});
