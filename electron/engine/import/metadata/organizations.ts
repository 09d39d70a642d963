/** What the name of an issuing body or company looks like. */

const ORG_SUFFIX =
  /(?:局|厅|廳|委员会|委員會|委|办公室|辦公室|办|辦|部|人民政府|政府|党委|黨委|党组|黨組|党工委|管委会|管理委员会|中心|公司|集团|集團|协会|協會|学会|工会|工會|联合会|聯合會|党支部|黨支部|支部|总支|街道办事处|街道|院|所|站|处|處|署|会|會|领导小组|領導小組|纪检监察组|紀檢監察組|纪检组|紀檢組|工作专班|工作專班|专班|專班|指挥部|指揮部|妇联|婦聯|工商联|工商聯|科协|科協|残联|殘聯|支队|支隊|大队|大隊|总队|總隊|银行|銀行|分行|支行|海关|海關|报社|報社|联盟|聯盟)$/;

export function isOrganizationName(value: string): boolean {
  // A second name in brackets after the first ("温州市住房和城乡建设局（温州市人民防空办公室）"): the first decides.
  const name = value.trim().replace(/^(.{4,40}?)[（(][^（）()]{2,30}[）)]$/, '$1');
  return name.length >= 4 && name.length <= 40 && ORG_SUFFIX.test(name) && !/[，。；：:、！？\d]/.test(name);
}

/** "温州市住房和城乡建设局（盖章）" → the name; a line with several bodies side by side → each of them. */
export function organizationsOnLine(line: string): string[] {
  // No part of a line with sentence marks or digits is a name: most lines are told at once.
  if (line.length > 200 || /[，。；：:！？\d]/.test(line)) return [];
  const stripped = line.replace(/[（(]\s*(?:盖章|蓋章|印章|公章|签章|簽章|代章|章|印)\s*[）)]/g, '').trim();
  // Side by side: spaces, 、, or the cells of a borderless table (a joint 落款 laid out in Word).
  const split = stripped.split(/[\s\u3000]+|、|[|｜]/).filter(Boolean);
  // A name set with a space between its characters (温 州 市 住 房 …) is one name.
  const parts = split.length >= 4 && split.every((part) => part.length === 1) ? [split.join('')] : split;
  return parts.length > 0 && parts.every(isOrganizationName) ? parts : [];
}
