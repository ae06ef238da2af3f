// Decides, for each fact, where it happened (district/place), who did it (agency) and what it is about (theme), nearest evidence first; pure so the ETL and tests share it.
import { HOME_CITY, trieChild, type Reference, type Place, type Agency } from './reference.js';
import { MAX_SENTENCE_REACH } from './extract.js';
import { codeTable } from './grammar.js';
import { BRIEF_MARKS, CONTINUED_FROM } from './segment.js';

export interface ArticleBlock { kind: 'title' | 'subtitle' | 'heading' | 'paragraph'; text: string }
export interface ArticleContext {
	blocks: ArticleBlock[];
	/** the county of the story before this one on the page: what 全县 means in a sidebar that names none (报告中的民生关键词) */
	pageCounty?: string | null;
}
export interface FactLocation { block: number; start: number; end: number; subject?: string | null }
export interface Attribution { district: string | null; place: string | null; agency: string | null; agency_level: string | null; theme: string | null }

// ---------------------------------------------------------------------------------------------
// Word lists. They encode Chinese news grammar (what can stand before or after an acting body),
// not any one article; each carries an example.

/** Organisation suffixes strong enough to make a name on their own: 达孜区城管局, 西藏某某建材集团有限公司, 阿扎乡派出所. Longest first. */
const STRONG_SUFFIXES = [
	'有限责任公司', '股份有限公司', '有限公司', '人民检察院', '人民法院', '人民政府', '市场监管所', '公安分局', '纪委监委',
	'总工会', '党工委', '党总支', '党支部', '委员会', '管委会', '联合会', '派出所', '检察院', '驻村办', '信访办', '办公室',
	// offices every county and city keeps, named by their short form (林周县河长办)
	'河长办', '安委办', '减灾办', '扶贫办', '文明办', '综治办', '应急办', '网信办', '禁毒办', '双拥办', '爱卫办', '防汛办', '人防办', '外事办',
	'老龄办', '创城办', '维稳办', '新闻办', '金融办', '防指办',
	// welfare and legal services (市慈善总会, 市红十字会, 市救助管理站, 市殡仪馆, 市公证处, 县法律援助中心)
	'慈善总会', '红十字会', '救助管理站', '救助站', '殡仪馆', '公证处', '法律援助中心', '律师事务所',
	// supply and marketing cooperatives and the stations of civilisation practice (林周县供销社, 茶巴拉乡新时代文明实践所)
	'供销合作社', '供销社', '文明实践所', '文明实践站',
	// a party committee's offices (市委人才办, 县委编办), research institutes and leading groups
	'人才办', '编办', '改革办', '政研室', '巡察办', '研究所', '研究院', '领导小组',
	// the party's history and the local chronicles (市委党史研究室, 县地方志编纂办, 市方志馆)
	'党史研究室', '研究室', '史志办', '地方志办', '编纂办', '方志馆',
	// a county's association of science (达孜区科协), as the city's is
	'科协',
	// veterans and the armed forces (尼木县人武部, 吉日街道退役军人服务站, 市征兵办, 市军休所, 拉萨军供站)
	'人武部', '退役军人服务站', '退役军人服务中心', '征兵办', '军休所', '军休中心', '军供站', '光荣院', '陵园管理所',
	// the people's congress and the advisory conference (城关区人大常委会, 宁中乡人大主席团, 墨竹工卡县政协, 娘热街道代表联络站)
	'人大常委会', '人大工委', '人大主席团', '代表联络站', '政协',
	// colleges named by their kind (拉萨师范高等专科学校, short 拉萨师专)
	'高等专科学校', '专科学校', '师专',
	// the government's service counters (市政务服务中心, 县不动产登记中心, 市公共资源交易中心)
	'政务服务中心', '不动产登记中心', '公共资源交易中心',
	// institutions that report their own figures
	'人民医院', '医院', '卫生院', '妇幼保健院', '保健院', '疾控中心', '卫生健康委员会', '卫生健康委', '职业技术学校', '技工学校',
	'管理中心', '小学', '中学', '幼儿园', '大学', '学院', '体校', '海关', '分行', '支行', '银行', '博物馆',
	'图书馆', '文化馆', '档案馆', '纪念馆', '美术馆', '科技馆', '艺术馆', '体育馆', '少年宫', '文化宫', '血站', '卫生室', '管理处', '登记处', '办事处', '秘书处', '调查队', '福利院', '养老院', '敬老院', '气象台',
	'工业园区', '产业园区', '物流园区', '物流园', '产业园', '工业园', '创业园', '孵化园', '党校',
	'政法委', '卫健委', '发改委', '国资委', '组织部', '宣传部', '统战部', '指挥部', '武装部', '合作社', '居委会', '村委会',
	'公安局', '司法所', '集团', '公司', '党委', '党组', '工委', '纪委', '监委', '工会', '妇联', '残联', '文联', '团委',
	'分局', '支队', '大队', '中队', '协会', '学会', '法院', '政府', '局', '厅',
	// chambers of commerce, foundations and the branches and councils of societies (拉萨市浙江商会, 市教育发展基金会,
	// 达孜区慈善分会, 塔玛社区红白理事会)
	'商会', '基金会', '分会', '理事会',
	// labour dispute arbitration (拉萨市劳动人事争议仲裁院, short 市仲裁院; 曲水县劳动人事争议仲裁委员会, short 县仲裁委)
	'仲裁院', '仲裁委员会', '仲裁委',
	// painting academies (西藏圣地唐卡画院)
	'画院'
];
/** suffixes that are a whole body's name once a level stands before them (区发改委, 县人民医院, 乡卫生院, 镇党委) */
const COMPLETE_BODY = new Set([
	'人民医院', '人民法院', '人民检察院', '人民政府', '检察院', '法院', '政府', '医院', '卫生院', '派出所', '司法所', '纪委监委',
	'政法委', '卫健委', '发改委', '国资委', '组织部', '宣传部', '统战部', '武装部', '公安局', '总工会', '党委', '纪委', '监委',
	'妇联', '残联', '文联', '团委', '工会', '河长办', '扶贫办', '文明办', '综治办', '应急办', '网信办', '禁毒办', '双拥办',
	'爱卫办', '防汛办', '人防办', '外事办', '老龄办', '创城办', '维稳办', '新闻办', '金融办', '防指办', '信访办', '驻村办', '安委办', '减灾办', '气象台', '图书馆', '文化馆', '博物馆',
	'档案馆', '福利院', '养老院', '敬老院', '妇幼保健院', '疾控中心', '卫生健康委员会', '卫生健康委', '慈善总会', '红十字会', '救助管理站', '救助站', '殡仪馆',
	'公证处', '法律援助中心', '供销社', '供销合作社', '科协', '人才办', '编办', '改革办', '政研室', '巡察办',
	'人武部', '退役军人服务站', '退役军人服务中心', '征兵办', '军休所', '军休中心', '军供站', '光荣院',
	'史志办', '地方志办', '方志馆', '仲裁院', '仲裁委员会', '仲裁委', '政务服务中心', '不动产登记中心', '公共资源交易中心', '人大常委会', '人大工委', '人大主席团', '政协'
]);
const LEVEL_PREFIX = new Set(['市', '区', '县', '乡', '镇']);
/** the bodies of one village, complete names by themselves in a story about that village */
const VILLAGE_BODY = new Set(['村党支部', '村党总支', '村委会', '村两委', '驻村工作队', '工作队']);
/** Suffixes that also end ordinary nouns (服务中心, 转运站): accepted only with a place inside or a long proper name. */
const WEAK_SUFFIXES = ['指挥中心', '中心', '站', '工作队', '工作组', '医疗队', '基地', '藏戏队', '艺术团', '演出队', '文艺队', '农家书屋', '学校', '管理站', '兽医站', '推广站', '检查站', '工坊', '藏戏团', '车务段', '百货大楼', '商场', '救援队', '加工厂', '画坊'];
/** suffixes by their last code unit, longest first: the scan tests one table entry per character instead of a 60-way regex */
const SUFFIX_BY_LAST = (() => {
	const m = new Map<number, string[]>();
	for (const sfx of [...STRONG_SUFFIXES, ...WEAK_SUFFIXES].sort((a, b) => b.length - a.length)) {
		const c = sfx.charCodeAt(sfx.length - 1);
		const l = m.get(c);
		if (l) l.push(sfx);
		else m.set(c, [sfx]);
	}
	return m;
})();
const WEAK = new Set(WEAK_SUFFIXES);
const NO_SUFFIXES: readonly string[] = [];
/** 当雄县委县政府 read as one name: the place before its committee and government */
const COMMITTEE_AND_GOVERNMENT = /^(.{2,6}[县区市])委(?:[、和])?[县区市](?:人民)?政府$/u;
/** weak suffixes of groups of people at work (teams, troupes, workshops), not of facilities */
const PEOPLE_WEAK = new Set(['工作队', '工作组', '医疗队', '藏戏队', '艺术团', '演出队', '文艺队', '工坊', '藏戏团', '救援队']);
const SUFFIX_LIST = [...STRONG_SUFFIXES, ...WEAK_SUFFIXES];
const SUFFIX_SET = new Set(SUFFIX_LIST);
/** for each suffix, what a longer suffix adds after it (工业园 → 区, 卫生健康委 → 员会): the longer one is read at its own end */
const SUFFIX_TAILS = (() => {
	const m = new Map<string, string[]>();
	for (const a of SUFFIX_SET) for (const b of SUFFIX_SET) if (b.length > a.length && b.startsWith(a)) m.set(a, [...(m.get(a) ?? []), b.slice(a.length)]);
	return m;
})();

/** 该行, 该校: the kind pointed back at, and the names that are of that kind */
const POINTED_KIND: Record<string, RegExp> = {
	行: /(?:银行|分行|支行)$/u, 校: /(?:学校|小学|中学|大学|学院|职校)$/u,
	馆: /馆$/u, 院: /(?:医院|卫生院|法院|检察院|学院|福利院|敬老院|养老院|研究院|设计院|保健院)$/u, 中心: /中心$/u, 所: /所$/u, 站: /站$/u,
	社: /(?:合作社|供销社)$/u,
	// 该企业, 这家企业, 这家专注于…的企业: a company or cooperative named before
	企业: /(?:公司|集团|厂|合作社)$/u
};
/** 该镇, 该村, 该社区: the place of that kind named last (a place's name ends with its kind) */
const POINTED_PLACE = ['镇', '乡', '村', '社区', '街道'];
/** the places 全 points back at (全乡, 全村); 全市 and 全县 are the city's and the county's own tokens */
const WHOLE_PLACE = new Set(['镇', '乡', '村']);
/** the words after 该 that point back, longest first */
const POINTED_WORDS = [...POINTED_PLACE, ...Object.keys(POINTED_KIND)].sort((a, b) => b.length - a.length);

