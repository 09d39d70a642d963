import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { documentMetaSchema, isoDateSchema, type DocumentMetaField, type FieldOrigin } from '../../../../shared/model/document';
import { decodeText } from '../decode-text';
import type { Importer, ParsedDocument } from '../importer';
import { MAX_TEXT_BYTES, refuseOversized } from '../size-limits';
import { repairRadicals } from '../../text/radicals';
import { normalizeWhitespace } from '../normalize-text';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** YAML may read 2022-05-24 as a Date; either way it must be a real YYYY-MM-DD day. */
const yamlDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(isoDateSchema);

/** Front matter is the user's (or an exporter's) own record of the fields; bad values are skipped with a warning. */
const frontMatterSchema = documentMetaSchema.partial().extend({
  year: z.coerce.number().int().min(1900).max(2100).nullable().optional(),
  date: yamlDate.optional(),
  effectiveDate: yamlDate.optional(),
  tags: z.array(z.string()).optional(),
});

function readFrontMatter(source: string, warnings: string[]): { fields: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { fields: {}, body: source };
  try {
    const parsed: unknown = parseYaml(match[1] ?? '', { schema: 'core' });
    return { fields: typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}, body: source.slice(match[0].length) };
  } catch {
    warnings.push('文件开头的元数据（front matter）格式有误，已按正文导入。');
    return { fields: {}, body: source };
  }
}

/** Markdown heading marks are dropped from the shown text; the original file keeps them. */
function markdownToText(body: string): string {
  return body
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/^(\s*)[*+-][ \t]+/gm, '$1• ')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?=\S)([^*\n]*?\S)\*(?!\*)/g, '$1$2')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1');
}

export const markdownImporter: Importer = {
  id: 'markdown',
  label: 'Markdown',
  extensions: ['.md', '.markdown'],
  parse: async (input): Promise<ParsedDocument> => {
    const warnings: string[] = [];
    refuseOversized(input.bytes, MAX_TEXT_BYTES, 'Markdown 文件');
    const { text, encoding } = decodeText(input.bytes, input.encodingOverride);
    const { fields, body } = readFrontMatter(text.replace(/\r\n?/g, '\n'), warnings);
    const meta: ParsedDocument['meta'] = {};
    const fieldOrigins: Partial<Record<DocumentMetaField, FieldOrigin>> = {};
    let tags: string[] = [];
    for (const [key, value] of Object.entries(fields)) {
      const single = frontMatterSchema.shape[key as keyof typeof frontMatterSchema.shape];
      if (!single || value === undefined) continue;
      if (value === null) {
        // The file says the field is unknown: the metadata step leaves it alone.
        if (key !== 'tags' && key !== 'title' && key !== 'kind') fieldOrigins[key as DocumentMetaField] = 'file';
        continue;
      }
      const parsed = single.safeParse(value);
      if (!parsed.success) {
        warnings.push(`元数据“${key}”的值“${String(value)}”无效，已忽略。`);
        continue;
      }
      if (key === 'tags') tags = parsed.data as string[];
      else {
        (meta as Record<string, unknown>)[key] = parsed.data;
        fieldOrigins[key as DocumentMetaField] = 'file';
      }
    }
    const cleaned = normalizeWhitespace(repairRadicals(markdownToText(body)));
    const heading = /^#[ \t]+(.+)$/m.exec(body)?.[1]?.trim() ?? null;
    return { title: meta.title ?? heading, text: cleaned, meta, fieldOrigins, tags, encoding, warnings };
  },
};
