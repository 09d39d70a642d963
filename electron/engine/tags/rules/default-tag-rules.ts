import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { tagRuleInputSchema, type TagRuleInput } from '../../../../shared/model/tag-rule';
import { getSetting, setSetting } from '../../core/settings-repo';
import { insertTagRule } from '../tag-rules-repo';
import { findTagId } from '../tags-repo';
import { newId, nowIso } from '../../core/ids';
import type { Library } from '../../core/library';

const defaultRulesFileSchema = z.object({ version: z.number().int(), rules: z.array(tagRuleInputSchema) });
const TAG_RULES_SETTING = 'tagRules.installedVersion';

export function loadDefaultTagRules(resourcesFolder: string): { version: number; rules: TagRuleInput[] } {
  const raw = fs.readFileSync(path.join(resourcesFolder, 'tag-rules.json'), 'utf8');
  return defaultRulesFileSchema.parse(JSON.parse(raw));
}

/**
 * A library gets the shipped rule set once, after its taxonomy (a new library, or one upgraded from
 * before tag rules existed). Rules whose tag the user has removed are left out. The user may edit
 * or delete any of them afterwards; they are never reinstalled.
 */
export function installDefaultTagRules(library: Library): void {
  if (getSetting(library.db, TAG_RULES_SETTING) !== null) return;
  const { version, rules } = loadDefaultTagRules(library.options.resourcesFolder);
  library.write(() => {
    const now = nowIso();
    for (const rule of rules) {
      if (findTagId(library.db, rule.tagPath) !== undefined) insertTagRule(library.db, newId(), rule, now);
    }
    setSetting(library.db, TAG_RULES_SETTING, String(version));
  });
}
