import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLabelledFolders, readLabelledFolder } from '../../eval/expected-labels';
import { EVAL_ROOT } from '../../eval/run-eval';
import { missingBodySentences } from '../../eval/score-import';
import { parseFile } from './fixture-helpers';

// Cleaning may drop chrome, never the article: over the dev split, every sentence of a file's labelled
// body is in the text import keeps. The held-out split's invariant is a figure of `npm run eval` only
// (body, right/total): a failing test here would name its files and sentences to whoever tunes the readers.
const DEV_SPLIT = path.join(EVAL_ROOT, 'dev');
const labelledFiles = findLabelledFolders(DEV_SPLIT).flatMap((folder) => {
  const labelled = readLabelledFolder(folder);
  return labelled.files.flatMap(([file]) => {
    const body = labelled.body(file);
    return body === null ? [] : [{ name: path.relative(DEV_SPLIT, path.join(folder, file)), file: path.join(folder, file), body }];
  });
});

describe('the article survives cleaning, on every labelled file', () => {
  it('has a labelled body for most of the corpus', () => {
    expect(labelledFiles.length).toBeGreaterThanOrEqual(120);
  });

  it.each(labelledFiles.map((entry) => [entry.name, entry] as const))('%s keeps every body sentence', async (_name, entry) => {
    const { filled } = await parseFile(path.basename(entry.file), fs.readFileSync(entry.file));
    const missing = missingBodySentences(entry.file, entry.body, filled.text);
    expect(missing).toEqual([]);
  });
});
