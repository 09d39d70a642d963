import { createHash } from 'node:crypto';

/** Reads an offline review page (the 评审包 as HTML) the way a test checks it: its policy, its inline code, its data. */

export interface InlineBlock {
  tag: 'script' | 'style';
  type: string | null;
  content: string;
}

export function inlineBlocks(html: string): InlineBlock[] {
  const blocks: InlineBlock[] = [];
  for (const match of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi)) {
    const type = /\stype="([^"]*)"/i.exec(match[2] ?? '')?.[1] ?? null;
    blocks.push({ tag: match[1]!.toLowerCase() as 'script' | 'style', type, content: match[3]! });
  }
  return blocks;
}

export function contentSecurityPolicyOf(html: string): Map<string, string[]> | null {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return null;
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

export function cspHashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface OfflinePageData {
  info: { roundId: string; roundName: string; reviewer: string; packageId: string; secret: string; blind: boolean; submissions: string[]; criteria: { key: string; name: string; weight: number }[] };
  submissions: { id: string; title: string; text: string; organization: string | null }[];
}

export function offlinePageDataOf(html: string): OfflinePageData {
  const block = inlineBlocks(html).find((item) => item.tag === 'script' && item.type === 'application/json');
  if (!block) throw new Error('the page has no JSON data block');
  return JSON.parse(block.content) as OfflinePageData;
}
