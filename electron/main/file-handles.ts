// The window never names a file for main to read or write. Paths come from the native dialogs
// (file-dialogs.ts) or from the engine's own listing of kept backups; main keeps them and the
// window gets an opaque handle, valid for this run of the app only. Where the contract takes a path
// (the CLI and browser mode give real paths), the IPC door accepts only such a handle of the right
// kind and puts the path it stands for in its place before the engine sees the request: a
// compromised page can no longer import ~/.ssh, restore from or write to any place it likes.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { MethodName } from '../../shared/api/contract';
import { CasebookError } from '../../shared/api/errors';

/** open: read (import, bundle, backup); save: write exactly this file; folder: a new library there. */
export type HandleKind = 'open' | 'save' | 'folder';

const HANDLE_PATTERN = /^casebook-file:[0-9a-f]{32}$/;

export class FileHandles {
  private readonly byHandle = new Map<string, { path: string; kind: HandleKind }>();
  private readonly byPath = new Map<string, string>();

  /** The handle for this path and kind; the same path chosen twice gets the same handle. */
  issue(file: string, kind: HandleKind): string {
    const absolute = path.resolve(file);
    const key = `${kind}\0${absolute}`;
    const known = this.byPath.get(key);
    if (known !== undefined) return known;
    const handle = `casebook-file:${randomBytes(16).toString('hex')}`;
    this.byHandle.set(handle, { path: absolute, kind });
    this.byPath.set(key, handle);
    return handle;
  }

  /** The path a handle of one of these kinds stands for; null for anything else. */
  resolve(value: unknown, kinds: readonly HandleKind[]): string | null {
    if (typeof value !== 'string' || !HANDLE_PATTERN.test(value)) return null;
    const entry = this.byHandle.get(value);
    return entry !== undefined && kinds.includes(entry.kind) ? entry.path : null;
  }
}

/** Where a request carries a path, and which kinds of handle may stand there. */
interface PathField {
  /** Property names from the request down; '*' is every element of an array. */
  at: readonly string[];
  kinds: readonly HandleKind[];
  /** What it is, for the refusal's message. */
  what: string;
}

const READ: readonly HandleKind[] = ['open'];
const WRITE: readonly HandleKind[] = ['save'];
const SOURCE: PathField = { at: ['source', 'path'], kinds: READ, what: '要读取的文件' };

/**
 * Every request field of the contract that names a file or folder on this computer. A test
 * (tests/unit/main/file-handles.test.ts) finds the contract's path fields by their 4096-character
 * limit and fails when one is missing here.
 */
export const PATH_FIELDS: Readonly<Partial<Record<MethodName, readonly PathField[]>>> = {
  'import.start': [{ at: ['paths', '*'], kinds: READ, what: '要导入的文件' }],
  'import.files': [{ at: ['paths', '*'], kinds: READ, what: '要导入的文件' }],
  'bundle.export': [{ at: ['out'], kinds: WRITE, what: '交换包的保存位置' }],
  'bundle.preview': [SOURCE],
  'bundle.apply': [SOURCE],
  'backup.create': [{ at: ['out'], kinds: WRITE, what: '备份的保存位置' }],
  'backup.restore': [SOURCE],
  'backup.restoreToNew': [SOURCE, { at: ['folder'], kinds: ['folder'], what: '新资料库的文件夹' }],
  'export.toFile': [{ at: ['outFile'], kinds: WRITE, what: '导出文件的保存位置' }],
  'rounds.package': [{ at: ['out'], kinds: WRITE, what: '评审包的保存位置' }],
  'rounds.previewResult': [SOURCE],
  'rounds.sheetToFile': [{ at: ['outFile'], kinds: WRITE, what: '评审汇总表的保存位置' }],
  'reviewWorkspaces.open': [SOURCE],
  'reviewWorkspaces.exportResult': [{ at: ['out'], kinds: WRITE, what: '评分结果的保存位置' }],
  'export.listSheetToFile': [{ at: ['outFile'], kinds: WRITE, what: '导出文件的保存位置' }],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// BAD_REQUEST, not UNAUTHORIZED: the window treats UNAUTHORIZED as a lost browser-mode token and
// shows its full-page notice, while this is one request to redo with a chosen file.
function refusal(method: MethodName, field: PathField, where: string): CasebookError {
  return new CasebookError(
    'BAD_REQUEST',
    `${field.what}只能在对话框中选择，请重新选择。`,
    `IPC ${method}: ${where} is not a handle of a file chosen in a dialog in this run (${field.kinds.join('/')})`,
  );
}

/** A copy of value with the field at `at` mapped through handles; throws the refusal for a non-handle. */
function mapField(value: unknown, at: readonly string[], trail: string, map: (leaf: unknown, where: string) => string): unknown {
  if (at.length === 0) return map(value, trail);
  const [step, ...rest] = at as [string, ...string[]];
  if (step === '*') {
    // Not an array: the schema refuses it after the gate.
    return Array.isArray(value) ? value.map((item, index) => mapField(item, rest, `${trail}[${index}]`, map)) : value;
  }
  if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, step)) return value;
  return { ...value, [step]: mapField(value[step], rest, trail === '' ? step : `${trail}.${step}`, map) };
}

/**
 * The request as the engine should see it: every path field's handle replaced by its path.
 * Throws BAD_REQUEST when a path field holds anything but a handle of an allowed kind.
 */
export function resolvePathHandles(method: MethodName, payload: unknown, handles: FileHandles): unknown {
  const fields = PATH_FIELDS[method];
  if (fields === undefined) return payload;
  let request = payload;
  for (const field of fields) {
    request = mapField(request, field.at, '', (leaf, where) => {
      const resolved = handles.resolve(leaf, field.kinds);
      if (resolved === null) throw refusal(method, field, where);
      return resolved;
    });
  }
  return request;
}

/** backup.list / backup.setKeep: each kept backup's path goes out as a handle the window can restore from. */
export function handOutBackupPaths(method: MethodName, result: unknown, handles: FileHandles): unknown {
  if (method !== 'backup.list' && method !== 'backup.setKeep') return result;
  if (!isRecord(result) || !Array.isArray(result.backups)) return result;
  return {
    ...result,
    backups: result.backups.map((backup: unknown) =>
      isRecord(backup) && typeof backup.path === 'string' ? { ...backup, path: handles.issue(backup.path, 'open') } : backup,
    ),
  };
}
