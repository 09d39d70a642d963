import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../electron/cli/main';
import { openLibrary } from '../../electron/engine/library/open-library';
import { createRound } from '../../electron/engine/selection/selection-service';
import { addSubmissions } from '../../electron/engine/selection/selection-submissions-service';
import { importNamedCases, type NamedCaseKey } from '../unit/selection/review-package-fixtures';
import { captureCliIo } from './cli-io';
import { libraryOptions, makeTempFolder } from './temp-library';

export interface NamedCasesLibrary {
  root: string;
  libraryFolder: string;
  ids: Record<NamedCaseKey, string>;
  /** The 评选 with the three cases at 收到, when one was asked for. */
  roundId: string | null;
  /** `casebook …` on this library, in process; the output captured. */
  cli(args: string[]): Promise<{ code: number; out: string; err: string }>;
  remove(): void;
}

/**
 * A library holding the three named cases (units and people named, for the 盲评 tests), with a round of
 * two reviewers over them if asked: what the command-line tests of 评选 start from.
 */
export async function namedCasesLibrary(prefix: string, options: { withRound: boolean }): Promise<NamedCasesLibrary> {
  const root = makeTempFolder(prefix);
  const libraryFolder = path.join(root, 'library');
  const library = openLibrary(libraryOptions(libraryFolder));
  let ids: Record<NamedCaseKey, string>;
  let roundId: string | null = null;
  try {
    ids = await importNamedCases(library);
    if (options.withRound) {
      const round = createRound(library, { name: '2025年度红色工地十大典型案例评选', year: 2025, targetCount: 2, quotas: [], reviewers: ['王评审', '李评审'] });
      roundId = addSubmissions(library, round.id, Object.values(ids)).id;
    }
  } finally {
    library.close();
  }
  return {
    root,
    libraryFolder,
    ids,
    roundId,
    async cli(args) {
      const captured = captureCliIo({ columns: 140 });
      const code = await runCli([...args, '--library', libraryFolder], captured.io);
      return { code, out: captured.out(), err: captured.err() };
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
