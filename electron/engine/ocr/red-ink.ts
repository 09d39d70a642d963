/**
 * A copy of RGBA pixels with red ink taken out (a seal, a 红头 rule): a pixel clearly redder than it
 * is green or blue is replaced by its red channel, which is light for red ink on paper (pushed to
 * white) and stays dark for black text seen through the ink. So the 落款 under a seal is read and
 * the seal's own characters are not.
 */
export function withoutRedInk(rgba: Uint8Array): Uint8Array {
  const out = new Uint8Array(rgba);
  for (let at = 0; at < out.length; at += 4) {
    const red = out[at] as number;
    const other = Math.max(out[at + 1] as number, out[at + 2] as number);
    if (red - other <= 50) continue;
    const value = red > 150 ? 255 : red;
    out[at] = value;
    out[at + 1] = value;
    out[at + 2] = value;
  }
  return out;
}
