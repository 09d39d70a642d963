/**
 * A reviewer's short note per criterion (criterion key → text, JSON) beside the scores, e.g.
 * 材料规范: “缺少现场照片”. Reviews written before have none.
 */
export const migration009CriterionNotes = `
ALTER TABLE selection_reviews ADD COLUMN notes TEXT NOT NULL DEFAULT '{}';
`;
