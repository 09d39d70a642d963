import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../../shared/model/document';

/**
 * The labels of one evaluation folder, `DIR/expected.json`: `{"files": {"<file name>": {…}}}`. Every
 * field is optional except `kind`; `null` means the document states none and the importer must
 * leave the field empty. See the README's "Import evaluation" section.
 */
const names = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const fileLabelsSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string().min(1).optional(),
    /** No headline: the title must be marked 待确认 (and the first sentence stays in the text). */
    title_pending: z.literal(true).optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
    source: z.string().min(1).nullable().optional(),
    author: names.nullable().optional(),
    issuer: names.nullable().optional(),
    docNumber: z.string().min(1).nullable().optional(),
    /** The expected place name, matched as contained in the stored region. */
    region: z.string().min(1).nullable().optional(),
    text_has: z.array(z.string().min(1)).default([]),
    text_not: z.array(z.string().min(1)).default([]),
    duplicate_of: z.string().min(1).optional(),
    near_duplicate_of: z.string().min(1).optional(),
  })
  .strict();
export type FileLabels = z.infer<typeof fileLabelsSchema>;

const expectedFileSchema = z.object({ files: z.record(z.string().min(1), fileLabelsSchema) }).strict();

export interface LabelledFolder {
  folder: string;
  files: [string, FileLabels][];
  /** The labelled article body per file (bodies/<file>.txt), when written. */
  body(file: string): string | null;
}

export function readLabelledFolder(folder: string): LabelledFolder {
  const parsed = expectedFileSchema.parse(JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')));
  const files = Object.entries(parsed.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [file, labels] of files) {
    if (!fs.existsSync(path.join(folder, file))) throw new Error(`${folder}: expected.json names ${file}, which is not there`);
    for (const earlier of [labels.duplicate_of, labels.near_duplicate_of]) {
      if (earlier !== undefined && !(earlier < file)) throw new Error(`${file}: ${earlier} must sort before it (files are imported in name order)`);
    }
  }
  return {
    folder,
    files,
    body(file) {
      const bodyFile = path.join(folder, 'bodies', `${file}.txt`);
      return fs.existsSync(bodyFile) ? fs.readFileSync(bodyFile, 'utf8') : null;
    },
  };
}

/** Folders holding an expected.json at or below `root`, in name order. */
export function findLabelledFolders(root: string): string[] {
  // A labelled folder may hold labelled batches of its own (heldout/blind-2026-12 inside heldout).
  const own = fs.existsSync(path.join(root, 'expected.json')) ? [root] : [];
  const nested = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => findLabelledFolders(path.join(root, name)));
  return [...own, ...nested];
}
