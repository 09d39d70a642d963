/**
 * Words that look like place names. Each list was made by scanning every short name of
 * resources/places.json against a general Chinese word list with frequencies (jieba's dictionary)
 * and reading the hits; see edge-words.ts for the words that can run into a name's edges.
 */

const words = (text: string): Set<string> => new Set(text.split(/\s+/).filter(Boolean));

/**
 * Short names that are everyday words or name something else more often than the place: 天台
 * (rooftop), 公安 (police), 会同 (together with), 同心, 灯塔, 方正 (the 方正 fonts), 日照 (sunlight),
 * 来宾 (guests), 路桥 (roads and bridges), 中山 (Sun Yat-sen), 东海, 太湖, 峡江 (the 长江's gorges, not 江西's 峡江县). Such a name counts only
 * right after its city or province (台州天台, 广西来宾, 台州路桥); its full name (天台县) always counts.
 */
export const WORD_LIKE_SHORT_NAMES = words(`
  资源 合作 和平 武功 平原 比如 南部 东方 通道 友谊 公安 中方 凤凰 延长 新兴 万年 光泽 会同 大名 富裕
  清水 长子 平定 洞口 阿里 太和 温泉 石门 日照 石狮 大方 互助 威信 莲花 平和 黄龙 石林 石柱 全州 桃源
  白银 永和 台前 方城 石棉 高台 九龙 无为 民权 同心 太白 白玉 灯塔 木兰 来宾 博爱 同仁 方正 弥勒 黑水
  大通 白杨 海盐 新民 安康 钟山 灵台 富民 清流 紫金 玉龙 惠民 新星 和顺 左权 孝义 云霄 天台 开化 金沙
  白沙 赤水 天柱 方山 民乐 阳春 铜鼓 延寿 兴业 大厂 大安 小金 白水 梨树 大田 康乐 凌云 海伦 磐石 樟树
  河口 商城 江山 中山 甘泉 山南 东海 兴国 龙门 咸丰 故城 新河 庐山 北海 安宁 太湖 沿河 衡山 滨海 大城
  江城 沙湾 龙井 兴隆 南城 大关 清河 青龙 三江 东山 灵山 湖口 江口 常山 连城 白河 临江 无极 三河 临海
  新安 永宁 祥云 平山 盘山 龙江 浦江 朝阳 共和 长寿 宝塔 元宝 平房 安居 回民 钟楼 鼓楼 江岸 麒麟 爱民
  路桥 港口 运河 南岸 解放 长安 平安 光明 前进 友好 振兴 复兴 宏伟 东风 工农 红旗 向阳 新华 白云 中原
  江南 江北 南海 城中 城北 城东 城西 城南 市中 市北 市南 城关 新城 老城 新市 清新 安定 天元 三元
  芙蓉 海棠 天涯 七星 大观 二七 金山 双桥 月湖 名山 高明 前锋 建华 建安 丰满 二道 小店 天心 金牛 路南
  路北 白塔 鸡冠 铁东 铁西 河东 河西 滨江 站前 盐田 海港 铁山 太平 南山 西山 青山 金凤 上高 上街 嘉禾 个旧
  峡江
`);

/**
 * Full names that are everyday words: 城区 (the urban area; also a district of 阳泉 and of 晋城),
 * 郊区, 矿区, 解放区, 新城区, 老城区. Like the names above they count only right after their city
 * (阳泉市城区). Every full name of two characters (和县, 新县, 城区) is treated the same way.
 */
export const WORD_LIKE_FULL_NAMES = words(`
  城区 矿区 郊区 东区 西区 解放区 新市区 新城区 老城区 市中区 城中区 城东区 城西区 城北区 港口区 海港区
  站前区 运河区
`);

/**
 * Words and set phrases that contain a short name without being about the place: 大理石 (marble),
 * 长治久安, 大同小异, 江山如画, 三明治, 杭州湾 (the bay, in 宁波 and 嘉兴), 新乡村, 价值连城, 出海口,
 * 内华达州, 孙中山. A short name inside one of them is not a mention.
 */