const CLAUSE = 1, SENTENCE = 2, TITLEB = 4, HANC = 8, TOKEN_UNIT = 16, SUFFIX_END = 32, BOOK = 64, POINTED_END = 128;
/** one flag byte per UTF-16 code unit, so the per-character loops test a bit instead of running a regex */
const CHAR_CLASS = (() => {
	const t = new Uint8Array(65536);
	for (const c of '，,；;：:。！？!?\n') t[c.charCodeAt(0)] |= CLAUSE | TITLEB;
	for (const c of '。！？!?；;\n') t[c.charCodeAt(0)] |= SENTENCE;
	// the marks that open briefs and list items (△近日，…) begin a sentence
	for (const c of BRIEF_MARKS) t[c.charCodeAt(0)] |= CLAUSE | SENTENCE | TITLEB;
	for (const c of ' \t\u3000—') t[c.charCodeAt(0)] |= TITLEB;
	for (let c = 0x3400; c <= 0x9fff; c++) t[c] |= HANC;
	for (let c = 0xf900; c <= 0xfaff; c++) t[c] |= HANC;
	t['《'.charCodeAt(0)] |= BOOK;
	t['》'.charCodeAt(0)] |= BOOK;
	t['市'.charCodeAt(0)] |= TOKEN_UNIT;
	t['县'.charCodeAt(0)] |= TOKEN_UNIT;
	for (const sfx of [...STRONG_SUFFIXES, ...WEAK_SUFFIXES]) t[sfx.charCodeAt(sfx.length - 1)] |= SUFFIX_END;
	for (const k of POINTED_WORDS) t[k.charCodeAt(k.length - 1)] |= POINTED_END; // 该馆, 该中心, 该镇 (POINTED_KIND)
	t['行'.charCodeAt(0)] |= SUFFIX_END; // 该行, 该校 (POINTED_KIND)
	t['校'.charCodeAt(0)] |= SUFFIX_END;
	return t;
})();
/** an ASCII digit at i (false outside the string, without reading there) */
const isDigitAt = (text: string, i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
const isHan = (ch: string) => ch.length > 0 && (CHAR_CLASS[ch.charCodeAt(0)] & HANC) !== 0;

/** 格局, 大局 … end in 局 but are not bureaus. */
const NOT_BUREAU = new Set(['格', '布', '大', '全', '开', '结', '新', '变', '当', '时', '定', '破', '僵', '赌', '饭', '残', '终', '骗', '棋', '邮', '胜', '平', '败']);
/** 1–4 characters and 村/社区 right after a township or street: a village or community not in the gazetteer */
const VILLAGE_AFTER = /^([\u4e00-\u9fff]{1,4}?)(?:村|社区)(?!委|民|级|集体|干部|两委|振兴|党|工作|道路|公路|路|组道路)/u;
const NOT_VILLAGE_START = new Set([...'各全每该本所辖其他有等和与及的在为对向把将从乡镇农党']);
/** 驿站, 车站, 加油站, 转运站, 服务站, 充电场站, 枢纽站, 首末站 are facilities, not bodies */
const NOT_STATION = new Set([...'驿车网油电运务集点岗哨场纽末']);
/** 候车厅, 营业厅, 展厅, 大厅, 餐厅 are rooms, not a provincial department */
const NOT_HALL = new Set([...'车业展大餐客会舞乐示']);
/** a suffix followed by these is part of a longer word: 委员, 局面, 站位, 集团化, 公司化, 工会员 */
const BAD_FOLLOW: Record<string, RegExp> = {
	局: /^[面势限部长]/u, 厅: /^[长堂]/u, 站: /^[位在稳起上点岗长台楼内]/u, 党组: /^[织长成副书]/u, 残联: /^盟/u, 妇联: /^盟/u, 文联: /^盟/u, 中心: /^[城工任环区]/u, 集团: /^[化军]/u, 公司: /^化(?!验)/u,
	工委: /^员/u, 党委: /^员/u, 纪委: /^员/u, 监委: /^员/u, 团委: /^员/u, 政法委: /^员/u, 工会: /^员/u, 分局: /^长/u,
	大队: /^长/u, 支队: /^长/u, 中队: /^长/u, 法院: /^[长]/u, 政府: /^(?:性|采购|购买|补贴|债)/u
};

/** characters that end a name when walking left from a suffix: function words, verbs of motion, determiners */
const STOP_CHARS = new Set([...'的在了和与及或等对为向将把被是从到以于并让使给同跟据说也都又还就才这那该其此各每我你他她它们有由之自经至往入赴请邀随即至供离距受凭']);
/** a kind of body in apposition before a body's name (爱心企业, 招商引资企业, 施工单位): the name after it is the body */
const APPOSITIVE_KIND = /(?:企业|单位)$/u;
// (团队成员、拉萨市农牧科学研究所畜牧师…介绍, 派驻的“科技副总”、西藏大学…副教授: a member of the team named before, or a
// role in quotation marks, in apposition with the body the person works for)
const APPOSITIVE_BEFORE = new RegExp(`(?:(?:[^${[...STOP_CHARS].join('')}，,。；;：:、！？!?“”\\s]{2,10})(?:企业|单位)|(?:团队|小组|队伍|服务队|工作队)(?:成员|队员|负责人)、|[^，,。；;：:、！？!?“”\\s]{0,6}[“"「][^”"」，,。]{1,8}[”"」]、)$`, 'u');
/** leading verbs and adverbs stripped from a left span; the verbs (not the adverbs) make the body an object */
/** words of bodies' names that hold a stop character (市自来水公司, 市自然资源局, 经济技术开发区, 数据管理局, 市人才服务中心, 就业服务中心) */
const NAME_WORDS_WITH_STOP = ['自来水', '自然资源', '自然保护区', '经济', '经信', '供水', '供电', '供热', '供销', '供气', '供排水', '数据', '嵌入式', '出入境', '人才', '就业', '同心', '和谐', '和美', '和平'];
const LEAD_VERBS = [
	'联合', '组织', '协同', '配合', '会同', '邀请', '慰问', '走访', '深入', '帮助', '支持', '指导', '督促', '完善', '成立',
	'新成立', '组建', '建立', '依托', '通过', '推动', '引入', '入驻', '来到', '前往', '走进', '进入', '前来', '参加', '参与',
	'举办', '召开', '印发', '制定', '出台', '设立', '打造', '培育', '选派', '派出', '覆盖', '吸纳', '携手', '整合', '发挥',
	'加强', '依靠', '借助', '协调', '对接', '联系', '服务', '陪同', '看望', '调研', '考察', '视察', '检查', '督导', '召集',
	'响应', '落实', '贯彻', '按照', '根据', '围绕', '面向', '加入', '协助', '聘请', '牵头', '挂牌', '授牌', '表彰', '命名',
	'拓展', '健全', '规范', '强化', '优化', '创建', '扩大', '加上', '除了', '包括', '代表', '专访', '访', '帮'
];
const LEAD_ADVERBS = [
	'积极', '先后', '分别', '共同', '主动', '持续', '全力', '认真', '不断', '进一步', '近日', '日前', '今年', '近年来',
	'目前', '当日', '当天', '同时', '此外', '随后', '今年以来', '截至目前', '还', '已', '均', '另外', '其中',
	// time words and aims glued to a name in speech (去年合作社卖牦牛肉…, 力争合作社分红突破…)
	'去年', '明年', '前年', '如今', '现在', '当年', '此前', '以前', '过去', '最近', '力争', '争取', '预计', '下一步', '接下来', '今后', '将来',
	'年底', '年初', '年中', '月底', '当初', '起初', '后来', '不相信', '相信', '知道', '觉得', '听说', '没想到',
	// periods of a year (今年前三季度合作社实现收入…)
	'前三季度', '一季度', '二季度', '三季度', '四季度', '上半年', '下半年', '全年', '前两个月'
];
const SHORT_FORM_START = new Set(['市', '县', '区', '团']);
const LEAD_RE = new RegExp(`^(?:${[...LEAD_VERBS, ...LEAD_ADVERBS].sort((a, b) => b.length - a.length).join('|')})`, 'u');
const VERB_SET = new Set(LEAD_VERBS);
const VERB_BEFORE = new RegExp(`(?:${LEAD_VERBS.join('|')})$`, 'u');

/** between a place and a suffix, verbs mean two phrases, not one name: 宁中乡党委充分调动村委会 */
const ATTACH_BREAK_WORDS = [...LEAD_VERBS, ...LEAD_ADVERBS, '充分', '调动', '开展', '带领', '形成', '推进', '实施', '坚持', '加快', '提升', '实现', '召开', '举行', '要求', '成为', '感谢', '非常', '告诉', '表示', '认为', '希望', '需要', '帮忙', '找到', '看到', '看望', '负责', '新建', '建成', '建设', '建有', '投入', '完成', '发现', '查出', '查明', '指出', '累计', '推广', '加大', '支持', '打造', '培育', '创建', '扶持', '帮助', '引导', '鼓励',
	// the measures of a court on what is seized (冻结银行存款): a verb, not the name of a bank
	'冻结', '查封', '扣划', '扣押', '拍卖', '划拨',
	// what a body makes use of (…街道利用社区闲置用房): a verb, not part of the name of a community
	'利用', '借助',
	// (很多外地患者专程来医院: patients coming to a hospital, not the name of one)
	'患者', '专程',
	// bodies forming a team (…县藏医院组成义诊医疗队): the team is not named after the last of them (组建 is a lead verb)
	'组成',
	// a time before the name (前几年公司设计的…) is when, not part of it
	'今年', '去年', '前年', '几年', '往年', '近年'];
const ATTACH_BREAK = new RegExp(ATTACH_BREAK_WORDS.join('|'), 'u');

/** name parts that are generic kinds of body, not names: 行业党委, 网格党支部, 社区党总支, 服务中心, 保险公司, 商业银行, 某建筑公司 (a party left unnamed) */
const GENERIC_NAME = /^(?:外国|国内|国外|外地|本地|当地|个别|少数|首家|社区|街道|网格|行业|小区|村|某)|^(?:各级?|该|本|全|每|这|那|此|其他|其它|相关|有关|部分|所有|一些|多个|有的|行业|网格|社区|小区|居民小区|居民|村|基层|联合|临时|驻地|成员|机关|两新|非公|新兴|上级|下级|直属|所属|各类|领导|工作|专项|党群|志愿|城市|公共|新|老|全体|广大|企业|单位|部门|我们|他们|党员|群团|功能|职能|执法|综合|管理|监督|属地|区外|区内|市外|县外|托育|垃圾|垃圾转运|物流|驿站|服务|便民|公办|民办|普惠|普惠性|寄宿制|新建|乡镇|农村|城区|示范|保险|物业|快递|运输|建筑|施工|装修|旅行|家政|劳务|中介|担保|商业|国有|民营|私营|外资|合资|上市|电商|房地产|开发|投资|金融|专业|第三方|龙头|爱心|骨干|重点|大型|中小|内地|知名)$/u;
const GENERIC_WEAK_PART = /(党群|服务|便民|活动|社区|小区|居民|网格|综合|志愿|政务|文化|体育|康复|托养|培训|教育|就业|创业|孵化|物流|数据|信息|调度|控制|监控|运营|管理|转运|收集|回收|加油|充电|检测|监测|救助)/u;
/** every generic part at once, to see what a name has besides them */
const GENERIC_WEAK_PARTS = new RegExp(GENERIC_WEAK_PART.source, 'gu');

/**
 * An acting body opens its clause: nothing may stand before it but time words, adverbs, quotes or the byline
 * (近日，市公安局交警支队…; 拉萨融媒讯(记者…)市残联…); after 来到/联合/为/在 it is an object, so the rule is positive.
 */
const BYLINE_PREFIX = /^(?:(?:拉萨融媒讯|本报\p{Script=Han}{0,6}讯)(?:[(（](?:记者|通讯员)[^)）]*[)）])?|(?:拉萨融媒记者)?[(（]?(?:记者|通讯员)[^)）]*[)）])/u;
const TIME_PREFIX = /^(?:[\d０-９]+年)?(?:[\d０-９]+月)?(?:[\d０-９]+日)?(?:[上下]午|晚上|早上|凌晨|中午|当晚)?(?:[\d０-９]+时(?:[\d０-９]+分)?)?/u;
const ADVERB_PREFIX = /^(?:近日|日前|目前|今年以来|近年来|近期|近年|今年|去年|当日|当天|同时|此外|随后|另外|其中|截至目前|据了解|据悉|下一步|今后|此次|本次|期间|与此同时|为此|对此|由|并|还|也|已|均|将|都|又|则|就|正|先后|分别|共同|积极|持续|不断|主动)/u;
/** a dateline ends at its bracketed reporters, or at itself when printed without them (本报讯 记者从市水利局获悉…) */
const BYLINE_LEAD = /^(?:(?:拉萨融媒讯|本报\p{Script=Han}{0,6}讯)\s*(?:[(（][^)）。，,]{0,30}[)）])?|(?:拉萨融媒记者|本报记者)[^)）。，,]{0,30}[)）]?)/u;
function opensClause(prefix: string): boolean {
	let s = prefix.replace(/[“”‘’"'\s【】—－-]/gu, '');
	s = s.replace(BYLINE_PREFIX, '').replace(CONTINUED_FROM, '');
	for (let guard = 0; guard < 6 && s.length; guard++) {
		const before = s;
		s = s.replace(/^[(（）)]+/u, '');
		const t = TIME_PREFIX.exec(s);
		if (t && t[0].length) s = s.slice(t[0].length);
		const a = ADVERB_PREFIX.exec(s);
		if (a) s = s.slice(a[0].length);
		// 村里的吞达藏香合作社现有…: where the body is, said before it, still leaves it the subject
		const l = LOCATIVE_PREFIX.exec(s);
		if (l) s = s.slice(l[0].length);
		if (s === before) break;
	}
	return s.length === 0;
}
const LOCATIVE_PREFIX = /^(?:村里|镇上|乡里|县里|当地|这里|园区里)的/u;
/** what follows a body that only gives orders or support: 市委、市政府号召, 在北京市总工会的大力支持下; or that founded the body named next (由村党支部领办的合作社); or a place that only locates people or an unnamed body (城关区一家奶茶店, 林周县春堆乡养殖户) */
/** verbs of founding a body: 由村党支部领办的合作社 (the body after them is the subject, the one before them founded it) */
const FOUNDING = '领办|创办|兴办|牵头成立|牵头组建|发起成立|成立|组建';
/** 某乡原党委委员, 某村村委会主任, 某局原副局长: an unnamed unit's official, as discipline notices name the people they report */
const ANONYMOUS_OFFICIAL_AFTER = /^某\p{Script=Han}{1,4}?原?(?:党支部|党委|党总支|村委会|居委会|两委)?(?:副?书记|副?主任|委员|副?局长|副?所长|副?站长|副?校长|工作人员|干部|会计|出纳|职工|负责人|法定代表人|网格员|村医)/u;
/** words around a quoted name that make it a title or a campaign: 开展“…”创建, 评为“…”, “…”称号 */
const QUOTED_TITLE_AROUND = /(?:开展|评为|获评|荣获|命名为|授予|创建|争创|打造)[^|]{0,3}\||\|(?:创建|称号|评选|活动|示范|荣誉)/u;
const QUOTE_OPEN: Record<number, true> = { 0x201c: true, 0x22: true, 0x300c: true };
const QUOTED_TITLE_COUNTED = /^[”"」](?:总数|数量)?(?:已)?(?:达到|达|增至|增加到|增加至|共有|共|有|为)[\d０-９一二两三四五六七八九十]/u;
/** what partners of a lead body do (牵头 … 配合): support, not act */
const PARTNER_AFTER = /^(?:等(?:部门|单位))?(?:配合|协助|协同|共同推进|共同参与|参与)/u;
const FOLLOW_NOT_ACTOR = new RegExp(`^(?:的?(?:号召|部署|关于|指示|精神|决策|领导下|大力支持|支持下|指导下|帮助下)|的领导|(?:${FOUNDING})的|(?:村民|牧民|农牧民|居民|农民|市民|游客|群众|(?:养殖|种植)?(?:农|牧)?户(?![籍口])|养殖大户|个体户|摊主|店主|选手|运动员|队员)|一(?:家|户|名|位)(?!人)|一(?:处|座|段|条|片)|[A-Za-z]|原(?![本来先])|(?:国际|国内)?(?:航站楼|候机楼|停机位|跑道)|地处|位于|坐落|(?:平均)?海拔|距离?|离(?!开)|[至到][^，,。；;]{1,12}?(?:公路|道路|铁路|段|线|航线|通道)|至(?![今少多此]))`, 'u');

// ---------------------------------------------------------------------------------------------

type MentionKind = 'place' | 'agency' | 'org' | 'city' | 'county';

interface Mention {
	start: number;
	end: number;
	kind: MentionKind;
	/** the finest gazetteer place named (for place evidence), if any */
	place: Place | null;
	/** county-level unit this mention rolls up to */
	district: string | null;
	/** text to report as agency, if the mention can be an acting body */
	agencyName: string | null;
	agencyLevel: string | null;
	/** table agency behind it, for counting mentions of the same body under two names */
	agencyKey: string | null;
	explicitOrg: boolean;
	actor: boolean;
	/** followed by 等 (an example of a set) or after 前往 (where something goes): not where the fact happened */
	notSite: boolean;
	/** only says "in Tibet": too coarse to decide a district */
	regionOnly: boolean;
	/** named right after a verb that takes it as object (联合…, 组织…) */
	objectVerb: boolean;
	/** does or says what a figure before it counts: 由X组织实施, “…”X负责人说 */
	actsAfter: boolean;
	/** gives the sentence's figures: 据市统计局介绍, 记者从市人社局获悉 */
	source: boolean;
	/** the body a report is made for (市长代表市人民政府作政府工作报告): the report's figures are all its own */
	reporter: boolean;
	/** for 该公司-style references, the suffix to look back for; cleared once resolved */
	anaphor: string | null;
	/** 该县应急管理局 (2), 县住建局 (1): a body named by its county's kind, the prefix's length; prepare() writes the county's name in */
	countyRef: number;
	/** in the tag after a quotation (。”尼木县吞巴乡藏戏队演员次仁拉姆说): where the speaker is from, not where the paragraph is */
	speakerTag: boolean;
	/** index of the coordination group (市公安局110指挥中心、刑警支队…): groups act as one */
	group: number;
	/** 县里, 区里: the county's government, as people speak of it; prepare() names the county */
	localGov: boolean;
	/** 该局, 这个合作社, a bare 医疗队: a body named before, pointed back at (it says who again, not where) */
	repeat: boolean;
	/** 在当雄县龙仁乡，…: the place a paragraph opens on, where what it tells happens */
	scene: boolean;
}

interface KwHit { pos: number; end: number; theme: number; weight: number }

interface BlockPre {
	kind: ArticleBlock['kind']; text: string; mentions: Mention[]; kws: KwHit[]; heading: number;
	/** end of the opening sentence */
	leadEnd: number;
	/** offsets into ArticlePre.blockShares of this block's theme shares (whole block, opening sentence) */
	blockOff: number; leadOff: number;
	/** whether the block holds 分别, 其中 or a closing quotation mark at all: most do not, and their figures skip those rules */
	respectively: boolean; subset: boolean; quotes: boolean;
}

interface ArticlePre {
	blocks: BlockPre[];
	/** 位于堆龙德庆区的德庆新村…: the county the headline or lede places the article's site in */
	site: { district: string; place: Place | null } | null;
	/** a report is made for a body (代表县人民政府作报告): no paragraph's body carries to the next sentence */
	reported: boolean;
	/** the body the report is made for (受市人民政府委托…作政府工作报告): its place's 全市 and bare name in the report are it */
	reportedFor: Mention | null;
	/** people the article introduces with their body's title (尼木县卫生健康委主任次仁旺堆): name → that body */
	speakers: Map<string, Mention> | null;
	titles: number[];
	main: Mention | null;
	/** the body an interview's subtitle names (——访…): its answers are all that body's */
	interviewee: Mention | null;
	/** how often the main body acts in the text, and how often each place acts bare: a bureau named as often as its district stands for it */
	mainCount: number;
	/** the main body was named in the lede's opening sentence: it speaks for its place's bare mentions */
	mainLeads: boolean;
	bareCount: Map<string, number>;
	articleDistrict: { district: string; place: Place | null } | null;
	articleTheme: number[];
	headlineTheme: number[];
	/** the same, normalised to sum to 1 */
	articleShare: number[];
	headlineShare: number[];
	titleMentions: Mention[];
	/** per block, its theme shares then its opening sentence's (plain arrays: small, and cheaper to allocate than typed ones) */
	blockShares: number[];
	/** table bodies the article also calls by their short name (市发展和改革委员会 … 市发改委): reported under that name */
	shortUsed: Set<string> | null;
}

const PLACE_AGENCY_LEVEL: Record<string, string> = {
	region: '自治区', city: '市', prefecture: '市', district: '县区', zone: '县区', county: '县区',
	street: '乡镇', town: '乡镇', township: '乡镇', community: '村社区', village: '村社区'
};
/** places that stand for an acting body when named bare: 城关区 did X, 宁中乡 did Y (not 拉萨市 or 西藏) */
const ACTING_PLACE_LEVELS = new Set(['prefecture', 'district', 'zone', 'county', 'street', 'town', 'township', 'community', 'village']);
const PLACE_RANK: Record<string, number> = {
	region: 0, city: 1, prefecture: 1, district: 2, zone: 2, county: 2, street: 3, town: 3, township: 3, community: 4, village: 4, landmark: 5
};

function finer(a: Place | null, b: Place | null): Place | null {
	if (!a) return b;
	if (!b) return a;
	return (PLACE_RANK[b.level] ?? 0) > (PLACE_RANK[a.level] ?? 0) ? b : a;
}

/** 位于拉萨经开区的…公司: the verb that leads to a place locating the body after it */
const LOCATED_IN = /(?:位于|地处|坐落于|坐落在)$/u;

// ---------------------------------------------------------------------------------------------
// Per-block scan: one pass over the trie for places, agencies and keywords, then the suffix pass for
// organisations not in the table.

let scratchEnd = new Int32Array(4096);
let scratchKind = new Int8Array(4096);
let scratchId = new Int32Array(4096);

/** A name an article taught: a declared short name (…(以下简称市医保局)) or an unlisted community named first with its street. */
interface LearnedName { name: string; like: Mention; /** the name reported for it, when not the name itself (a brand reports its company's) */ as?: string }

/** (以下简称“市医保局”), (简称市公积金中心) right after a body's name: the name the article uses for it from then on */
const DECLARED_SHORT = /^[（(](?:以下|下文)?简称[:：]?[“"「]?([\u4e00-\u9fff]{2,12})[”"」]?[)）]/u;

function scanBlock(ref: Reference, text: string, isTitle: boolean, learned: readonly LearnedName[] = NO_LEARNED, declared?: LearnedName[]): { mentions: Mention[]; kws: KwHit[] } {
	const n = text.length;
	const kws: KwHit[] = [];
	// longest place/agency hit starting at each position (scratch buffers reused across blocks)
	if (scratchEnd.length < n) {
		scratchEnd = new Int32Array(n * 2);
		scratchKind = new Int8Array(n * 2);
		scratchId = new Int32Array(n * 2);
	}
	const bestEnd = scratchEnd;
	const bestKind = scratchKind; // 1 place, 2 agency
	const bestId = scratchId;
	bestEnd.fill(-1, 0, n);
	const { root, mask, hitStart, hits } = ref.trie;
	const flagged: number[] = [];
	// the end of the longest keyword seen so far: a keyword inside it is part of that word (宣传 in 普法宣传)
	let kwCover = 0;
	for (let i = 0; i < n; i++) {
		const code0 = text.charCodeAt(i);
		if (CHAR_CLASS[code0] & (TOKEN_UNIT | SUFFIX_END | BOOK | POINTED_END)) flagged.push(i + 1);
		let node = root[code0];
		if (node === 0) continue;
		let j = i + 1;
		// only the longest keyword starting here counts: 残疾人 is not also 残疾, 招聘会 not also 招聘
		let kwEnd = -1;
		let kwFrom = 0;
		const kwBase = kws.length;
		while (node !== 0) {
			for (let h = hitStart[node], hEnd = hitStart[node + 1]; h < hEnd; h++) {
				const hit = hits[h];
				if (hit.kind === 'keyword') {
					// (110, 12345: a number keyword is the whole number, not the start or end of 1100 or 2110)
					if (code0 >= 0x30 && code0 <= 0x39 && (isDigitAt(text, i - 1) || isDigitAt(text, j))) continue;
					const k = ref.keywordEntries[hit.id];
					if (j > kwEnd) { kwEnd = j; kwFrom = kws.length; }
					kws.push({ pos: i, end: j, theme: k.theme, weight: k.weight });
				} else if (j > bestEnd[i] || (j === bestEnd[i] && hit.kind === 'agency')) {
					bestEnd[i] = j;
					bestKind[i] = hit.kind === 'place' ? 1 : 2;
					bestId[i] = hit.id;
				}
			}
			if (j >= n) break;
			const cj = text.charCodeAt(j);
			if ((mask[node] & (1 << (cj & 31))) === 0) break;
			node = trieChild(ref.trie, node, cj);
			j++;
		}
		// the same keyword may belong to several themes: keep every hit of the longest surface
		if (kwEnd >= 0) {
			if (kwEnd <= kwCover) kws.length = kwBase;
			else {
				if (kwFrom > kwBase) kws.splice(kwBase, kwFrom - kwBase);
				kwCover = kwEnd;
			}
		}
	}

	// leftmost-longest entity mentions
	let mentions: Mention[] = [];
	let lastEnd = 0;
	for (let i = 0; i < n; i++) {
		if (i < lastEnd || bestEnd[i] < 0) continue;
		let end = bestEnd[i];
		// a later, longer hit that starts inside this one wins (拉萨 vs 拉萨市公安局 starting at the same place is already longest)
		let longer = false;
		for (let k = i + 1; k < end; k++) if (bestEnd[k] > end && bestEnd[k] - k > end - i) { longer = true; break; }
		if (longer) continue;
		if (bestKind[i] === 1) {
			const p = ref.places[bestId[i]];
			// two-character county/town names (索县, 马镇) only count standing apart from other words
			if (end - i <= 2 && (p.level === 'county' || p.level === 'town' || p.level === 'township')) {
				const prevCh = i > 0 ? text[i - 1] : '';
				const prevIsPlace = mentions.length > 0 && mentions[mentions.length - 1].end === i;
				if (prevCh && isHan(prevCh) && !prevIsPlace) continue;
			}
			// 堆龙曲: a river named in Tibetan (曲, river) after a place's short name is no mention of the place (堆龙曲水两县 is two)
			if (text.charCodeAt(end) === 0x66f2 && end < n && bestEnd[end] < 0 && end - i < p.name.length && !text.startsWith(p.name, i)) continue;
			const m = placeMention(p, i, end, text);
			// 拉萨河, 堆龙河: a river named after a place runs through more than it; 柳梧大桥 on a route is a point passed
			const next = text.charCodeAt(end);
			if (next === 0x6cb3 || next === 0x6c5f || next === 0x6e56 || ROUTE_AFTER.test(text.slice(end, end + 2))) m.notSite = true; // 河 江 湖
			mentions.push(m);
		} else {
			const a = ref.agencies[bestId[i]];
			// 市总工会 inside 北京市总工会 is another city's body: short forms need a word boundary before them
			// (but 拉萨市委市政府 is two bodies side by side)
			const afterBody = mentions.length > 0 && mentions[mentions.length - 1].end === i && mentions[mentions.length - 1].kind === 'agency';
			// (nor after a verb that takes it as its object: 代表市人民政府, 会同市发改委)
			if (SHORT_FORM_START.has(text[i]) && i > 0 && isHan(text[i - 1]) && !STOP_CHARS.has(text[i - 1]) && !afterBody
				&& !VERB_BEFORE.test(text.slice(Math.max(0, i - 3), i))) continue;
			// 市卫生健康委员会: a short form ending in 委 written out in full is the same body, under the name the text uses
			if (text.charCodeAt(end - 1) === 0x59d4 && text.startsWith('员会', end)) end += 2;
			mentions.push(agencyMention(ref, a, i, end, text));
		}
		lastEnd = end;
	}
	// 市市场监管局城关分局, 市公安局交警支队城南大队: a unit written right after the body it belongs to is that unit
	for (let k = mentions.length - 1; k > 0; k--) {
		const a = mentions[k - 1];
		const u = mentions[k];
		if (a.kind !== 'agency' || u.kind !== 'agency' || a.end !== u.start || !SUB_UNIT.test(u.agencyName!) || !/(?:局|支队)$/u.test(a.agencyName!)) continue;
		const name = text.slice(a.start, u.end);
		Object.assign(a, { end: u.end, agencyName: name, agencyKey: name, place: u.place ?? a.place, district: u.district ?? a.district });
		mentions.splice(k, 1);
	}
	// a name the article declared or taught before (市公积金中心, 维巴社区) is that body wherever it stands
	if (learned.length) mentions = withLearned(text, mentions, learned);
	// an unlisted village or community written after its township or street (蔡公堂街道蔡村) acts under its own name
	for (const m of mentions) {
		if (m.kind !== 'place' || !m.place || !(m.place.level === 'street' || m.place.level === 'town' || m.place.level === 'township' || COUNTY_LEVELS.has(m.place.level))) continue;
		const tail = VILLAGE_AFTER.exec(text.slice(m.end, m.end + 8));
		// (柳梧新区幸福家园社区: a relocation community named after its county or zone, with no street between)
		if (tail && COUNTY_LEVELS.has(m.place.level) && !tail[0].endsWith('社区')) continue;
		// (才纳乡依托驻村工作队: a verb before 村 means no village's name)
		// (才纳乡硬化通村道路: a road to the villages; 某村: no village named; 龙仁乡两个村, 堆龙德庆区一家社区…: counted, none named;
		// 柳梧新区第三届社区…: an ordinal, no name)
		// (吞巴乡也从各村推选…: a function word or 各 is no part of a village's name)
		if (!tail || NOT_VILLAGE_START.has(tail[1][0]) || /^[一二两三四五六七八九十几多数\d]+(?:[个家座所处]|$)/u.test(tail[1]) || ATTACH_BREAK.test(tail[1]) || /[某硬修建通各也从都又还就才在了与及或对向将把被第届]/u.test(tail[1])) continue;
		if (mentions.some((x) => x !== m && x.start < m.end + tail[0].length && x.end > m.end)) continue;
		m.end += tail[0].length;
		m.agencyName = text.slice(m.start, m.end);
		m.agencyLevel = '村社区';
	}

	// a place written with its parents (当雄县宁中乡, 城关区八廓街道) is one mention of the finest place
	for (let k = mentions.length - 1; k > 0; k--) {
		const a = mentions[k - 1];
		const b = mentions[k];
		if (a.kind !== 'place' || b.kind !== 'place' || a.end !== b.start || !a.place || !b.place) continue;
		// (城关区八廓街周边: the county before a site stays the place; the site only adds its own clause's)
		if (!isAncestor(ref, a.place, b.place) || b.place.level === 'landmark') continue;
		b.start = a.start;
		if (b.agencyName !== null) b.agencyName = text.slice(b.start, b.end);
		mentions.splice(k - 1, 1);
	}

	// mentions never overlap, so each ends at its own position: the suffix pass finds its neighbours by end, not by
	// scanning every mention (which made a paragraph with thousands of bodies quadratic)
	const byEnd = new Map<number, Mention>();
	for (const m of mentions) byEnd.set(m.end, m);
	const absorbed = new Set<Mention>();

	// one pass for the rest: city/county tokens (全市, 我县), organisation suffixes, and 《…》 titles of works
	const tokens: Mention[] = [];
	const inBook: [number, number][] = [];
	let bookOpen = -1;
	let lastSuffixEnd = 0;
	for (let f = 0; f < flagged.length; f++) {
		const e = flagged[f];
		const code = text.charCodeAt(e - 1);
		const cls = CHAR_CLASS[code];
		if (cls & BOOK) {
			if (code === 0x300a) bookOpen = e - 1;
			else if (bookOpen >= 0) { inBook.push([bookOpen, e]); bookOpen = -1; }
		}
		if (cls & TOKEN_UNIT && e >= 2) {
			const c1 = text[e - 2];
			const i = e - 2;
			if ((c1 === '全' || c1 === '我' || c1 === '本' || c1 === '该') && !mentions.some((m) => i < m.end && i + 2 > m.start)) {
				tokens.push(emptyMention(i, e, code === 0x5e02 ? 'city' : 'county'));
			}
			// 团县委: the county's Youth League committee, named by the county's kind
			else if (code === 0x53bf && text.charCodeAt(e) === 0x59d4 && e >= 2 && text.charCodeAt(e - 2) === 0x56e2 && !mentions.some((m) => e - 2 < m.end && e + 1 > m.start)) {
				const m = emptyMention(e - 2, e + 1, 'org');
				m.agencyName = '团县委';
				m.agencyLevel = '县区';
				m.explicitOrg = true;
				tokens.push(m);
			}
			// 县里邀请专家…: the county's government doing something (县里的合作社 is where, and 林周县里 is the place's)
			else if (text.charCodeAt(e) === 0x91cc && code !== 0x5e02 && text[e + 1] !== '的' && !mentions.some((m) => e - 1 < m.end && e > m.start)) {
				const m = emptyMention(e - 1, e + 1, 'county');
				m.localGov = true;
				m.agencyName = text.slice(e - 1, e + 1); // named after the county once prepare() knows which
				m.agencyLevel = '县区';
				tokens.push(m);
			}
		}
		// 该馆, 该中心, 该镇, 该社区: a body or place of that kind named before, resolved in prepare()
		// (全乡, 全镇, 全村: the whole of the township or village named before, as 该乡 is)
		if (cls & POINTED_END) {
			// (a word at the very start has no 该 before it: reading before the string's start would send V8's optimised
			// scan back to the interpreter)
			// (该社 is a cooperative, 该社区 a community)
			const k = POINTED_WORDS.find((w) => e - w.length > 0 && text.startsWith(w, e - w.length) && (text.charCodeAt(e - w.length - 1) === 0x8be5 || (text.charCodeAt(e - w.length - 1) === 0x5168 && WHOLE_PLACE.has(w))) && !(w === '社' && text.charCodeAt(e) === 0x533a));
			const bareCommunity = !k && e >= 2 && text.charCodeAt(e - 1) === 0x533a && text.charCodeAt(e - 2) === 0x793e && BARE_COMMUNITY_NEXT.test(text.slice(e, e + 2)) && opensClause(clauseBefore(text, e - 2));
			const from = k ? e - k.length - 1 : bareCommunity ? e - 2 : thisEnterprise(text, e);
			if (from >= 0 && !coveredAt(byEnd, from, e)) {
				const m = emptyMention(from, e, 'org');
				m.anaphor = k ?? (bareCommunity ? BARE_COMMUNITY : '企业');
				m.explicitOrg = true;
				// (尼木县引进一家快递企业…该企业: a company pointed at as 企业 is one of its own paragraph, and not one named
				// before an unnamed 一家…企业)
				if (m.anaphor === '企业') inParagraphOnly.add(m);
				byEnd.set(e, m);
				mentions.push(m);
				continue;
			}
		}
		if ((cls & SUFFIX_END) === 0) continue;
		// 该行, 该校: a bank or school named before, resolved in prepare()
		if ((code === 0x884c || code === 0x6821) && e >= 2 && text.charCodeAt(e - 2) === 0x8be5 && !coveredAt(byEnd, e - 2, e)) {
			const m = emptyMention(e - 2, e, 'org');
			m.anaphor = text[e - 1];
			m.explicitOrg = true;
			byEnd.set(e, m);
			mentions.push(m);
			continue;
		}
		const cands = SUFFIX_BY_LAST.get(code);
		if (!cands) continue;
		let suffix = '';
		for (const c of cands) if (e - c.length >= lastSuffixEnd && text.startsWith(c, e - c.length)) { suffix = c; break; }
		if (!suffix) continue;
		// 工业园 inside 工业园区, 卫生健康委 inside 卫生健康委员会: the longer suffix is read at its own end
		if (SUFFIX_TAILS.get(suffix)?.some((t) => text.startsWith(t, e))) continue;
		// (改革办公室, 编纂办公室: 办 is the first character of 办公室, which ends the name two characters later)
		if (code === 0x529e && text.startsWith('公室', e)) continue;
		// (堆龙德庆区分会场: a venue of a meeting held in several places, not a society's branch)
		if (code === 0x4f1a && text.charCodeAt(e) === 0x573a) continue;
		// (复垦宅基地: homestead land, not a base)
		if (suffix === '基地' && text.charCodeAt(e - 3) === 0x5b85) continue;
		const ss = e - suffix.length;
		const se = e;
		lastSuffixEnd = se;
		if (coveredAt(byEnd, ss, se)) continue;
		if (BAD_FOLLOW[suffix]?.test(text.slice(se, se + 2))) continue;
		// 柳梧高原生态露营基地项目, 产业园项目: a project named after what it builds, not a body
		if (text.charCodeAt(se) === 0x9879 && text.charCodeAt(se + 1) === 0x76ee) continue;
		if (suffix === '局' && ss > 0 && NOT_BUREAU.has(text[ss - 1])) continue;
		if (suffix === '站' && ss > 0 && NOT_STATION.has(text[ss - 1])) continue;
		if (suffix === '厅' && ss > 0 && NOT_HALL.has(text[ss - 1])) continue;
		// 街道“大工委”, 社区“大党委”: a kind of council, not a named body
		if ((suffix === '工委' || suffix === '党委') && ss > 0 && text[ss - 1] === '大') continue;
		const org = recogniseOrg(ref, text, byEnd, ss, se, suffix);
		if (org) {
			// the new organisation absorbs the mentions it spans (its place prefix, a parent body)
			for (let e = org.start + 1; e <= org.end; e++) {
				const x = byEnd.get(e);
				if (x && x.start >= org.start) {
					byEnd.delete(e);
					absorbed.add(x);
				}
			}
			byEnd.set(org.end, org);
			mentions.push(org);
		}
	}
	// 拉萨市12345市民热线(服务中心): a service hotline named by its number is the body that answers it
	if (text.includes('热线')) {
		for (const h of text.matchAll(HOTLINE_BODY)) {
			const hs = h.index, he = h.index + h[0].length;
			// (拨打12345热线, 由12345热线转办: the line dialled or passing work on, not a body acting)
			if (HOTLINE_NOT_BODY_BEFORE.test(text.slice(Math.max(0, hs - 2), hs))) continue;
			if (mentions.some((x) => !absorbed.has(x) && x.start < he && x.end > hs && (x.start < hs || x.end > he))) continue;
			for (const x of mentions) if (x.start >= hs && x.end <= he) absorbed.add(x);
			const m = emptyMention(hs, he, 'org');
			m.agencyName = h[0].startsWith('拉萨市') ? h[0].slice(2) : h[0];
			m.agencyLevel = /^(?:拉萨)?市/u.test(h[0]) ? '市' : null;
			m.district = m.agencyLevel ? HOME_CITY : null;
			m.explicitOrg = true;
			byEnd.set(he, m);
			mentions.push(m);
		}
	}
	if (absorbed.size) mentions = mentions.filter((x) => !absorbed.has(x));
	mentions.sort((a, b) => a.start - b.start);
	let added = false;
	for (const t of tokens) if (!overlapsAny(byEnd, t.start, t.end)) { mentions.push(t); byEnd.set(t.end, t); added = true; }
	if (added) mentions.sort((a, b) => a.start - b.start);

	// 团达孜区委, 团县委: the Youth League committee of a place, not the place's party committee
	for (const m of mentions) {
		if (m.start > 0 && text[m.start - 1] === '团' && m.agencyName?.endsWith('委') && (m.start === 1 || CHAR_CLASS[text.charCodeAt(m.start - 2)] & CLAUSE || !isHan(text[m.start - 2]))) {
			m.start -= 1;
			m.agencyName = '团' + m.agencyName;
			m.agencyKey = null;
			m.kind = 'org';
			m.explicitOrg = true;
		}
	}
	// 尼木县委、县政府把藏香作为特色产业, 当雄县委县政府: a place's party committee and government acting together are
	// the place itself, as people speak of the county doing something
	for (let k = mentions.length - 1; k >= 0; k--) {
		const a = mentions[k];
		const own = a.agencyName ? COMMITTEE_AND_GOVERNMENT.exec(a.agencyName) : null;
		const b = mentions[k + 1];
		const pair = !own && a.agencyName && b?.agencyName && /^.{2,6}[县区市]委$/u.test(a.agencyName) && (a.end === b.start || COORDINATORS.has(text.slice(a.end, b.start)))
			&& [a.agencyName.slice(0, -1), a.agencyName.slice(-2, -1)].some((p) => b.agencyName === p + '政府' || b.agencyName === p + '人民政府');
		if (!own && !pair) continue;
		const placeName = own ? own[1] : a.agencyName!.slice(0, -1);
		if (pair) {
			a.end = b.end;
			mentions.splice(k + 1, 1);
		}
		Object.assign(a, { agencyName: placeName, agencyKey: placeName, agencyLevel: PLACE_AGENCY_LEVEL[a.place?.level ?? ''] ?? a.agencyLevel });
	}
	// 武警拉萨支队: the armed police's unit of a place, named with the force before the place
	for (const m of mentions) {
		if (m.start >= 2 && m.agencyName && text.startsWith('武警', m.start - 2) && /(?:支队|大队|中队|总队)$/u.test(m.agencyName)) {
			m.start -= 2;
			m.agencyName = '武警' + m.agencyName;
			m.agencyKey = null;
			m.kind = 'org';
			m.explicitOrg = true;
		}
	}
	// skip anything inside a title of a work (《拉萨市政府购买残障儿童托幼服务合作协议》) or the byline (拉萨融媒讯(记者…))
	const by = BYLINE_LEAD.exec(text);
	if (by) inBook.push([0, by[0].length]);
	const kept = mentions.filter((x) => !inBook.some(([a, b]) => x.start >= a && x.end <= b));
	// (以下简称市医保局): the body before it takes the short name, and the name inside is no mention of its own
	if (declared && text.includes('简称')) {
		for (let k = 0; k < kept.length; k++) {
			const m = kept[k];
			const d = m.agencyName ? DECLARED_SHORT.exec(text.slice(m.end, m.end + 20)) : null;
			if (!d) continue;
			const close = m.end + d[0].length;
			while (k + 1 < kept.length && kept[k + 1].start < close) kept.splice(k + 1, 1);
			declared.push({ name: d[1], like: m });
		}
	}
	markRoles(text, kept, isTitle);
	return { mentions: kept, kws };
}

/** what goods do at a place they pass through: 经综合保税区出口 */
const VIA_AFTER = /^(?:出口|进口|出境|入境|中转|转运|运往|发往|销往|运抵)/u;

/** the units a bureau or a detachment is divided into */
const SUB_UNIT = /(?:分局|支队|大队|中队|派出所|调查队)$/u;

/** bodies that produce and sell rather than govern or serve */
const ECONOMIC_UNIT = /(?:合作社|公司|集团|厂|农场|牧场|基地)$/u;

const NO_LEARNED: readonly LearnedName[] = [];
const COMPANY_LEGAL = /(?:股份)?有限(?:责任)?公司$/u;
const COMPANY_REGION = /^(?:西藏自治区|西藏|拉萨市|拉萨)/u;
const LEARN_FROM_LEVELS = new Set(['street', 'town', 'township', 'district', 'zone', 'county']);
const COUNTY_LEVELS = new Set(['district', 'zone', 'county']);

/**
 * What a block taught the article: declared short names, and unlisted communities and villages named after their
 * street or township (城关区夺底街道维巴社区), which later stand bare (维巴社区投入资金…). Bare names of two characters
 * (蔡村) are left out: too many ordinary words end in 村.
 */
function learnNames(mentions: readonly Mention[], declared: readonly LearnedName[], learned: LearnedName[], renamed: Map<string, string>) {
	const add = (name: string, like: Mention, as?: string) => {
		if (!learned.some((l) => l.name === name)) learned.push({ name, like, as });
	};
	for (const d of declared) {
		const full = d.like.agencyName!;
		d.like.agencyKey ??= full;
		d.like.agencyName = d.name;
		if (full !== d.name) renamed.set(full, d.name);
		add(d.name, d.like);
	}
	for (const m of mentions) {
		// 西藏康桑木艺有限公司 … 康桑木艺负责人说: a company is called by its brand, its name without region and legal form
		// (reported under the company's name, so one body keeps one name)
		if (m.kind === 'org' && m.agencyName && m.anaphor === null && COMPANY_LEGAL.test(m.agencyName)) {
			const brand = m.agencyName.replace(COMPANY_REGION, '').replace(COMPANY_LEGAL, '');
			if (brand.length >= 4 && brand.length <= 8 && /^[\u4e00-\u9fff]+$/u.test(brand) && !GENERIC_NAME.test(brand)) add(brand, m, m.agencyName);
			continue;
		}
		if (m.kind !== 'place' || m.agencyLevel !== '村社区' || !m.place || !m.agencyName || !LEARN_FROM_LEVELS.has(m.place.level)) continue;
		const at = m.agencyName.lastIndexOf(m.place.name);
		const tail = at >= 0 ? m.agencyName.slice(at + m.place.name.length) : '';
		if (tail.length >= 3) add(tail, m);
	}
}

/** The block's mentions with every occurrence of a learned name added, replacing shorter mentions inside it. */
function withLearned(text: string, mentions: Mention[], learned: readonly LearnedName[]): Mention[] {
	let out = mentions;
	for (const { name, like, as } of learned) {
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
			const end = at + name.length;
			// (a longer name around it, 维巴社区居委会 found whole, or one crossing its edge, stays)
			if (out.some((x) => x.start < end && x.end > at && (x.start < at || x.end > end))) continue;
			const m = emptyMention(at, end, like.kind);
			Object.assign(m, { place: like.place, district: like.district, agencyName: as ?? name, agencyLevel: like.agencyLevel, agencyKey: like.agencyKey ?? like.agencyName, explicitOrg: like.explicitOrg, regionOnly: like.regionOnly });
			out = out.filter((x) => x.end <= at || x.start >= end);
			out.push(m);
		}
	}
	if (out !== mentions) out.sort((a, b) => a.start - b.start);
	return out;
}

/** longest mention the overlap checks look back over: a body's name with its place prefixes (拉萨市城关区八廓街道…党总支) */
const MAX_MENTION = 48;

/** Is the last character before se inside a mention that reaches se or beyond (so a suffix there is part of it)? */
function coveredAt(byEnd: Map<number, Mention>, ss: number, se: number): boolean {
	for (let e = se; e <= se + MAX_MENTION; e++) {
		const x = byEnd.get(e);
		if (x) return x.start < se && x.end > ss;
	}
	return false;
}

/** Does any mention overlap [a, b)? Mentions do not overlap one another, so the first one ending after a decides. */
function overlapsAny(byEnd: Map<number, Mention>, a: number, b: number): boolean {
	for (let e = a + 1; e <= b + MAX_MENTION; e++) {
		const x = byEnd.get(e);
		if (x) return x.start < b;
	}
	return false;
}

function isAncestor(ref: Reference, anc: Place, p: Place): boolean {
	let cur: Place | undefined = p;
	for (let depth = 0; cur && cur.parent && depth < 12; depth++) {
		if (cur.parent === anc.name) return true;
		cur = ref.placeByName.get(cur.parent);
	}
	return false;
}

function emptyMention(start: number, end: number, kind: MentionKind): Mention {
	return {
		start, end, kind, place: null, district: null, agencyName: null, agencyLevel: null, agencyKey: null,
		explicitOrg: false, actor: false, notSite: false, regionOnly: false, objectVerb: false, actsAfter: false, source: false, reporter: false, anaphor: null, countyRef: 0, speakerTag: false, group: -1, localGov: false, repeat: false, scene: false
	};
}

function placeMention(p: Place, start: number, end: number, text: string): Mention {
	const m = emptyMention(start, end, 'place');
	m.place = p;
	m.district = p.district;
	m.regionOnly = p.level === 'region';
	// a named site (布达拉宫, 纳木错) places only the figures of its own clause (see landmarkIn): elsewhere it is a
	// sight passed, visited or compared, and the sentence, paragraph and article keep their own place
	if (p.level === 'landmark') m.notSite = true;
	if (ACTING_PLACE_LEVELS.has(p.level)) {
		// 当雄 and 达孜 cut short are 当雄县 and 达孜区 acting
		const span = text.slice(start, end);
		m.agencyName = span !== p.name && p.name.startsWith(span) ? p.name : span;
		m.agencyLevel = PLACE_AGENCY_LEVEL[p.level] ?? null;
	}
	return m;
}

function agencyMention(ref: Reference, a: Agency, start: number, end: number, text: string): Mention {
	const m = emptyMention(start, end, 'agency');
	const p = a.place ? ref.placeByName.get(a.place) ?? null : null;
	m.place = p;
	m.district = a.district;
	m.regionOnly = p?.level === 'region';
	m.agencyName = text.slice(start, end);
	m.agencyLevel = a.level;
	m.agencyKey = a.name;
	m.explicitOrg = true;
	return m;
}

function levelFromName(name: string, place: Place | null, suffix: string): string | null {
	if (/(公司|集团)$/u.test(suffix)) return '企业';
	if (place) return PLACE_AGENCY_LEVEL[place.level] ?? null;
	if (/^(团?市|拉萨)/u.test(name)) return '市';
	if (/^(团?[县区])/u.test(name)) return '县区';
	if (/^[乡镇]/u.test(name)) return '乡镇';
	if (/^(自治区|西藏)/u.test(name)) return '自治区';
	return null;
}

/** Finds the left edge of an organisation ending in a suffix at [ss, se), or null if it is a generic noun. */
function recogniseOrg(ref: Reference, text: string, byEnd: Map<number, Mention>, ss: number, se: number, suffix: string): Mention | null {
	// walk left over name characters
	let i = ss;
	const limit = Math.max(0, ss - 18);
	let attached: Mention | null = null;
	while (i > limit) {
		const prev = byEnd.get(i);
		if (prev) {
			attached = prev;
			break;
		}
		const ch = text[i - 1];
		if (!(isHan(ch) || ch === '“' || ch === '”' || /[A-Za-z]/u.test(ch))) break;
		// 林业和草原局, 政务服务和数据管理局: a 和 inside a body's name, known from the tables or shaped like one
		if (STOP_CHARS.has(ch) && !(ch === '和' && (andCompounds(ref).has(text.slice(i - 3, i - 1) + '和' + text.slice(i, ss)) || andInName(text, i, ss)))
			&& !NAME_WORDS_WITH_STOP.some((w) => { const k = w.indexOf(ch); return k >= 0 && text.startsWith(w, i - 1 - k); })) break;
		i--;
	}
	// ”市燃气公司: a closing quote before a name ends the quotation, it does not open the name; 探索“合作社+…”: a quotation
	// opened inside the span and not closed before the suffix starts the name after it
	while (i < ss && text[i] === '”') i++;
	const open = lastIndexWithin(text, '“', i, ss);
	if (open >= 0 && indexWithin(text, '”', open, ss) < 0) i = open + 1;
	let start = i;
	let objectVerb = false;
	let place: Place | null = null;
	let base: Mention | null = null;
	// 共有牧民专业合作社9家: a kind being counted, not a body's name
	if (COUNTED_AFTER.test(text.slice(se, se + 6))) return null;
	// 政协组织部分委员: 组织 (organised) and 部分 (some), not a party committee's department (but 县委组织部分三批…
	// is the department, in three batches); 政协委员: a member
	if (suffix === '组织部' && text[se] === '分' && !/^[一二两三四五六七八九十\d０-９]/u.test(text.slice(se + 1, se + 2))) return null;
	if (suffix === '政协' && text.startsWith('委员', se) && !text.startsWith('委员会', se)) return null;
	// 西藏某某建材有限公司办公室主任: a company's office in a speaker's title is the company speaking
	if (suffix === '办公室' && attached && /(?:公司|集团)$/u.test(attached.agencyName ?? '')) return null;
	// 作政府工作报告, 审议县政府工作报告: a document's name, not a body (县人民政府作… still names one)
	if (suffix === '政府' && text.startsWith('工作报告', se)) return null;
	// 中小学生运动会, 返乡大学生, 资助大学新生: students, not a school; 集中学习: a verb, not a middle school
	if (suffix.endsWith('学') && /^(?:生|习|新生|毕业|本科|预科|入学|录取)/u.test(text.slice(se, se + 2))) return null;
	// (春堆乡第五届“红旗党支部”: a title in quotation marks after a place is an award, not the place's body; 某村 is
	// no village named, though 西藏某新能源有限公司 is a company whose name was withheld)
	if (attached && (attached.anaphor || ATTACH_BREAK.test(companyTrade(text.slice(attached.end, ss), suffix).replace(BUREAU_NAME_WORDS, '').replace(SERVICE_NOUN, '')) || PERSON_IN_NAME.test(text.slice(attached.end, ss))
		|| /“|某[村乡镇社]/u.test(text.slice(attached.end, ss)))) return null;
	if (attached) {
		// chain further left over adjacent places/bodies: 城关区八廓街道鲁固社区党总支
		start = attached.start;
		place = attached.place;
		base = attached;
		for (;;) {
			const prev = byEnd.get(start);
			if (!prev) break;
			start = prev.start;
			place = finer(prev.place, place);
		}
		// 西藏净土曲水农产品加工有限公司: a place and a few name characters may stand before the chain
		let k = start;
		while (k > Math.max(0, start - 4) && !byEnd.get(k) && isHan(text[k - 1]) && !STOP_CHARS.has(text[k - 1])) k--;
		const lead = byEnd.get(k);
		if (k < start && lead && lead.kind === 'place' && !ATTACH_BREAK.test(text.slice(k, start)) && !APPOSITIVE_KIND.test(text.slice(k, start))) start = lead.start;
		// 记者从人行拉萨中心支行获悉: a short name part between a source's cue and the place is part of the name
		else if (k < start && !lead && start - k <= 2 && k > 0 && SOURCE_CUE.has(text[k - 1])) start = k;
		// 江苏援藏墨竹工卡县工作组: an aid partner's name before a place, opening the clause, is part of the body's name
		else if (k < start && !lead && (k === 0 || CHAR_CLASS[text.charCodeAt(k - 1)] & CLAUSE) && /援/u.test(text.slice(k, start))) start = k;
		// 政协拉萨市第十二届委员会, 中共尼木县委员会: the body's kind written before its place is part of its name
		else if (BODY_KIND_BEFORE.test(text.slice(Math.max(0, start - 3), start))) start -= text.startsWith('共青团', start - 3) ? 3 : 2;
		// 农业银行拉萨分行, 人保财险拉萨市分公司: the parent's name before the branch's place is part of the branch's
		else {
			const brand = PARENT_BRAND.exec(text.slice(Math.max(0, start - 10), start));
			let from = start - (brand?.[0].length ?? 0);
			// (记者从人保财险…: the name starts after the last function word)
			for (let q = start - 1; brand && q >= from; q--) if (STOP_CHARS.has(text[q])) { from = q + 1; break; }
			if (brand && (start - from >= 4 || (start - from === brand[0].length && SHORT_BRAND.test(brand[0]))) && (from === 0 || CHAR_CLASS[text.charCodeAt(from - 1)] & CLAUSE || SOURCE_CUE.has(text[from - 1]))) start = from;
			// (记者从昆仑能源拉萨分公司获悉: a branch named as a source keeps its parent's name, whatever its trade)
			else if (!brand && BRANCH.test(suffix) && /分(?:公司|行)$|支行$/u.test(text.slice(Math.max(0, se - 3), se))) {
				let q = start;
				while (q > Math.max(0, start - 8) && isHan(text[q - 1]) && !STOP_CHARS.has(text[q - 1])) q--;
				if (q < start - 1 && q > 0 && SOURCE_CUE.has(text[q - 1])) start = q;
			}
		}
	} else {
		// 该公司, 该局, 该派出所: points back at the last body named with this suffix; prepare() resolves it
		// 公司年加工青稞4000吨: the bare kind opening a clause points back the same way
		const pointed = ss > 0 && text[ss - 1] === '该';
		// 这个合作社成立于2016年: 这个, 这家 point back as 该 does
		if (ss >= 2 && THIS_ONE.test(text.slice(ss - 2, ss))) {
			const m = emptyMention(ss - 2, se, 'org');
			m.anaphor = suffix;
			m.explicitOrg = true;
			return m;
		}
		if (start === ss && (pointed || (BARE_ANAPHOR.has(suffix) && opensClause(clauseBefore(text, ss))))) {
			const m = emptyMention(pointed ? ss - 1 : ss, se, 'org');
			m.anaphor = suffix;
			m.explicitOrg = true;
			return m;
		}
		// 县长罗布顿珠代表县人民政府作报告: the body a report is made for starts after 代表, whoever stands before it;
		// 村“两委”牵头成立吞巴藏香农民专业合作社: a body founded starts after the verb that founds it
		const rep = text.lastIndexOf('代表', ss - 1);
		if (rep >= start && rep + 2 < ss) start = rep + 2;
		const founded = FOUNDING_IN_SPAN.exec(text.slice(start, ss));
		if (founded && founded.index + founded[0].length < ss - start - 1) {
			start += founded.index + founded[0].length;
			objectVerb = true;
		}
		// strip leading verbs and adverbs: 联合市人社局 is handled by the table; 组织金牛石油党支部 is not
		let span = text.slice(start, ss);
		for (let guard = 0; guard < 4; guard++) {
			const lead = LEAD_RE.exec(span);
			if (!lead) break;
			if (lead[0].length === span.length) {
				// 去年年底合作社分红…, 都不相信合作社能赚钱: the bare kind after time words or a verb points back too
				if (!BARE_ANAPHOR.has(suffix)) return null;
				const m = emptyMention(start, se, 'org');
				m.anaphor = suffix;
				m.explicitOrg = true;
				inParagraphOnly.add(m);
				return m;
			}
			if (VERB_SET.has(lead[0])) objectVerb = true;
			start += lead[0].length;
			span = span.slice(lead[0].length);
		}
		// 该县应急管理局: the county pointed back at, and its bureau
		const countyRef = start > 0 && text[start - 1] === '该' && (span[0] === '县' || span[0] === '区') && span.length >= 2;
		if (countyRef) {
			const m = emptyMention(start - 1, se, 'org');
			m.agencyName = text.slice(start - 1, se);
			m.agencyLevel = '县区';
			m.explicitOrg = true;
			m.countyRef = 2;
			return m;
		}
		// 把发展农牧民专业合作社作为抓手: a kind of body as what is grown or founded, not one body's name
		if (KIND_AS_OBJECT.test(span)) return null;
		// 新改扩建中小学27所, 建成幼儿园: what is built, not a body (建设银行 is a name)
		if (BUILT_AS_OBJECT.test(span)) return null;
		const namePart = span.replace(/[“”]/gu, '');
		// 县长罗布顿珠作政府工作报告: an officer's title and name, then a verb, is no body's name; nor is a verb
		// phrase with an aspect particle (一起牵着孩子走出法院)
		if (PERSON_IN_NAME.test(namePart) || /[着了]/u.test(namePart)) return null;
		// 区发改委, 县人民医院, 镇派出所: the level alone names the body of the place the text is about
		// (街道党工委, 街道办事处: the street's own, named by its kind; prepare() names the street)
		const ownLevel = (namePart.length === 1 && LEVEL_PREFIX.has(namePart) && COMPLETE_BODY.has(suffix)) || (namePart === '街道' && TOWN_BODY.test(namePart + suffix));
		// 村党支部, 驻村工作队: the village's own branch or work team, named by its kind in a story about one village
		const ownVillageBody = VILLAGE_BODY.has(namePart + suffix);
		if ((namePart.length < 2 && !ownLevel && !ownVillageBody) || (!ownVillageBody && !ownLevel && (GENERIC_NAME.test(namePart) || ATTACH_BREAK.test(companyTrade(namePart, suffix).replace(SERVICE_NOUN, '').replace(BUREAU_NAME_WORDS, ''))))) return null;
		// 三个派出所, 多家企业: a count, not a name (but 八廓派出所 is named after a place)
		if (/^[一二两三四五六七八九十百千万几多]+(?:[个家所名支批座处条项类级]|$)/u.test(namePart)) return null;
		// 要跑好几家医院, 建了多所幼儿园: a count inside the span is no name either; 市级医院, 村级幼儿园: a grade of body, not one
		if (/(?:好几|几|多)[家所个座]/u.test(namePart) || /级$/u.test(namePart)) return null;
		// 分三批发放政府消费券: a count and a verb before the suffix, not a name
		// (an ordinal is part of a name: 北京市第十批援藏医疗队)
		if (/[一二两三四五六七八九十百千万\d０-９][批个次名家项期轮]|发放|拨付|兑现/u.test(namePart.replace(ORDINAL_IN_NAME, ''))) return null;
		// 全区农牧民专业合作社, 约占全市法院…: every body of a kind in the place, not one body
		if (/全[区县市乡镇村州]/u.test(namePart)) return null;
		// 3个垃圾转运站: a counted thing, not a body
		if (start > 0 && /[\d０-９一二两三四五六七八九十百千万][个家所座处名支批]?$/u.test(text.slice(Math.max(0, start - 3), start))) return null;
		if (suffix === '站') return null;
		// (江苏援藏医疗队: an aid team is named by its province and 援藏, however short)
		// (市急救中心, 县农机推广站: a level and a name of two or more characters name the body of the place too)
		const levelNamed = namePart.length >= 3 && LEVEL_PREFIX.has(namePart[0]) && !/^.[区城里内外级域乡镇]/u.test(namePart);
		// (市人才服务中心, 市公共就业服务中心: a level and a word of its own besides the generic ones name the body of the place)
		const ownWord = levelNamed && namePart.slice(1).replace(GENERIC_WEAK_PARTS, '').length >= 2;
		// (工卡镇的邦典编织工坊: a short name after its place and 的 is that place's body, as 工卡镇邦典编织工坊 is)
		// (a team or a workshop: 城关区的种植基地, 街道的服务中心 are facilities of a kind, not named bodies)
		const placed = PEOPLE_WEAK.has(suffix) && start > 1 && text.charCodeAt(start - 1) === 0x7684 && byEnd.get(start - 1)?.kind === 'place' && namePart.length >= 2;
		// (“罗布唐卡画坊”: a short name in quotation marks is a proper name, a workshop's or a troupe's own)
		// (开展“绿色学校”创建活动, 被评为市级“绿色学校”: a title bodies are given, not one body)
		const quoted = text.charCodeAt(start - 1) === 0x201c && text.charCodeAt(se) === 0x201d && namePart.length >= 2
			&& !QUOTED_TITLE_AROUND.test(text.slice(Math.max(0, start - 5), start - 1) + '|' + text.slice(se + 1, se + 5));
		if (WEAK.has(suffix) && !ownVillageBody && ((namePart.length < 5 && !levelNamed && !placed && !quoted && !/援/u.test(namePart)) || (GENERIC_WEAK_PART.test(namePart) && !ownWord))) return null;
		if (suffix === '局' && namePart.length < 2) return null;
		// 驻村工作队员, 党支部委员: a member of the body, not the body (students and 学习 are left out above)
		if (text[se] === '员') return null;
		// 跟着技术员学会: learned, not a learned society
		if (suffix === '学会' && /[着了都也就能要会]/u.test(namePart)) return null;
		// 出发大厅, 餐厅, 展厅: a hall, not a provincial department
		if (suffix === '厅' && /[大餐展客门舞歌]$/u.test(namePart)) return null;
	}
	const inner = text.slice(base ? base.end : start, ss);
	if (base && WEAK.has(suffix) && GENERIC_WEAK_PART.test(inner) && !(base.kind === 'place')) return null;
	// 达孜区一家奶制品合作社: one body of a kind in a place, its name not given
	if (base && /^[一二两三四五六七八九十几多][个家所座支名]/u.test(inner)) return null;
	// 柳梧新区义务教育阶段学校, 农村中小学校: a kind of school, not one school's name
	if (suffix === '学校' && /(?:阶段|各类|各级|中小|公办|民办|农村|寄宿|所有|其他|普通)/u.test(inner)) return null;
	const m = emptyMention(start, se, 'org');
	const name = text.slice(start, se);
	m.place = place ?? (base?.place ?? null);
	m.district = base ? base.district : m.place?.district ?? null;
	if (!m.district && /^市/u.test(name)) m.district = HOME_CITY;
	m.regionOnly = m.place?.level === 'region' && !base?.district;
	if (m.regionOnly) m.district = null;
	// (政协拉萨市第十二届委员会 is 政协拉萨市委员会 in every term: the term's ordinal is no part of the body's name)
	m.agencyName = suffix === '委员会' || suffix === '人大常委会' ? name.replace(TERM_ORDINAL, '') : name;
	m.agencyLevel = base && base.kind !== 'place' ? base.agencyLevel : levelFromName(name, m.place, suffix);
	if (base && base.kind === 'agency' && base.agencyLevel === '企业') m.agencyLevel = '企业';
	m.agencyKey = null;
	m.explicitOrg = true;
	m.objectVerb = objectVerb;
	// 县住建局, 区人民医院: the office of the county the text is about, named by the county's kind
	if (!base && !m.district && /^[县区](?![域城级里内外])/u.test(name)) m.countyRef = 1;
	return m;
}

/**
 * The 和 inside bodies' names (文化和旅游局 → 文化和旅游): two characters before it and what follows it up to the
 * suffix, from the full names in agencies.csv, so that a name is not cut at its 和 as a list is.
 */
function andCompounds(ref: Reference): Set<string> {
	let set = andCompoundCache.get(ref);
	if (!set) {
		set = new Set();
		for (const a of ref.agencies) {
			const suffix = SUFFIX_LIST.filter((x) => a.full_name.endsWith(x)).sort((x, y) => y.length - x.length)[0];
			if (!suffix) continue;
			const body = a.full_name.slice(0, -suffix.length);
			for (let k = body.indexOf('和'); k >= 2; k = body.indexOf('和', k + 1)) set.add(body.slice(k - 2, k) + '和' + body.slice(k + 1));
		}
		andCompoundCache.set(ref, set);
	}
	return set;
}
const andCompoundCache = new WeakMap<Reference, Set<string>>();

/**
 * 政务服务和数据管理局: two fields of work joined by 和 before one suffix. Not a list of bodies: the part after 和 is 2–6
 * characters and names no level or place (市公安局和市交通局), and the part before does not end a body (…局和…).
 */
function andInName(text: string, after: number, ss: number): boolean {
	const b = text.slice(after, ss);
	const a = text.slice(Math.max(0, after - 3), after - 1);
	return b.length >= 2 && b.length <= 6 && !/^[市县区乡镇村省州]/u.test(b) && !/[区县市乡镇村]/u.test(b)
		&& a.length === 2 && isHan(a[0]) && isHan(a[1]) && !BODY_END.test(a[1]);
}
const BODY_END = /[局委办院所部厅会队站处司社团]/u;
/** verbs that are words of a bureau's name (城市建设管理局, 住房和城乡建设局), not a verb ending the name before them */
const BUREAU_NAME_WORDS = /(?:城乡|城市|开发)建设(?=(?:和|与)?管理|局|委|厅|中心)|建设(?:和|与)?管理(?=局|委|处|中心|站)/gu;
/** 西藏某环境服务有限公司, 绿源服务公司: 服务 before a company's legal form is the trade it names, not a verb */
const COMPANY_SERVICE = /服务(?=(?:股份)?(?:有限)?(?:责任)?$)/u;
const companyTrade = (span: string, suffix: string) => (suffix.endsWith('公司') || suffix === '集团' ? span.replace(COMPANY_SERVICE, '') : span);
/** 政务服务和数据管理局: 服务 in a field of work is a noun, not the verb that ends a name */
const SERVICE_NOUN = /(?:政务|公共|便民|社会|养老|综合|就业|法律|卫生|医疗|健康|人才|金融|科技|文化)服务/gu;
const ORDINAL_IN_NAME = /第[一二两三四五六七八九十百\d０-９]+[批届次期轮个]/gu;
/** bare kinds after time words (今年合作社…) that point back only at a body of their own paragraph: across paragraphs they mean every body of the kind */
const inParagraphOnly = new WeakSet<Mention>();
/** a verb of growing or founding bodies and a kind's generic words before its suffix: 发展农牧民专业合作社, 领办合作社 */
const KIND_AS_OBJECT = /^(?:发展|壮大|扶持|领办|创办|兴办|新办|组建|培育|规范)(?:壮大)?(?:各类|新型)?(?:农牧民|农民|牧民)?(?:专业)?$/u;
const BUILT_AS_OBJECT = /^(?:新改扩建|新改建|改扩建|新建|改建|扩建|建成|修建|改造|提升)/u;
const ROUTE_AFTER = /^(?:大桥|大道|隧道)/u;
/** 镇政府, 乡卫生院, 镇派出所: a body named by a town's kind alone */
const TOWN_BODY = /^(?:[镇乡](?:人民)?(?:政府|党委|卫生院|派出所|综治中心|社保服务站|文化站|中心小学|中学)|街道(?:党工委|工委|办事处))$/u;
/** words of a weather reading: how much rain or snow fell or will, how deep, how cold, how windy */
// (风力灭火机 and 风力发电 are machines and plants, not a wind reading)
const WEATHER_READING = /降雪量|降雨量|降水量|积雪深度|积雪|雪深|最低气温|最高气温|平均气温|风力(?!灭火|发电)|阵风/u;
const THIS_ONE = /^(?:这个|这家|这所|这支|这座)$/u;
/** a person's title followed by more of the span (their name): 县长罗布顿珠作政府, 书记扎西主持召开… */
const PERSON_IN_NAME = /(?:县长|市长|区长|乡长|镇长|村长|书记|局长|主任|院长|校长|所长|站长|部长|厅长|主席|经理|理事长|董事长|馆长)\p{Script=Han}/u;
/** 合作社9家: the figure after a kind counts bodies of that kind */
const COUNTED_AFTER = /^[\d０-９一二两三四五六七八九十百千]+(?:余|多)?[家个所座支处]/u;
/** the key a bare 社区 is resolved under: any community, listed or learned (该社区 looks for listed ones only) */
const BARE_COMMUNITY = '社区*';
/** 社区共安置…, 社区还成立了…: a bare 社区 opening a clause, then acting (not 社区居委会, 社区居民) */
const BARE_COMMUNITY_NEXT = /^(?:共|还|已|先后|目前|今年|累计|现有|又|也|将|积极|组织|开展|建立|成立|投入|新建|为|通过|依托|聘请|组建|设立|配备|推行|实行|建成|创建|制定|引进|举办|召开|开设|发放|筹集|整合|打造|[，,])/u;
/** kinds of body that, standing bare at the start of a clause, mean the one of that kind named before */
const BARE_ANAPHOR = new Set(['公司', '合作社', '集团', '医疗队', '基地', '学院', '医院', '卫生院', '幼儿园', '福利院', '养老院', '敬老院', '图书馆', '博物馆']);
/** a parent company's name that stands before its branch's place: 农业银行拉萨分行, 中国邮政储蓄银行墨竹工卡县支行 */
const BRANCH = /^(?:公司|分行|支行)$/u;
const OWN_SESSION_AFTER = /^(?:第[一二三四五六七八九十]+次)?(?:全体|常委|全委|扩大)?(?:会议|大会)/u;
const TERM_ORDINAL = /第?[一二三四五六七八九十]+届/u;
const HOTLINE_BODY = /(?:拉萨市|市)?\d{5}(?:市民|政务服务便民|便民|政务)?热线(?:服务中心|中心|工作专班)?/gu;
/** a body scanBlock made from HOTLINE_BODY: a line others own or report on */
const isHotline = (m: Mention) => m.kind === 'org' && m.agencyName !== null && m.agencyName.includes('热线');
const HOTLINE_NOT_BODY_BEFORE = /(?:[由经向到过打和与及的或]|通过)$/u;
const BODY_KIND_BEFORE = /(?:政协|中共|共青团)$/u;
const PARENT_BRAND = /(?:[\u4e00-\u9fff]{2,8}(?:银行|财险|人寿|保险|移动|联通|电信|邮政)|国网|国家电网)$/u;
/** parents whose short name is shorter than a branch's usual prefix (国网尼木县供电公司: the State Grid's county company) */
const SHORT_BRAND = /^(?:国网|国家电网)$/u;

/** (据运营方拉萨文投公司介绍: the body may stand after its role in the work) */
const SOURCE_BEFORE = /(?:从|据|由)(?:运营方|主办方|承办方|运营单位|主办单位|承办单位|牵头单位|主管部门|建设单位|施工单位|项目方)?$/u;
const SOURCE_CUE = new Set(['从', '据', '由']);
/** the source verb may follow the body directly or its spokesperson (据区发改委相关负责人介绍, 据县统计局局长张三介绍) */
const SOURCE_AFTER = /^[^，,。；;：:“”"\n]{0,12}?(?:获悉|了解到|得知|介绍|统计|数据|显示|预报|监测|测产|测算|消息|透露|公布|发布|通报|主办|承办)/u;
const DATA_SHOWS = /^[^，,。；;]{0,8}?(?:数据|监测|统计|调查|普查)(?:结果)?显示|^据(?:统计|监测|调查|测算)/u;
 /** a body's officer by title and name, as the text introduces them (…卫生健康委，主任次仁旺堆给记者…) */
const SPEAKER_AFTER = /^[的，,、]?(?:党组|党委)?(?:副书记、)?(?:常务)?副?(?:主任|局长|书记|院长|校长|所长|站长|队长|部长|负责人|经理|董事长|理事长|主席|社长|馆长|园长|队员|医生|民警)[，,]?\s*(\p{Script=Han}{2,4}?)(?=[给说在向对带正也还就从，,。：:]|表示|介绍|告诉|接着|首先|随后|最后|发布|通报|$)/u;
/** the speaker after a quotation (”次仁旺堆说) or before an answer (格桑顿珠：…) */
const QUOTE_SPEAKER = /^[”"」][，,]?\s*(\p{Script=Han}{2,4}?)(?:说|表示|介绍|告诉记者|坦言|笑着说|补充说|算了一笔账)/u;
const ANSWER_SPEAKER = /^(\p{Script=Han}{2,4})[：:]/u;
const INTERVIEW = /^[—－-]*\s*(?:专访|访)/u;
/** an interviewer's question (记者：…): no figures of the interviewee's */
const QUESTION = /^(?:记者|本报记者|问)[：:]/u;
const REPORT_BEFORE = /代表$/u;
const ENTRUSTED_REPORT_AFTER = /^委托[，,]?[^。；;：:“”"\n]{0,20}?作[^，,。；;：:“”"\n]{0,10}?报告/u;
const REPORT_AFTER = /^(?:向[^，,。；;：:“”"\n]{0,10}?)?作[^，,。；;：:“”"\n]{0,10}?报告/u;
const YARDSTICK_BEFORE = /(?:高于|低于|位居|居|位列|领先|超过|占|排名)$/u;
const YARDSTICK_AFTER = /^(?:的?平均(?:水平|值|数|增速|标准)|前列|第[一二三四五六七八九十\d]|首位|之首|排名|同期|总量|的比重|比重)/u;
/** 是全市海拔最高的乡之一: a superlative over a whole place ranks something in it (全市最低生活保障标准 is a term, not one) */
const SUPERLATIVE_AFTER = /^[^，,。；;、]{0,6}?最(?!低生活|低工资)/u;
/** 至纳木错, 到大昭寺, 去罗布林卡: a site travelled to */
const TOWARDS_BEFORE = /[至到往去赴抵]$/u;
const DELEGATE_AFTER = /^[^，,。；;]{0,8}?的(?:人大|政协|党代会)?(?:代表|委员)/u;
const SITE_TAIL = /^[\u4e00-\u9fff]{0,4}的(?![一某])/u;
/** 柳梧新区第二水厂, 当雄县羊八井光伏电站: a facility named after the place it stands in */
const SITE_FACILITY_AFTER = /^[\u4e00-\u9fff]{0,8}?(?:水厂|污水处理厂|电站|水库|公园|大桥|体育场|体育馆|体育中心|图书馆|博物馆|产业园|物流园|工业园|安置点|安置区|易地搬迁点)(?![\u4e00-\u9fff]{0,2}(?:局|委|办|中心|公司))/u;
/** 在城关区，… / 在当雄县的草场上，: a scene's place closes its phrase */
const SCENE_PLACE_END = /^[，,]/u;
const DESTINATION_BEFORE = /(?:(?:前|运|送|发|销|开|飞|驶|寄|返|通|转)往|分赴|来自|供应|满足|辐射|(?:运|送|卖|销售|发)到)$/u;
// (当雄县宁中乡一家牧民合作社负责人…说: a body left unnamed, 一家…, stands between the place and its spokesperson)
const SPOKESPERSON_AFTER = /^(?![^，,。；;：:“”"\n]{0,6}?(?:一家|一个|某))[^，,。；;：:“”"\n]{0,10}?(?:负责人|局长|主任|书记|部长|处长|科长|队长|站长|所长|院长|校长|工作人员|理事长|经理|董事长|发言人|教师|老师|班主任|组长|医生)(?:[^，,。；;：:“”"\n]{0,9}?|\p{Script=Han}{2,4}在[^，,。；;：:“”"\n]{2,12}?时)(?:介绍|表示|说|透露|告诉记者|坦言)/u;
/** 藏戏队演员次仁拉姆说 after a quotation: the rest of the speaker's tag */
const SPEAKER_TAG_AFTER = /^[^，,。；;：:“”"\n]{0,20}?(?:说|表示|介绍|告诉记者|笑着说|坦言)/u;
/** 党工委书记旦增说:“…: a speaker introduced to open a direct quotation */
const SPEAKER_QUOTES = /^[^，,。；;：:“”"\n]{0,16}?(?:说|表示|介绍|谈到|坦言|告诉记者)[:：，,]?\s*[“"]/u;
/** a cheap test first: most bodies are followed by no verb of speaking at all */
const SPEAKING = codeTable('说介表透坦告');
function speaksWithin(text: string, from: number, to: number): boolean {
	for (let i = from, e = Math.min(to, text.length); i < e; i++) if (SPEAKING[text.charCodeAt(i)]) return true;
	return false;
}
const FOLLOW_REACH = 24;
/** a news lede that opens on a quotation right after its dateline (拉萨融媒讯(记者…)“…？”) */
const OPENS_ON_QUOTE = /^[^“”。！？]{0,40}[)）][“"][^”"]*[。！？!?]?[”"]?$/u;
const ORGANISER_AFTER = /^(?:联合[^，,。；;：:“”"\n]{1,12}?)?(?:共同)?(?:举办|主办|承办)的/u;
const AGENT_BEFORE = /由$/u;
// (由国网拉萨供电公司投资2450万元建设, 由市商务局指导: who pays for or guides the work is who does it here)
const AGENT_AFTER = /^(?:(?:负责|具体|牵头|投资|出资)?(?:组织实施|实施|承建|建设|施工|执飞|运营|主办|承办|负责|指导)|投资|出资|牵头(?=[，,、；;])|牵头(?:抓总|负责))/u;
/** the last founding verb inside a span walked left from a suffix (…牵头成立吞巴藏香农民专业|合作社) */
const FOUNDING_IN_SPAN = new RegExp(`(?:${FOUNDING})(?!.*(?:${FOUNDING}))`, 'u');
const FOUNDED_BY = new RegExp(`(?:${FOUNDING})的$`, 'u');
const FOUNDED_JUST_BEFORE = new RegExp(`(?:${FOUNDING})了$`, 'u');
/**
 * The body founded in the sentence before the figure's clause (安置点成立了X合作社，养殖…), when no body stands before
 * it there: a founder named in the sentence (村两委…成立合作社，流转土地…) does what the later clauses count.
 */
function foundedBefore(text: string, sentMs: readonly Mention[], clauseStart: number): Mention | null {
	const first = sentMs.find((m) => m.agencyName);
	return first && first.end <= clauseStart && first.explicitOrg && FOUNDED_JUST_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start)) ? first : null;
}
const FOUNDED_BY_CLAUSE = new RegExp(`由?[^，,。；;：:]*?(?:${FOUNDING})的$`, 'u');
const COORDINATORS = new Set(['、', '和', '与', '及', '以及']);

/** Marks which mentions can be the acting body (not an object, not a source of orders) and which are examples of a set. */
function markRoles(text: string, mentions: Mention[], isTitle: boolean): void {
	let group = 0;
	for (let k = 0; k < mentions.length; k++) {
		const m = mentions[k];
		// “全国示范型退役军人服务站”达到6个: a body's kind in quotation marks, then counted, is a title bodies hold, not a body
		if (m.agencyName !== null && (m.kind === 'org' || m.kind === 'agency') && QUOTE_OPEN[text.charCodeAt(m.start - 1)] && QUOTED_TITLE_COUNTED.test(text.slice(m.end, m.end + 8))) {
			m.agencyName = null;
			m.notSite = true;
		}
		if (k > 0) {
			const prev = mentions[k - 1];
			const between = text.slice(prev.end, m.start);
			// 、/和/与 coordinate bodies that act together; 联合 or anything else starts a new group (a partner, an object)
			m.group = COORDINATORS.has(between) ? prev.group : ++group;
		} else m.group = ++group;
	}
	// per group: what stands before the first member and after the last
	const byGroup = new Map<number, Mention[]>();
	for (const m of mentions) {
		const g = byGroup.get(m.group);
		if (g) g.push(m);
		else byGroup.set(m.group, [m]);
	}
	// 工卡镇的吉祥合作社, 当雄县的雪域牧业公司: a place joined by 的 to a named body only says where the body is; the body
	// stands where the place stood (a bare kind, 县里的合作社, is no name and leaves the place as it was)
	const locatorOf = new Map<Mention, Mention>();
	for (let k = 1; k < mentions.length; k++) {
		const m = mentions[k];
		const prev = mentions[k - 1];
		if (m.kind === 'org' && m.explicitOrg && m.anaphor === null && m.agencyName !== null && (prev.kind === 'place' || prev.kind === 'city')
			&& prev.end + 1 === m.start && text.charCodeAt(prev.end) === 0x7684) locatorOf.set(m, prev);
	}
	const locators = new Set(locatorOf.values());
	for (const members of byGroup.values()) {
		const first = members[0];
		const lastMember = members[members.length - 1];
		// (拉萨市医疗保障局（以下简称“市医保局”）了解到: what follows the name follows its declared short name)
		const last = { end: lastMember.end + declarationAt(text, lastMember.end) };
		const locator = locatorOf.get(first);
		// (位于拉萨经开区的西藏某饲料有限公司年产…: 位于 only leads to the place that locates the body)
		const lead0 = locator ? locator.start - (LOCATED_IN.exec(text.slice(Math.max(0, locator.start - 3), locator.start))?.[0].length ?? 0) : first.start;
		const before = clauseBefore(text, lead0, isTitle);
		// the end-anchored patterns below look at the last characters only: on a whole clause the regex engine tried
		// every position
		const beforeTail = before.slice(-6);
		const after = text.slice(last.end, last.end + 8);
		const objectVerb = members.some((x) => x.objectVerb);
		// 其中堆龙德庆区860套、柳梧新区540套: a place heading its own share of a total just given is where, not who
		// (其中，墨竹工卡县完成86.5公里, 城关区改造29个、堆龙德庆区改造8个: a verb may stand between, a comma after 其中)
		// (…其中，城关区改造29个，堆龙德庆区改造8个: the next share after a comma, in the sentence of the 其中)
		const lead = text.slice(Math.max(0, first.start - 6), first.start);
		const breakdown = /^(?:\p{Script=Han}{1,4})?[\d０-９]/u.test(text.slice(last.end, last.end + 12)) && (/(?:其中[，,]?|、)$/u.test(lead)
			|| (/[\d０-９]\p{Script=Han}{0,3}[，,]$/u.test(lead) && /其中/u.test(text.slice(rangeAround(text, first.start, first.start, SENTENCE)[0], first.start))));
		// 由村党支部领办的雪域青稞种植专业合作社已发展社员186户: the body after its founder's modifier is the subject
		// (爱心企业西藏某乳业有限公司为福利院送来…, 曲水县招商引资企业…: a descriptor in apposition before the name is no
		// word before the subject)
		const opening = opensClause(FOUNDED_BY.test(beforeTail) ? before.replace(FOUNDED_BY_CLAUSE, '') : APPOSITIVE_BEFORE.test(before.slice(-16)) ? before.replace(APPOSITIVE_BEFORE, '') : before);
		// (尼木县某乡原党委委员罗某…: a place that only says where an unnamed official served, in a notice of cases)
		// 由市民政局牵头，市人社局、市财政局配合: the partners of a lead body do not act for the figures that follow
		const partner = PARTNER_AFTER.test(after) && /牵头/u.test(text.slice(rangeAround(text, first.start, first.start, SENTENCE)[0], first.start));
		const notActor = objectVerb || breakdown || partner || !opening || locators.has(lastMember) || FOLLOW_NOT_ACTOR.test(after) || (text.charCodeAt(last.end) === 0x67d0 && ANONYMOUS_OFFICIAL_AFTER.test(text.slice(last.end, last.end + 16)));
		// the body a figure is reported by counts as its agency too: 记者从市统计局获悉, 据市人社局介绍, 由…主办
		// …据市医保局数据 / 城关区商务局相关负责人介绍: a body that gives the figures, or whose spokesperson does
		const spokesperson = speaksWithin(text, last.end, last.end + FOLLOW_REACH) && SPOKESPERSON_AFTER.test(text.slice(last.end, last.end + FOLLOW_REACH));
		// 在曲水县人社局联合县总工会举办的招聘会上: the body that holds the event the figures count
		const organiser = ORGANISER_AFTER.test(text.slice(last.end, last.end + FOLLOW_REACH));
		// 市长代表市人民政府向大会作政府工作报告: the body a report is made for gives the report's figures
		// (受市人民政府委托，市长…向大会作政府工作报告: the body that entrusts the report is the one it is made for)
		const reporter = (REPORT_BEFORE.test(beforeTail) && REPORT_AFTER.test(text.slice(last.end, last.end + FOLLOW_REACH)))
			|| (/受$/u.test(beforeTail) && ENTRUSTED_REPORT_AFTER.test(text.slice(last.end, last.end + 32)));
		const source = (SOURCE_BEFORE.test(beforeTail) && SOURCE_AFTER.test(text.slice(last.end, last.end + FOLLOW_REACH))) || spokesperson || organiser || reporter;
		// 该项目总投资1200万元，由县交通运输局组织实施 / “…增加了近三成。”市燃气公司负责人说: the doer or speaker follows
		const actsAfter = (AGENT_BEFORE.test(beforeTail) && AGENT_AFTER.test(text.slice(last.end, last.end + FOLLOW_REACH)))
			|| (spokesperson && /[”"」]\s*$/u.test(text.slice(Math.max(0, first.start - 2), first.start)));
		const listed = /^[(（]?[区县]?[)）]?等/u.test(after);
		// (林周、当雄、尼木3个县的村卫生室: places listed right before a count of their kind, of whom something is said, are counted)
		const countedList = (listed && /^[(（]?[区县]?[)）]?等[\d０-９一二两三四五六七八九十]/u.test(after))
			|| (members.length > 1 && /^[\d０-９一二两三四五六七八九十]+个?(?:县|区|乡|镇|村|社区|街道)的/u.test(after));
		const speakerTag = /^[”"]\s*$/u.test(before) && SPEAKER_TAG_AFTER.test(text.slice(last.end, last.end + FOLLOW_REACH));
		// 拉两车树苗前往拉萨市, 来自林周县的求职者: where goods or people go or come from, not where the counted thing happened
		// (经综合保税区出口: a place goods pass through; 距拉萨市区68公里: a place distances are measured from)
		// (but 来自林周县强嘎乡朗杰村的代表索朗旺堆说: a delegate speaks for the place that sent them)
		const delegate = /来自$/u.test(beforeTail) && DELEGATE_AFTER.test(text.slice(last.end, last.end + 12));
		// (生产线班长洛桑群培是墨竹工卡县甲玛乡人: where a person is from, not where the figures are)
		const origin = /是$/u.test(beforeTail) && /^人(?![员民数口才])/u.test(after);
		const destination = origin || (DESTINATION_BEFORE.test(beforeTail) && !delegate) || (/经$/u.test(beforeTail) && VIA_AFTER.test(after)) || /距(?:离)?$/u.test(beforeTail);
		// 增速位居全市前列, 占全市的23%: the city as a yardstick, not where the figure belongs
		const yardstick = YARDSTICK_BEFORE.test(beforeTail) || YARDSTICK_AFTER.test(after) || (text[first.start] === '全' && SUPERLATIVE_AFTER.test(after));
		for (const x of members) {
			// (公塘乡、纳木错乡等4个乡镇受灾: places listed as examples of what a figure counts are counted, not acting)
			x.actor = (!notActor || source || actsAfter) && (x.agencyName !== null || x.anaphor !== null) && !(countedList && x.kind === 'place');
			x.actsAfter = actsAfter && x.actor;
			x.source = source && x.actor;
			x.reporter = reporter && x.actor;
			if ((listed && x.kind === 'place') || ((destination || yardstick) && (x.kind === 'place' || x.kind === 'city'))) x.notSite = true;
			x.speakerTag = speakerTag;
			x.scene = !isTitle && first.start === 1 && text.charCodeAt(0) === 0x5728 && x.kind === 'place';
		}
	}
}

/**
 * 这家企业, 这家专注于高原植物提取的企业 ending at e: where the pointing phrase starts, or -1. 这家 and the 企业 it points
 * with stand in one clause, at most 24 characters apart.
 */
function thisEnterprise(text: string, e: number): number {
	if (e < 4 || text.charCodeAt(e - 1) !== 0x4e1a || text.charCodeAt(e - 2) !== 0x4f01) return -1;
	if (THIS_ONE.test(text.slice(e - 4, e - 2))) return e - 4;
	if (text.charCodeAt(e - 3) !== 0x7684) return -1;
	for (let i = e - 4; i >= Math.max(0, e - 28); i--) {
		if (CHAR_CLASS[text.charCodeAt(i)] & CLAUSE) return -1;
		if (text.charCodeAt(i) === 0x8fd9 && text.charCodeAt(i + 1) === 0x5bb6) return i;
	}
	return -1;
}

/** The length of a short-name declaration ((以下简称市医保局)) starting at pos, or 0. */
function declarationAt(text: string, pos: number): number {
	const c = text.charCodeAt(pos);
	if (c !== 0x28 && c !== 0xff08) return 0;
	return DECLARED_SHORT.exec(text.slice(pos, pos + 20))?.[0].length ?? 0;
}

function hasSentenceEnd(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (CHAR_CLASS[text.charCodeAt(i)] & SENTENCE) return true;
	return false;
}

/** headlines separate their phrases with spaces: 抓融合促活力 城关区“三抓”… */
function clauseBefore(text: string, pos: number, isTitle = false): string {
	const flag = isTitle ? TITLEB : CLAUSE;
	let i = pos;
	const floor = Math.max(0, pos - MAX_SENTENCE_REACH);
	while (i > floor && (CHAR_CLASS[text.charCodeAt(i - 1)] & flag) === 0) i--;
	return text.slice(i, pos);
}

/** The clause or sentence around a span, reaching as far as a sentence does in extraction (MAX_SENTENCE_REACH). */
function rangeAround(text: string, pos: number, end: number, flag: number): [number, number] {
	let a = pos;
	const floor = Math.max(0, pos - MAX_SENTENCE_REACH);
	while (a > floor && (CHAR_CLASS[text.charCodeAt(a - 1)] & flag) === 0) a--;
	let b = Math.max(end, pos);
	const ceil = Math.min(text.length, b + MAX_SENTENCE_REACH);
	while (b < ceil && (CHAR_CLASS[text.charCodeAt(b)] & flag) === 0) b++;
	return [a, b];
}

/** The mentions inside [a, b): mentions are sorted by start, so a binary search finds the first, not a filter of all. */
function mentionsIn(ms: Mention[], a: number, b: number): Mention[] {
	let lo = 0, hi = ms.length;
	while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].start < a) lo = mid + 1; else hi = mid; }
	const out: Mention[] = [];
	for (let i = lo; i < ms.length && ms[i].start < b; i++) if (ms[i].end <= b) out.push(ms[i]);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Article precomputation, cached per article (by its blocks array, which callers must not mutate afterwards).

/** the last few articles seen: the ETL asks about one article's facts together, and a ring is cheaper than a WeakMap */
const RING = 8;
// keyed by the blocks array, not the wrapper: callers may wrap the same blocks in a fresh { blocks } per fact
const ringArticle: (ArticleBlock[] | null)[] = new Array(RING).fill(null);
const ringRef: (Reference | null)[] = new Array(RING).fill(null);
const ringPre: (ArticlePre | null)[] = new Array(RING).fill(null);
const ringCounty: (string | null | undefined)[] = new Array(RING).fill(undefined);
let ringNext = 0;

function prepare(ref: Reference, article: ArticleContext): ArticlePre {
	for (let k = 0; k < RING; k++) if (ringArticle[k] === article.blocks && ringRef[k] === ref && ringCounty[k] === article.pageCounty) return ringPre[k]!;
	const nThemes = ref.themes.length;
	const blocks: BlockPre[] = [];
	const titles: number[] = [];
	let heading = -1;
	const learned: LearnedName[] = [];
	const learnedIn: number[] = [];
	const renamed = new Map<string, string>();
	article.blocks.forEach((b, i) => {
		const declared: LearnedName[] = [];
		const { mentions, kws } = scanBlock(ref, b.text, b.kind === 'title' || b.kind === 'subtitle', learned, declared);
		const before = learned.length;
		learnNames(mentions, declared, learned, renamed);
		for (let k = before; k < learned.length; k++) learnedIn.push(i);
		if (b.kind === 'title' || b.kind === 'subtitle') titles.push(i);
		if (b.kind === 'heading') heading = i;
		let leadEnd = 0;
		while (leadEnd < b.text.length && (CHAR_CLASS[b.text.charCodeAt(leadEnd)] & SENTENCE) === 0) leadEnd++;
		// a lede that opens on a quotation (…讯(记者…)“您好，请问…？”近日，在曲水县人社局…) states its subject in the next sentence
		if (OPENS_ON_QUOTE.test(b.text.slice(0, leadEnd + 2))) {
			leadEnd++;
			while (leadEnd < b.text.length && (CHAR_CLASS[b.text.charCodeAt(leadEnd)] & SENTENCE) === 0) leadEnd++;
		}
		blocks.push({ kind: b.kind, text: b.text, mentions, kws, heading: b.kind === 'paragraph' ? heading : -1, leadEnd, blockOff: 2 * i * nThemes, leadOff: (2 * i + 1) * nThemes, respectively: b.text.includes('分别'), subset: b.text.includes('其中'), quotes: b.text.includes('”') });
	});
	if (learned.length) {
		// a headline or lede before the name was taught (河坝林社区… above 城关区八廓街道河坝林社区…) is read again knowing it
		blocks.forEach((b, i) => {
			if (learned.some((l, k) => learnedIn[k] > i && b.text.includes(l.name))) b.mentions = scanBlock(ref, b.text, b.kind === 'title' || b.kind === 'subtitle', learned).mentions;
		});
		// the full name keeps the short one the article declared for it (拉萨市医疗保障局(以下简称市医保局) … 拉萨市医疗保障局)
		// (and so does its name without the city's, 市住房公积金管理中心 in a headline above 拉萨市住房公积金管理中心)
		if (renamed.size) for (const b of blocks) for (const m of b.mentions) {
			const short = m.agencyName ? renamed.get(m.agencyName) ?? (m.agencyName[0] === '市' ? renamed.get('拉萨' + m.agencyName) : undefined) : undefined;
			if (short) m.agencyName = short;
		}
	}

	// resolve 该公司 to the last body with that suffix named before it; unresolved ones are dropped
	const lastBySuffix = new Map<string, Mention>();
	const pointedBack = new Set<Mention>();
	const hasAnaphor = blocks.some((b) => b.mentions.some((m) => m.anaphor || (m.agencyName !== null && !m.place && TOWN_BODY.test(m.agencyName))));
	const anteBlock = new Map<Mention, BlockPre>();
	const fullNames = new Map<string, string>();
	if (hasAnaphor) for (const b of blocks) {
		for (let k = 0; k < b.mentions.length; k++) {
			const m = b.mentions[k];
			if (m.anaphor) {
				let ante = lastBySuffix.get(m.anaphor);
				if (ante && inParagraphOnly.has(m) && (anteBlock.get(ante) !== b || (m.anaphor === '企业' && indexWithin(b.text, '一家', ante.end, m.start) >= 0))) ante = undefined;
				// (扎雪乡卫生院院长告诉记者，全乡9名村医…: 全乡 after a body acting or speaking in its sentence is the scope, not who)
				if (ante && b.text.charCodeAt(m.start) === 0x5168 && b.mentions.some((x) => x.end <= m.start && x.explicitOrg && !x.anaphor && x.kind !== 'place' && (x.actor || x.source) && x.start >= rangeAround(b.text, m.start, m.end, SENTENCE)[0])) ante = undefined;
				if (ante) {
					pointedBack.add(m);
					// 达孜区人民检察院 … 达孜区检察院 … 该院: the body under the fuller of the names the article gave it
					const full = ante.agencyName && fullNames.get(ante.agencyName.replace('人民', ''));
					Object.assign(m, { repeat: true, place: ante.place, district: ante.district, agencyName: full && full.length > ante.agencyName!.length ? full : ante.agencyName, agencyLevel: ante.agencyLevel, agencyKey: ante.agencyKey ?? ante.agencyName, regionOnly: ante.regionOnly, anaphor: null });
				} else {
					b.mentions.splice(k--, 1);
				}
				continue;
			}
			// 在塔荣镇，镇政府利用…: a town's body named by the town's kind is the body of the town of its paragraph
			if (m.explicitOrg && m.agencyName && !m.place && TOWN_BODY.test(m.agencyName)) {
				// (在娘热街道，由街道党工委牵头…: a street's too)
				const kind = m.agencyName.startsWith('街道') ? '街道' : m.agencyName[0];
				const t = lastBySuffix.get(kind);
				if (t?.place && anteBlock.get(t) === b) {
					const government = /政府$/u.test(m.agencyName);
					pointedBack.add(m); // (named by its kind, it does not make the town's body the article's own)
					// (under the town's name as the text wrote it: 甘旦曲果镇, not the gazetteer's 甘丹曲果镇)
					const written = [t.place.name, ...t.place.aliases].find((n) => t.agencyName?.endsWith(n)) ?? t.place.name;
					Object.assign(m, { repeat: true, place: t.place, district: t.district, agencyName: government ? written : written + m.agencyName.slice(kind.length), agencyLevel: government ? t.agencyLevel : m.agencyLevel });
				}
			}
			if (m.explicitOrg && m.agencyName) {
				anteBlock.set(m, b);
				const short = m.agencyName.replace('人民', '');
				if ((fullNames.get(short)?.length ?? 0) < m.agencyName.length) fullNames.set(short, m.agencyName);
				// (当雄县应急管理局联合县市场监管局…该局: an object of the paragraph's acting body does not take 该局 from it)
				const keep = (k: string) => {
					const o = lastBySuffix.get(k);
					return !m.actor && o !== undefined && o.actor && anteBlock.get(o) === b && o.end <= m.start && !hasSentenceEnd(b.text, o.end, m.start);
				};
				// (only the suffixes ending in the name's last character can end the name)
				for (const sfx of SUFFIX_BY_LAST.get(m.agencyName.charCodeAt(m.agencyName.length - 1)) ?? NO_SUFFIXES) if (m.agencyName.endsWith(sfx) && !keep(sfx)) lastBySuffix.set(sfx, m);
				// (拉萨市妇幼保健院…医院还开通了…: a maternity or township hospital is what a bare 医院 points back to, too)
				if (/(?:保健院|卫生院)$/u.test(m.agencyName) && !keep('医院')) lastBySuffix.set('医院', m);
				for (const kind in POINTED_KIND) if (POINTED_KIND[kind].test(m.agencyName) && !keep(kind)) lastBySuffix.set(kind, m);
			}
			// (柳梧新区幸福家园社区…社区共安置…: an unlisted community, named with its county, is what 社区 points back to)
			if (m.agencyLevel === '村社区' && m.agencyName?.endsWith('社区') && !m.place?.name.endsWith('社区')) {
				lastBySuffix.set(BARE_COMMUNITY, m);
				anteBlock.set(m, b);
			}
			// 卡孜乡党委书记介绍，该乡…: the place a body or place mention stands for, for 该乡 after it
			if (m.place && (m.agencyName || m.kind === 'place')) {
				// (马镇 written 马乡, its old name: a township is 该乡 and 全乡 under either kind, and keeps the name the text used)
				const township = m.place.level === 'town' || m.place.level === 'township';
				const written = township ? [m.place.name, ...m.place.aliases].find((n) => b.text.startsWith(n, m.start) || b.text.slice(m.start, m.end).includes(n)) ?? m.place.name : m.place.name;
				for (const kind of POINTED_PLACE) {
					if (!m.place.name.endsWith(kind) && !(township && (kind === '乡' || kind === '镇'))) continue;
					// (林周县春堆乡加荣村 names a village of 春堆乡: 该乡 is the township, not the village)
					const p = m.kind === 'place' && m.agencyName?.endsWith(written) ? m : Object.assign(emptyMention(m.start, m.end, 'place'), { place: m.place, district: m.district, agencyName: written, agencyLevel: levelFromName(m.place.name, m.place, ''), actor: true });
					lastBySuffix.set(kind, p);
					if (kind === '社区') lastBySuffix.set(BARE_COMMUNITY, p);
					anteBlock.set(p, b);
				}
			}
		}
	}

	// article-wide district vote: actors count double, headlines double again, region never decides
	const votes = new Map<string, { w: number; place: Place | null }>();
	const vote = (d: string | null, w: number, p: Place | null) => {
		if (!d) return;
		const v = votes.get(d);
		if (v) {
			v.w += w;
			v.place = finer(v.place, p && p.district === d ? p : null);
		} else votes.set(d, { w, place: p && p.district === d ? p : null });
	};
	blocks.forEach((b) => {
		const hw = b.kind === 'title' || b.kind === 'subtitle' ? 2 : 1;
		for (const m of b.mentions) {
			if (m.regionOnly || m.notSite) continue;
			if (m.kind === 'city') vote(HOME_CITY, 1.5 * hw, null);
			else if (m.kind !== 'county') vote(m.district, (m.actor ? 2 : 1) * hw, m.place);
		}
	});
	let articleDistrict: ArticlePre['articleDistrict'] = null;
	let bestW = 0;
	for (const [d, v] of votes) if (v.w > bestW) { bestW = v.w; articleDistrict = { district: d, place: v.place }; }
	// 全县 means the county the article is about
	const county = [...votes.entries()].filter(([d]) => d !== HOME_CITY && ref.placeByName.get(d)?.level !== 'prefecture').sort((a, b) => b[1].w - a[1].w)[0]
		?? (article.pageCounty && article.pageCounty !== HOME_CITY && ref.cityUnits.has(article.pageCounty) ? ([article.pageCounty, { w: 0, place: null }] as const) : undefined);
	// (and a sidebar that speaks of 全县 without naming any place is about that county as a whole)
	if (!articleDistrict && county && !votes.size && blocks.some((b) => b.mentions.some((m) => m.kind === 'county'))) articleDistrict = { district: county[0], place: ref.placeByName.get(county[0]) ?? null };
	for (const b of blocks) {
		for (let k = 0; k < b.mentions.length; k++) {
			const m = b.mentions[k];
			if (m.countyRef) {
				// 该县应急管理局 → 墨竹工卡县应急管理局, after the county the text last named; 县住建局 → 曲水县住建局 in a
				// paragraph or an article about 曲水县 (in a citywide article with no county before it, it stays as printed)
				const kind = b.text.charCodeAt(m.start + m.countyRef - 1);
				const art = articleDistrict?.district;
				// (a brief that names no place at all, 区市场监管局 6月以来…, is about the county of the story above it)
				const fromPage = !art && !votes.size;
				const d = unitBefore(ref, b.text, b.mentions, k, kind, false) ?? (m.countyRef === 2 || art === county?.[0] || fromPage ? county?.[0] : undefined);
				if (d && d.charCodeAt(d.length - 1) === kind) {
					// (县住建局 only gets its full name: where it stands was already read from the text around it, unless
					// the text names no place at all)
					if (m.countyRef === 2 || fromPage) {
						m.district = d;
						m.place = ref.placeByName.get(d) ?? null;
					}
					m.agencyName = d + m.agencyName!.slice(m.countyRef);
				}
				continue;
			}
			if (m.kind !== 'county') continue;
			// 尼木县方面，全县已有…: a county of the same kind named earlier in the sentence is the one meant;
			// 该县 points back at the county named last, in whichever sentence
			const kindCode = b.text.charCodeAt(m.localGov ? m.start : m.end - 1);
			// (then, for 全县 and 县里, a county of that kind named earlier in the paragraph: 林周县水利局投入…。全县农村供水…)
			const own = unitBefore(ref, b.text, b.mentions, k, kindCode, b.text[m.start] !== '该')
				?? (b.text[m.start] !== '该' ? unitBefore(ref, b.text, b.mentions, k, kindCode, false) : null);
			// (县里 is the county of its section's heading, if that names one, and only ever a 县, never the article's 区)
			const section = b.heading >= 0 && b.text[m.start] !== '该' ? blocks[b.heading].mentions.find((h) => h.district !== null && h.district !== HOME_CITY && ref.cityUnits.has(h.district) && !h.notSite && h.district.charCodeAt(h.district.length - 1) === kindCode) : undefined;
			const d = own ?? section?.district ?? (m.localGov && county?.[0].charCodeAt(county[0].length - 1) !== kindCode ? undefined : county?.[0]);
			if (d) { m.district = d; m.place = ref.placeByName.get(d) ?? null; }
			if (m.localGov) {
				m.agencyName = d ?? null;
				m.actor &&= d !== undefined;
			}
		}
	}
	for (const b of blocks) for (const m of b.mentions) if (m.kind === 'city') { m.district = HOME_CITY; m.place = ref.placeByName.get(HOME_CITY) ?? null; }

	// the article's main acting body: the headline's, else a named body the text keeps coming back to
	let main: Mention | null = null;
	let mainCount = 0;
	const bareCount = new Map<string, number>();
	for (const b of blocks) if (b.kind === 'paragraph') for (const m of b.mentions) if (m.actor && m.kind === 'place' && m.place) bareCount.set(m.place.name, (bareCount.get(m.place.name) ?? 0) + 1);
	let headlinePlace: Mention | null = null;
	for (const t of titles) {
		for (const m of blocks[t].mentions) {
			// (政协拉萨市第十二届委员会第四次会议闭幕: the body whose session the headline reports is the article's)
			if (m.explicitOrg && !main && !m.actor && m.agencyName && OWN_SESSION_AFTER.test(blocks[t].text.slice(m.end, m.end + 12))) main = m;
			if (!m.agencyName || !m.actor) continue;
			if (m.explicitOrg && !main) main = m;
			if (!m.explicitOrg) headlinePlace = pickFinest(headlinePlace, m);
		}
	}
	if (!main) {
		const counts = new Map<string, { n: number; named: number; m: Mention }>();
		blocks.forEach((b, bi) => {
			if (titles.includes(bi)) return;
			for (const m of b.mentions) {
				if (!m.explicitOrg || !m.actor || !m.agencyName) continue;
				const key = m.agencyKey ?? m.agencyName;
				const named = pointedBack.has(m) ? 0 : 1;
				const c = counts.get(key);
				if (c) { c.n++; c.named += named; }
				else counts.set(key, { n: 1, named, m });
			}
		});
		let top: { n: number; m: Mention } | null = null;
		// a body named once and then called 该行 in the next sentence is one story's, not one the article comes back to
		for (const c of counts.values()) if (c.named >= 2 && (!top || c.n > top.n)) top = c;
		// a body named twice near the end of a county's review does not speak for the county the text names more often
		const placeActs = headlinePlace?.place ? bareCount.get(headlinePlace.place.name) ?? 0 : 0;
		if (top && top.n >= 2 && top.n >= placeActs && (!headlinePlace || top.m.district === headlinePlace.district)) { main = top.m; mainCount = top.n; }
		else main = headlinePlace;
	}
	// an interview (——访拉萨市教育局党组副书记、局长…): the answers are the interviewee's body's figures
	let interviewee: Mention | null = null;
	for (const t of titles) {
		if (!INTERVIEW.test(blocks[t].text)) continue;
		// (a county secretary speaks for the county, which the text names bare: 县委 is the place's own government)
		const body = blocks[t].mentions.find((m) => m.explicitOrg && m.agencyName);
		if (body && !PLACE_GOVERNMENT.test(body.agencyName!)) { main = body; mainCount = Infinity; interviewee = body; }
		else if (body?.district && body.place && ACTING_PLACE_LEVELS.has(body.place.level)) {
			// ——访曲水县委副书记、县长旺堆: the county's head answers for the county
			interviewee = { ...body, kind: 'place', agencyName: body.place.name, agencyLevel: PLACE_AGENCY_LEVEL[body.place.level] ?? null, agencyKey: null, explicitOrg: false };
			main = interviewee;
			mainCount = Infinity;
		}
	}
	// a headline that names only a place, and a lede whose opening sentence names that place's body acting or giving
	// the figures (城关区多措并举… / 城关区商务局会同…): the body reports the article, however often the place acts after
	let mainLeads = false;
	if (!main?.explicitOrg) {
		const lead = blocks.find((b) => b.kind === 'paragraph');
		// (拉萨连续出现强降雨…。柳梧新区管委会城市管理和综合执法局迅速启动…: or the lede's first body, after a sentence that
		// only sets the scene)
		const first = lead?.mentions.find((m) => m.explicitOrg && m.agencyName);
		const body = lead?.mentions.find((m) => m.explicitOrg && m.agencyName && (m.actor || m.source) && m.end <= lead.leadEnd)
			?? (first && (first.actor || first.source) && first.start >= lead!.leadEnd && !hasSentenceEnd(lead!.text, lead!.leadEnd + 1, first.start) ? first : null);
		// a place's own government (拉萨经济技术开发区管委会, 曲水县人民政府) is what the bare place already names
		// (a cooperative or company the lede visits, 强嘎乡：… / 林周县强嘎乡曲嘎强村奶牛养殖合作社的挤奶厅…, is one example of the
		// place's story, not the body that reports it)
		if (body && body.kind !== 'place' && !PLACE_GOVERNMENT.test(body.agencyName!) && (!main || main.district === body.district) && !(main && ECONOMIC_UNIT.test(body.agencyName!))) { main = body; mainLeads = true; }
	}
	// no body in the headline and none named twice: the body the opening paragraph takes its figures from
	// (记者从市教育局获悉…), else the place that acts bare most often, if twice (城关区吉日街道坚持…)
	if (!main) {
		const lead = blocks.find((b) => b.kind === 'paragraph');
		main = lead?.mentions.find((m) => m.source && m.agencyName) ?? null;
	}
	if (!main) {
		let best: [string, number] | null = null;
		for (const e of bareCount) if (e[1] >= 2 && (!best || e[1] > best[1])) best = e;
		if (best) for (const b of blocks) { main ??= b.mentions.find((m) => m.actor && m.kind === 'place' && m.place?.name === best![0]) ?? null; }
	}

	const articleTheme: number[] = new Array(nThemes).fill(0);
	const headlineTheme: number[] = new Array(nThemes).fill(0);
	blocks.forEach((b) => {
		for (const k of b.kws) {
			articleTheme[k.theme] += k.weight;
			if (b.kind === 'title' || b.kind === 'subtitle') headlineTheme[k.theme] += k.weight;
		}
	});
	const blockShares: number[] = new Array(2 * blocks.length * nThemes).fill(0);
	blocks.forEach((b) => {
		themeScores(b.kws, 0, b.text.length, blockShares, 1, b.blockOff, nThemes);
		themeScores(b.kws, 0, b.leadEnd, blockShares, 1, b.leadOff, nThemes);
	});
	const articleShare: number[] = new Array(nThemes).fill(0);
	const headlineShare: number[] = new Array(nThemes).fill(0);
	addNormalised(articleShare, articleTheme, 1);
	addNormalised(headlineShare, headlineTheme, 1);
	const titleMentions = titles.flatMap((t) => blocks[t].mentions);
	// 在尼木县卫生健康委，主任次仁旺堆给记者算了一笔账 / 局长格桑顿珠: who speaks for which body, for quotations and answers later
	let speakers: Map<string, Mention> | null = null;
	for (const b of blocks) {
		for (const m of b.mentions) {
			if (!m.explicitOrg || !m.agencyName) continue;
			const t = SPEAKER_AFTER.exec(b.text.slice(m.end, m.end + 20));
			if (t) (speakers ??= new Map()).set(t[1], m);
		}
	}
	// 县长代表县人民政府作政府工作报告 in the lede: the whole article reports that body's figures, whichever body is main
	const reported = main?.reporter === true || blocks.some((b) => b.kind === 'paragraph' && b.mentions.some((m) => m.reporter && (!main || m.district === main.district || !m.district)));
	let reportedFor: Mention | null = main?.reporter ? main : null;
	for (const b of blocks) if (!reportedFor && b.kind === 'paragraph') reportedFor = b.mentions.find((m) => m.reporter && m.agencyName) ?? null;
	// 走进位于堆龙德庆区的德庆新村 / 位于拉萨经开区的拉萨市第三污水处理厂扩建工程…: where the article's site is
	// (位于拉萨经济技术开发区(以下简称拉萨经开区)的…: a short name declared after the place stands between it and 的)
	// (位于城关区慈觉林的实景剧场: a spot the gazetteer does not list may stand between the place and 的; 位于…的一家酒店 is
	// one unnamed business there, not the article's site)
	let site: ArticlePre['site'] = null;
	// (the lede: the first paragraph that is more than a byline, which attribution also reads as a paragraph)
	const lede = blocks.findIndex((b) => b.kind === 'paragraph' && /[，,。]/u.test(b.text));
	for (let i = 0; i <= lede && !site; i++) {
		const b = blocks[i];
		if (b.kind === 'title' || b.kind === 'subtitle' || i === lede) {
			const afterName = (x: Mention) => x.end + declarationAt(b.text, x.end);
			const m = b.mentions.find((x) => x.kind === 'place' && x.district && x.district !== HOME_CITY && ref.cityUnits.has(x.district) && b.text.startsWith('位于', x.start - 2) && SITE_TAIL.test(b.text.slice(afterName(x), afterName(x) + 7)))
				// (在堆龙德庆区东嘎街道，拉萨陆港国际物流园…: the lede opening on the place it stands in)
				?? (i === lede ? b.mentions.find((x) => x.kind === 'place' && x.district && x.district !== HOME_CITY && ref.cityUnits.has(x.district) && b.text[x.start - 1] === '在'
					&& opensClause(clauseBefore(b.text, x.start - 1)) && SCENE_PLACE_END.test(b.text.slice(x.end, x.end + 2))) : undefined)
				// (近日，柳梧新区第二水厂正式建成通水: the lede opening on a facility named after its county; whoever built it)
				?? (i === lede ? b.mentions.find((x, k) => k === 0 && x.kind === 'place' && x.district && x.district !== HOME_CITY && ref.cityUnits.has(x.district) && !x.explicitOrg
					&& opensClause(clauseBefore(b.text, x.start)) && SITE_FACILITY_AFTER.test(b.text.slice(x.end, x.end + 12))) : undefined);
			if (m) site = { district: m.district!, place: m.place };
		}
	}
	// (市发展和改革委员会通报… 市发改委主要负责同志表示…: the spec names a body by the short name the article uses)
	let shortUsed: Set<string> | null = null;
	for (const b of blocks) for (const m of b.mentions) if (m.kind === 'agency' && m.agencyKey !== null && m.agencyName === m.agencyKey) (shortUsed ??= new Set()).add(m.agencyKey);
	const pre: ArticlePre = { blocks, site, speakers, titles, main, interviewee, reported, reportedFor, mainCount, mainLeads, bareCount, articleDistrict, articleTheme, headlineTheme, articleShare, headlineShare, titleMentions, blockShares, shortUsed };
	ringArticle[ringNext] = article.blocks;
	ringRef[ringNext] = ref;
	ringPre[ringNext] = pre;
	ringCounty[ringNext] = article.pageCounty;
	ringNext = (ringNext + 1) % RING;
	return pre;
}

function pickFinest(a: Mention | null, b: Mention): Mention {
	if (!a) return b;
	return (PLACE_RANK[b.place?.level ?? ''] ?? 0) > (PLACE_RANK[a.place?.level ?? ''] ?? 0) ? b : a;
}

// ---------------------------------------------------------------------------------------------
// Per-fact decisions.


/** For 全县/该区 at mentions[k]: the county-level unit of that kind (县 or 区) named last before it, in its sentence only when asked. */
function unitBefore(ref: Reference, text: string, ms: Mention[], k: number, kind: number, inSentence: boolean): string | null {
	const m = ms[k];
	for (let j = k - 1; j >= 0; j--) {
		const p = ms[j];
		if (inSentence) for (let i = p.end; i < m.start; i++) if (CHAR_CLASS[text.charCodeAt(i)] & SENTENCE) return null;
		const d = p.district;
		if (p.kind === 'county' || p.kind === 'city' || p.countyRef || p.notSite || !d || d === HOME_CITY || !ref.cityUnits.has(d)) continue;
		return d.charCodeAt(d.length - 1) === kind ? d : null;
	}
	return null;
}

/** a body whose place is the city or above (市教育局, 国网拉萨供电公司, 拉萨江苏产业园), not a county or finer */
const namedAfterCity = (m: Mention) => (m.kind === 'org' || m.kind === 'agency') && (PLACE_RANK[m.place?.level ?? ''] ?? 0) < 2;

/** District evidence near the number (clause, sentence, heading, headline): a named place beats a citywide body. Further out, paragraphVote. */
function districtIn(ref: Reference, ms: Mention[], pos: number, text = ''): { district: string; place: Place | null } | null {
	// a body named after the city (国网拉萨供电公司, 市教育局) says who, not where: the paragraph and the article say where
	const ev = ms.filter((m) => !m.notSite && !m.regionOnly && m.district && !namedAfterCity(m));
	if (ev.length === 0) return null;
	const explicit = ev.filter((m) => (m.kind === 'place' && (PLACE_RANK[m.place?.level ?? ''] ?? 0) >= 2) || (m.kind === 'org' && m.place && (PLACE_RANK[m.place.level] ?? 0) >= 2) || (m.kind === 'agency' && m.place && (PLACE_RANK[m.place.level] ?? 0) >= 2));
	const pool = explicit.length ? explicit : ev;
	const ds = new Set(pool.map((m) => m.district));
	if (ds.size === 1) {
		let p: Place | null = null;
		for (const m of pool) p = finer(p, m.place);
		return { district: pool[0].district!, place: p };
	}
	// 其中城关区41件、堆龙德庆区15件: a county written right before its own figure in a list of them
	// (其中城关区段14.2公里: or before its stretch of a river or road)
	const adjacent = pool.find((m) => m.kind === 'place' && (m.end === pos || (m.end === pos - 1 && text.charCodeAt(m.end) === 0x6bb5)));
	if (adjacent) return { district: adjacent.district!, place: adjacent.place };
	// several counties of Lhasa named together: a citywide fact
	const allHome = pool.every((m) => m.district !== null && ref.cityUnits.has(m.district));
	if (allHome && explicit.length) return { district: HOME_CITY, place: ref.placeByName.get(HOME_CITY) ?? null };
	const nearest = pool.reduce((a, b) => (Math.abs(b.start - pos) < Math.abs(a.start - pos) ? b : a));
	return { district: nearest.district!, place: nearest.place };
}

/** 纳木错景区接待游客12.3万人次: the named site in the figure's own clause, unless the clause goes to it (开通至纳木错…线路14条) */
function landmarkIn(text: string, clauseMs: Mention[]): { district: string; place: Place | null } | null {
	// (布达拉宫、大昭寺两处5A级景区…占全市的近六成, 以布达拉宫、大昭寺为元素的产品: sites listed are examples, not where)
	const sites = clauseMs.filter((m) => m.kind === 'place' && m.place?.level === 'landmark' && m.district);
	if (sites.length !== 1) return null;
	const m = sites[0];
	if (TOWARDS_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start)) || /^[、和及与等]/u.test(text.slice(m.end, m.end + 1)) || text[m.start - 1] === '、') return null;
	return { district: m.district!, place: m.place };
}

/** indexOf and lastIndexOf kept inside [from, to): a search past a sentence made a huge paragraph quadratic */
function indexWithin(text: string, word: string, from: number, to: number): number {
	for (let i = from; i + word.length <= to; i++) if (text.startsWith(word, i)) return i;
	return -1;
}
function lastIndexWithin(text: string, word: string, from: number, to: number): number {
	for (let i = to - word.length; i >= from; i--) if (text.startsWith(word, i)) return i;
	return -1;
}

/**
 * 堆龙德庆区、城关区农民人均收入分别突破2万元和2.5万元: places listed before 分别 go, in turn, to the figures after it.
 * The figure's turn is the number of 、/和/及/与 between 分别 and it.
 */
function respectivePlace(text: string, sentMs: Mention[], ss: number, pos: number): Mention | null {
	const at = lastIndexWithin(text, '分别', ss, pos);
	if (at < 0) return null;
	let last: Mention | null = null;
	for (const m of sentMs) if (m.end <= at && (m.kind === 'place' || m.kind === 'city') && m.district) last = m;
	if (!last) return null;
	const members = sentMs.filter((m) => m.group === last!.group && m.end <= at && (m.kind === 'place' || m.kind === 'city') && m.district);
	if (members.length < 2) return null;
	const turn = (text.slice(at + 2, pos).match(/[、和及与]/gu) ?? []).length;
	return members[turn] ?? null;
}

/**
 * Further out, a vote: actors count double, the city 1.5. The votes do not depend on the figure, only the tie-break
 * does (the district named nearest), so they are counted once per paragraph, whose figures all ask.
 */
function paragraphVote(ms: Mention[], pos: number): { district: string; place: Place | null } | null {
	// a speaker's tag says where the quotation before it is from, not where the figures after it are
	let firstTag = Infinity;
	for (const m of ms) if (m.speakerTag) { firstTag = m.start; break; }
	const afterTag = firstTag < pos;
	const votes = new Map<string, Vote>();
	const cityLater = laterCityCounts(ms, pos);
	for (const m of ms) {
		if (m.notSite || m.regionOnly || (afterTag && m.speakerTag) || !m.district || (m.repeat && namedAfterCity(m))) continue;
		if (m.kind === 'city' && m.start >= pos && !cityLater) continue;
		// (在当雄县龙仁乡，…团队成员、拉萨市农牧科学研究所畜牧师…介绍: the opening scene counts as much as a body acting)
		let w = m.kind === 'city' ? 1.5 : m.actor || m.scene ? 2 : 1;
		// 拉萨江苏产业园 位于曲水县: a body named after the city says less about where it is than a county does
		if (namedAfterCity(m)) w /= 2;
		if (m.start >= pos) w /= 2;
		const v = votes.get(m.district);
		if (v) { v.w += w; v.place = finer(v.place, m.place?.district === m.district ? m.place : null); v.starts.push(m.start); }
		else votes.set(m.district, { w, place: m.place?.district === m.district ? m.place : null, starts: [m.start] });
	}
	let best: [string, Vote] | null = null;
	let bestDist = Infinity;
	for (const e of votes) {
		if (best && e[1].w < best[1].w) continue;
		const dist = nearest(e[1].starts, pos);
		if (!best || e[1].w > best[1].w || dist < bestDist) { best = e; bestDist = dist; }
	}
	return best ? { district: best[0], place: best[1].place } : null;
}

/**
 * Whether 全市 after a figure speaks for it: only in a paragraph whose body before the figure is the city's
 * (市住建局已组织督查4轮…全市今冬储备…). After a county's figures (全区落实经费…据市教育局统计，全市…) a citywide
 * sentence widens the view; it does not move the figures before it to the city. Other places after a figure count half.
 */
function laterCityCounts(ms: Mention[], pos: number): boolean {
	for (const m of ms) {
		if (m.start >= pos) break;
		if (m.agencyName && namedAfterCity(m) && !m.notSite) return true;
	}
	return false;
}

interface Vote { w: number; place: Place | null; starts: number[] }

/** distance from pos to the nearest of the ascending positions */
function nearest(starts: number[], pos: number): number {
	let lo = 0, hi = starts.length;
	while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < pos) lo = mid + 1; else hi = mid; }
	let d = Infinity;
	if (lo < starts.length) d = starts[lo] - pos;
	if (lo > 0) d = Math.min(d, pos - starts[lo - 1]);
	return d;
}


/** 。”堆龙德庆区牧民扎西说: the tag after a quotation's closing mark belongs to the quoted sentence, up to its clause end */
function speakerTagEnd(text: string, se: number): number {
	let q = se;
	while (q < se + 2 && /[。！？!?]/u.test(text[q] ?? '')) q++;
	if (text[q] !== '”' && text[q] !== '"') return se;
	let e = q + 1;
	while (e < text.length && e < se + 30 && !(CHAR_CLASS[text.charCodeAt(e)] & CLAUSE)) e++;
	return e;
}

/** the closing mark of the quotation that holds [start, end), when it holds it (“…3公里…结冰。现在…。”村民…说) */
function quoteCloseAfter(text: string, start: number, end: number): number | null {
	const open = lastIndexWithin(text, '“', Math.max(0, start - QUOTE_REACH), start);
	if (open < 0 || indexWithin(text, '”', open, start) >= 0) return null;
	const close = indexWithin(text, '”', end, Math.min(text.length, end + QUOTE_REACH));
	return close < 0 ? null : close;
}

/** The body of the person who says the figure: the speaker after its quotation, or the one answering in its paragraph. */
function speakerBody(speakers: Map<string, Mention>, text: string, start: number, end: number): Mention | null {
	const answer = ANSWER_SPEAKER.exec(text.slice(0, 6));
	if (answer && speakers.has(answer[1])) return speakers.get(answer[1])!;
	const close = quoteCloseAfter(text, start, end);
	if (close === null) return null;
	const who = QUOTE_SPEAKER.exec(text.slice(close, close + 12));
	return who ? speakers.get(who[1]) ?? null : null;
}

/** 普布次仁表示，今年将开通夜间公交线路4条: a speaker the article introduced, named in the figure's sentence before it */
function namedSpeaker(speakers: Map<string, Mention>, text: string, from: number, pos: number): Mention | null {
	const m = SPEAKER_NAMED.exec(text.slice(from, pos));
	return m ? speakers.get(m[1]) ?? null : null;
}
const SPEAKER_NAMED = /(?:^|[，,：:])\s*(\p{Script=Han}{2,4}?)(?:表示|介绍|说|透露|坦言|告诉记者)[，,：:]/u;

/** The acting body nearest the number: its coordination group's first member. */
/** a quotation opened after `from` closes before `to` */
function closesQuoteBetween(text: string, from: number, to: number): boolean {
	const open = indexWithin(text, '“', from, to);
	return open >= 0 && indexWithin(text, '”', open, to) >= 0;
}

function actorBefore(ms: Mention[], pos: number): Mention | null {
	let best: Mention | null = null;
	for (const m of ms) if (m.actor && m.end <= pos && (!best || m.start > best.start)) best = m;
	if (!best) return null;
	return ms.find((m) => m.group === best!.group && m.actor) ?? best;
}

/**
 * The doer named after a figure: in its sentence (…1200万元，由县交通运输局组织实施), or the speaker right after the
 * quotation that holds it (“…增加了近三成。”市燃气公司负责人说).
 */
function actorAfter(text: string, blockMs: Mention[] | null, sentMs: Mention[], end: number): Mention | null {
	for (const m of sentMs) if (m.actsAfter && m.start >= end) return m;
	if (!blockMs) return null; // no quotation in the block
	const ceil = Math.min(text.length, end + QUOTE_REACH);
	for (let i = end; i < ceil; i++) {
		const c = text[i];
		if (c === '“') return null;
		if (c !== '”') continue;
		return blockMs.find((m) => m.actsAfter && m.start > i && m.start <= i + 2) ?? null;
	}
	return null;
}
const QUOTE_REACH = 400;

let themeTmp = new Float64Array(16);
/** adds the theme shares of the keywords inside [a, b), scaled to sum to w (keywords are sorted by position) */
function themeScores(kws: KwHit[], a: number, b: number, out: Float64Array | number[], w: number, off = 0, len = out.length): void {
	if (themeTmp.length < len) themeTmp = new Float64Array(len);
	const tmp = themeTmp;
	tmp.fill(0, 0, len);
	let total = 0;
	let strongest = 0;
	for (let i = lowerBound(kws, a); i < kws.length && kws[i].pos < b; i++) {
		const k = kws[i];
		if (k.end <= b) { tmp[k.theme] += k.weight; total += k.weight; if (k.weight > strongest) strongest = k.weight; }
	}
	if (total === 0) return;
	// a span named only by weak, generic words (资金, 群众) says less about its theme than one with a telling word
	// (and less than in proportion: 志愿者 alone in a clean-up story should not outvote the story)
	const telling = Math.min(1, strongest / TELLING_WEIGHT);
	const scale = (w * telling * Math.sqrt(telling)) / total;
	for (let i = 0; i < len; i++) out[off + i] += tmp[i] * scale;
}
const TELLING_WEIGHT = 4;
function lowerBound(kws: KwHit[], pos: number): number {
	let lo = 0, hi = kws.length;
	while (lo < hi) { const mid = (lo + hi) >> 1; if (kws[mid].pos < pos) lo = mid + 1; else hi = mid; }
	return lo;
}

const SCENE_OPENER = /^在[^，,。；;]{2,12}[，,]/u;

/** the general government of a place, which its bare name stands for */
const PLACE_GOVERNMENT = /(?:管委会|管理委员会|人民政府|政府|党工委|[县区市乡镇]委|党委)$/u;
/** places above a county, whose articles zoom in on counties for examples */
const WIDE_LEVELS = new Set(['city', 'prefecture']);
/** a speaker's own household (我家种了18亩青稞) */
const OWN_HOUSEHOLD = /(?:我家|我们家|俺家|咱家|自家)/u;
/** the bodies that publish a place's statistics (市统计局, 国家统计局拉萨调查队) */
const STATISTICS_BODY = /统计局$|调查队$/u;
/** a count of the city's counties right after a figure (8个县(区), 8县区) */
const COUNTY_COUNT_AFTER = /^(?:县[(（]区[)）]|县区|区县|个县[(（]区[)）]|个县区|个区县)/u;
/** how many paragraphs back the acting body may have been named */
const SECTION_LOOKBACK = 2;
let scoreScratch = new Float64Array(0);
/** bodies with one remit (bureaus, courts, stations, observatories), unlike mass organisations and party committees */
const REMIT_BODY = /[局院所队台]$/u;
/** the theme keywords inside a body's name, scanned once per name */
const bodyKeywordCache = new WeakMap<Reference, Map<string, KwHit[]>>();
function bodyKeywords(ref: Reference, name: string): KwHit[] {
	let cache = bodyKeywordCache.get(ref);
	if (!cache) bodyKeywordCache.set(ref, (cache = new Map()));
	let kws = cache.get(name);
	if (!kws) cache.set(name, (kws = scanBlock(ref, name, false).kws));
	return kws;
}
const THEME_WEIGHTS = { body: 1.5, clause: 3, sentence: 2, lead: 1.5, paragraph: 1.2, heading: 0.8, headline: 1, article: 1.2 };

export function attributeFact(ref: Reference, article: ArticleContext, loc: FactLocation): Attribution {
	const pre = prepare(ref, article);
	const b = pre.blocks[loc.block];
	if (!b) return { district: null, place: null, agency: null, agency_level: null, theme: null };
	const text = b.text;
	const isTitle = b.kind === 'title' || b.kind === 'subtitle';
	const [cs, ce] = rangeAround(text, loc.start, loc.end, isTitle ? TITLEB : CLAUSE);
	const [ss, se] = rangeAround(text, loc.start, loc.end, SENTENCE);
	const clauseMs = mentionsIn(b.mentions, cs, ce);
	const sentMs = mentionsIn(b.mentions, ss, se);
	const headingB = b.heading >= 0 ? pre.blocks[b.heading] : null;
	const titleMs = pre.titleMentions;

	// district: clause, sentence, paragraph, section heading, headline, article
	// 全市建成托育机构18家，提供托位1150个，其中柳梧新区3家: a place after 其中 is a part of what the figure before counts
	const subsetAt = b.subset ? indexWithin(text, '其中', loc.end, se) : -1;
	const wholeMs = subsetAt >= 0 ? sentMs.filter((m) => m.start < subsetAt) : sentMs;
	const respective = b.respectively ? respectivePlace(text, sentMs, ss, loc.start) : null;
	let d = (respective && { district: respective.district!, place: respective.place }) ?? districtIn(ref, clauseMs, loc.start, text) ?? landmarkIn(text, clauseMs) ?? districtIn(ref, wholeMs, loc.start, text);
	const sentenceDistrict = d?.district ?? null;
	// **曲水县** 聂当工业园区前三季度完成产值…: the paragraph under a heading that is a place's name alone is about that
	// place, whatever else it mentions in passing (a later paragraph of the section may widen the view: 据了解，市住建局…)
	if (!d && headingB && b.heading === loc.block - 1 && headingB.mentions.length === 1 && headingB.mentions[0].kind === 'place' && headingB.mentions[0].district
		&& headingB.mentions[0].start === 0 && headingB.mentions[0].end === headingB.text.length) {
		d = { district: headingB.mentions[0].district, place: headingB.mentions[0].place };
	}
	if (!d) {
		d = paragraphVote(b.mentions, loc.start);
		// the city named in passing elsewhere in the paragraph (他来拉萨的第五年) says less than the article's own
		// district inside it: only the city opening a clause (拉萨市投入…) makes a figure two sentences away citywide, not
		// a body named after the city (国网拉萨供电公司为项目新建…), nor a citywide sentence after the figure
		const art = pre.articleDistrict;
		const cityLater = d?.district === HOME_CITY && laterCityCounts(b.mentions, loc.start);
		if (d?.district === HOME_CITY && art && art.district !== HOME_CITY && ref.cityUnits.has(art.district)
			&& !b.mentions.some((m) => m.district === HOME_CITY && (m.start < loc.start || cityLater) && (m.kind === 'city' || m.kind === 'place') && opensClause(clauseBefore(text, m.start, isTitle)))) d = art;
		// and a citywide or prefecture-wide article's figure keeps its place when the paragraph names a county only in
		// a later sentence (专项债券资金共计27.4亿元。在柳梧新区的一处产业园…): that sentence zooms in, it does not place the total
		else if (d && art?.district && d.district !== art.district && WIDE_LEVELS.has(ref.placeByName.get(art.district)?.level ?? '')
			&& !b.mentions.some((m) => m.district === d!.district && m.start < speakerTagEnd(text, quoteCloseAfter(text, loc.start, loc.end) ?? se) && !m.notSite)) d = art;
	}
	if (!d && headingB) d = districtIn(ref, headingB.mentions, 0);
	// 牧民次仁顿珠：… / 当雄县格达乡位于… / 几年前，次仁顿珠加入了合作社…: a section's place, said once in its opening
	// paragraphs, holds for its later paragraphs before the article's does (in a citywide article, the city holds)
	for (let k = loc.block - 1; !d && b.heading >= 0 && k > b.heading && pre.articleDistrict?.district !== HOME_CITY; k--) {
		const prev = pre.blocks[k];
		if (prev.kind === 'paragraph') d = paragraphVote(prev.mentions, Infinity);
	}
	if (!d) d = districtIn(ref, titleMs, 0);
	if (!d) d = pre.articleDistrict;
	// an article about a site the lede places in a county (位于城关区的拉鲁湿地): its figures are there, though a city body
	// gives them or the city's name is part of the site's (拉萨市第三污水处理厂); only 全市/我市 or the city acting in
	// the figure's own sentence makes one citywide
	if (pre.site && d?.district === HOME_CITY && !sentMs.some((m) => !m.notSite && (m.kind === 'city' || (m.kind === 'place' && m.place?.level === 'city' && m.actor)))) d = pre.site;

	// 覆盖8个县(区), 全市8县区: a count of the city's counties is a figure of the city, whichever county the article is in
	// (全市8县(区): the count's own measure word is 县, its (区) follows)
	// (林周、当雄、尼木3个县: a count of counties the clause lists by name spans them all)
	const countiesCounted = /^[县区]/u.test(text.slice(loc.end, loc.end + 1)) && new Set(clauseMs.filter((m) => m.kind === 'place' && m.end <= loc.start && m.district && m.district !== HOME_CITY).map((m) => m.district)).size > 1;
	if ((COUNTY_COUNT_AFTER.test(text.slice(loc.end, loc.end + 5)) || countiesCounted || (text.charCodeAt(loc.end - 1) === 0x53bf && /^[(（]区[)）]|^区/u.test(text.slice(loc.end, loc.end + 3)))) && d?.district !== HOME_CITY) d = { district: HOME_CITY, place: ref.placeByName.get(HOME_CITY) ?? null };

	// agency: clause, sentence, paragraph, heading, headline, then the article's main body
	let ag: Mention | null = actorBefore(clauseMs, loc.start) ?? actorBefore(sentMs, loc.start);
	// 安置点成立了牛羊育肥合作社，养殖牦牛近600头: a body just founded (成立了) does what the sentence's later clauses count
	if (!ag) ag = foundedBefore(text, sentMs, cs);
	// a figure inside a quotation or an answer is the speaker's body's, when the article introduced the speaker with it
	if (!ag && pre.speakers) ag = speakerBody(pre.speakers, text, loc.start, loc.end) ?? namedSpeaker(pre.speakers, text, ss, loc.start);
	// 据市气象台预报，当雄县…5至10厘米: the body the sentence's figures come from outranks a bare place after it
	// (县农业农村局局长介绍，县里还组建了8支服务队: and so does the county the spokesperson speaks of)
	// (记者从市政务服务和数据管理局获悉，…拉萨市12345热线共受理…: and so does the bureau a service hotline belongs to)
	if (ag && (ag.kind === 'place' || ag.localGov || isHotline(ag))) ag = sentMs.find((m) => m.source && m.end <= ag!.start) ?? ag;
	// 当雄县将有小到中雪，过程降雪量2至5毫米: a place in a weather reading is where it falls, not who reports it; the
	// weather office the article has does
	// (当雄县年降水量最多,为563.4毫米: or the clause before, when the figure's clause only gives its value)
	const weather = WEATHER_READING.test(text.slice(cs, ce)) || (cs > ss && /^[为达是]/u.test(text.slice(cs, cs + 1)) && WEATHER_READING.test(text.slice(rangeAround(text, cs - 2, cs - 1, CLAUSE)[0], cs)));
	// 林周县和尼木县分别新建温室30座、45座: each of the bodies acting together, in turn
	if (ag && respective && respective.actor && ag.group === respective.group) ag = respective;
	ag ??= actorAfter(text, b.quotes ? b.mentions : null, sentMs, loc.end);
	// 旺堆：园区入驻企业达到47家… in an interview: the interviewee answers for every figure it gives
	if (pre.interviewee && b.kind === 'paragraph' && !QUESTION.test(text)) ag = pre.interviewee;
	// whether the body was found in the figure's own sentence, or is brought in from around it
	const local = ag !== null;
	// a report's figures come from the body it is made for (代表市人民政府作报告): a place or body acting in one
	// sentence of a paragraph does not give the next sentence's figures
	if (!ag && !pre.reported) {
		ag = actorBefore(b.mentions, loc.start);
		// 村党支部书记达娃顿珠说:“…”据介绍，全县共投入…: the speaker's body speaks inside the quotation only
		if (ag && b.quotes && SPEAKER_QUOTES.test(text.slice(ag.end, ag.end + FOLLOW_REACH)) && closesQuoteBetween(text, ag.end, loc.start)) ag = null;
	}
	// 监测数据显示，城关区…均价每公斤92元: a sentence or paragraph that quotes the data names a place as where, not
	// who; the article's source gives the figure
	if (ag && ag.kind === 'place' && pre.main?.source && (DATA_SHOWS.test(text.slice(ss, Math.min(se, ss + 16))) || DATA_SHOWS.test(text.slice(0, 16)))) ag = pre.main;
	// then a paragraph just before, within the same section, that opens with its subject: a feature introduces
	// its subject once (达孜区积极实施… / 与此同时，培养…84名); a body named only late in that paragraph does not carry over
	// (在林周县，通信企业…: a paragraph that opens on a new place sets a new scene; the body before does not carry into it)
	const newScene = SCENE_OPENER.test(text) && b.mentions.some((m) => m.start === 1 && m.kind === 'place');
	for (let k = loc.block - 1; !ag && !newScene && k >= Math.max(0, loc.block - SECTION_LOOKBACK); k--) {
		const prev = pre.blocks[k];
		if (prev.kind !== 'paragraph') break;
		ag = prev.mentions.find((m) => m.actor && m.end <= prev.leadEnd) ?? null;
		// 羊达街道党工委书记旦增说:“…”: a paragraph that quotes a speaker gives the next one no subject
		if (ag && prev.quotes && SPEAKER_QUOTES.test(prev.text.slice(ag.end, ag.end + FOLLOW_REACH))) ag = null;
	}
	let fromParagraph = ag !== null;
	if (!ag && headingB) ag = headingB.mentions.find((m) => m.actor) ?? null;
	if (!ag) ag = pre.main;
	// 全县建成互助幸福院12个 in an article that names no body at all: the county speaks of itself (of a reading, nobody)
	if (!ag && !weather) {
		const t = b.mentions.find((m) => m.kind === 'county' && !m.localGov && m.place && m.start < loc.end);
		if (t) ag = { ...t, kind: 'place', agencyName: t.place!.name, agencyLevel: PLACE_AGENCY_LEVEL[t.place!.level] ?? null };
	}
	fromParagraph = fromParagraph && ag !== null;
	// a bare place named near the number defers to the article's own bureau of that place (达孜区 → 达孜区城管局),
	// not to the bureau of a place above it (a town acting is not its county's office)
	// (县里, the county's government as people speak of it, is no bare place)
	// (a site's own office, 布达拉宫管理处, is no place's bureau: the street the site lies in keeps its figures)
	if (ag && !ag.explicitOrg && !ag.localGov && pre.main && pre.main.explicitOrg && pre.main.district === ag.district && fromParagraph
		&& pre.main.place?.level !== 'landmark'
		&& !(ag.place && pre.main.place && ag.place !== pre.main.place && isAncestor(ref, pre.main.place, ag.place))
		// (达孜区德庆镇第二幼儿园 in a story of 达孜区's kindergartens: a town's body does not stand for the county acting)
		&& !(ag.place && pre.main.place && ag.place !== pre.main.place && isAncestor(ref, ag.place, pre.main.place))
		&& (pre.mainLeads || pre.mainCount >= (pre.bareCount.get(ag.place?.name ?? '') ?? 0))) ag = pre.main;
	// a service hotline in an article a bureau reports (记者从市政务服务和数据管理局获悉…12345热线共受理…) is that bureau's line
	// (or a report's, made for the government the line serves)
	const lineOwner = pre.reportedFor ?? pre.main;
	if (ag && isHotline(ag) && lineOwner && lineOwner !== ag && lineOwner.explicitOrg && !isHotline(lineOwner) && lineOwner.district === ag.district) ag = lineOwner;
	// 同期，当雄县公塘乡牧民…领取分红资金38万元 in a 林周县 bureau's article: a body brought from outside the sentence
	// does not act in another county the sentence names; the place named there does
	if (ag && !local && sentenceDistrict && ag.district && ag.district !== sentenceDistrict
		&& sentenceDistrict !== HOME_CITY && ag.district !== HOME_CITY && ref.cityUnits.has(ag.district) && ref.cityUnits.has(sentenceDistrict)) {
		ag = sentMs.filter((m) => m.district === sentenceDistrict && m.agencyName && !m.notSite).reduce<Mention | null>(pickFinest, null);
	}
	// 据介绍，…全市供热日均用气量约86万立方米 after a paragraph on 柳梧新区: a citywide sentence is not the county body's;
	// it is the article's own body's when that body is the city's
	else if (ag && !local && sentenceDistrict === HOME_CITY && ag.district && ag.district !== HOME_CITY && ref.cityUnits.has(ag.district)) {
		// (the city's body acting earlier in the paragraph first: 市交通运输局局长接着发布。…全市…通客车率达到100%)
		ag = actorBefore(b.mentions.filter((m) => m.district === HOME_CITY && m.agencyName && m.kind !== 'city'), loc.start) ?? (pre.main?.district === HOME_CITY ? pre.main : null);
	}

	// 报告显示，去年全县地区生产总值… in a report made for the county's government: the report's county, and its head
	// who reads it, are that government
	if (ag && pre.reportedFor && !ag.explicitOrg && ag.district === pre.reportedFor.district) ag = pre.reportedFor;
	// 统计公报显示，城关区实现地区生产总值…, 机场旅客吞吐量…: a statistics body's article reports every figure it gives, the
	// places it names and bodies it carries from sentences before included (a body acting or cited as the source in the
	// figure's own sentence still gives its own, and a county the city's bureau reports on gives the county's: labellers
	// split on those)
	if (ag && pre.main && ag !== pre.main && !ag.source && (!local || !ag.explicitOrg) && STATISTICS_BODY.test(pre.main.agencyName ?? '') && pre.main.district === (ag.district ?? pre.main.district)) ag = pre.main;
	if (weather && ag && (ag.kind === 'place' || ag.kind === 'county') && !ag.explicitOrg) ag = pre.main && /气象/u.test(pre.main.agencyName ?? '') ? pre.main : null;
	// 我家种了18亩青稞: a household's own fields, herds and rooms are no body's figures, unless its clause names one
	// (the body around still says what they are about: 我家的180只羊 in an emergency bureau's story)
	// (but “我家的家风故事”系列短视频30期 names a series: the quotation closes before the figure)
	const ownWords = ag !== null && !clauseMs.includes(ag) ? OWN_HOUSEHOLD.exec(text.slice(cs, loc.start)) : null;
	const household = ownWords !== null && !/[”》"]/u.test(text.slice(cs + ownWords.index, loc.start));

	// theme
	if (scoreScratch.length !== ref.themes.length) scoreScratch = new Float64Array(ref.themes.length);
	const scores = scoreScratch;
	scores.fill(0);
	themeScores(b.kws, cs, ce, scores, THEME_WEIGHTS.clause);
	themeScores(b.kws, ss, se, scores, THEME_WEIGHTS.sentence);
	// a paragraph's opening sentence states its topic (注重就业扶持，加快残疾人稳定增收步伐。)
	if (b.leadEnd > 0 && b.leadEnd < ss) addScaled(scores, pre.blockShares, THEME_WEIGHTS.lead, b.leadOff);
	addScaled(scores, pre.blockShares, THEME_WEIGHTS.paragraph, b.blockOff);
	if (headingB) addScaled(scores, pre.blockShares, THEME_WEIGHTS.heading, headingB.blockOff);
	addScaled(scores, pre.headlineShare, THEME_WEIGHTS.headline);
	addScaled(scores, pre.articleShare, THEME_WEIGHTS.article);
	// the acting body's remit (县应急管理局 → 安全应急, 市中级人民法院 → 平安法治) says what its figures are about
	// (该院, pointed back at, brings its name's remit in from outside the sentence too; 该派出所党支部 is the branch's)
	if (ag?.agencyName && REMIT_BODY.test(ag.agencyName) && (!sentMs.includes(ag) || (text.charCodeAt(ag.start) === 0x8be5 && !/^(?:党支部|党委|党总支|团支部|工会)/u.test(text.slice(ag.end, ag.end + 3))))) themeScores(bodyKeywords(ref, ag.agencyName), 0, ag.agencyName.length, scores, THEME_WEIGHTS.body);
	// (a brief with no word of any theme, △卡孜村村两委开展“最美庭院”评选…: what its acting body's name says)
	if (!scores.some((s) => s > 0) && ag?.agencyName) themeScores(bodyKeywords(ref, ag.agencyName), 0, ag.agencyName.length, scores, THEME_WEIGHTS.body);
	let theme: string | null = null;
	let best = 0;
	scores.forEach((s, i) => { if (s > best) { best = s; theme = ref.themes[i].theme; } });
	// (and a village's or community's own work, by the spec's themes: village cadres are 乡村振兴, communities 基层治理)
	if (!theme && ag?.agencyLevel === '村社区') theme = /(?:社区|居委会)/u.test(ag.agencyName ?? '') ? '基层治理' : '乡村振兴';

	return {
		district: d?.district ?? null,
		place: d?.place?.name ?? d?.district ?? null,
		agency: household ? null : (ag && shortName(ref, pre, ag)) ?? ag?.agencyName ?? null,
		agency_level: household ? null : ag?.agencyLevel ?? null,
		theme
	};
}

/** The table's short name of the body a fact goes to, when the article uses it and the fact's name is another of the table's names for it. */
function shortName(ref: Reference, pre: ArticlePre, ag: Mention): string | null {
	if (!pre.shortUsed || ag.agencyKey === null || ag.agencyName === null || ag.agencyName === ag.agencyKey || !pre.shortUsed.has(ag.agencyKey)) return null;
	return ref.agencyByName.get(ag.agencyName)?.name === ag.agencyKey ? ag.agencyKey : null;
}

function addScaled(out: Float64Array, src: number[], w: number, off = 0): void {
	for (let i = 0; i < out.length; i++) out[i] += w * src[off + i];
}

function addNormalised(out: Float64Array | number[], src: number[], w: number): void {
	let total = 0;
	for (const v of src) total += v;
	if (total === 0) return;
	for (let i = 0; i < out.length; i++) out[i] += (w * src[i]) / total;
}

export function attributeArticle(ref: Reference, article: ArticleContext): { district: string | null; theme: string | null } {
	const pre = prepare(ref, article);
	const scores = new Float64Array(ref.themes.length);
	addNormalised(scores, pre.headlineTheme, 1);
	addNormalised(scores, pre.articleTheme, 1);
	let theme: string | null = null;
	let best = 0;
	scores.forEach((s, i) => { if (s > best) { best = s; theme = ref.themes[i].theme; } });
	return { district: pre.articleDistrict?.district ?? null, theme };
}

/** For the dev check and debugging: every mention the scan found, with its role, and the article's main body. */
export function explainArticle(ref: Reference, article: ArticleContext): { main: string | null; mainCount: number; bare: Record<string, number>; mentions: string[]; keywords: string[] } {
	const pre = prepare(ref, article);
	const mentions: string[] = [];
	const keywords: string[] = [];
	pre.blocks.forEach((b, bi) => {
		for (const m of b.mentions) {
			mentions.push(`${bi}:${m.start} ${m.kind} ${b.text.slice(m.start, m.end)} → ${m.district ?? '-'}${m.actor ? ' ACTOR' : ''}${m.explicitOrg ? ' ORG' : ''}${m.notSite ? ' NOT-SITE' : ''} g${m.group}`);
		}
		for (const k of b.kws) keywords.push(`${bi}:${k.pos} ${b.text.slice(k.pos, k.end)} → ${ref.themes[k.theme].theme} ${k.weight}`);
	});
	return { main: pre.main?.agencyName ?? null, mainCount: pre.mainCount, bare: Object.fromEntries(pre.bareCount), mentions, keywords };
}
