// End to end in a real browser: the public search with facets, the analytics page, and the whole case flow
// (intake -> assignment -> review in the workbench -> QA -> issue -> the public search finds the letter).
// One server and one browser for the file; screenshots of each main view go to artifacts/screenshots/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localDay } from '../../web/src/dates.ts';
import { ApiSession, browserAvailable, checkView, launchBrowser, screenshot, signIn, signOut, startServer, type Browser, type RunningServer } from './harness.ts';

const RUN = browserAvailable();

/** A date relative to today in California (the tests run with TZ=America/Los_Angeles, as CI pins it). */
const isoDay = (offsetDays: number): string => localDay(offsetDays);

/** Case numbers of the hits on the search page. */
async function hitCaseNumbers(page: Page): Promise<string[]> {
  return page.locator('ol.hits a.case-link').allTextContents();
}

/** The non-empty option values of a select. */
async function optionValues(page: Page, select: string): Promise<string[]> {
  const values = await Promise.all((await page.locator(`${select} option`).all()).map((o) => o.getAttribute('value')));
  return values.filter((v): v is string => v !== null && v !== '');
}

/** Clicks a transition button of the case page; says plainly when the API offered no events at all. */
async function fire(page: Page, admin: ApiSession, caseId: string, name: string): Promise<void> {
  await page.getByRole('heading', { name: 'Actions' }).waitFor();
  const button = page.getByRole('button', { name, exact: true });
  try {
    await button.waitFor({ timeout: 5000 });
  } catch (err) {
    const offered = await admin.call<{ events: unknown[] }>('GET', `/cases/${encodeURIComponent(caseId)}/events`);
    throw new Error(`no "${name}" button; GET /cases/{id}/events offered ${JSON.stringify(offered.events)}`, { cause: err });
  }
  await button.click();
}

async function search(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('#results-heading').waitFor();
}

