import { DATE_SOURCE } from '../import/metadata/dates';
import { isOrganizationLine } from '../import/reading/line-features';
import type { Block } from './export-model';

/**
 * The 落款 of a document's text: up to three lines naming the signing bodies, the date (成文日期) and
 * an optional 附注 such as “（此件主动公开）”, each its own paragraph or line. At the end of the text
 * the date may stand alone; inside it (a 印发 notice's 落款 before the 办法 it issues) a signing body
 * must come first. Only whole paragraphs count, so a sentence that merely ends with a date stays text.
 */

const DATE_LINE = new RegExp(`^${DATE_SOURCE}$`);
const PUBLIC_NOTE = /^[（(]\s*此件[^（()）]{2,12}[）)]$/;
const MAX_ORGANIZATIONS = 3;
/** Organisations, date and note: more trailing lines than these cannot all be the 落款. */
const MAX_LINES = MAX_ORGANIZATIONS + 2;

type Signature = Extract<Block, { type: 'signature' }>;

function isSignatureLine(line: string): boolean {
  return DATE_LINE.test(line) || PUBLIC_NOTE.test(line) || isOrganizationLine(line);
}

function readSignature(lines: readonly string[]): Signature | null {
  const note = lines.length > 0 && PUBLIC_NOTE.test(lines[lines.length - 1]!) ? lines[lines.length - 1]! : null;
  const signed = note === null ? lines : lines.slice(0, -1);
  const date = signed[signed.length - 1];
  const organizations = signed.slice(0, -1);
  if (date === undefined || !DATE_LINE.test(date)) return null;
  if (organizations.length > MAX_ORGANIZATIONS || !organizations.every(isOrganizationLine)) return null;
  return { type: 'signature', lines: [...organizations, date], note };
}

const paragraphLines = (paragraph: string) => paragraph.split('\n').map((line) => line.trim()).filter(Boolean);

/** A 落款 that starts at paragraphs[from] inside the text, and the index of the paragraph after it. */
function innerSignature(paragraphs: readonly string[], from: number): { signature: Signature; end: number } | null {
  const first = paragraphLines(paragraphs[from]!);
  if (!first.every(isOrganizationLine)) return null;
  const lines: string[] = [];
  let end = from;
  while (end < paragraphs.length) {
    const next = paragraphLines(paragraphs[end]!);
    if (lines.length + next.length > MAX_LINES || !next.every(isSignatureLine)) break;
    lines.push(...next);
    end += 1;
  }
  // The shortest run that reads as a 落款: what follows it is the attachment's text.
  for (let to = from + 1; to <= end; to += 1) {
    const signature = readSignature(paragraphs.slice(from, to).flatMap(paragraphLines));
    if (signature && signature.lines.length > 1) return { signature, end: to };
  }
  return null;
}

/** The text's paragraphs with each 落款 in it read as one block, the one closing the text included. */
export function splitSignatures(paragraphs: readonly string[]): (string | Signature)[] {
  const { body, signature } = splitClosingSignature(paragraphs);
  const out: (string | Signature)[] = [];
  for (let index = 0; index < body.length; ) {
    const found = index > 0 ? innerSignature(body, index) : null;
    if (found) {
      out.push(found.signature);
      index = found.end;
    } else {
      out.push(body[index]!);
      index += 1;
    }
  }
  if (signature) out.push(signature);
  return out;
}

/** Splits the trailing paragraphs that form the 落款 off the text's paragraphs. */
function splitClosingSignature(paragraphs: readonly string[]): { body: string[]; signature: Signature | null } {
  let start = paragraphs.length;
  const lines: string[] = [];
  while (start > 0) {
    const paragraphLines = paragraphs[start - 1]!.split('\n').map((line) => line.trim()).filter(Boolean);
    if (lines.length + paragraphLines.length > MAX_LINES || !paragraphLines.every(isSignatureLine)) break;
    lines.unshift(...paragraphLines);
    start -= 1;
  }
  // The longest run of trailing paragraphs that reads as a 落款; what it leaves above is text.
  for (let from = start; from < paragraphs.length; from += 1) {
    const candidate = paragraphs.slice(from).flatMap((paragraph) => paragraph.split('\n').map((line) => line.trim()).filter(Boolean));
    const signature = readSignature(candidate);
    if (signature) return { body: paragraphs.slice(0, from), signature };
  }
  return { body: [...paragraphs], signature: null };
}
