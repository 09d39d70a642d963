import readline from 'node:readline/promises';
import { parseCommandLine } from './cli-args';
import { CliContext, type CliIo } from './cli-context';
import { CliFailure, EXIT_OK, EXIT_USAGE } from './cli-errors';
import { commandHelp, mainHelp } from './help';
import { readAppVersion } from '../server/source-tree';

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  stdinIsTty: process.stdin.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
  columns: process.stdout.columns || process.stderr.columns || 100,
  async confirm(question) {
    const terminal = readline.createInterface({ input: process.stdin, output: process.stderr });
    try {
      const answer = await terminal.question(question);
      return /^(y|yes|是|确定)$/i.test(answer.trim());
    } finally {
      terminal.close();
    }
  },
};

function report(io: CliIo, json: boolean, error: unknown): number {
  const failure =
    error instanceof CliFailure
      ? error
      : new CliFailure('INTERNAL', '命令执行时发生意外错误。', error instanceof Error ? (error.stack ?? error.message) : String(error));
  io.err(`错误：${failure.message}\n`);
  if (process.env.CASEBOOK_DEBUG && failure.detail) io.err(`[调试] ${failure.detail}\n`);
  if (json) io.out(`${JSON.stringify({ error: { code: failure.code, message: failure.message } })}\n`);
  return failure.exitCode;
}

/** Runs one `casebook` invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let json = argv.includes('--json');
  let context: CliContext | null = null;
  try {
    const line = parseCommandLine(argv);
    json = line.json;
    if (line.kind === 'version') {
      io.out(json ? `${JSON.stringify({ version: readAppVersion() })}\n` : `casebook ${readAppVersion()}\n`);
      return EXIT_OK;
    }
    if (line.kind === 'help') {
      io.out(line.command ? commandHelp(line.command) : mainHelp());
      return EXIT_OK;
    }
    if (line.kind === 'missing-command') {
      io.err(mainHelp());
      throw new CliFailure('BAD_REQUEST', '缺少命令。', null, EXIT_USAGE);
    }
    context = new CliContext({ libraryFolder: line.libraryFolder, json, createsLibrary: line.command.createsLibrary, io });
    return await line.command.run(context, line.args);
  } catch (error) {
    return report(io, json, error);
  } finally {
    context?.close();
  }
}
