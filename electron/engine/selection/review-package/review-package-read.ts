import type { z } from 'zod';
import { CasebookError } from '../../../../shared/api/errors';
import { refused, ZipReader } from '../../archive/zip-reader';
import { sha256 } from '../../core/ids';
import {
  MANIFEST_NAME,
  PACKAGE_FORMAT,
  PACKAGE_INFO_NAME,
  PACKAGE_LIMITS,
  PACKAGE_VERSION,
  packageInfoSchema,
  packageManifestSchema,
  packageSubmissionSchema,
  submissionEntryName,
  type PackageInfo,
  type PackageSubmission,
} from './review-package-format';

export interface OpenedPackage {
  info: PackageInfo;
  submissions: PackageSubmission[];
}

function parsed<T>(bytes: Buffer, schema: z.ZodType<T>, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw refused('评审包', `中的${what}无法读取`, String(error));
  }
  const result = schema.safeParse(value);
  if (!result.success) throw refused('评审包', `中的${what}内容有误`, JSON.stringify(result.error.issues).slice(0, 1000));
  return result.data;
}

/**
 * Opens a 评审包 and checks all of it: ZIP structure and names, the manifest's format and version,
 * that it lists exactly the entries present, each entry's size and SHA-256, each case's text checksum.
 */
export function openReviewPackage(file: string): OpenedPackage {
  const reader = ZipReader.open(file, '评审包', PACKAGE_LIMITS);
  try {
    if (!reader.has(MANIFEST_NAME)) throw new CasebookError('IMPORT_FAILED', '这个文件不是案例库评审包（缺少清单 manifest.json）。', 'no manifest');
    const raw = JSON.parse(reader.read(MANIFEST_NAME).bytes.toString('utf8')) as { format?: unknown; version?: unknown } | null;
    if (raw?.format !== PACKAGE_FORMAT) throw new CasebookError('IMPORT_FAILED', '这个文件不是案例库评审包。', `format ${String(raw?.format)}`);
    if (raw.version !== PACKAGE_VERSION) throw refused('评审包', `的格式版本（${String(raw.version).slice(0, 20)}）不受这个版本的案例库支持`, `version ${String(raw.version)}`);
    const manifest = parsed(reader.read(MANIFEST_NAME).bytes, packageManifestSchema, '清单（manifest.json）');
    const listed = new Map(manifest.entries.map((entry) => [entry.path, entry]));
    if (listed.size !== manifest.entries.length) throw refused('评审包', '的清单中有重复的条目', 'duplicate manifest paths');
    for (const entry of reader.entries) {
      if (entry.name !== MANIFEST_NAME && !listed.has(entry.name)) throw refused('评审包', `中有清单之外的文件“${entry.name.slice(0, 80)}”`, `unlisted ${entry.name}`);
    }
    const checked = (name: string): Buffer => {
      const expected = listed.get(name);
      if (!expected || !reader.has(name)) throw refused('评审包', `不完整：缺少“${name.slice(0, 80)}”`, `missing ${name}`);
      const { bytes, sha256: actual } = reader.read(name);
      if (actual !== expected.sha256 || bytes.length !== expected.size) throw refused('评审包', `中的文件“${name.slice(0, 80)}”校验和不符（文件已损坏或被改动）`, `sha256 ${actual}`);
      return bytes;
    };
    const info = parsed(checked(PACKAGE_INFO_NAME), packageInfoSchema, '评审信息（package.json）');
    const submissions = info.submissions.map((id) => {
      const submission = parsed(checked(submissionEntryName(id)), packageSubmissionSchema, `案例“${id}”`);
      if (submission.id !== id) throw refused('评审包', '中的案例编号与文件名不符', id);
      if (sha256(submission.text) !== submission.textSha256) throw refused('评审包', `中的案例《${submission.title.slice(0, 40)}》正文校验和不符`, 'text sha');
      if (submission.attachment) {
        if (info.blind) throw refused('评审包', '是盲评评审包，却带有原件', 'attachment in blind package');
        if (checked(submission.attachment.entry).length !== submission.attachment.size) throw refused('评审包', '中的原件大小不符', 'attachment size');
      }
      return submission;
    });
    const attachments = submissions.filter((submission) => submission.attachment).length;
    if (listed.size !== info.submissions.length + attachments + 1) throw refused('评审包', '的清单与案例列表不符', 'entry count');
    return { info, submissions };
  } catch (error) {
    if (error instanceof SyntaxError) throw refused('评审包', '的清单（manifest.json）无法读取', String(error));
    throw error;
  } finally {
    reader.close();
  }
}

/** One case's original from a package already checked by openReviewPackage (its checksum checked again). */
export function readPackageAttachment(file: string, entry: string): Buffer {
  const reader = ZipReader.open(file, '评审包', PACKAGE_LIMITS);
  try {
    const manifest = packageManifestSchema.parse(JSON.parse(reader.read(MANIFEST_NAME).bytes.toString('utf8')));
    const expected = manifest.entries.find((item) => item.path === entry);
    if (!expected || !reader.has(entry)) throw new CasebookError('NOT_FOUND', '评审包中没有这个原件。', `missing ${entry}`);
    const { bytes, sha256: actual } = reader.read(entry);
    if (actual !== expected.sha256) throw refused('评审包', '中的原件校验和不符（文件已损坏或被改动）', `sha256 ${actual}`);
    return bytes;
  } finally {
    reader.close();
  }
}
