/** Inclusive bounds on documents.date (YYYY-MM-DD), compared as strings; null is open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface YearRange {
  from: number;
  to: number;
}

const PARTIAL_DATE = /^(\d{4})(?:[-./](\d{1,2})(?:[-./](\d{1,2}))?)?$/;
const SEPARATORS = /\.\.|~|至/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A date written as 2022, 2022-5, 2022.05.24 …, widened to its first or last day. */
function bound(text: string, end: 'from' | 'to'): string | null | undefined {
  if (text === '') return null;
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (year < 1900 || year > 2100) return undefined;
  if (month !== null && (month < 1 || month > 12)) return undefined;
  if (day !== null && (day < 1 || day > 31)) return undefined;
  if (end === 'from') return `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  return `${year}-${pad(month ?? 12)}-${pad(day ?? 31)}`;
}

/** 2022-01..2023-06, 2022..2023, 2022-01.., ..2023-06, or one period (2023, 2023-06, 2023-06-01). */
export function parseDateRange(value: string): DateRange | null {
  const parts = value.split(SEPARATORS);
  if (parts.length > 2) return null;
  const [first = '', second] = parts.map((part) => part.trim());
  const from = bound(first, 'from');
  const to = bound(second === undefined ? first : second, 'to');
  if (from === undefined || to === undefined || (from === null && to === null)) return null;
  if (from !== null && to !== null && from > to) return { from: bound(second ?? '', 'from') ?? null, to: bound(first, 'to') ?? null };
  return { from, to };
}

/** 2023, 2021..2023, 2021-2023. */
export function parseYearRange(value: string): YearRange | null {
  const match = /^(\d{4})(?:\s*(?:\.\.|~|-|至)\s*(\d{4}))?$/.exec(value);
  if (!match) return null;
  const a = Number(match[1]);
  const b = match[2] === undefined ? a : Number(match[2]);
  if (a < 1900 || a > 2100 || b < 1900 || b > 2100) return null;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}
