import { IMPORT_FILE_EXTENSIONS } from '../../../shared/model/import';

/** A file chosen, dropped or found in a chosen folder, with the name shown in the report. */
export interface PickedFile {
  file: File;
  /** The relative path inside a chosen folder, or the file name. */
  name: string;
}

/**
 * Picked one by one, a reviewer's 评分结果 file (.json) is accepted too (the engine recognises it by
 * content), and a 评审包 (.cbreview), which opens in its 评审工作台 instead of being imported.
 */
export const IMPORT_ACCEPT = [...IMPORT_FILE_EXTENSIONS, '.json', '.cbreview'].join(',');
/** The engine refuses larger files; checking here saves reading them. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export function isImportable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

/** Files the user picked one by one are all sent (the engine explains what it cannot read). */
export function fromFileList(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ file, name: file.name }));
}

/** Files inside a chosen folder: only formats Casebook reads, hidden files skipped, in name order. */
export function fromFolder(list: FileList | null): { files: PickedFile[]; skipped: number } {
  const all = [...(list ?? [])].map((file) => ({ file, name: file.webkitRelativePath || file.name }));
  const files = all.filter((picked) => !isHidden(picked.name) && isImportable(picked.name));
  files.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { files, skipped: all.length - files.length };
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, explicit: boolean, out: PickedFile[]): Promise<void> {
  const name = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    if (explicit || (!isHidden(name) && isImportable(name))) out.push({ file: await entryFile(entry as FileSystemFileEntry), name });
    return;
  }
  if (entry.isDirectory) {
    if (!explicit && isHidden(name)) return;
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries answers in batches until it returns an empty list.
    for (;;) {
      const batch = await readEntries(reader);
      if (batch.length === 0) break;
      batch.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
      for (const child of batch) await walk(child, false, out);
    }
  }
}

/**
 * Takes what was dropped on the window, folders included. Must be called during the drop event
 * (the browser clears the list afterwards); the folder walk itself runs after.
 */
export function fromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  const plain = fromFileList(transfer.files);
  if (entries.length === 0) return Promise.resolve(plain);
  return (async () => {
    const out: PickedFile[] = [];
    for (const entry of entries) await walk(entry, true, out);
    return out;
  })().catch(() => plain);
}

/** The bytes of a file as base64, as `import.upload` expects. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
