import { decodeText } from '../decode-text';
import { joinHardWrappedLines } from '../reading/hard-wraps';
import { linesOfPlainText } from '../reading/source-lines';
import type { Importer } from '../importer';
import { MAX_TEXT_BYTES, refuseOversized } from '../size-limits';

export const textImporter: Importer = {
  id: 'text',
  label: '纯文本',
  extensions: ['.txt', '.text'],
  parse: async (input) => {
    refuseOversized(input.bytes, MAX_TEXT_BYTES, '文本文件');
    const { text, encoding } = decodeText(input.bytes, input.encodingOverride);
    const warnings = text.includes('\ufffd') ? ['部分文字无法按检测到的编码读出，显示为“�”。可在导入时手动指定编码后重新导入。'] : [];
    // Plain text is often copied from a web page, chrome and all: the readers look for the article in it.
    return { title: null, text, lines: joinHardWrappedLines(linesOfPlainText(text)), web: true, meta: {}, fieldOrigins: {}, tags: [], encoding, warnings };
  },
};
