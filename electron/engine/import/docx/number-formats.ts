/**
 * A list number as Word draws it in a given w:numFmt: decimal, roman, letters, Chinese counting
 * (一、十一) and legal (壹) numerals, stems and branches, circled and full-width digits.
 */

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function chineseNumber(value: number, digits: string[], units: string[]): string {
  if (value <= 0 || value >= 10000) return String(value);
  const parts: string[] = [];
  const text = String(value);
  let zero = false;
  for (let index = 0; index < text.length; index += 1) {
    const digit = Number(text[index]);
    const unit = units[text.length - 1 - index] ?? '';
    if (digit === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length > 0) parts.push(digits[0] as string);
    zero = false;
    parts.push(`${digits[digit] as string}${unit}`);
  }
  const out = parts.join('');
  // 十一, not 一十一.
  return value >= 10 && value < 20 && digits === CHINESE_DIGITS ? out.slice(1) : out;
}

function roman(value: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

function letters(value: number): string {
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseNumber(value, CHINESE_DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseNumber(value, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return STEMS[(value - 1) % 10] ?? String(value);
    case 'ideographZodiac':
      return BRANCHES[(value - 1) % 12] ?? String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return CIRCLED[value - 1] ?? String(value);
    case 'decimalEnclosedParen':
      return `(${value})`;
    case 'decimalEnclosedFullstop':
      return `${value}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    case 'none':
      return '';
    default:
      return String(value);
  }
}
