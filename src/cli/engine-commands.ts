// Commands of the determination engine: decide (a case file) and eval (against published letters).
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { decideCase, evaluateLetters, listLetterFiles, openStoreAt, parseLetterFile, resolveStoreLocation, withSimilarDecisions, type EvalReport } from '../app/index.ts';
import type { ParsedLetter } from '../core/index.ts';
import { OpenImrError } from '../core/index.ts';
import { EXIT } from './exit.ts';
import { pct, safeText, table } from './format.ts';
import { dbOption } from './options.ts';

const MAX_CASE_BYTES = 8 * 1024 * 1024;

export async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const b = chunk as Buffer;
      size += b.length;
      if (size > MAX_CASE_BYTES) throw new OpenImrError('file-too-large', `standard input is over ${MAX_CASE_BYTES} bytes`);
      chunks.push(b);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new OpenImrError('not-found', `cannot read ${file}`);
  }
  if (Buffer.byteLength(text) > MAX_CASE_BYTES) throw new OpenImrError('file-too-large', `${file} is over ${MAX_CASE_BYTES} bytes`);
  return text;
}

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new OpenImrError('invalid-input', `${file}: not valid JSON (${(err as Error).message})`);
  }
}

const num = (x: number | null, digits = 3): string => (x === null ? '-' : x.toFixed(digits));

function renderEval(r: EvalReport): string {
  const o = r.overall;
  const lines = [
    `${r.letters} letters, ${o.n} items (${r.skipped} letters skipped: no summary or no decision read)`,
    `confusion (rows real, columns proposed): Overturned->Overturned ${o.confusion.tp}, Overturned->Upheld ${o.confusion.fn}, Upheld->Overturned ${o.confusion.fp}, Upheld->Upheld ${o.confusion.tn}`,
    `accuracy ${num(o.accuracy)}, balanced accuracy ${num(o.balancedAccuracy)} (always-Upheld: ${num(r.baseline.balancedAccuracy)}), kappa ${num(o.kappa)} (always-Upheld: ${num(r.baseline.kappa)})`,
    `Overturned: precision ${num(o.overturned.precision)}, recall ${num(o.overturned.recall)}, F1 ${num(o.overturned.f1)}`,
    '',
    table(
      ['category', 'items', 'real O', 'proposed O', 'accuracy', 'balanced', 'kappa'],
      r.byCategory.map((g) => [
        safeText(g.group),
        String(g.metrics.n),
        String(g.metrics.confusion.tp + g.metrics.confusion.fn),
        String(g.metrics.confusion.tp + g.metrics.confusion.fp),
        pct(g.metrics.accuracy),
        num(g.metrics.balancedAccuracy, 2),
        num(g.metrics.kappa, 2),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  ];
  return lines.join('\n');
}

export function registerEngineCommands(program: Command): void {
  program
    .command('decide')
    .description('propose a decision for each disputed item of a case file (JSON), with criteria, evidence and rationale')
    .argument('[files...]', "case files (JSON); '-' or none reads standard input")
    .option('--json', 'JSON output, one object per case, one per line (the default)')
    .option('--similar', 'add up to five similar published decisions per item from the store (--db)')
    .addOption(dbOption())
    .action(async (files: string[], opts: { similar?: boolean; db?: string }) => {
      const inputs = files.length === 0 ? ['-'] : files;
      const store = opts.similar === true ? await openStoreAt(resolveStoreLocation(opts.db)) : null;
      try {
        for (const file of inputs) {
          let determination = decideCase(parseJson(await readInput(file), file));
          if (store !== null) determination = await withSimilarDecisions(store, determination);
          process.stdout.write(JSON.stringify(determination) + '\n');
        }
      } finally {
        await store?.close();
      }
    });

  program
    .command('eval')
    .description('decide published letters with the outcome hidden and compare with the real decisions')
    .argument('<paths...>', 'letter files or folders (.pdf, .txt)')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const { files, failed } = await listLetterFiles(paths);
      const letters: ParsedLetter[] = [];
      for (const f of files) {
        const r = await parseLetterFile(f);
        if (r.ok) letters.push(r.value);
        else failed.push({ file: f, code: r.error.code, reason: r.error.message });
      }
      for (const f of failed) process.stderr.write(`skipped ${safeText(f.file)}: ${f.code}: ${f.reason}\n`);
      const report = evaluateLetters(letters);
      process.stdout.write((opts.json === true ? JSON.stringify(report) : renderEval(report)) + '\n');
      if (failed.length > 0) process.exitCode = EXIT.partial;
    });
}
