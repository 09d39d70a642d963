import { z } from 'zod';

/** What every slice of the contract shares: the method() helper and the ids many methods take. */

// Validation messages reach the user through every door, so zod speaks Chinese.
z.config(z.locales.zhCN());

/** One contract method: its request schema, and (as a type only) what it answers. */
export function method<Response>() {
  return <RequestSchema extends z.ZodType>(request: RequestSchema) => ({
    request,
    response: undefined as unknown as Response,
  });
}

export const importEncoding = z.string().trim().min(1).max(40).optional();
export const documentId = z.string().trim().min(1, '缺少资料编号').max(64);
export const documentIds = z.array(documentId).min(1, '请至少选择一份资料').max(10_000);
export const tagPath = z.string().trim().min(1, '标签不能为空').max(200);
export const empty = z.object({}).strict();
export const tagRuleId = z.string().trim().min(1, '缺少规则编号').max(64);
export const suggestionId = z.number().int().min(1);
export const roundId = z.string().trim().min(1, '缺少评选活动编号').max(64);
export const savedSearchId = z.string().trim().min(1, '缺少保存的搜索编号').max(64);
export const savedSearchName = z.string().trim().min(1, '请填写名称').max(60, '名称最多 60 个字');
export const savedSearchQuery = z.string().trim().min(1, '检索条件不能为空').max(2000, '检索条件最多 2000 个字');
export const draftId = z.string().trim().min(1, '缺少草稿编号').max(64);
export const draftIds = z.array(draftId).min(1, '请至少选择一篇草稿').max(10_000);
export const draftTitle = z.string().max(200, '草稿标题最多 200 个字');
export const documentSortSchema = z.enum(['updated', 'created', 'date', 'title']);
