import type { DocumentKind } from '../../../../shared/model/document';
import { foldTraditional } from '../../text/normalize';
import type { GongwenReading } from './gongwen';
import { hanCount } from './line-features';

/**
 * The kind from the structure that was read, not from a list of cue words: 公文 elements make a
 * policy, a dateline / byline / newspaper frame make news, a write-up in 背景–做法–成效 sections (or
 * a submission form) makes a case, a unit telling its own way of working makes a practice. When two
 * kinds score close, the answer is marked 待确认 for the user to settle.
 */

export interface KindEvidence {
  title: string;
  /** The kept text (body). */
  text: string;
  gongwen: GongwenReading;
  docNumber: string | null;
  hasDateline: boolean;
  hasByline: boolean;
  hasEditionFrame: boolean;
  /** A 工作简报's masthead over the item: a newsletter carries reports and a unit's own practices alike. */
  bulletinFrame?: boolean;
  /** Sent out as a 新闻稿 / 新闻通稿, with a press contact. */
  pressRelease: boolean;
  /** 来源 names a newspaper, a news site or a broadcaster. */
  newsOutlet: boolean;
  /** Reporters named (记者 X) in the info line or dateline. */
  reporters: boolean;
  /** The file is a Word/PDF submission or booklet (not a web page). */
  paginated: boolean;
  /** Sent in a 申报表 / 推荐表 (reading/submission-form.ts). */
  submissionForm: boolean;
  /** Set under a series' or a submission's name for cases ("2024年度…典型案例", "…案例材料"). */
  caseSeries?: boolean;
  /** The headline's line(s) as written, a column's or series' tag still on them ("【典型案例】…", "典型案例丨…"). */
  headline?: string | undefined;
  /** What a Word or PDF file sets above the headline: a cover, a booklet's title page, a grid of 报送单位/报送时间 fields. */
  above?: readonly string[];
  /** The headline's subtitle on a line of its own ("——在全市推进会上的交流发言"). */
  subtitle?: string | null;
  /** The page's breadcrumb ("首页 > 党建园地 > 典型案例"): the column the site files the text under. */
  breadcrumb?: string | null;
}

export interface KindReading {
  kind: DocumentKind;
  /** Close call between the best two: ask the user (类型待确认). */
  uncertain: boolean;
  scores: Record<DocumentKind, number>;
}

const POLICY_TITLE = /(?:通知|实施方案|工作方案|行动方案|方案|行动计划|意见|办法|规定|决定|细则|规划|纲要|指引|要点|标准|规范|通报|批复|函|公告|通告|公示|决议|规则|制度)(?:[（(][^）)]{1,8}[）)])?$/;
const POLICY_PHRASES = /现(?:将|予)?印发给你们|现转发给你们|请(?:结合实际)?认真(?:贯彻|组织|抓好)|请遵照执行|特此通知|特此通报|现就有关事项通知如下|现将有关事项通知如下|本(?:办法|方案|细则|意见|规定)自.{0,12}(?:起|之日起)施行|经研究，决定|予以通报(?:表扬|批评)|现予(?:以)?公示/;
const ARTICLES = /(?:^|\n)\s*第[一二三四五六七八九十百]{1,4}条[\s\u3000]/g;
const NEWS_LEAD = /^.{0,30}(?:日前|近日|连日来|今年以来|\d{1,2}月(?:份)?以来|入[春夏秋冬]以来|昨天|今天|昨日|今日|\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?|\d{1,2}月(?:上旬|中旬|下旬|初|底))[，,]/;
/** A report's lead after a purpose clause: "为进一步…，某区住建局近日启动…活动". */
const NEWS_LEAD_PURPOSE = /^为[^。！？]{2,60}?，[^。，！？]{2,30}?(?:近日|日前|\d{1,2}月\d{1,2}日)[^。，]{0,4}(?:召开|举行|举办|开展|启动|揭牌|挂牌|签约|授牌|启用)/;
/**
 * A report's lead with a government body as its subject, after at most a time or purpose clause: "近日，某市住建局
 * 在…推行…", "为解决…，某区住建局开通…". (Told from a body writing up its own work by the first person's absence.)
 */
