import type { CommandDefinition } from '../command';
import { duplicatesCommand } from './duplicates-command';
import { getCommand } from './get-command';
import { importCommand } from './import-command';
import { infoCommand, reindexCommand, sampleCommand } from './library-commands';
import { listCommand } from './list-command';
import { searchCommand } from './search-command';
import { tagCommand } from './tag-command';
import { tagsCommand } from './tags-command';
import { rulesCommand } from './rules-command';
import { purgeCommand, restoreCommand, rmCommand } from './trash-commands';

/** Every `casebook` command, in the order the help lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  importCommand,
  listCommand,
  getCommand,
  searchCommand,
  tagCommand,
  rmCommand,
  restoreCommand,
  purgeCommand,
  duplicatesCommand,
  tagsCommand,
  rulesCommand,
  infoCommand,
  sampleCommand,
  reindexCommand,
];

export function findCommand(name: string): CommandDefinition | undefined {
  return COMMANDS.find((command) => command.name === name);
}
