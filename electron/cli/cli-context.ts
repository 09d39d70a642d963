import fs from 'node:fs';
import path from 'node:path';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/errors';
import { dispatch } from '../engine/api/dispatch';
import { isHostMethod } from '../engine/api/host-handlers';
import { LibraryHost } from '../engine/api/library-host';
import { DATABASE_FILE_NAME } from '../engine/core/library';
import { currentActor } from '../engine/core/paths';
import { finishInterruptedRebuild } from '../engine/search/search-index-service';
import { RESOURCES_FOLDER, readAppVersion } from '../server/source-tree';
import { CliFailure } from './cli-errors';

/** Where the command line writes; replaceable so the commands can be driven without a terminal. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdinIsTty: boolean;
  stderrIsTty: boolean;
  columns: number;
  /** Asks a yes/no question on the terminal. */
  confirm(question: string): Promise<boolean>;
}

export interface CliContextOptions {
  libraryFolder: string;
  json: boolean;
  /** import and sample may create a library; every other command needs an existing one. */
  createsLibrary: boolean;
  io: CliIo;
}

/**
 * What a command works with: the library behind the same dispatch() every door uses, and the output.
 * The library opens on the first call, so `--help` and usage errors never touch it.
 */
export class CliContext {
  readonly json: boolean;
  readonly io: CliIo;
  readonly libraryFolder: string;
  private host: LibraryHost | null = null;
  private indexChecked = false;
  private readonly createsLibrary: boolean;
  /** True when this run created the library (a new folder or a folder without a database). */
  createdLibrary = false;

  constructor(options: CliContextOptions) {
    this.json = options.json;
    this.io = options.io;
    this.libraryFolder = path.resolve(options.libraryFolder);
    this.createsLibrary = options.createsLibrary;
  }

  private openHost(): LibraryHost {
    if (this.host) return this.host;
    const databaseFile = path.join(this.libraryFolder, DATABASE_FILE_NAME);
    const exists = fs.existsSync(databaseFile);
    if (!exists && !this.createsLibrary) {
      const folder = fs.statSync(this.libraryFolder, { throwIfNoEntry: false });
      const where = !folder
        ? `找不到资料库文件夹“${this.libraryFolder}”。`
        : folder.isDirectory()
          ? `文件夹“${this.libraryFolder}”中还没有资料库（缺少 ${DATABASE_FILE_NAME}）。`
          : `资料库位置“${this.libraryFolder}”是一个文件，不是文件夹。`;
      throw new CliFailure(
        'LIBRARY_UNAVAILABLE',
        `${where}请用 --library 指定资料库文件夹；新建资料库请用 casebook import 导入资料或 casebook sample 添加示例资料。`,
        `no ${databaseFile}`,
      );
    }
    this.createdLibrary = !exists;
    this.host = new LibraryHost({
      folder: this.libraryFolder,
      createIfMissing: this.createsLibrary,
      resourcesFolder: RESOURCES_FOLDER,
      actor: currentActor('命令行'),
      appVersion: readAppVersion(),
      // Scans are recognised only when a command waits for them (import without --no-wait, ocr):
      // work left queued is the desktop app's or browser mode's to resume, never a reason for a command to linger.
      recognizeInBackground: false,
    });
    return this.host;
  }

  /**
   * A rebuild of the search index killed half-way (or still running in the app) is finished before
   * the first call answers, so a search never reads a partial index. `reindex` starts over anyway.
   */
  private async finishIndex(host: LibraryHost, method: MethodName): Promise<void> {
    if (this.indexChecked) return;
    this.indexChecked = true;
    // A restore must not open (and so create) the library it is about to replace.
    if (method === 'search.rebuild' || isHostMethod(method)) return;
    let library;
    try {
      library = host.get();
    } catch {
      return; // dispatch reports why the library cannot be opened
    }
    if (!library.search.rebuildPending()) return;
    this.note('检索索引上次没有重建完，正在补完……');
    await finishInterruptedRebuild(library);
    this.note('检索索引已补完。');
  }

  /** One API call through dispatch; answers with the envelope, never throws for engine errors. */
  async callEnvelope<M extends MethodName>(method: M, payload: RequestOf<M> | Record<string, unknown>): Promise<ApiEnvelope<ResponseOf<M>>> {
    const host = this.openHost();
    try {
      await this.finishIndex(host, method);
    } catch (error) {
      // The command still runs: queries answer by scanning while the index is incomplete.
      this.note(`补完检索索引时出错：${error instanceof Error ? error.message : String(error)}。可运行 casebook reindex 重建。`);
    }
    const envelope = await dispatch(host, method, payload, (name, error) => {
      if (process.env.CASEBOOK_DEBUG) this.io.err(`[调试] ${name}: ${error.code} ${error.detail ?? ''}\n`);
    });
    return envelope as ApiEnvelope<ResponseOf<M>>;
  }

  /** One API call through dispatch; an error envelope becomes a CliFailure. */
  async call<M extends MethodName>(method: M, payload: RequestOf<M>): Promise<ResponseOf<M>> {
    const envelope = await this.callEnvelope(method, payload);
    if (!envelope.ok) throw CliFailure.fromPayload(envelope.error);
    return envelope.result;
  }

  /** A line for people (ignored with --json). */
  say(line = ''): void {
    if (!this.json) this.io.out(`${line}\n`);
  }

  /** One JSON value on its own line (only with --json). */
  emit(value: unknown): void {
    if (this.json) this.io.out(`${JSON.stringify(value)}\n`);
  }

  /** A note on stderr, in either mode. */
  note(line: string): void {
    this.io.err(`${line}\n`);
  }

  close(): void {
    this.host?.close();
    this.host = null;
  }
}