const BUREAU_LEAD = /^(?:[^。！？，]{0,40}[，,])?(?!各|为|在|对|由|根据|按照|依据|经)(?:[\p{Script=Han}]{1,5}?(?:省|市|区|县|州|盟|旗)){1,2}[\p{Script=Han}]{0,10}?(?:(?<![格布])局|(?<!党)委|厅|人民政府|总工会)/u;
/** The body or its official speaking in the third person, as a reporter quotes them: "区住建局有关负责人表示，", "下一步，某区将…". */
const BODY_SPEAKS = /(?:局|(?<!党)委|厅|政府|工会|党组)(?:有关|相关|主要)?(?:负责人)?表示[，,：:]|(?:局|(?<!党)委|厅|政府|工会|党组)(?:有关|相关|主要)负责人(?:介绍|说|称)[，,：:]|下一步[，,][\p{Script=Han}]{2,12}?(?:省|市|区|县|局|(?<!党)委)将/u;
/** A paragraph reporting what someone said: "区住建局相关负责人表示，…", "局长介绍：…". */
const REPORTED_SPEECH = /(?:负责人|局长|主任|书记|处长|科长|部长|区长|市长)[^。，]{0,12}?(?:表示|介绍|说|称|指出)[，,：:]/;
/** A lead dated to the day or the hour ("5月12日晚，…", "3月18日晚上7时，…"): a report of what happened then. (No practice or case of the dev corpus opens so.) */
const DAY_LEAD = /^.{0,30}?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上|凌晨|中午)?(?:\d{1,2}(?:时|点)(?:\d{1,2}分|半)?许?)?[，,]/;
/**
 * A lead telling that a body issued a document ("2024年，某市印发…三年行动方案", "年初，某区住建局下发…工作要点"): the
 * background of what follows (who carried it out), not the text's own subject; nor is the document the text itself.
 * (A 印发 cover's "现将《…》印发给你们" has no body before its verb.)
 */
