/** Width in characters of a line in a Chinese body face: Chinese full, Latin letters and digits half. */
export function widthChars(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}
