// The `openimr` command line. Each command parses its flags, calls one use-case from src/app, and prints
// text for people or JSON for programs. No business logic lives here.
import { Command, CommanderError } from 'commander';
import { toOpenImrError } from '../core/index.ts';
import { EXIT, exitCodeFor } from './exit.ts';
import { registerCorpusCommands } from './corpus-commands.ts';
import { registerEngineCommands } from './engine-commands.ts';
import { registerServeCommand } from './serve-command.ts';
import { registerCaseCommands } from './case-commands.ts';
import { registerWorkflowCommands } from './workflow-commands.ts';
import { registerTransferCommands } from './transfer-commands.ts';
import { registerJobsCommands } from './jobs-commands.ts';
import { registerBenchCommand } from './bench-command.ts';

export function buildProgram(): Command {
  const program = new Command('openimr')
    .description("California workers' compensation Independent Medical Review: decision corpus, engine, workflow")
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerCorpusCommands(program);
  registerEngineCommands(program);
  registerServeCommand(program);
  registerCaseCommands(program);
  registerWorkflowCommands(program);
  registerTransferCommands(program);
  registerJobsCommands(program);
  registerBenchCommand(program);
  return program;
}

/** A reader that stops early (`openimr search ... | head`) closes the pipe: end quietly, as Unix tools do. */
function endQuietlyOnClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; commander already printed a usage error and the help, and the
      // reason code (commander's own, e.g. commander.invalidArgument) follows so scripts can tell errors apart.
      if (err.exitCode === 0) return EXIT.ok;
      process.stderr.write(`openimr: invalid-argument: usage error [${err.code}]\n`);
      return EXIT.usage;
    }
    const e = toOpenImrError(err);
    const reason = e.details.reason;
    const tail = reason !== undefined && !e.message.includes(`[${reason}]`) ? ` [${reason}]` : '';
    process.stderr.write(`openimr: ${e.code}: ${e.message}${tail}\n`);
    if (e.code === 'internal' && process.env['OPENIMR_DEBUG'] === '1' && e.details.cause instanceof Error) {
      process.stderr.write(`${e.details.cause.stack ?? ''}\n`);
    }
    return exitCodeFor(e.code);
  }
}