export const CONTAINING_WORDS = words(`
  大理石 大理岩 长治久安 大同小异 世界大同 天下大同 大同盟 江山如画 半壁江山 打江山 锦绣江山 江山易改
  大好河山 三明治 哈密瓜 哈密尔顿 阿里巴巴 阿里云 阿里山 杭州湾 夸下海口 出海口 入海口 价值连城 坚如磐石
  定海神针 钱塘江 金沙江 新安江 长白山 祁连山 贺兰山 黄梅戏 景泰蓝 玉树临风 山南海北 天南海北 天山南北
  天长地久 天长日久 日久天长 仰天长叹 否极泰来 世外桃源 高密度 大城市 孙中山 中山装 中山陵 中山公园
  中山大学 龙门吊 龙门架 石棉瓦 东山再起 生意兴隆 科教兴国 阳春白雪 响彻云霄 壮志凌云 凌云壮志 巫山云雨
  四渡赤水 赤水河 正阳门 太平洋 恍然大悟 大彻大悟 大名鼎鼎 鼎鼎大名 久闻大名 大通道 澜沧江 多伦多 北海道
  最大化 扩大化 一视同仁 同仁堂 龙井茶 长江口 珠江口 黄河口 安居乐业 娱乐业 东方红 东方明珠 周口店
  安定团结 二十八宿 热火朝天 乌苏里江 马关条约 钓鱼台 庐山会议 庐山真面目 超新星 天台山 同心协力 同心同德
  同心圆 戮力同心 吉隆坡 乌兰巴托 洪泽湖 内华达州 佛罗里达州 明尼苏达州 公民权 新东方 六盘山 苏东坡
  南天门 朝天门 玉门关 太阳城 大清河 新干线 湖光山色 永兴岛 千秋万载 北斗七星 车水马龙 繁荣昌盛 兵临城下
  安达曼 罗安达 云台山 文成公主 梁山伯 逼上梁山 水泊梁山 太白山 稳如泰山 昆士兰州 马里兰州 名山大川
  普洱茶 图们江 弥勒佛 巴尔喀什湖 马拉喀什 九龙江 夕阳西下 内陆河 通天河 紫金山 高黎贡山 金门大桥 大同江
  万全之策 大英帝国 大英博物馆 南澳大利亚 刘志丹 白山黑水 无为而治 碌碌无为 清静无为 挪威海 千山万水
  万水千山 小金库 趵突泉 遗臭万年 万年青 广安门 三纲五常 高平原 流沙河 安顺场 南安普顿 南安普敦
  乞力马扎罗山 丹凤眼 莲花山 平安无事 一路平安 太平无事 天下太平 粉饰太平 和平共处 和平奖 复合肥 四平八稳
  亚龙湾 满城风雨 交口称赞 特拉华州 伊利诺伊州 盘尼西林 东躲西藏 暗渡陈仓 一马平川 逐鹿中原 汉白玉 白玉兰
  石狮子 花木兰 木兰花 艳阳高照 秋海棠 海棠花 解放军 解放思想 思想解放 自然资源 水资源 人力资源 共和国
  太和殿 比如说 市中心 城中心 江汉平原 华北平原 文艺复兴 东海岸 新民主主义 五星红旗 大观园 洋洋大观
  凤凰山 泰山北斗 新华社 光明日报 光明磊落 正大光明 光明正大 乘胜前进 稳步前进 新乡村 新乡贤 新乡土
  大兴土木 终南山 寿比南山 钟南山 黄浦江 苏伊士运河 京杭运河 大运河 长安街 朝阳产业 朝阳门 青山绿水
  绿水青山 留得青山在 黄金水道 龙凤呈祥 金凤凰 太湖石 白云山 白云石 武陵山 黄山松 百家乐
  久治不愈 三原色 复合肥料 大同世界 地久天长 十三陵水库
`);

/**
 * Phrases of the Party's history and set expressions that name a place without being about it:
 * a text that studies 延安精神 is not filed under 延安.
 */
export const HISTORY_PHRASES = new RegExp(
  [
    '(?:延安|井冈山|大庆|吕梁|沂蒙|太行|大别山|西柏坡|红船|红岩|照金|塞罕坝|北大荒|红旗渠|焦裕禄|苏区|长征|遵义会议)精神',
    '遵义会议|古田会议|南昌起义|秋收起义|广州起义|百色起义|平江起义|黄麻起义',
    '南湖红船|延安整风|延安时期|延安窑洞|西柏坡|井冈山时期|瑞金时期',
  ].join('|'),
  'g',
);

/** 中山西路, 杭州路, 湖南大道, 北京东路: what follows a name that makes it a road, not the place. */
export const ROAD_AFTER = /^[东西南北中]?(?:路(?![桥线径途费面网段灯政况演由子人上过])|大道|大街|街(?![道头区])|巷)/;

/**
 * 黄山村, 城关镇, 鼓楼街道, 龙井社区: what follows a short name that makes it a village, a town or a
 * community of that name, not the city or county (黄山村 of 嘉鱼县 is not 黄山市). 村民, 乡村, 镇街
 * and the like are other words.
 */
export const SMALLER_PLACE_AFTER = /^(?:村(?![民级镇居落庄集企容貌])|镇(?![街村乡级域])|乡(?![村镇亲贤土愁音情下])|街道|社区|嘎查)/;

/**
 * 大竹园 (an estate), 独山港镇 (a town named after its port): a short name that begins the name of an estate, a park or
 * a town whose name ends in 港, 湾, 桥… is that smaller place's, not the county's (大竹县, 独山县). A park's 园区 and
 * a city's 园林 stay the city's, and so does its 集镇 (market town, an everyday word).
 */
export const NAMED_PLACE_AFTER = /^(?:园(?![区林艺博])|[港湾桥口洲塘埠坝铺店庄寨](?:镇|乡|街道))/;

/** The last character of a division's name (城门镇|安置房): a name can end right before a place name begins. */
export const SUFFIX_CHARS = new Set('省市区县镇乡村旗');

/**
 * Function words of one character. A name that starts with one (和田 in 我们和田间) or ends with one
 * (云和 in 白云和蓝天) may be that word plus half of the next word.
 */
export const FUNCTION_CHARS = new Set('和与及或的在是为等向从把被对于以而且同');

/** A number and a measure word (30天, 两个, 三项): 30天全面 is not 天全, 三项城市 is not 项城. */
export const NUMBER_BEFORE = /[0-9一二三四五六七八九十百千万两几半多余数]$/;
export const MEASURE_CHARS = new Set('天年月日周个次家名位项条座所台套人栋层间户处');

/**
 * Common surnames. A two-character name right after one, with no other Chinese character on either
 * side (审核：刘建平, 记者 张大宁 摄), is a person's given name, not 建平县 or 大宁县.
 */
export const SURNAMES = new Set(
  [
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚',
    '卢姜崔钟谭陆汪范廖石贾韦夏付方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱覃严洪武赖莫孔汤向常温',
    '康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂',
    '成苗谷盛曲翁冉骆蓝路游辛靳欧管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑',
    '景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟',
    '邝',
  ].join(''),
);