const ISSUED_LEAD = /^(?:[^。！？，]{0,20}[，,])?(?!各|为|在|对|由|根据|按照|依据|经|现)[\p{Script=Han}、]{2,30}?(?:联合)?(?:印发|下发|出台|发布|制定)(?:了)?[^。]{0,40}?(?:通知|方案|意见|办法|规定|决定|细则|规划|要点|标准|指引|清单|计划|措施)/u;
/** A reporter's phrase for what was learnt from others (据了解，…): a unit telling its own work has no one to learn it from. */
const REPORTER_LEARNT = /(?:^|[。！？\n])\s*(?:据了解|据介绍|记者了解到|记者获悉|据统计)[，,]/;
/** A reporter in the text, at work: "记者近日来到…", "记者在现场看到，…". */
const REPORTER_AT_WORK = /记者(?:近日|日前|今天|昨天|昨日|当天)?(?:来到|走进|在现场|现场|看到|注意到|采访|了解到|获悉|从[^。]{2,20}?(?:获悉|了解到))/;
/** An interview's turns: 问：… 答：… (or 记者：… ). */
const INTERVIEW_TURN = /(?:^|\n)\s*(?:问|答|记者)\s*[:：]/g;
/** What someone is quoted saying, in Chinese quotation marks. */
const QUOTED = /“[^”\n]{0,200}”/g;
/** An event told (not "活动开展以来，…": what a practice achieved since it began). */
const NEWS_EVENT = /(?:召开|举行|举办|开展|启动|揭牌|挂牌|签约|授牌|亮相|获悉|记者从|记者了解到|记者获悉|据了解|据介绍)(?!以)/;
const CASE_SECTION_NAMES = '(?:案例)?(?:基本情况|项目概况|项目简介|背景|案例背景|工作背景|实施背景|主要做法|具体做法|创新做法|做法|经验做法|工作举措|举措|工作成效|取得成效|主要成效|成效|实践成效|经验启示|启示|经验与启示|案例点评|推广价值|下一步打算)';
/** A section's name as a heading of its own line, or in 【】 with the section's text right after it ("【主要做法】项目牵头…"). */
const CASE_SECTIONS = new RegExp(`(?:^|\\n)\\s*(?:(?:[一二三四五六七八九十]{1,2}\\s*[、.．]|[（(][一二三四五六七八九十][）)]|\\d[、.．])?\\s*${CASE_SECTION_NAMES}\\s*(?:\\n|$|。(?=\\S))|【${CASE_SECTION_NAMES}】)`, 'g');
const SUBMISSION = /申报单位|推荐单位|报送单位|申报表|推荐表|案例名称|联系人及电话|申报类别|案例申报材料|案例推荐材料/;
const FIRST_PERSON = /我们(?:公司|项目|支部|单位|党支部|坚持|始终|把|以|探索|积极)?|我(?:公司|司|局|支部|们项目|厂|院)|本公司|本项目部|公司党委坚持|公司党委始终/g;
const CASE_TITLE = /案例|典型|样板|范例|答卷/;
/** The write-up closing on its subject's selection as a typical case ("…，被评为全市红色工地建设典型案例。", "该项目做法入选…十大典型案例"). */
const CLOSES_SELECTED = /(?:入选|被评为|评为|获评|被列为|列为|被确定为|确定为|被推荐为|推荐参加|推荐参评|参评)[^。！？]{0,40}?典型案例/;
/** Measures told one a paragraph: "一是清单上墙。…", "二是季度晾晒。…" — the 做法 of a case without its heading. */
const MEASURE = /^[一二三四五六七八九]是[，,“"\p{Script=Han}]/u;
/** A column's or series' tag on the headline filing it under cases: "【典型案例】…", "典型案例丨…", "[案例展示]…". */
const CASE_TAG = /^\s*(?:[【[［][^】\]］]{0,8}案例[^】\]］]{0,4}[】\]］]|[\p{Script=Han}]{0,6}案例(?:展播|展示|选登|巡礼|集锦|分享|推介)?\s*[丨｜|])/u;
/**
 * The text's own subject — a way of working, a project's or unit's 做法 — told in a sentence as selected as a typical case,
 * the text then telling how it works: "某项目党支部创新“X”服务模式，入选全区…典型案例。", "公司承建的某项目党建做法入选…
 * 十大典型案例。" (A body announcing a list, "某区发布首批…典型案例", reports the selection: its verb is no 入选.)
 */
