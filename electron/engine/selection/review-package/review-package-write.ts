import fs from 'node:fs';
import path from 'node:path';
import { makeSystemTempFolder } from '../../core/system-temp';
import type { ReviewPackageFormat, ReviewPackageResult } from '../../../../shared/model/selection';
import { ZipWriter } from '../../archive/zip-writer';
import type { Library } from '../../core/library';
import { OFFLINE_PAGE_EXTENSION, writeOfflineReviewPage } from './offline-review-page';
import { packageContents, recordPackageSent, type PackageContents, type PackageRequest } from './review-package-contents';
import {
  MANIFEST_NAME,
  PACKAGE_FILE_EXTENSION,
  PACKAGE_FORMAT,
  PACKAGE_INFO_NAME,
  PACKAGE_VERSION,
  submissionEntryName,
  type PackageManifest,
} from './review-package-format';

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

export function defaultPackageFileName(roundName: string, reviewer: string, format: ReviewPackageFormat = 'package'): string {
  const safe = (value: string) => value.replace(/[\\/:*?"<>|\s]+/g, '');
  return `评审包-${safe(roundName).slice(0, 40)}-${safe(reviewer)}${format === 'html' ? OFFLINE_PAGE_EXTENSION : PACKAGE_FILE_EXTENSION}`;
}

/** The .cbreview ZIP: package.json, one entry per case, and the manifest with every entry's checksum. */
function writeZipPackage(target: string, contents: PackageContents): { path: string; size: number } {
  const zip = new ZipWriter(target);
  try {
    zip.add(PACKAGE_INFO_NAME, json(contents.info), false);
    for (const submission of contents.submissions) zip.add(submissionEntryName(submission.id), json(submission), false);
    for (const [entry, file] of contents.attachmentFiles) zip.addFile(entry, file, false);
    const manifest: PackageManifest = { format: PACKAGE_FORMAT, version: PACKAGE_VERSION, createdAt: contents.createdAt, entries: [...zip.entries] };
    zip.add(MANIFEST_NAME, json(manifest), false);
    return zip.finish();
  } catch (error) {
    zip.abort();
    throw error;
  }
}

/**
 * 生成评审包: one file for one reviewer with the rubric and the cases at the round's current stage
 * (盲评: names removed; 回避: cases of the reviewer's own unit withheld, recorded in the round), as the
 * .cbreview ZIP or, with format 'html', one offline page. Both carry the same package id and secret,
 * so a result from either merges the same way.
 */
export function makeReviewPackage(library: Library, request: PackageRequest): ReviewPackageResult {
  const format = request.format ?? 'package';
  const contents = packageContents(library, request);
  const write = (target: string) =>
    format === 'html' ? writeOfflineReviewPage(target, contents, library.options.resourcesFolder) : writeZipPackage(target, contents);

  const fileName = request.out ? path.basename(request.out) : defaultPackageFileName(contents.info.roundName, request.reviewer, format);
  let written: { path: string | null; size: number; contentBase64: string | null };
  if (request.out) {
    const done = write(path.resolve(request.out));
    written = { path: done.path, size: done.size, contentBase64: null };
  } else {
    const folder = makeSystemTempFolder('review');
    try {
      const done = write(path.join(folder, 'package.bin'));
      written = { path: null, size: done.size, contentBase64: fs.readFileSync(done.path).toString('base64') };
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }

  recordPackageSent(library, contents);
  return {
    ...written,
    format,
    fileName,
    reviewer: request.reviewer,
    blind: request.blind,
    count: contents.submissions.length,
    stage: contents.info.stage,
    abstained: contents.abstained,
  };
}
