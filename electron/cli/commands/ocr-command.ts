import { EXIT_FAILED, EXIT_OK } from '../cli-errors';
import { flag, requirePositionals, type CommandDefinition } from '../command';
import { recognitionSummary, waitForRecognition } from './recognition-wait';

export const ocrCommand: CommandDefinition = {
  name: 'ocr',
  summary: '识别扫描件、图片中的文字（OCR）',
  help: `用法：casebook ocr 编号… [--redo] [--no-wait] [--json]

识别资料中图片或没有文字层的 PDF 页的文字，识别出的文字进入全文、检索和查重。已识别完成的资料
不再重复识别；取消过或失败的从已识别的页接着识别。

选项：
  --redo      重新识别全部页（丢弃上次的识别结果）
  --no-wait   只排入识别队列，由桌面程序或浏览器模式在后台识别
  --json      每份资料输出一行 JSON（识别状态、页数、平均置信度）

有资料识别失败时退出码为 1。`,
  options: { redo: { type: 'boolean' }, 'no-wait': { type: 'boolean' } },
  createsLibrary: false,
  async run(context, args) {
    const ids = requirePositionals(args, 1, '资料编号', 'ocr');
    const redo = flag(args.values, 'redo');
    let states = [];
    for (const id of ids) states.push(await context.call('documents.ocr', { id, redo }));
    if (!flag(args.values, 'no-wait')) states = await waitForRecognition(context, ids);
    for (const state of states) {
      if (context.json) context.emit(state);
      else context.say(`${state.documentId}  ${state.status === 'queued' ? state.message : recognitionSummary(state)}`);
    }
    return states.some((state) => state.status === 'failed') ? EXIT_FAILED : EXIT_OK;
  },
};
