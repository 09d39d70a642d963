/**
 * The page's pixels as RGB (what the recogniser works on) with red ink taken out (a seal, a 红头
 * rule): a pixel clearly redder than it is green or blue is replaced by its red channel, which is
 * light for red ink on paper (pushed to white) and stays dark for black text seen through the ink.
 * So the 落款 under a seal is read and the seal's own characters are not. RGBA in, RGB out: one pass
 * instead of a copy here and another to drop the alpha channel.
 */
export function withoutRedInk(rgba: Uint8Array): Uint8Array {
  const out = new Uint8Array((rgba.length / 4) * 3);
  for (let at = 0, to = 0; at < rgba.length; at += 4, to += 3) {
    const red = rgba[at] as number;
    const green = rgba[at + 1] as number;
    const blue = rgba[at + 2] as number;
    if (red - Math.max(green, blue) <= 50) {
      out[to] = red;
      out[to + 1] = green;
      out[to + 2] = blue;
      continue;
    }
    const value = red > 150 ? 255 : red;
    out[to] = value;
    out[to + 1] = value;
    out[to + 2] = value;
  }
  return out;
}
