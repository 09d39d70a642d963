import { createCanvas, GlobalFonts, Image, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

/**
 * Scanned pages made in the test: text written for the tests in the style of the bureau's material,
 * drawn on an A4 page at 150 dpi with the Noto CJK font (CI installs fonts-noto-cjk), and the same page
 * degraded as a scanner or phone leaves it (a slight rotation, noise, JPEG at quality 40, a red seal
 * over the 落款). `expected` is the text a perfect reading gives, for the character error rate.
 */

const FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FONT = 'Noto Sans CJK SC';
export const PAGE_WIDTH = 1240;
export const PAGE_HEIGHT = 1754;
const MARGIN = 130;
const BODY = 30;

let fontLoaded = false;
function ensureFont(): void {
  if (!fontLoaded) GlobalFonts.registerFromPath(FONT_FILE, FONT);
  fontLoaded = true;
}

export interface TestPage {
  name: string;
  png: Buffer;
  /** Every character the page shows, in reading order (paragraphs separated by \n). */
  expected: string;
  /** Paragraphs as they should come out, for reading-order checks. */
  paragraphs: string[];
}

function newPage(): { canvas: Canvas; g: SKRSContext2D } {
  ensureFont();
  const canvas = createCanvas(PAGE_WIDTH, PAGE_HEIGHT);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
  g.fillStyle = '#111111';
  g.textBaseline = 'top';
  return { canvas, g };
}

/** Draws a paragraph wrapped to [left, right] with a two-character first-line indent; returns the next y. */
function paragraph(g: SKRSContext2D, text: string, left: number, right: number, y: number, size = BODY, indent = true): number {
  g.font = `${size}px "${FONT}"`;
  let line = '';
  let x0 = indent ? left + size * 2 : left;
  const lineStep = size * 1.7;
  for (const char of text) {
    if (g.measureText(line + char).width > right - x0) {
      g.fillText(line, x0, y);
      y += lineStep;
      line = '';
      x0 = left;
    }
    line += char;
  }
  if (line) g.fillText(line, x0, y);
  return y + lineStep;
}

function centred(g: SKRSContext2D, text: string, y: number, size: number, left = MARGIN, right = PAGE_WIDTH - MARGIN): number {
  g.font = `${size}px "${FONT}"`;
  const width = g.measureText(text).width;
  g.fillText(text, left + (right - left - width) / 2, y);
  return y + size * 1.9;
}

function rightSet(g: SKRSContext2D, text: string, y: number, size = BODY): number {
  g.font = `${size}px "${FONT}"`;
  const width = g.measureText(text).width;
  g.fillText(text, PAGE_WIDTH - MARGIN - size * 2 - width, y);
  return y + size * 1.7;
}

export const NOTICE_TITLE = '关于开展2026年度“红色工地”示范项目评选工作的通知';
export const NOTICE_SIGNATURE = '某市住房和城乡建设局';
export const NOTICE_DATE = '2026年3月18日';
const NOTICE_BODY = [
  '各县（市、区）住建局，各有关建设、施工、监理单位：',
  '为深入推进“把支部建在项目上，把党旗插在工地上”，进一步发挥党建引领工程建设的作用，经研究，决定在全市开展2026年度“红色工地”示范项目评选工作。现将有关事项通知如下。',
  '一、评选范围。全市在建房屋建筑和市政基础设施工程项目，已成立项目临时党支部并规范开展组织生活满6个月以上的，均可申报。',
  '二、评选程序。各地于4月30日前完成初审并推荐，每个县（市、区）推荐不超过3个项目；市局组织专家进行材料评审和现场核查，择优确定示范项目。',
  '三、工作要求。各单位要高度重视，如实填报申报材料，不得弄虚作假。联系人：王晓明，联系电话：0577-88961234。',
];

/** A 通知: centred title, 主送机关, numbered paragraphs, the 落款 set right (where the seal goes). */
export function noticePage(): TestPage & { signatureY: number } {
  const { canvas, g } = newPage();
  let y = 170;
  y = centred(g, NOTICE_TITLE.slice(0, 16), y, 40);
  y = centred(g, NOTICE_TITLE.slice(16), y, 40) + 20;
  y = paragraph(g, NOTICE_BODY[0] as string, MARGIN, PAGE_WIDTH - MARGIN, y, BODY, false);
  for (const text of NOTICE_BODY.slice(1)) y = paragraph(g, text, MARGIN, PAGE_WIDTH - MARGIN, y);
  y += 60;
  const signatureY = y;
  y = rightSet(g, NOTICE_SIGNATURE, y);
  rightSet(g, NOTICE_DATE, y);
  const paragraphs = [NOTICE_TITLE, ...NOTICE_BODY, NOTICE_SIGNATURE, NOTICE_DATE];
  return { name: '通知', png: canvas.toBuffer('image/png'), expected: paragraphs.join('\n'), paragraphs, signatureY };
}

export const NEWS_LEFT = [
  '本报讯（记者 陈立群）3月20日，某区城市更新项目临时党支部联合属地街道、建设单位和施工单位，在项目工地召开“党建联建”推进会，签订结对共建协议。',
  '会上，项目党支部书记介绍了“一党员一项目”的做法：每名党员认领一个质量安全责任区，每周开展一次巡查，发现问题当天整改。',
];
export const NEWS_RIGHT = [
  '截至目前，项目已组建党员先锋岗12个，开设农民工夜校8期，累计培训一线工人560余人次，帮助解决工资支付、子女入学等实际问题23件。',
  '下一步，各方将围绕“红领筑建”品牌，持续推动党建工作与工程建设深度融合，努力把项目建成优质工程、廉洁工程和民心工程。',
];
export const NEWS_TITLE = '党建联建聚合力 红色引擎促发展';

/** A news page in two columns under a title set across both. */
export function twoColumnNewsPage(): TestPage {
  const { canvas, g } = newPage();
  let y = centred(g, NEWS_TITLE, 170, 44) + 30;
  const gutter = 60;
  const middle = PAGE_WIDTH / 2;
  let left = y;
  for (const text of NEWS_LEFT) left = paragraph(g, text, MARGIN, middle - gutter / 2, left);
  let right = y;
  for (const text of NEWS_RIGHT) right = paragraph(g, text, middle + gutter / 2, PAGE_WIDTH - MARGIN, right);
  y = Math.max(left, right);
  const paragraphs = [NEWS_TITLE, ...NEWS_LEFT, ...NEWS_RIGHT];
  return { name: '两栏新闻', png: canvas.toBuffer('image/png'), expected: paragraphs.join('\n'), paragraphs };
}

export const TABLE_TITLE = '2025年度红色工地星级评定结果汇总表';
export const TABLE_ROWS = [
  ['序号', '项目名称', '党支部', '星级'],
  ['1', '滨江安置房二期工程', '项目联合党支部', '五星'],
  ['2', '城北快速路改造工程', '项目临时党支部', '四星'],
  ['3', '市第三人民医院迁建工程', '项目联合党支部', '五星'],
  ['4', '科创园区配套学校工程', '项目临时党支部', '三星'],
];

/** A 通报's table: title, ruled grid, four columns. */
export function tablePage(): TestPage {
  const { canvas, g } = newPage();
  const y0 = centred(g, TABLE_TITLE, 170, 40) + 20;
  const columns = [MARGIN, MARGIN + 110, MARGIN + 520, MARGIN + 820, PAGE_WIDTH - MARGIN];
  const rowHeight = 72;
  g.strokeStyle = '#222222';
  g.lineWidth = 2;
  TABLE_ROWS.forEach((cells, row) => {
    const top = y0 + row * rowHeight;
    cells.forEach((cell, column) => {
      g.font = `${BODY}px "${FONT}"`;
      g.fillText(cell, (columns[column] as number) + 18, top + (rowHeight - BODY) / 2 - 4);
    });
  });
  for (let row = 0; row <= TABLE_ROWS.length; row += 1) {
    g.beginPath();
    g.moveTo(MARGIN, y0 + row * rowHeight);
    g.lineTo(PAGE_WIDTH - MARGIN, y0 + row * rowHeight);
    g.stroke();
  }
  for (const x of columns) {
    g.beginPath();
    g.moveTo(x, y0);
    g.lineTo(x, y0 + TABLE_ROWS.length * rowHeight);
    g.stroke();
  }
  const paragraphs = [TABLE_TITLE, ...TABLE_ROWS.map((cells) => cells.join(''))];
  return { name: '表格', png: canvas.toBuffer('image/png'), expected: paragraphs.join('\n'), paragraphs };
}

async function loadPng(png: Buffer): Promise<Image> {
  const image = new Image();
  image.src = png;
  await image.decode();
  return image;
}

/** Deterministic noise: the same page degrades the same way every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** The page as a scanner leaves it: turned 1.5°, grey speckle noise, saved as JPEG at quality 40. */
export async function degraded(png: Buffer, seed = 7): Promise<Buffer> {
  const image = await loadPng(png);
  const canvas = createCanvas(image.width, image.height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, image.width, image.height);
  g.translate(image.width / 2, image.height / 2);
  g.rotate((1.5 * Math.PI) / 180);
  g.drawImage(image, -image.width / 2, -image.height / 2);
  g.setTransform(1, 0, 0, 1, 0, 0);
  const pixels = g.getImageData(0, 0, image.width, image.height);
  const random = seededRandom(seed);
  for (let at = 0; at < pixels.data.length; at += 4) {
    const shift = (random() - 0.5) * 50;
    for (let channel = 0; channel < 3; channel += 1) pixels.data[at + channel] = Math.max(0, Math.min(255, (pixels.data[at + channel] as number) + shift));
  }
  g.putImageData(pixels, 0, 0);
  return canvas.toBuffer('image/jpeg', 40);
}

/** A red seal (ring, star and the body's name round the edge) stamped over the 落款, as ink over the print. */
export async function withSeal(png: Buffer, centreX: number, centreY: number): Promise<Buffer> {
  ensureFont();
  const image = await loadPng(png);
  const canvas = createCanvas(image.width, image.height);
  const g = canvas.getContext('2d');
  g.drawImage(image, 0, 0);
  g.globalCompositeOperation = 'multiply';
  g.strokeStyle = 'rgb(220, 30, 35)';
  g.fillStyle = 'rgb(220, 30, 35)';
  g.lineWidth = 7;
  const radius = 125;
  g.beginPath();
  g.arc(centreX, centreY, radius, 0, Math.PI * 2);
  g.stroke();
  g.beginPath();
  for (let point = 0; point < 10; point += 1) {
    const r = point % 2 === 0 ? 34 : 14;
    const angle = -Math.PI / 2 + (point * Math.PI) / 5;
    g.lineTo(centreX + r * Math.cos(angle), centreY + r * Math.sin(angle));
  }
  g.closePath();
  g.fill();
  const name = '某市住房和城乡建设局';
  g.font = `34px "${FONT}"`;
  const chars = [...name];
  chars.forEach((char, index) => {
    const angle = -Math.PI * 0.85 + (index * Math.PI * 0.7 * 1.0) / (chars.length - 1) - Math.PI * 0.0;
    g.save();
    g.translate(centreX + (radius - 30) * Math.cos(angle), centreY + (radius - 30) * Math.sin(angle));
    g.rotate(angle + Math.PI / 2);
    g.fillText(char, -17, -17);
    g.restore();
  });
  return canvas.toBuffer('image/png');
}

/** Where the notice's seal goes: over the 落款, as a bureau stamps it. */
export async function sealedNotice(): Promise<TestPage> {
  const page = noticePage();
  return { ...page, name: '通知（盖章）', png: await withSeal(page.png, PAGE_WIDTH - MARGIN - BODY * 2 - 160, page.signatureY + 30) };
}

/** Whitespace, the table's cell bars and compatibility forms do not count: the characters do. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s|]/g, '');
}

/** Character error rate: edit distance from the expected text over its length. */
export function characterErrorRate(expected: string, actual: string): number {
  const a = [...comparable(expected)];
  const b = [...comparable(actual)];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return a.length === 0 ? 0 : (previous[b.length] as number) / a.length;
}

/**
 * A PDF of two pages of text (from a fixture written for the tests) and, between them, one scanned
 * page: the news page as an image, as a scanner inserts a signed page into a typed document.
 */
export async function mixedPdf(textPdf: Buffer, scannedPng: Buffer): Promise<Buffer> {
  const { PDFDocument } = await import('pdf-lib');
  const source = await PDFDocument.load(textPdf);
  const out = await PDFDocument.create();
  const [first, second] = await out.copyPages(source, [0, 1]);
  out.addPage(first);
  const image = await out.embedPng(scannedPng);
  const scanned = out.addPage([595, 842]);
  scanned.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  out.addPage(second);
  return Buffer.from(await out.save());
}

/** The 通知 in traditional characters (繁體), as a Hong Kong or Taiwan partner sends it. */
export async function traditionalNoticePage(): Promise<TestPage> {
  const OpenCC = await import('opencc-js');
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const paragraphs = [NOTICE_TITLE, ...NOTICE_BODY, NOTICE_SIGNATURE, NOTICE_DATE].map((text) => toTraditional(text));
  const [title = '', first = '', ...rest] = paragraphs;
  const body = rest.slice(0, -2);
  const { canvas, g } = newPage();
  let y = 170;
  y = centred(g, title.slice(0, 16), y, 40);
  y = centred(g, title.slice(16), y, 40) + 20;
  y = paragraph(g, first, MARGIN, PAGE_WIDTH - MARGIN, y, BODY, false);
  for (const text of body) y = paragraph(g, text, MARGIN, PAGE_WIDTH - MARGIN, y);
  y = rightSet(g, rest[rest.length - 2] ?? '', y + 60);
  rightSet(g, rest[rest.length - 1] ?? '', y);
  return { name: '通知（繁体）', png: canvas.toBuffer('image/png'), expected: paragraphs.join('\n'), paragraphs };
}
