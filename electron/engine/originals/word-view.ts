import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { sanitizeHtml, type ParseHtml } from '../../../shared/model/sanitize-html';
import { viewingDocument } from '../../../shared/model/original-view';
import { checkDocxContainer } from '../import/docx/container-check';
import { guardZip } from '../import/docx/zip-guard';
import type { OriginalPage } from './original-page-task';

/** Word's Chinese style names as well as the English ones mammoth knows. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
  "p[style-name='标题 4'] => h4:fresh",
  "p[style-name='副标题'] => h2:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
];

/** A sheet of paper in the style of a 公文: 仿宋 body, 小标宋 headings, tables with rules. */
const WORD_FRAME_STYLE = [
  'html{background:#eceae6}',
  'body{box-sizing:border-box;max-width:794px;margin:16px auto;padding:56px 64px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.18);',
  'font-family:"FangSong_GB2312","仿宋_GB2312","FangSong","仿宋","STFangsong","Noto Serif CJK SC","Songti SC",serif;font-size:16pt;line-height:1.75;color:#1f1f1f}',
  'h1,h2,h3,h4{font-family:"FZXiaoBiaoSong-B05S","方正小标宋简体","SimSun","宋体","Noto Serif CJK SC",serif;font-weight:normal;line-height:1.5}',
  // The first heading is the document's title, centred; the rest are 一、二、 headings in 黑体, as a 公文 sets them.
  'h1:first-child{text-align:center;font-size:22pt;margin:0 0 24px}',
  'h1:not(:first-child),h2,h3,h4{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-size:16pt;margin:.6em 0 .3em}',
  'p{margin:0 0 .3em}table{border-collapse:collapse;margin:12px 0;font-size:13pt}td,th{border:1px solid #888;padding:4px 8px;vertical-align:top}',
  'img{max-width:100%;height:auto}',
].join('');

const parseFragment: ParseHtml = (html) => parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;

/** A .docx converted to read-only HTML: headings, paragraphs, lists, tables and pictures, nothing that runs. */
export async function wordView(bytes: Buffer): Promise<OriginalPage> {
  checkDocxContainer(bytes);
  guardZip(bytes);
  const converted = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP });
  const body = sanitizeHtml(converted.value, parseFragment);
  return {
    kind: 'page',
    from: 'word',
    html: viewingDocument('', body, WORD_FRAME_STYLE),
    notes: ['按 Word 文件的内容显示（只读）：保留标题、段落、表格和图片；页眉页脚、批注、分页和原有版式不显示。'],
  };
}
