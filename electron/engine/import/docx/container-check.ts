import { CasebookError } from '../../../../shared/api/errors';

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_STREAMS = ['EncryptedPackage', 'EncryptionInfo'].map((name) => Buffer.from(name, 'utf16le'));

/**
 * A .docx is a ZIP. Word saves a password-protected .docx as an OLE compound file holding an
 * EncryptedPackage stream; an OLE file without one is an old .doc given the new extension.
 */
export function checkDocxContainer(bytes: Buffer): void {
  if (bytes.length === 0) throw new CasebookError('IMPORT_FAILED', '文件是空的，没有可导入的内容。', 'empty file');
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    const scan = bytes.subarray(0, Math.min(bytes.length, 4 * 1024 * 1024));
    if (ENCRYPTED_STREAMS.some((name) => scan.includes(name))) {
      throw new CasebookError('IMPORT_FAILED', '文件已加密（设置了打开密码），无法读取。请在 Word 中取消密码后另存为 .docx 再导入。', 'OLE EncryptedPackage');
    }
    throw new CasebookError('IMPORT_FAILED', '这其实是旧版 Word（.doc）文件，只是扩展名是 .docx。请在 Word 中“另存为” .docx 后再导入。', 'OLE without EncryptedPackage');
  }
  if (bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new CasebookError('IMPORT_FAILED', '文件已损坏或不是 Word 文档（.docx），无法读取。', 'no zip signature');
  }
}