describe.skipIf(!RUN)('web app in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let started: { server?: RunningServer; browser?: Browser } = {};
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const t0 = Date.now();
    server = await startServer();
    started.server = server;
    browser = await launchBrowser();
    started.browser = browser;
    timings.startup = Date.now() - t0;
  }, 150_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    // What the page said when the test failed: a screenshot and the error boxes' text (detail and code).
    const name = ctx.task.name.replace(/[^a-z]+/gi, '-').slice(0, 40);
    await screenshot(browser.page, `failed-${name}`).catch(() => undefined);
    const errors = await browser.page.locator('.error').allTextContents().catch(() => []);
    console.error(`failed at ${browser.page.url()}; errors shown: ${JSON.stringify(errors)}`);
  });

  afterAll(async () => {
    await started.browser?.close();
    await started.server?.stop();
    started = {};
    console.log(`browser test timings (ms): ${JSON.stringify(timings)}`);
  });

  it('searches decisions with facets and emphasises matches without running markup', async () => {
    const t0 = Date.now();
    const { page } = browser;
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Search IMR decisions' }).waitFor();
    await search(page);
    const all = await hitCaseNumbers(page);
    expect(all.length, 'the demo corpus lists decisions on an empty search').toBeGreaterThan(0);

    // A word of the first hit's request finds it again, with the word emphasised in a snippet.
    const request = (await page.locator('ol.hits .hit-request').first().textContent()) ?? '';
    const word = request.split(/[^A-Za-z]+/).filter((w) => w.length >= 5).sort((a, b) => b.length - a.length)[0] ?? request.split(/\s+/)[0] ?? '';
    await page.getByLabel('Words to find', { exact: true }).fill(word);
    await search(page);
    expect((await hitCaseNumbers(page)).length).toBeGreaterThan(0);
    expect(await page.locator('ol.hits .snippet mark').count(), 'matched words are marked').toBeGreaterThan(0);
    expect(page.url()).toContain(`q=${encodeURIComponent(word)}`);
    await checkView(page, 'search');

    // Decision facet: every hit carries the chosen decision.
    await page.getByLabel('Words to find', { exact: true }).fill('');
    const decisionOptions = await optionValues(page, '#decision');
    const decision = decisionOptions.includes('Upheld') ? 'Upheld' : (decisionOptions[0] ?? 'Upheld');
    await page.getByLabel('Decision', { exact: true }).selectOption(decision);
    await search(page);
    const badges = await page.locator('ol.hits .badge-upheld, ol.hits .badge-overturned').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set([decision]));

    // Year facet (on top of the decision): every hit is dated in that year.
    const years = await optionValues(page, '#year');
    if (years[0] !== undefined) {
      await page.getByLabel('Year', { exact: true }).selectOption(years[0]);
      await search(page);
      const dates = await page.locator('ol.hits .hit-head .muted').allTextContents();
      expect(dates.length).toBeGreaterThan(0);
      for (const d of dates) expect(d.startsWith(years[0])).toBe(true);
    }
    await checkView(page, 'search-facets');

    // Markup typed into the query comes back as text: nothing runs, nothing is inserted.
    await page.getByLabel('Decision', { exact: true }).selectOption('');
    await page.getByLabel('Year', { exact: true }).selectOption('');
    await page.getByLabel('Words to find', { exact: true }).fill('<img src=x onerror=alert(1)>');
    await search(page);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(browser.dialogs).toEqual([]);

    // Keyboard: the first Tab reaches the skip link, and the query box is reachable by Tab alone.
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Search IMR decisions' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Skip to content');
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.locator(':focus').getAttribute('id')) === 'q';
    }
    expect(reached, 'the query box is reachable with Tab').toBe(true);

    // An API problem is shown with its detail and its code.
    await page.goto(`${server.url}/decisions/not-a-case-number`);
    await expect.poll(() => page.locator('.error').textContent()).toMatch(/code [a-z-]+/);

    // The letter view of a hit.
    await page.goto(server.url);
    await search(page);
    await page.locator('ol.hits a.case-link').first().click();
    await page.getByRole('heading', { name: /^Items \(\d+\)$/ }).waitFor();
    await page.getByRole('heading', { name: 'Rationale' }).first().waitFor();
    await checkView(page, 'decision');
    timings.search = Date.now() - t0;
  }, 90_000);

  it('shows analytics tables with intervals and the server-drawn charts', async () => {
    const t0 = Date.now();
    const { page } = browser;
    const chartResponses: Record<string, string> = {};
    page.on('response', (res) => {
      const name = /\/stats\/charts\/([a-z]+)\.svg$/.exec(new URL(res.url()).pathname)?.[1];
      if (name !== undefined && res.status() === 200) chartResponses[name] = res.headers()['content-type'] ?? '';
    });
    await page.goto(`${server.url}/analytics`);
    for (const label of ['category', 'guideline', 'reviewer specialty', 'year']) {
      const table = page.locator('table', { has: page.locator('caption', { hasText: `Overturn rate by ${label}` }) });
      await table.waitFor();
      expect(await table.locator('tbody tr').count(), `rows by ${label}`).toBeGreaterThan(0);
      await expect.poll(() => table.locator('thead').textContent()).toContain('95% interval');
    }
    const volume = page.locator('table', { has: page.locator('caption', { hasText: 'Decided items by period' }) });
    await volume.waitFor();
    expect(await volume.locator('tbody tr').count()).toBeGreaterThan(0);
    // Every chart is an <img> of an SVG the API drew; each must arrive as SVG and stay on the page (a failed
    // image is replaced by a note).
    const charts = page.locator('figure.chart img[data-chart]');
    await expect.poll(() => charts.count()).toBe(5);
    for (const img of await charts.all()) await img.scrollIntoViewIfNeeded();
    await expect.poll(() => Object.keys(chartResponses).sort(), { timeout: 15_000 }).toEqual(['category', 'guideline', 'specialty', 'volume', 'year']);
    for (const [name, type] of Object.entries(chartResponses)) expect(type, name).toContain('image/svg+xml');
    expect(await page.getByText('The chart is not available').count()).toBe(0);
    expect(await charts.count()).toBe(5);
    await checkView(page, 'analytics');
    timings.analytics = Date.now() - t0;
  }, 90_000);

  it('walks a case from intake to an issued letter the public search finds', async () => {
    const t0 = Date.now();
    const { page } = browser;
    const admin = new ApiSession(server.url);
    await admin.login(server.admin);

    // Intake, as the administrator, through the form.
    await signIn(page, server.url, server.admin);
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    await page.locator('table.queue').waitFor();
    // The demo's open cases run deadline clocks (on time / due soon / due today / overdue badges).
    expect(await page.locator('table.queue .clock').count()).toBeGreaterThan(0);
    await checkView(page, 'queue');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New case' }).click();
    const claim = `BT-${Date.now()}`;
    const fill = async (label: string, value: string): Promise<void> => {
      await page.getByLabel(label, { exact: true }).fill(value);
    };
    await fill('Employee name', 'Jordan Testcase');
    await fill('Employee date of birth', isoDay(-46 * 365));
    await page.getByLabel('Employee sex (the letter states it)').selectOption('female');
    await fill('Claim number', claim);
    await fill('Date of injury', isoDay(-700));
    await fill('Employer', 'Sunrise Browser Works');
    await fill('Claims administrator', 'Harbor Test Claims');
    await fill('Requesting physician', 'Dr. Ada Example');
    await fill('Physician specialty', 'Physical Medicine and Rehabilitation');
    await fill('Treatment requested (1)', 'Acupuncture 6 sessions for the lumbar spine');
    await fill('UR decision date', isoDay(-12));
    await fill('UR decision served on', isoDay(-12));
    await fill('Signature date', isoDay(-3));
    await fill('Application received', isoDay(-2));
    await checkView(page, 'intake');
    await page.getByRole('button', { name: 'Create case' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Case CM\d{2}-\d{7}/ });
    await heading.waitFor();
    const caseNumber = /CM\d{2}-\d{7}/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
    const caseId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    expect(caseNumber).not.toBe('');

    // A clinical record, uploaded through the page.
    const note = [
      'PROGRESS NOTE. The patient is a 46-year-old with chronic low back pain since a lifting injury two years ago.',
      'She completed 12 sessions of physical therapy and a home exercise program with no lasting functional improvement.',
      'Pain is 7/10. Naproxen was tried. No red flags. The physician requests acupuncture 6 sessions as an adjunct to',
      'active rehabilitation, with the goal of reducing medication and returning to full duty.',
    ].join('\n');
    await page.getByLabel('Medical record (PDF or text)').setInputFiles({ name: 'progress-note.txt', mimeType: 'text/plain', buffer: Buffer.from(note) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('heading', { name: 'Documents (1)' }).waitFor();

    // Assignment with its explanation, then the notice and the records.
    await page.getByRole('button', { name: 'Assign a reviewer' }).click();
    await page.getByRole('heading', { name: 'Why this reviewer' }).waitFor();
    expect(((await page.locator('.explanation').textContent()) ?? '').length).toBeGreaterThan(10);
    await checkView(page, 'case');
    // Assignment may send the notice itself (then the case already awaits the records).
    const stateBadge = page.locator('h1 .badge-state');
    if ((await stateBadge.textContent()) === 'assigned') {
      await fire(page, admin, caseId, 'Send notice');
      await page.locator('h1 .badge-state', { hasText: 'awaiting-records' }).waitFor();
    }
    await fire(page, admin, caseId, 'Receive records');
    await page.locator('h1 .badge-state', { hasText: 'in-review' }).waitFor();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(await page.locator('ol.timeline li').count()).toBeGreaterThanOrEqual(3);

    // The assigned reviewer and a QA person get accounts.
    const record = await admin.call<{ assignment: { reviewerId: string } | null }>('GET', `/cases/${encodeURIComponent(caseId)}`);
    const reviewerId = record.assignment?.reviewerId ?? '';
    expect(reviewerId).not.toBe('');
    const reviewer = { username: `rev-${Date.now()}`, password: 'reviewer-password-for-tests-1' };
    const qa = { username: `qa-${Date.now()}`, password: 'qa-password-for-tests-1' };
    await admin.call('POST', '/users', { ...reviewer, role: 'reviewer', reviewerId });
    await admin.call('POST', '/users', { ...qa, role: 'qa' });
    await signOut(page);

    // The reviewer accepts the engine's draft in the workbench.
    await signIn(page, server.url, reviewer, `/cases/${encodeURIComponent(caseId)}/review`);
    await page.getByRole('heading', { name: 'Criteria' }).waitFor();
    await page.getByRole('heading', { name: 'Clinical text' }).waitFor();
    expect(await page.locator('.source-text').count(), 'the clinical text is shown').toBeGreaterThan(0);
    const evidence = await page.locator('.source-text mark.ev').count();
    const criteria = await page.locator('ul.criteria > li').count();
    if (criteria > 0) {
      // Focusing a criterion with evidence outlines its marks.
      const withEvidence = page.getByRole('button', { name: /Show evidence \([1-9]/ }).first();
      if ((await withEvidence.count()) > 0) {
        expect(evidence, 'criteria with evidence mark it in the clinical text').toBeGreaterThan(0);
        await withEvidence.click();
        expect(await page.locator('.source-text mark.ev-active').count()).toBeGreaterThan(0);
      }
    }
    expect((await page.getByLabel('Rationale').inputValue()).length).toBeGreaterThan(0);
    await checkView(page, 'workbench');
    await page.getByLabel('I have reviewed every document listed').check();
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByText('Review saved.').waitFor();
    await page.getByRole('button', { name: 'Submit for QA' }).click();
    await page.locator('h1 .badge-state', { hasText: 'qa' }).waitFor();
    await signOut(page);

    // QA approves; the letter is issued and shown in a sandboxed frame.
    await signIn(page, server.url, qa, `/cases/${encodeURIComponent(caseId)}/qa`);
    await page.getByRole('heading', { name: "The reviewer's decisions" }).waitFor();
    await page.locator('iframe.letter').waitFor();
    await checkView(page, 'qa');
    await page.getByRole('button', { name: 'Approve and issue the letter' }).click();
    await page.getByRole('heading', { name: 'Final Determination Letter' }).waitFor();
    const frame = page.locator('iframe.letter');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    await expect.poll(() => page.frameLocator('iframe.letter').locator('body').textContent()).toContain(caseNumber);
    await checkView(page, 'letter');
    const pdfHref = (await page.getByRole('link', { name: /Download PDF/ }).getAttribute('href')) ?? '';
    const pdf = await page.request.get(new URL(pdfHref, server.url).toString());
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByLabel('Public (redacted) version').check();
    await expect.poll(() => page.frameLocator('iframe.letter').locator('body').textContent()).not.toContain('Jordan Testcase');
    await checkView(page, 'letter-public');
    await signOut(page);

    // A member of the public finds the letter.
    await page.goto(server.url);
    await page.getByLabel('Words to find', { exact: true }).fill('acupuncture lumbar');
    await search(page);
    await expect.poll(() => hitCaseNumbers(page)).toContain(caseNumber);
    await page.getByRole('link', { name: caseNumber }).first().click();
    await page.getByRole('heading', { name: `Decision ${caseNumber}` }).waitFor();
    await page.getByRole('heading', { name: /^Items/ }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Jordan Testcase');
    await checkView(page, 'public-letter');
    expect(browser.pageErrors).toEqual([]);
    timings.flow = Date.now() - t0;
  }, 180_000);
});
