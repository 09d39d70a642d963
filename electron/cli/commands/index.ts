import type { CommandDefinition } from '../command';
import { duplicatesCommand } from './duplicates-command';
import { exportCommand } from './export-command';
import { getCommand } from './get-command';
import { importCommand } from './import-command';
import { infoCommand, reindexCommand, sampleCommand } from './library-commands';
import { listCommand } from './list-command';
import { searchCommand } from './search-command';
import { facetsCommand, relatedCommand, savedCommand } from './search-extras-commands';
import { tagCommand } from './tag-command';
import { tagsCommand } from './tags-command';
import { rulesCommand } from './rules-command';
import { roundCommand } from './round-command';
import { draftCommand } from './draft-command';
import { collectionCommand } from './collection-command';
import { purgeCommand, rmCommand } from './trash-commands';
import { backupCommand, restoreCommand } from './backup-commands';
import { checkCommand } from './check-command';
import { ocrCommand } from './ocr-command';
import { originalCommand } from './original-command';

/** Every `casebook` command, in the order the help lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  importCommand,
  listCommand,
  getCommand,
  originalCommand,
  ocrCommand,
  searchCommand,
  facetsCommand,
  relatedCommand,
  savedCommand,
  tagCommand,
  rmCommand,
  restoreCommand,
  purgeCommand,
  duplicatesCommand,
  tagsCommand,
  rulesCommand,
  roundCommand,
  collectionCommand,
  draftCommand,
  exportCommand,
  infoCommand,
  sampleCommand,
  reindexCommand,
  checkCommand,
  backupCommand,
];

export function findCommand(name: string): CommandDefinition | undefined {
  return COMMANDS.find((command) => command.name === name);
}
