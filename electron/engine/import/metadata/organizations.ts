/** What the name of an issuing body or company looks like. */

const ORG_SUFFIX =
  /(?:局|厅|廳|委员会|委員會|委|办公室|辦公室|办|辦|部|人民政府|政府|党委|黨委|党组|黨組|党工委|管委会|管理委员会|中心|公司|集团|集團|协会|協會|学会|工会|工會|联合会|聯合會|党支部|黨支部|支部|总支|街道办事处|街道|院|所|站|处|處|署|会|會)$/;

export function isOrganizationName(value: string): boolean {
  const name = value.trim();
  return name.length >= 4 && name.length <= 40 && ORG_SUFFIX.test(name) && !/[，。；：:、！？\d]/.test(name);
}

/** "温州市住房和城乡建设局（盖章）" → the name; a line with several bodies side by side → each of them. */
export function organizationsOnLine(line: string): string[] {
  // No part of a line with sentence marks or digits is a name: most lines are told at once.
  if (line.length > 200 || /[，。；：:！？\d]/.test(line)) return [];
  const stripped = line.replace(/[（(]\s*(?:盖章|蓋章|印章|章)\s*[）)]/g, '').trim();
  const parts = stripped.split(/[\s\u3000]+|、/).filter(Boolean);
  return parts.length > 0 && parts.every(isOrganizationName) ? parts : [];
}
