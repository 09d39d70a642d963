import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ORIGINAL_READ_MAX_BYTES } from '../../../shared/model/original-view';
import { CliFailure, EXIT_OK } from '../cli-errors';
import { requirePositionals, stringValue, type CommandDefinition } from '../command';

/** `casebook original`: the file a document was imported from, byte for byte, read through originals.read like the window's 原件. */
export const originalCommand: CommandDefinition = {
  name: 'original',
  summary: '取出一份资料的原件（导入时原样保存的文件）',
  help: `用法：casebook original 编号 [--out 文件] [--json]

把资料导入时原样保存的原件写到 --out（已有同名文件会被替换）；不写 --out 时写到当前文件夹，
用原文件名，已有同名文件则不覆盖。写好后核对 SHA-256，与导入时一致。`,
  options: { out: { type: 'string', short: 'o' } },
  createsLibrary: false,
  async run(context, args) {
    const [id] = requirePositionals(args, 1, '资料编号', 'original');
    const record = await context.call('documents.get', { id: id ?? '' });
    const original = record.original;
    if (!original) throw new CliFailure('NOT_FOUND', `《${record.title}》没有保存原件（在软件中新建，或来自不带原件的交换包）。`);
    const given = stringValue(args.values, 'out')?.trim();
    const target = path.resolve(given || path.basename(original.fileName));
    const pieces: Buffer[] = [];
    for (let offset = 0; offset < original.size; offset += ORIGINAL_READ_MAX_BYTES) {
      const piece = await context.call('originals.read', { id: record.id, offset, length: ORIGINAL_READ_MAX_BYTES });
      pieces.push(Buffer.from(piece.contentBase64, 'base64'));
    }
    const bytes = Buffer.concat(pieces);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== original.sha256) throw new CliFailure('INTERNAL', '读出的原件与导入时的校验值不一致，没有写出文件。请运行 casebook check 检查资料库。', `${sha256} != ${original.sha256}`);
    try {
      fs.writeFileSync(target, bytes, { flag: given ? 'w' : 'wx' });
    } catch (error) {
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
      throw new CliFailure('CONFLICT', exists ? `当前文件夹已有“${path.basename(target)}”，没有覆盖。请用 --out 指定保存的文件。` : `无法写入“${target}”：请检查文件夹是否存在、是否有写入权限。`, String(error));
    }
    if (context.json) context.emit({ id: record.id, fileName: original.fileName, size: original.size, sha256, out: target });
    else context.say(`已取出原件：${target}（${original.size} 字节，SHA-256 与导入时一致）`);
    return EXIT_OK;
  },
};
