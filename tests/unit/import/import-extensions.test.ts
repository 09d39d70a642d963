import { describe, expect, it } from 'vitest';
import { SUPPORTED_EXTENSIONS } from '../../../electron/engine/import/registry';
import { IMPORT_FILE_EXTENSIONS } from '../../../shared/model/import';

describe('file endings offered by the app', () => {
  it('are exactly the ones the importers read, so a folder picked in the app imports what the command line imports', () => {
    expect([...IMPORT_FILE_EXTENSIONS].sort()).toEqual([...SUPPORTED_EXTENSIONS].sort());
  });
});
