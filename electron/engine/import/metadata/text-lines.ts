/** Line helpers shared by the metadata rules. */

export function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function headLines(text: string, count: number): string[] {
  return nonEmptyLines(text.slice(0, 4000)).slice(0, count);
}

export function tailLines(text: string, count: number): string[] {
  return nonEmptyLines(text.slice(-3000)).slice(-count);
}

/** A line that only carries page/file details (date, source, author, counters), not a title or prose. */
export const META_LABEL =
  /(?:发布日期|发布时间|发表时间|发文日期|成文日期|日\s*期|时\s*间|信息来源|文章来源|来\s*源|來\s*源|作\s*者|记\s*者|記\s*者|编\s*辑|責任編輯|责任编辑|浏览|点击|阅读|發布日期|發佈日期|發布時間|索引号|发文字号|文\s*号|发文机关|主题分类|发布机构)\s*[:：]/;
