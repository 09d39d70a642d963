import { parseArgs } from 'node:util';
import { defaultLibraryFolder } from '../engine/core/paths';
import { usageError } from './cli-errors';
import type { CommandDefinition, OptionSpec, ParsedArgs } from './command';
import { findCommand } from './commands/index';

/** Accepted by every command, before or after the command name. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  library: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export type CommandLine =
  | { kind: 'help'; command: CommandDefinition | null; json: boolean }
  | { kind: 'version'; json: boolean }
  | { kind: 'missing-command'; json: boolean }
  | { kind: 'run'; command: CommandDefinition; args: ParsedArgs; libraryFolder: string; json: boolean };

/** The command is the first word that is neither an option nor the value of --library. */
function splitCommand(argv: string[]): { name: string | null; rest: string[] } {
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index] ?? '';
    if (token === '--') break;
    if (token === '--library') {
      index += 1;
      continue;
    }
    if (token.startsWith('-')) continue;
    return { name: token, rest: [...argv.slice(0, index), ...argv.slice(index + 1)] };
  }
  return { name: null, rest: argv };
}

/** util.parseArgs' English errors, said in Chinese. */
function translateParseError(error: unknown, commandName: string | null): Error {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const helpHint = commandName ? `用 casebook ${commandName} --help 查看用法。` : '用 casebook --help 查看用法。';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageError(`不认识的选项“${option}”。${helpHint}`, message);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usageError(`选项“${option}”缺少取值或取值有误。${helpHint}`, message);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return usageError(`多余的参数。${helpHint}`, message);
  return usageError(`命令行参数有误。${helpHint}`, message);
}

export function parseCommandLine(argv: string[]): CommandLine {
  const json = argv.includes('--json');
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) return { kind: 'version', json };
  const { name, rest } = splitCommand(argv);
  if (name === null) {
    if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', command: null, json };
    if (rest.includes('--version')) return { kind: 'version', json };
    return { kind: 'missing-command', json };
  }
  if (name === 'help') {
    const topic = splitCommand(rest).name;
    return { kind: 'help', command: topic ? (findCommand(topic) ?? null) : null, json };
  }
  const command = findCommand(name);
  if (!command) throw usageError(`不认识的命令“${name}”。用 casebook --help 查看全部命令。`);

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw translateParseError(error, command.name);
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help === true) return { kind: 'help', command, json };
  const library = typeof values.library === 'string' ? values.library.trim() : undefined;
  if (library === '') throw usageError('--library 需要一个资料库文件夹。');
  return {
    kind: 'run',
    command,
    args: { values, positionals: parsed.positionals },
    libraryFolder: library ?? defaultLibraryFolder(),
    json: values.json === true,
  };
}