const WAY_SELECTED = /(?:做法|模式|经验|工作法|机制|品牌)[”"」]?[，,]?(?:成功)?(?:入选|被评为|获评|被确定为|被列为)[^。！？]{0,30}?典型案例/;
/** A cover's or title page's lines naming a booklet of cases or of typical experience, or its compiler (…典型经验, …案例汇编, 某局机关党委 编). */
const BOOKLET_ABOVE = /(?:典型案例|典型经验|经验汇编|案例汇编|案例选编|经验选编|案例集)(?:汇编|选编)?$/;
/** A submission's fields above the headline: 报送单位：…, 申报单位：…, 推荐单位：… */
const SUBMISSION_FIELD = /^(?:申报|推荐|报送)(?:单位|时间|日期)\s*[:：]/;
/** A line of its own naming the selection a write-up is sent to: "（申报2025年度全省红色工地十大典型案例）", "推荐参评：…典型案例". */
const SUBMITTED_FOR = /^[（(【[]?(?:申报|推荐|参评|参选|报送)[^。！？]{0,30}?典型案例[）)】\]]?$/u;
/** A closing line naming who put the write-up forward: "（某区住建局推荐）", "（某公司党委报送）". */
const PUT_FORWARD_BY = /^[（(][\p{Script=Han}]{2,30}(?:推荐|报送|申报)[）)]$/u;
/** A speech's salutation (各位领导、同志们：), not a 公文's 主送机关; its closing (我的发言完毕, 谢谢大家). */
const SALUTATION = /^(?:尊敬的|各位|同志们|女士们)[^。\n]{0,30}[:：]\s*$/;
const SPEECH_CLOSE = /(?:发言|汇报|讲话)完毕|谢谢(?:大家|各位)/;
/**
 * A site's column for news (新闻动态, 新闻中心, 要闻) or for cases (典型案例, 案例展示…). (A 部门动态 or 工作动态 column carries a
 * unit's own practices as often as reports: dev blind-10 望城, 濂溪.)
 */
const NEWS_COLUMN = /新闻(?:动态|中心|资讯|发布)?$|要闻$/;
const CASE_COLUMN = /案例(?:展示|展播|选登|集锦)?$/;
/**
 * The write-up calls itself a case or says it was chosen as one: "本案例入选…", "该案例入选…典型案例",
 * "该做法被评为…典型案例", "该做法被某局作为典型案例推广". (A project's selection tells of the text's own kind only where it closes the text: a lead
 * reporting it, "某市公布…典型案例，某项目入选", is news of the selection.)
 */
const SELECTED_AS_CASE = /(?:本|该|此)案例|(?:该|此|这一)(?:做法|经验|工作法)[^。！？]{0,12}?(?:入选|被评为|评为|获评|被列为|列为|被确定为|确定为|被推荐为|作为)[^。！？]{0,40}?案例/;
/** A speech exchanging experience at a meeting: 交流发言, 典型发言, 经验介绍 (a 表态发言 pledges; it tells no way of working). */
const EXCHANGE_SPEECH = /(?:交流|典型|经验)发言|经验(?:介绍|交流材料)/;
/** A unit telling how it works: 集团党委推行“X”工作法, 公司坚持…, 我们项目探索… */
const OWN_WAY = /(?:公司|集团|党委|党总支|支部|项目部|我们|我司)\S{0,20}(?:推行|打造|坚持|探索|创新|实施|建立|形成)\S{0,30}(?:工作法|工作机制|机制|模式|品牌|做法|制度)/;

/** The last paragraph holding a sentence tells of a selection as a typical case, and the lead does not (a report of the selection). */
function closesSelected(text: string, lead: string): boolean {
  const last = text.split('\n').map((line) => line.trim()).filter((line) => /[。！？]/.test(line)).at(-1) ?? '';
  return last !== lead && CLOSES_SELECTED.test(last);
}

function measuresBetween(text: string): boolean {
  const paragraphs = text.split('\n').map((line) => line.trim()).filter((line) => /[。！？]/.test(line));
  const at = paragraphs.flatMap((line, index) => (MEASURE.test(line) ? [index] : []));
  const first = at[0] ?? 0;
  const last = at.at(-1) ?? 0;
  return at.length >= 3 && first > 0 && last < paragraphs.length - 1;
}

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

export function readKind(evidence: KindEvidence): KindReading {
  // "…标准（2024年修订）", "…办法（试行）": the version note is not the 文种.
  const title = foldTraditional(evidence.title).replace(/[（(][^（）()]{1,12}[）)]\s*$/u, '').replace(/[”"》）)\s]+$/u, '');
  const text = foldTraditional(evidence.text);
  const head = text.slice(0, 600);
  // The first paragraph holding a sentence: slogans, a "——unit" line, a 公文's addressees may stand above it.
  const sentences = text.split('\n').map((line) => line.trim()).filter((line) => /。/.test(line));
  // A one-line opener ("工地来了新书记。", "汛期来了，党员先上。") stands before the report's real lead.
  const lead = (hanCount(sentences[0] ?? '') < 16 ? sentences[1] : sentences[0]) ?? sentences[0] ?? '';
  const scores: Record<DocumentKind, number> = { policy: 0, news: 0, case: 0, practice: 1 };
  const issuedLead = ISSUED_LEAD.test(lead);

  const { gongwen } = evidence;
  // A speech opens on its hearers (各位领导、同志们：) and closes on thanks: neither a 主送机关 nor a 公文's other elements.
  const firstLine = text.split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? '';
  const speech = SALUTATION.test(firstLine) && SPEECH_CLOSE.test(text.slice(-200));
  // (The speaker's first person below makes it the unit telling its own work: a 交流发言 is a practice.)
  const frame = speech ? 0 : gongwen.evidence;
  if (frame >= 3) scores.policy += 4;
  else if (frame >= 2) scores.policy += 2;
  if (evidence.docNumber) scores.policy += 2;
  // (A text that tells of a document being issued is about that document: the 文种 its title ends on is the document's, not its own.)
  if (POLICY_TITLE.test(title) && !(issuedLead && gongwen.evidence < 2)) scores.policy += 2.5;
  if (gongwen.addressees && !speech) scores.policy += 1.5;
  if (gongwen.issuers.length > 0 && gongwen.date) scores.policy += 1;
  // (Said by an official a report quotes — "区住建局相关负责人表示，…予以通报表扬" — a 公文's phrase is not the text's own.)
  if (POLICY_PHRASES.test(text.split('\n').filter((line) => !REPORTED_SPEECH.test(line)).join('\n'))) scores.policy += 2;
  // A rule set out in articles (第一条 … 第二条 …), each opening its line.
  if (count(ARTICLES, text) >= 2) scores.policy += 2;

  if (evidence.hasDateline) scores.news += 4;
  if (evidence.hasEditionFrame) scores.news += 3;
  else if (evidence.bulletinFrame) scores.news += 1.5;
  if (evidence.pressRelease) scores.news += 3;
  if (evidence.hasByline) scores.news += 2;
  if (evidence.reporters) scores.news += 1.5;
  if (evidence.newsOutlet) scores.news += 1.5;
  if (NEWS_LEAD.test(lead) || NEWS_LEAD_PURPOSE.test(lead)) scores.news += 1;
  // (A worker quoted saying "我们…" is not the unit telling its own work.)
  const firstPerson = count(FIRST_PERSON, text.replace(QUOTED, ''));
  if (REPORTER_AT_WORK.test(text)) scores.news += 1.5;
  if (count(INTERVIEW_TURN, text) >= 4) scores.news += 1;
  if (firstPerson === 0 && DAY_LEAD.test(lead)) scores.news += 1;
  // A lead telling that a body issued a document sets the scene for whoever carries it out: the body is not the story's subject.
  if (firstPerson === 0 && !issuedLead && BUREAU_LEAD.test(lead)) scores.news += 1.5;
  if (firstPerson === 0 && BODY_SPEAKS.test(text)) scores.news += 1;
  if (firstPerson === 0 && REPORTER_LEARNT.test(text.slice(120))) scores.news += 1;
  if (NEWS_EVENT.test(title) || NEWS_EVENT.test(head.slice(0, 120))) scores.news += 1;
  // The column a site files the text under: its last crumb.
  const column = foldTraditional(evidence.breadcrumb ?? '').split(/\s*[>＞»›/]\s*/u).map((crumb) => crumb.trim()).filter(Boolean).at(-1) ?? '';
  if (firstPerson === 0 && NEWS_COLUMN.test(column)) scores.news += 1.5;

  const sections = count(CASE_SECTIONS, text);
  if (sections >= 3) scores.case += 4;
  else if (sections === 2) scores.case += 3;
  else if (sections === 1) scores.case += 1;
  if (CASE_TITLE.test(title)) scores.case += 1.5;
  // A line of its own under the headline naming the write-up a case ("某项目党建工作案例"): a subtitle set without its dash.
  if (text.split('\n').map((line) => line.trim()).filter(Boolean).slice(0, 2).some((line) => line.length <= 40 && !/[。！？，]/.test(line) && /案例$/.test(line))) scores.case += 3;
  const above = (evidence.above ?? []).map((line) => foldTraditional(line).replace(/\s+/gu, ''));
  if (evidence.submissionForm) scores.case += 4;
  // A grid of 报送单位/报送时间 fields over the headline is a submission's cover as much as a 申报表.
  else if (above.some((line) => SUBMISSION_FIELD.test(line))) scores.case += 4;
  else if (SUBMISSION.test(text.slice(0, 1500)) || SUBMISSION.test(title)) scores.case += 2;
  if (evidence.paginated && sections >= 2) scores.case += 1;
  // Set under a case series' name is submitted as a case, as much as a 申报表 is.
  // A booklet's title page (…典型经验, …案例汇编) over the write-up sets it under a series as much.
  // So does a line of its own under the headline naming the selection it is sent to.
  const openingLines = text.split('\n').map((line) => line.trim()).filter(Boolean).slice(0, 3);
  const submittedFor = [...above, ...openingLines].some((line) => SUBMITTED_FOR.test(line));
  if (evidence.caseSeries || above.some((line) => BOOKLET_ABOVE.test(line)) || submittedFor) scores.case += 4;
  // A column's tag on the headline filing it under cases ("【典型案例】…") sets it under a series of cases as much.
  else if (CASE_TAG.test(foldTraditional(evidence.headline ?? '')) || CASE_TAG.test(title)) scores.case += 4;
  // A lead presenting the text's subject as a selected typical case presents the whole write-up as that case.
  else if (!DAY_LEAD.test(lead) && WAY_SELECTED.test(lead)) scores.case += 4;
  else if (SELECTED_AS_CASE.test(text) || closesSelected(text, lead) || (!DAY_LEAD.test(lead) && WAY_SELECTED.test(text))) scores.case += 3;
  if (CASE_COLUMN.test(column)) scores.case += 1.5;
  // Put forward by a bureau or a unit, as a case is for a selection.
  if (sentences.length > 0 && text.split('\n').map((line) => line.trim()).filter(Boolean).slice(-2).some((line) => PUT_FORWARD_BY.test(line))) scores.case += 3;
  // Measures told one a paragraph (一是…二是…三是…) between what led to them and what came of them: a case's 背景, 做法
  // and 成效 without their headings. (A list of results closing the text is a report's.)
  if (sections < 2 && measuresBetween(text)) scores.case += 2;

  if (OWN_WAY.test(head)) scores.practice += 1.5;
  // Given at a meeting as an exchange of experience ("——在全市推进会上的交流发言"): a unit telling its own work.
  if (EXCHANGE_SPEECH.test(foldTraditional(evidence.subtitle ?? ''))) scores.practice += 2.5;
  // Headed by the name of a way of working ("…“四个一”工作法"): the write-up is about the method, not an event.
  if (/工作法|(?:管理|议事|服务|治理|调解|巡查|积分|考核|考评|帮带|带班)法$|[一二三四五六七八九十两\d]+[步字招]法$/.test(title) && !POLICY_TITLE.test(title)) scores.practice += 1.5;
  if (firstPerson >= 3) scores.practice += 2.5;
  else if (firstPerson >= 1) scores.practice += 1;
  if (/[“"「][^”"」]{2,12}[”"」]/.test(title) && sections < 2 && !evidence.hasDateline) scores.practice += 0.5;

  const ranked = (Object.entries(scores) as [DocumentKind, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const kind = best?.[0] ?? 'practice';
  const margin = (best?.[1] ?? 0) - (second?.[1] ?? 0);
  return { kind, uncertain: margin < 1.5, scores };
}
