import type { ParseArgsConfig } from 'node:util';
import { DOCUMENT_KINDS, KIND_LABELS, type DocumentKind } from '../../shared/model/document';
import { normalizeTagPath } from '../../shared/model/tag';
import type { CliContext } from './cli-context';
import { usageError } from './cli-errors';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string];
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface ParsedArgs {
  values: OptionValues;
  positionals: string[];
}

/** One `casebook` command: its options for util.parseArgs, its Chinese help, and what it does. */
export interface CommandDefinition {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage lines and option descriptions, in Chinese. */
  help: string;
  options: Record<string, OptionSpec>;
  /** import and sample may create a new library; every other command refuses a missing one. */
  createsLibrary: boolean;
  /** Returns the exit code. */
  run(context: CliContext, args: ParsedArgs): Promise<number>;
}

export function stringValue(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function stringList(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

const KIND_WORDS: Readonly<Record<string, DocumentKind>> = {
  政策: 'policy',
  政策文件: 'policy',
  案例: 'case',
  典型案例: 'case',
  做法: 'practice',
  支部做法: 'practice',
  新闻: 'news',
  新闻报道: 'news',
};

/** `policy`, `case`, `practice`, `news`, or their Chinese names. */
export function parseKind(raw: string | undefined): DocumentKind | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim();
  const lower = value.toLowerCase();
  if ((DOCUMENT_KINDS as readonly string[]).includes(lower)) return lower as DocumentKind;
  const kind = KIND_WORDS[value];
  if (kind) return kind;
  const choices = DOCUMENT_KINDS.map((item) => `${item}（${KIND_LABELS[item]}）`).join('、');
  throw usageError(`不认识的资料类型“${raw}”。可选：${choices}。`);
}

export function parseChoice<T extends string>(raw: string | undefined, choices: readonly T[], what: string): T | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim().toLowerCase();
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw usageError(`${what}“${raw}”无效。可选：${choices.join('、')}。`);
}

export function parseInteger(raw: string | undefined, what: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < min || value > max) throw usageError(`${what}“${raw}”无效，应为 ${min}–${max} 的整数。`);
  return value;
}

/** Tag paths as typed ("主题／党建联建" works too); an empty one is a usage error. */
export function parseTags(raw: string[], option: string): string[] {
  return raw.map((item) => {
    const tag = normalizeTagPath(item);
    if (tag.length === 0) throw usageError(`选项 --${option} 的标签不能为空。`);
    if (tag.length > 200) throw usageError(`标签“${tag.slice(0, 20)}…”太长（最多 200 个字）。`);
    return tag;
  });
}

export function requirePositionals(args: ParsedArgs, min: number, what: string, command: string): string[] {
  if (args.positionals.length < min) throw usageError(`缺少${what}。用法见：casebook ${command} --help`);
  return args.positionals;
}
