// Workflow commands besides `case`: the reviewer registry (the one staff view that shows reviewer names),
// letters, the deadlines queue, audit chain verification and the demo seed.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { addReviewer, caseLetter, deadlines, listReviewers, parseAuditAnchor, readAnchorFolder, seedDemo, takeAuditAnchor, verifyAuditWithAnchors, writeAnchorFile, type AuditAnchor } from '../app/index.ts';
import { OpenImrError } from '../core/index.ts';
import { parseJson, readInput } from './engine-commands.ts';
import { EXIT } from './exit.ts';
import { safeText, table } from './format.ts';
import { dbOption, oneOf, wholeNumber } from './options.ts';
import { out, withDeps, type DbOpts } from './workflow-deps.ts';

const FORMATS = ['txt', 'html', 'pdf'] as const;

export function registerWorkflowCommands(program: Command): void {
  const reviewer = program.command('reviewer').description('the reviewer registry (staff only: it shows names)');
  reviewer
    .command('add')
    .description('add or replace a reviewer (JSON: id, name, licenseStates, boardCertifications, specialties, ...)')
    .argument('<file>', "reviewer JSON (an object or an array of them); '-' reads standard input")
    .addOption(dbOption())
    .option('--actor <id>', 'acting administrator id', 'cli-admin')
    .option('--json', 'print the stored reviewers as JSON')
    .action(async (file: string, opts: DbOpts & { actor: string; json?: boolean }) => {
      const input = parseJson(await readInput(file), file);
      await withDeps(opts, async (deps) => {
        const saved = [];
        for (const r of Array.isArray(input) ? input : [input]) saved.push(await addReviewer(deps, r, { id: opts.actor, role: 'admin' }));
        out(opts.json === true ? JSON.stringify(saved) : saved.map((r) => `saved reviewer ${r.id}`).join('\n'));
      });
    });
  reviewer
    .command('list')
    .description('list the registry (names included: a staff view)')
    .addOption(dbOption())
    .option('--json', 'print the reviewers as JSON')
    .action(async (opts: DbOpts & { json?: boolean }) => {
      await withDeps(opts, async (deps) => {
        const list = await listReviewers(deps);
        if (opts.json === true) out(JSON.stringify(list));
        else {
          out(table(['id', 'name', 'licences', 'specialties', 'years', 'hours', 'active'], list.map((r) => [
            r.id, safeText(r.name), r.licenseStates.join(','), safeText(r.specialties.join(', ')), String(r.yearsInPractice), String(r.weeklyPracticeHours), r.active ? 'yes' : 'no',
          ])));
        }
      });
    });

  program
    .command('letter')
    .description('the Final Determination Letter of a case (a preview before it is issued)')
    .argument('<case>', 'case number or id')
    .option('--format <format>', 'txt, html or pdf', oneOf('--format', FORMATS), 'txt')
    .option('--public', 'the public version: names, addresses and identifiers redacted')
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(dbOption())
    .action(async (id: string, opts: DbOpts & { format: (typeof FORMATS)[number]; public?: boolean; out?: string }) => {
      if (opts.out === undefined) assertNotTerminal(opts.format);
      await withDeps(opts, async (deps) => {
        const { body } = await caseLetter(deps, id, { format: opts.format, public: opts.public === true });
        if (opts.out !== undefined) await writeFile(opts.out, body);
        else process.stdout.write(body);
      });
    });

  program
    .command('deadlines')
    .description('the work queue: open cases by their most urgent deadline')
    .option('--overdue', 'only overdue cases')
    .option('--json', 'print the queue as JSON')
    .addOption(dbOption())
    .action(async (opts: DbOpts & { overdue?: boolean; json?: boolean }) => {
      await withDeps(opts, async (deps) => {
        const queue = await deadlines(deps, { overdue: opts.overdue === true });
        if (opts.json === true) out(JSON.stringify(queue));
        else {
          out(table(['case', 'state', 'priority', 'next deadline', 'due', 'status'], queue.map((e) => [
            e.caseNumber, e.state, e.priority, e.next?.kind ?? '-', e.next?.due ?? '-', e.next?.status ?? '-',
          ])));
        }
      });
    });

  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('check the hash chain of every audit event, and each --anchor file against it (non-zero exit when broken)')
    .option('--json', 'print the result as JSON')
    .option('--anchor <file>', "an anchor written by 'openimr audit anchor' (repeatable)", (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .option('--anchor-dir <dir>', "every anchor in a folder kept by 'openimr serve --anchor-dir'")
    .addOption(dbOption())
    .action(async (opts: DbOpts & { json?: boolean; anchor?: string[]; anchorDir?: string }) => {
      const anchors: AuditAnchor[] = [];
      for (const file of opts.anchor ?? []) anchors.push(parseAuditAnchor(parseJson(await readInput(file), file)));
      if (opts.anchorDir !== undefined) anchors.push(...(await readAnchorFolder(opts.anchorDir)));
      await withDeps(opts, async (deps) => {
        const result = await verifyAuditWithAnchors(deps, anchors);
        const given = opts.anchor !== undefined || opts.anchorDir !== undefined;
        const anchored = !given ? '' : `, ${anchors.length} anchor${anchors.length === 1 ? '' : 's'} match`;
        if (opts.json === true) out(JSON.stringify(result));
        else out(result.ok ? `audit log ok: ${result.count} events, head ${result.head}${anchored}` : `audit log BROKEN at event ${result.brokenAt}: ${result.reason}`);
        if (!result.ok) {
          const reason = anchors.length > 0 && result.reason.includes('anchor') ? 'audit-anchor-mismatch' : 'audit-chain-broken';
          process.stderr.write(`openimr: conflict: audit chain broken at event ${result.brokenAt} [${reason}]\n`);
          process.exitCode = EXIT.conflict;
        }
      });
    });
  audit
    .command('anchor')
    .description('write the verified head of the audit log as an anchor to keep OUTSIDE the database (stdout, or a new --out file)')
    .option('--out <file>', 'write the anchor to this file (refused if it exists)')
    .addOption(dbOption())
    .action(async (opts: DbOpts & { out?: string }) => {
      await withDeps(opts, async (deps) => {
        const { chain, anchor } = await takeAuditAnchor(deps);
        if (anchor === null) {
          const at = chain.ok ? 0 : chain.brokenAt;
          throw new OpenImrError('conflict', `the audit chain is broken at event ${at}: a broken log is not anchored`, { reason: 'audit-chain-broken' });
        }
        if (opts.out === undefined) out(JSON.stringify(anchor));
        else {
          // False when it exists; a folder that cannot be written throws. Either way nothing is written.
          const cause: unknown = await writeAnchorFile(anchor, opts.out).catch((err: unknown) => err);
          if (cause !== true) throw new OpenImrError('conflict', 'the anchor file exists or cannot be created', { path: opts.out, reason: 'anchor-file-exists', cause });
          out(`anchor written: event ${anchor.seq}, ${opts.out}`);
        }
      });
    });

  program
    .command('demo')
    .description('seed invented reviewers and cases at every stage of the workflow (running it again adds nothing)')
    .option('--cases <n>', 'how many demo cases (1..6)', wholeNumber('--cases', 0, 6))
    .option('--json', 'print the counts as JSON')
    .addOption(dbOption())
    .action(async (opts: DbOpts & { cases?: number; json?: boolean }) => {
      await withDeps(opts, async (deps) => {
        const r = await seedDemo(deps, opts.cases === undefined ? {} : { cases: opts.cases });
        out(opts.json === true ? JSON.stringify(r) : `demo: ${r.cases} cases, ${r.reviewers} reviewers (try: openimr case list, openimr deadlines)`);
      });
    });
}

/** A guard for commands that write a binary body to a terminal. */
function assertNotTerminal(format: string): void {
  if (format === 'pdf' && process.stdout.isTTY) throw new OpenImrError('invalid-argument', 'a PDF goes to a file: add --out FILE', { field: 'out' });
}
