const YEAR_OF = /((?:19|20)\d{2})\s*年度/;

function yearIn(text: string): number | null {
  const match = YEAR_OF.exec(text);
  return match ? Number(match[1]) : null;
}

/** 年度: "2023年度" in the title (the year a selection is for), else the date's year, else "2023年度" near the top. */
export function extractYear(title: string, date: string | null, text: string): number | null {
  return yearIn(title) ?? (date ? Number(date.slice(0, 4)) : null) ?? yearIn(text.slice(0, 600));
}
