import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { SCORE_MAX, SCORE_MIN, SELECTION_STAGES } from '../../../../shared/model/selection';
import type { ZipLimits } from '../../archive/zip-reader';

/**
 * A 评审包 (review package) is a ZIP file for one reviewer, its entries stored (not deflated) so what
 * the reviewer is shown can be checked by searching the file's bytes:
 *   manifest.json             format, version, SHA-256 and size of every other entry
 *   package.json              round id and name, reviewer, package id, the secret that signs the
 *                             return, 盲评 flag, stage, rubric (criteria, weights, guidance), case ids
 *   submissions/<id>.json     one case: title, metadata, cleaned text (盲评: names removed)
 *   attachments/<id>.<ext>    the case's original when it is a PDF or an image (never in 盲评)
 * The same package info and cases can instead be written as one offline HTML page
 * (offline-review-page.ts), whose script signs the 评分结果 the same way.
 * A 评分结果 file (what the reviewer sends back) is UTF-8 JSON, recognised by its `format`:
 *   { format, version, roundId, packageId, reviewer, createdAt, scores: [...], signature }
 * where signature = HMAC-SHA256(secret, canonicalJson(the object without `signature`)), hex.
 */
export const PACKAGE_FORMAT = 'casebook-review-package';
export const PACKAGE_VERSION = 1;
export const RESULT_FORMAT = 'casebook-review-result';
export const RESULT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const PACKAGE_INFO_NAME = 'package.json';
export const PACKAGE_FILE_EXTENSION = '.cbreview';
export const MAX_RESULT_BYTES = 20 * 1024 * 1024;

export function submissionEntryName(id: string): string {
  return `submissions/${id}.json`;
}

/**
 * The original sent beside a case when it is a PDF or an image (a 申报表 scan, the printed case with its
 * seal), so the reviewer sees what was submitted. Never in a 盲评 package: an original carries the names.
 */
export const ATTACHMENT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};
/** Larger originals stay out of the package (the reviewer still has the text). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export function attachmentEntryName(id: string, extension: string): string {
  return `attachments/${id}${extension}`;
}

export const PACKAGE_LIMITS: ZipLimits = {
  maxArchiveBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntryBytes: 64 * 1024 * 1024,
  maxEntries: 5_000,
  maxRatio: 200,
};

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const isoTime = z.string().min(10).max(40);
const keySchema = z.string().min(1).max(40);

export const packageManifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    version: z.literal(PACKAGE_VERSION),
    createdAt: isoTime,
    entries: z.array(z.object({ path: z.string().min(1).max(512), size: z.number().int().min(0), sha256: sha256Schema }).strict()).max(PACKAGE_LIMITS.maxEntries),
  })
  .strict();
export type PackageManifest = z.infer<typeof packageManifestSchema>;

export const packageInfoSchema = z
  .object({
    roundId: idSchema,
    roundName: z.string().max(200),
    year: z.number().int(),
    reviewer: z.string().min(1).max(30),
    packageId: idSchema,
    /** Keys the HMAC of the 评分结果 file; the round keeps the same secret. */
    secret: z.string().regex(/^[0-9a-f]{64}$/),
    blind: z.boolean(),
    stage: z.enum(SELECTION_STAGES),
    criteria: z.array(z.object({ key: keySchema, name: z.string().max(30), weight: z.number(), description: z.string().max(300) }).strict()).min(1).max(20),
    scoreRange: z.object({ min: z.number(), max: z.number() }).strict(),
    /** Case ids, in the order the reviewer sees them. */
    submissions: z.array(idSchema).max(PACKAGE_LIMITS.maxEntries),
    /** How many cases were withheld for 回避 (which ones is not told). */
    abstainedCount: z.number().int().min(0),
  })
  .strict();
export type PackageInfo = z.infer<typeof packageInfoSchema>;

export const packageSubmissionSchema = z
  .object({
    id: idSchema,
    title: z.string().max(500),
    region: z.string().max(200).nullable(),
    year: z.number().int().nullable(),
    date: z.string().max(40).nullable(),
    practiceName: z.string().max(500).nullable(),
    project: z.string().max(500).nullable(),
    /** Null in a 盲评 package, as are author and source. */
    organization: z.string().max(500).nullable(),
    author: z.string().max(500).nullable(),
    source: z.string().max(500).nullable(),
    text: z.string(),
    textSha256: sha256Schema,
    /** The original as received (PDF or image), stored under `entry`; absent in 盲评 packages. */
    attachment: z
      .object({ entry: z.string().regex(/^attachments\/[A-Za-z0-9_-]{1,64}\.[a-z]{2,5}$/), name: z.string().max(260), mediaType: z.string().max(100), size: z.number().int().min(0) })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();
export type PackageSubmission = z.infer<typeof packageSubmissionSchema>;

const score = z.number().min(SCORE_MIN).max(SCORE_MAX);

export const resultFileSchema = z
  .object({
    format: z.literal(RESULT_FORMAT),
    version: z.literal(RESULT_VERSION),
    roundId: idSchema,
    packageId: idSchema,
    reviewer: z.string().min(1).max(30),
    createdAt: isoTime,
    scores: z
      .array(
        z
          .object({
            documentId: idSchema,
            scores: z.record(keySchema, score),
            comment: z.string().max(5000).default(''),
            notes: z.record(keySchema, z.string().max(500)).default({}),
          })
          .strict(),
      )
      .max(PACKAGE_LIMITS.maxEntries),
    signature: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ResultFile = z.infer<typeof resultFileSchema>;
export type UnsignedResult = Omit<ResultFile, 'signature'>;

/** JSON with object keys sorted at every level and no spaces: the bytes the signature covers. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function signResult(secret: string, result: UnsignedResult): string {
  return createHmac('sha256', Buffer.from(secret, 'hex')).update(canonicalJson(result), 'utf8').digest('hex');
}

/** Checks the signature over the file as written (raw JSON, before defaults are filled in). */
export function signatureMatches(secret: string, raw: Record<string, unknown>): boolean {
  const { signature, ...unsigned } = raw;
  if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return false;
  const expected = createHmac('sha256', Buffer.from(secret, 'hex')).update(canonicalJson(unsigned), 'utf8').digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What a reviewer's tool writes back: the scores signed with the package's secret. */
export function makeResultFile(info: Pick<PackageInfo, 'roundId' | 'packageId' | 'reviewer' | 'secret'>, scores: UnsignedResult['scores'], createdAt: string): string {
  const unsigned: UnsignedResult = { format: RESULT_FORMAT, version: RESULT_VERSION, roundId: info.roundId, packageId: info.packageId, reviewer: info.reviewer, createdAt, scores };
  return `${JSON.stringify({ ...unsigned, signature: signResult(info.secret, unsigned) }, null, 2)}\n`;
}
