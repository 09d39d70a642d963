import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ensureTag } from './tags-repo';
import { getSetting, setSetting } from '../core/settings-repo';
import { nowIso } from '../core/ids';
import type { Library } from '../core/library';

interface TaxonomyNode {
  name: string;
  description?: string | undefined;
  children?: TaxonomyNode[] | undefined;
}

const taxonomyNodeSchema: z.ZodType<TaxonomyNode> = z.lazy(() =>
  z.object({
    name: z.string().min(1).regex(/^[^/]+$/),
    description: z.string().optional(),
    children: z.array(taxonomyNodeSchema).optional(),
  }),
);
const taxonomyFileSchema = z.object({ version: z.number().int(), tags: z.array(taxonomyNodeSchema) });

const TAXONOMY_SETTING = 'taxonomy.installedVersion';

export function loadTaxonomy(resourcesFolder: string): z.infer<typeof taxonomyFileSchema> {
  const raw = fs.readFileSync(path.join(resourcesFolder, 'taxonomy.json'), 'utf8');
  return taxonomyFileSchema.parse(JSON.parse(raw));
}

/** A new library starts with the programme's vocabulary as tags; the user may edit it freely after. */
export function installDefaultTaxonomy(library: Library): void {
  if (getSetting(library.db, TAXONOMY_SETTING) !== null) return;
  const taxonomy = loadTaxonomy(library.options.resourcesFolder);
  const now = nowIso();
  library.write(() => {
    const visit = (node: TaxonomyNode, parentPath: string | null): void => {
      const tagPath = parentPath === null ? node.name : `${parentPath}/${node.name}`;
      ensureTag(library.db, tagPath, now, node.description ?? null);
      for (const child of node.children ?? []) visit(child, tagPath);
    };
    for (const node of taxonomy.tags) visit(node, null);
    setSetting(library.db, TAXONOMY_SETTING, String(taxonomy.version));
  });
}
