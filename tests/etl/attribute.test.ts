// Attribution on sentences written for these tests: nearest evidence wins, roll-ups, who acts, and themes.
import { describe, it, expect } from 'vitest';
import { loadReference } from '../../etl/reference.js';
import { attributeFact, attributeArticle, type ArticleBlock, type ArticleContext, type Attribution } from '../../etl/attribute.js';

const ref = loadReference();

/** An article from [kind, text] pairs; the fact is the first occurrence of `quote` (or its `nth` occurrence) in any block. */
function at(blocks: [ArticleBlock['kind'], string][], quote: string, nth = 0): Attribution {
	const article: ArticleContext = { blocks: blocks.map(([kind, text]) => ({ kind, text })) };
	let seen = 0;
	for (let b = 0; b < article.blocks.length; b++) {
		let from = 0;
		for (;;) {
			const i = article.blocks[b].text.indexOf(quote, from);
			if (i < 0) break;
			if (seen++ === nth) return attributeFact(ref, article, { block: b, start: i, end: i + quote.length });
			from = i + 1;
		}
	}
	throw new Error(`quote ${quote} not in the article`);
}
const para = (text: string): [ArticleBlock['kind'], string][] => [['paragraph', text]];

describe('district: nearest evidence wins', () => {
	it('a county named in the clause beats a citywide article', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '全市就业工作会议召开'],
			['paragraph', '今年以来,全市新增城镇就业1.2万人。其中,尼木县帮助420名高校毕业生实现就业。']
		];
		expect(at(blocks, '420名').district).toBe('尼木县');
		expect(at(blocks, '1.2万人').district).toBe('拉萨市');
	});

	it('rolls townships, streets and villages up and keeps the finest place', () => {
		const r = at(para('曲水县聂当乡组织群众植树3000株。'), '3000株');
		expect([r.district, r.place]).toEqual(['曲水县', '聂当乡']);
		const s = at(para('八廓街道鲁固社区为辖区老人送去米面油200份。'), '200份');
		expect([s.district, s.place]).toEqual(['城关区', '鲁固社区']);
		expect(at(para('当雄县龙仁乡郭庆村共有牦牛1800头。'), '1800头').district).toBe('当雄县');
		expect(at(para('东嘎街道新建停车位150个。'), '150个').district).toBe('堆龙德庆区');
	});

	it('uses aliases of the functional zones', () => {
		expect(at(para('拉萨经济技术开发区新增企业36家。'), '36家').district).toBe('拉萨经开区');
		expect(at(para('综保区进出口额达到2.5亿元。'), '2.5亿元').district).toBe('综合保税区');
	});

	it('treats 全市, 我市 and a city body as citywide', () => {
		expect(at(para('我市累计发放消费券800万元。'), '800万元').district).toBe('拉萨市');
		expect(at(para('市民政局为困难群众发放取暖补贴96万元。'), '96万元').district).toBe('拉萨市');
	});

	it('reads a list ending in 等 as citywide, not as its first item', () => {
		expect(at(para('市卫健委在林周等三县(区)建成卫生室12个。'), '12个').district).toBe('拉萨市');
		expect(at(para('城关区、达孜区两地共清运垃圾500吨。'), '500吨').district).toBe('拉萨市');
	});

	it('does not take a destination for where the fact happened', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '尼木县吞巴乡派出所调解劳务纠纷'],
			['paragraph', '吞巴乡一名司机为某公司运送建材前往城关区，运费3500元迟迟未结。']
		];
		expect(at(blocks, '3500元').district).toBe('尼木县');
		expect(at(para('当雄县牧民合作社把800头牦牛销往堆龙德庆区。'), '800头').district).toBe('当雄县');
	});

	it('keeps an article\'s place for its totals when only a later sentence names another place', () => {
		const city: [ArticleBlock['kind'], string][] = [
			['title', '全市重点项目建设加快推进'],
			['paragraph', '全市重点项目建设提速，今年全市争取中央预算内投资18.6亿元。'],
			['paragraph', '今年共争取专项债券资金22亿元。在尼木县的一处工地上，工人们正在加紧施工。']
		];
		expect(at(city, '22亿元').district).toBe('拉萨市');
		// so does a prefecture's article: a county named at the paragraph's end is an example, not where the totals are
		const prefecture: [ArticleBlock['kind'], string][] = [
			['title', '阿里地区驻村工作队扎实开展学习'],
			['paragraph', '阿里地区各驻村工作队把学习贯穿驻村工作全过程。'],
			['paragraph', '各工作队制定学习计划120个，开展集中学习260场次。改则县驻村办选树先进典型，组织驻村干部学习。']
		];
		expect(at(prefecture, '120个').district).toBe('阿里地区');
		expect(at(prefecture, '260场次').district).toBe('阿里地区');
	});

	it('keeps a county article\'s place when only a body named after the city acts, and where goods are supplied to', () => {
		const solar: [ArticleBlock['kind'], string][] = [
			['title', '曲水县光伏项目并网发电'],
			['paragraph', '位于曲水县达嘎乡的光伏项目实现全容量并网发电，总投资约6.8亿元。'],
			['paragraph', '国网拉萨供电公司为项目新建送出线路12.4公里。']
		];
		expect(at(solar, '12.4公里').district).toBe('曲水县');
		const mill: [ArticleBlock['kind'], string][] = [
			['title', '林周县青稞喜获丰收'],
			['paragraph', '在甘丹曲果镇的一家加工厂，今年计划收购青稞3000吨，产品除了供应拉萨市区，还销往区外。']
		];
		expect(at(mill, '3000吨').district).toBe('林周县');
	});

	it('places a park named after the city where the paragraph says it lies', () => {
		const park: [ArticleBlock['kind'], string][] = [
			['title', '援藏工作成效显著'],
			['paragraph', '近年来，援藏工作扎实推进，全市受益群众超过10万人。'],
			['paragraph', '走进位于曲水县的拉萨江苏产业园，一排排厂房整齐排列。“园区目前入驻企业32家，今年实现产值4.7亿元。”指挥部负责人介绍。']
		];
		expect(at(park, '32家').district).toBe('曲水县');
		expect(at(park, '超过10万人').district).toBe('拉萨市');
	});

	it('places a quoted figure where its speaker is, named right after the quotation', () => {
		const thangka: [ArticleBlock['kind'], string][] = [
			['title', '全市唐卡产业蓬勃发展'],
			['paragraph', '近年来，全市唐卡产业发展势头良好。'],
			['paragraph', '“现在一张唐卡能卖到1800元左右。”堆龙德庆区古荣镇画师扎西说。']
		];
		expect(at(thangka, '1800元左右').district).toBe('堆龙德庆区');
	});

	it('gives each county of a list its own figure written right after it', () => {
		const text = '督察组共向我市转办信访件87件，其中涉及城关区41件、堆龙德庆区15件。';
		expect(['87件', '41件', '15件'].map((q) => at(para(text), q).district)).toEqual(['拉萨市', '城关区', '堆龙德庆区']);
	});

	it('gives places listed before 分别 to the figures after it in turn', () => {
		const text = '今年，曲水县、尼木县农村居民人均可支配收入分别达到1.9万元和2.1万元。';
		expect([at(para(text), '1.9万元').district, at(para(text), '2.1万元').district]).toEqual(['曲水县', '尼木县']);
		const acts = '林周县和当雄县分别新建温室30座、45座。';
		expect([at(para(acts), '30座').agency, at(para(acts), '45座').agency]).toEqual(['林周县', '当雄县']);
	});

	it('does not take a place after 其中, a river named after a place, or where someone comes from', () => {
		expect(at(para('全市已建成托育机构20家，提供托位1300个，其中城关区5家。'), '1300个').district).toBe('拉萨市');
		expect(at(para('今年堆龙河沿岸共清理垃圾60吨。'), '60吨').district).not.toBe('堆龙德庆区');
		expect(at(para('拉萨河达孜段今年清理漂浮物12吨。'), '12吨').district).toBe('达孜区');
		const fair = [['title', '全市春风行动招聘会举行'], ['paragraph', '全市招聘会现场达成就业意向近千人。来自当雄县的求职者扎西找到了工作。']] as [ArticleBlock['kind'], string][];
		expect(at(fair, '近千人').district).toBe('拉萨市');
	});

	it('falls back to the paragraph, then the headline', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '墨竹工卡县：草场保护见成效'],
			['paragraph', '今年共落实草原补奖资金2600万元。'],
			['paragraph', '在甲玛乡,牧民主动减畜。全年减少牲畜3000头。']
		];
		expect(at(blocks, '2600万元').district).toBe('墨竹工卡县');
		const r = at(blocks, '3000头');
		expect([r.district, r.place]).toEqual(['墨竹工卡县', '甲玛乡']);
	});

	it("keeps the article's district over the city named in passing elsewhere in the paragraph", () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '堆龙德庆区东嘎街道为商户减免租金'],
			['paragraph', '东嘎街道近日为辖区商户减免租金。'],
			['paragraph', '来自四川的商户小李已经在拉萨生活了八年。他说,店里的营业额今年增长了两成,达到36万元。']
		];
		expect(at(blocks, '36万元').district).toBe('堆龙德庆区');
		// the city acting in the paragraph still makes it citywide
		const acting: [ArticleBlock['kind'], string][] = [
			['title', '堆龙德庆区东嘎街道为商户减免租金'],
			['paragraph', '拉萨市出台了帮扶商户的措施。各级共减免租金5200万元。']
		];
		expect(at(acting, '5200万元').district).toBe('拉萨市');
	});

	it('keeps places outside Lhasa at their own county', () => {
		expect(at(para('山南市扎囊县新建温室大棚60座。'), '60座').district).toBe('扎囊县');
		expect(at(para('阿里地区共选派驻村干部900名。'), '900名').district).toBe('阿里地区');
	});

	it('does not read a two-character county inside another word', () => {
		// 探索县域 contains 索县 (a county of 那曲市) but is not a mention of it
		expect(at(para('达孜区积极探索县域经济新路子,引进项目8个。'), '8个').district).toBe('达孜区');
	});

	it('ignores the byline and returns null when the text names no place', () => {
		expect(at(para('拉萨融媒讯(记者某某)据统计,活动共吸引观众3000人次。'), '3000人次').district).toBeNull();
	});
});

describe('agency: who reports or does the counted thing', () => {
	it('takes a body from the table by the name the article uses', () => {
		const r = at(para('近日,拉萨市残联为38名残疾人发放轮椅。'), '38名');
		expect([r.agency, r.agency_level]).toEqual(['拉萨市残联', '市']);
		expect(at(para('市交警支队查处酒驾违法行为27起。'), '27起').agency).toBe('市交警支队');
	});

	it('recognises bodies not in the table by their shape', () => {
		const r = at(para('曲水县达嘎镇派出所开展反诈宣传12场次。'), '12场次');
		expect(r.agency).toBe('曲水县达嘎镇派出所');
		expect(r.agency_level).toBe('乡镇');
		expect(r.district).toBe('曲水县');
		const c = at(para('西藏雪域高原乳业有限公司收购牦牛奶300吨。'), '300吨');
		expect([c.agency, c.agency_level]).toEqual(['西藏雪域高原乳业有限公司', '企业']);
		expect(at(para('市公安局交警支队城北大队设置执勤点位6个。'), '6个').agency).toBe('市公安局交警支队城北大队');
		expect(at(para('林周县卫健委组织义诊4次。'), '4次').agency).toBe('林周县卫健委');
		// the offices every county keeps, by their short names
		expect(at(para('墨竹工卡县河长办为沿河各村发放垃圾袋3000个。'), '3000个').agency).toBe('墨竹工卡县河长办');
		expect(at(para('近日,曲水县文明办组织志愿者120名开展清洁活动。'), '120名').agency).toBe('曲水县文明办');
		// institutions that report their own figures
		expect(at(para('堆龙德庆区人民医院为群众免费义诊460人次。'), '460人次').agency).toBe('堆龙德庆区人民医院');
		expect(at(para('城关区第二小学组织学生种植树苗260株。'), '260株').agency).toBe('城关区第二小学');
		expect(at(para('今年以来,拉萨海关共监管进出口货物2.6万吨。'), '2.6万吨').agency).toBe('拉萨海关');
		// a level alone before a body's full name is the body of the place the text is about
		expect(at(para('区人民医院今年累计诊疗患者8.6万人次。'), '8.6万人次').agency).toBe('区人民医院');
		expect(at(para('今年以来,镇党委共发展新党员12名。'), '12名').agency).toBe('镇党委');
		expect(at(para('乡卫生院为群众义诊300人次。'), '300人次').agency).toBe('乡卫生院');
	});

	it('reads a body whose name holds 和, and a full name, whole', () => {
		expect(at(para('据市林业和草原局介绍，今年全市完成营造林12万亩。'), '12万亩').agency).toBe('市林业和草原局');
		expect(at(para('尼木县文化和旅游局今年组织送戏下乡35场次。'), '35场次').agency).toBe('尼木县文化和旅游局');
		// a 和 between two bodies still lists them
		expect(at(para('城关区和达孜区共有规上企业300家。'), '300家').agency).not.toMatch(/和/u);
		expect(at(para('国家税务总局拉萨市税务局今年为企业退税8.5亿元。'), '8.5亿元').agency).toBe('国家税务总局拉萨市税务局');
		// a level alone names the body of the place: 市 as well as 区, 县, 乡, 镇
		expect(at(para('市安委办组织开展安全检查12次。'), '12次').agency).toBe('市安委办');
	});

	it('reads a 和 between two fields of work, a place before a company\'s name, and a bare 公司 that points back', () => {
		expect(at(para('记者从市政务服务和数据管理局获悉，今年受理群众诉求8.6万件。'), '8.6万件').agency).toBe('市政务服务和数据管理局');
		// two bodies joined by 和 stay two
		expect(at(para('市公安局和市交通运输局联合开展整治行动30次。'), '30次').agency).toBe('市公安局');
		const company: [ArticleBlock['kind'], string][] = [
			['title', '青稞加工带动农户增收'],
			['paragraph', '西藏雪域曲水粮油加工有限公司落户曲水县。'],
			['paragraph', '公司年加工青稞3000吨，带动农户600户。']
		];
		expect(at(company, '3000吨').agency).toBe('西藏雪域曲水粮油加工有限公司');
	});

	it('takes the doer or speaker named after the figure', () => {
		expect(at(para('该道路全长18公里，由当雄县交通运输局组织实施。'), '18公里').agency).toBe('当雄县交通运输局');
		const quote = [
			['paragraph', '市水务局今年新建供水管网30公里。'],
			['paragraph', '“今年我们的供水量比去年增加了两成。”市自来水公司负责人扎西说。']
		] as [ArticleBlock['kind'], string][];
		expect(at(quote, '两成').agency).toBe('市自来水公司');
		expect(at(quote, '30公里').agency).toBe('市水务局');
	});

	it('takes the source of a sentence over a bare place after it, and a spokesperson as the source', () => {
		expect(at(para('据市医保局数据，全市参保人数达到61万人。'), '61万人').agency).toBe('市医保局');
		expect(at(para('主办方曲水县商务局相关负责人介绍，参展企业180家。'), '180家').agency).toBe('曲水县商务局');
		expect(at(para('据市气象台预报，当雄县积雪深度可达15厘米。'), '15厘米').agency).toBe('市气象台');
	});

	it('takes a village\'s own branch or work team named by its kind, and a park or an airport', () => {
		const village: [ArticleBlock['kind'], string][] = [
			['title', '卓玛村的新变化'],
			['paragraph', '村党支部今年召开支部党员大会12次。驻村工作队协调资金80万元修建水渠。']
		];
		expect(at(village, '12次').agency).toBe('村党支部');
		expect(at(village, '80万元').agency).toBe('驻村工作队');
		expect(at(para('柳梧新区创业园已入驻企业46家。'), '46家').agency).toBe('柳梧新区创业园');
		expect(at(para('拉萨贡嘎国际机场今年新开航线5条。'), '5条').agency).toBe('拉萨贡嘎国际机场');
	});

	it('lets the body a lede opens with speak for its place acting bare later, unless it is the place\'s own government', () => {
		const heating: [ArticleBlock['kind'], string][] = [
			['title', '墨竹工卡县多举措保障冬季供暖'],
			['paragraph', '本报讯(记者 张三)入冬以来，墨竹工卡县住建局会同县发改委等部门全力做好供暖保障工作。'],
			['paragraph', '目前，墨竹工卡县已完成供暖管网改造12公里，新增供暖面积3.5万平方米。墨竹工卡县还在工卡镇设立便民服务点6个。']
		];
		expect(['12公里', '3.5万平方米'].map((q) => at(heating, q).agency)).toEqual(['墨竹工卡县住建局', '墨竹工卡县住建局']);
		const zone: [ArticleBlock['kind'], string][] = [
			['title', '拉萨经开区招商引资成效明显'],
			['paragraph', '本报讯(记者 李四)记者从拉萨经济技术开发区管委会获悉，今年以来经开区持续优化营商环境。'],
			['paragraph', '前三季度，拉萨经开区新增注册企业120家。拉萨经开区还引进重点项目8个。']
		];
		expect(at(zone, '120家').agency).toBe('拉萨经开区');
	});

	it('reads a body\'s name without the time word or aim glued before it, and knows students, archives and descriptions', () => {
		const coop: [ArticleBlock['kind'], string][] = [
			['title', '青稞合作社的好日子'],
			['paragraph', '林周县卡孜乡青稞种植专业合作社成立于2018年。'],
			['paragraph', '“去年合作社卖青稞收入了86万元，明年合作社力争分红突破100万元。”理事长说。']
		];
		expect(at(coop, '86万元').agency).toBe('林周县卡孜乡青稞种植专业合作社');
		expect(at(coop, '100万元').agency).not.toMatch(/^(?:去年|明年|力争)/u);
		expect(at(para('返乡大学生扎西流转土地120亩。'), '120亩').agency).not.toBe('返乡大学');
		expect(at(para('市档案馆今年接待查档群众5600余人次。'), '5600余人次').agency).toBe('市档案馆');
		// 达孜 acting is 达孜区, by its full name
		expect(at(para('达孜今年新建温室30座。'), '30座').agency).toBe('达孜区');
		// where a place lies is no deed of it
		const doctor: [ArticleBlock['kind'], string][] = [
			['title', '雪域村医的一天'],
			['paragraph', '墨竹工卡县日多乡地处米拉山脚下,平均海拔4400米以上。'],
			['paragraph', '“村里有186户，我每年上门随访300多人次。”他说。']
		];
		expect(at(doctor, '186户').agency).toBeNull();
	});

	it('reads aid teams by their whole names, ordinals and partners included', () => {
		expect(at(para('北京市第十批“组团式”援藏医疗队的58名专家常驻市人民医院。'), '58名').agency).toBe('北京市第十批“组团式”援藏医疗队');
		expect(at(para('江苏援藏墨竹工卡县工作组今年实施援藏项目9个。'), '9个').agency).toBe('江苏援藏墨竹工卡县工作组');
		// a count before a suffix is still no name: 分三批组织医疗队
		expect(at(para('今年共分三批组织医疗队下乡12次。'), '12次').agency).toBeNull();
	});

	it('gives a government work report\'s figures to the body it is made for, whatever acts in an earlier sentence', () => {
		const report: [ArticleBlock['kind'], string][] = [
			['title', '凝心聚力开新局 真抓实干谱新篇'],
			['subtitle', '——拉萨市《政府工作报告》摘要'],
			['paragraph', '本报讯(记者 张三)1月16日，市人民代表大会会议开幕。市长代表市人民政府向大会作政府工作报告。'],
			['paragraph', '过去一年，全市实现地区生产总值1012.6亿元。'],
			['paragraph', '拉萨贡嘎国际机场旅客吞吐量突破700万人次。全市新建城市绿道约18公里。']
		];
		expect(at(report, '1012.6亿元').agency).toBe('市人民政府');
		expect(at(report, '约18公里').agency).toBe('市人民政府');
	});

	it('reads bank branches, industrial parks, bases and investors by their whole names', () => {
		expect(at(para('记者从人行拉萨中心支行获悉，全市涉农贷款余额860亿元。'), '860亿元').agency).toBe('人行拉萨中心支行');
		expect(at(para('今年，曲水县工业园区现有入驻企业48家。'), '48家').agency).toBe('曲水县工业园区');
		expect(at(para('尼木县续迈乡藏鸡养殖基地现存栏藏鸡8000羽。'), '8000羽').agency).toBe('尼木县续迈乡藏鸡养殖基地');
		expect(at(para('该电站由西藏某新能源有限公司投资建设，总投资约3亿元。'), '约3亿元').agency).toBe('西藏某新能源有限公司');
	});

	it('gives figures a data release places in a county to the body that released them', () => {
		const prices: [ArticleBlock['kind'], string][] = [
			['title', '节日期间我市物价总体平稳'],
			['paragraph', '本报讯(记者 张三)记者从市发改委获悉，元旦以来，我市主要商品价格总体平稳。'],
			['paragraph', '监测数据显示，堆龙德庆区农贸市场鸡蛋均价每斤6元；大米每斤3元。']
		];
		expect(at(prices, '6元').agency).toBe('市发改委');
		expect(at(prices, '3元').agency).toBe('市发改委');
		expect(at(prices, '6元').district).toBe('堆龙德庆区');
	});

	it('gives an interview\'s answers to the interviewee\'s body, and knows health bodies by name', () => {
		const interview: [ArticleBlock['kind'], string][] = [
			['title', '让每一个孩子都能享有公平而有质量的教育'],
			['subtitle', '——访市教育局党组副书记、局长张三'],
			['paragraph', '记者：今年全市教育事业的基本情况如何？'],
			['paragraph', '张三：今年秋季学期，全市共有各级各类学校586所，在校学生约19.8万人。']
		];
		expect(at(interview, '586所').agency).toBe('市教育局');
		expect(at(para('县疾控中心今年开展免疫规划宣传12场。'), '12场').agency).toBe('县疾控中心');
		expect(at(para('堆龙德庆区卫生健康委组织义诊30场。'), '30场').agency).toBe('堆龙德庆区卫生健康委');
		expect(at(para('墨竹工卡县妇幼保健院全年住院分娩率达到99%。'), '99%').agency).toBe('墨竹工卡县妇幼保健院');
	});

	it('gives a quoted figure to the body its speaker was introduced with, and reads road names and kinds of school as no bodies', () => {
		const doctor: [ArticleBlock['kind'], string][] = [
			['title', '县域医共体建设见成效'],
			['paragraph', '在曲水县卫生健康委，主任扎西顿珠给记者算了一笔账。'],
			['paragraph', '“全县现有乡村医生140名，实现了每村至少有2名村医。”扎西顿珠说。']
		];
		expect(at(doctor, '140名').agency).toBe('曲水县卫生健康委');
		expect(at(para('墨竹工卡县日多乡至扎雪乡公路改建工程全长46公里。'), '46公里').agency).toBeNull();
		expect(at(para('全市普惠性幼儿园覆盖率达到98.2%。'), '98.2%').agency).toBeNull();
	});

	it('reads a body named after a place that starts with a numeral, and no village in a verb phrase', () => {
		expect(at(para('八廓派出所今年共接警1200起。'), '1200起').agency).toBe('八廓派出所');
		expect(at(para('三个派出所共接警300起。'), '300起').agency).toBeNull();
		expect(at(para('才纳乡依托驻村工作队建成大棚186座。'), '186座').agency).toBe('才纳乡');
		expect(at(para('城关区夺底街道维巴村离市中心约15公里。'), '约15公里').agency).toBeNull();
	});

	it('lets a body named after where it is (村里的…合作社) act, and reads relapse monitoring as rural revitalisation', () => {
		expect(at(para('村里的吞达藏香农民专业合作社现有水磨87座。'), '87座').agency).toBe('吞达藏香农民专业合作社');
		expect(at([['title', '防止返贫动态监测'], ['paragraph', '全市纳入防止返贫监测对象1200户，均已落实帮扶措施。']], '1200户').theme).toBe('乡村振兴');
	});

	it('keeps the county a review names more often than a body named near its end', () => {
		const review: [ArticleBlock['kind'], string][] = [
			['title', '砥砺奋进谱新篇'],
			['subtitle', '——曲水县2023年工作综述'],
			['paragraph', '曲水县全年新增市场主体1260户。曲水县持续改善民生，新建保障性住房300套。曲水县新建学校2所。'],
			['paragraph', '一年来，全县上下凝心聚力，经济持续向好。'],
			['paragraph', '农业生产提质增效，特色产业不断壮大。'],
			['paragraph', '全年新建温室大棚80座，农牧民人均可支配收入增长9%。'],
			['paragraph', '县纪委监委全年查处违纪违法案件12件，县纪委监委开展廉政教育46场。']
		];
		expect(at(review, '80座').agency).toBe('曲水县');
		expect(at(review, '12件').agency).toBe('曲水县纪委监委');
	});

	it('takes the body an article\'s opening gives its figures from for the figures after it', () => {
		const school: [ArticleBlock['kind'], string][] = [
			['title', '教育事业稳步发展'],
			['paragraph', '记者从市教育局获悉，今年全市教育投入6.5亿元。'],
			['paragraph', '学前教育普及普惠，入园率稳步提高。'],
			['paragraph', '义务教育均衡发展，巩固率保持高位。'],
			['paragraph', '全市共有各级各类学校312所。']
		];
		expect(at(school, '312所').agency).toBe('市教育局');
		// a dateline printed without the reporter in brackets ends at the dateline: the body after it still speaks
		const dateline: [ArticleBlock['kind'], string][] = [
			['title', '农村饮水安全持续巩固'],
			['paragraph', '本报讯 记者从市水利局获悉，今年全市新建集中供水工程26处。'],
			['paragraph', '各县区加强水源地保护，水质达标率稳步提高。'],
			['paragraph', '全市农村自来水普及率达到93%。']
		];
		expect(at(dateline, '26处').agency).toBe('市水利局');
		expect(at(dateline, '93%').agency).toBe('市水利局');
		expect(at(para('拉萨融媒讯 县应急管理局近日排查隐患41处。'), '41处').agency).toBe('县应急管理局');
		// a share of all the city's courts is not a court
		expect(at(para('受理案件1.1万件，约占全市法院收案总数的近四成。'), '近四成').agency).toBeNull();
	});

	it('takes the body that holds the event, named in a lede that opens on a quotation', () => {
		const fair: [ArticleBlock['kind'], string][] = [
			['title', '尼木县专场招聘会送岗到家门口'],
			['paragraph', '拉萨融媒讯(记者扎西)“请问你们招不招厨师？”近日，在尼木县人社局联合县妇联举办的专场招聘会上，求职者络绎不绝。'],
			['paragraph', '本次招聘会在尼木县城广场举行，共有45家企业参会，提供岗位1300余个。']
		];
		expect(at(fair, '45家').agency).toBe('尼木县人社局');
	});

	it('takes the place that acts most often for an article whose headline names no body', () => {
		const story: [ArticleBlock['kind'], string][] = [
			['title', '家门口的幸福食堂'],
			['paragraph', '今年以来，城关区扎细街道坚持办好民生实事。扎细街道新建社区食堂2个。'],
			['paragraph', '老人们说，饭菜可口，价格实惠。'],
			['paragraph', '中午时分，食堂里坐满了前来就餐的居民。'],
			['paragraph', '食堂每天供餐300余份，惠及老人1200余人。']
		];
		expect(at(story, '300余份').agency).toBe('城关区扎细街道');
	});

	it('does not take a member of a body, or a verb, for the body', () => {
		const team: [ArticleBlock['kind'], string][] = [
			['title', '市委组织部加强驻村工作'],
			['paragraph', '驻村工作队员2380名深入农牧区走访群众。']
		];
		expect(at(team, '2380名').agency).toBe('市委组织部');
		expect(at(para('跟着技术员学会了种菜后，全家今年收入3万元。'), '3万元').agency).toBeNull();
	});

	it('does not take a hall, a facility named after a body, or a leading verb for a body', () => {
		expect(at(para('记者看到，候机大厅新增值机柜台12个。'), '12个').agency).toBeNull();
		expect(at(para('拉萨贡嘎国际机场T3航站楼建筑面积8万平方米。'), '8万平方米').agency).toBeNull();
		expect(at(para('加上合作社年底的分红，全家收入超过了8万元。'), '超过了8万元').agency).toBeNull();
		expect(at(para('今年分三批发放政府消费券2000万元。'), '2000万元').agency).toBeNull();
		expect(at(para('全村党员集中学习12次。'), '12次').agency).toBeNull();
		const school = at(para('县委党校今年开设主体班次8期。'), '8期');
		expect([school.agency, school.theme]).toEqual(['县委党校', '党的建设']);
	});

	it('does not take the city a figure is compared with for its place', () => {
		const review: [ArticleBlock['kind'], string][] = [
			['title', '曲水县经济稳中向好'],
			['paragraph', '曲水县全年实现地区生产总值52.3亿元，增速位居全市前列，固定资产投资增速高于全市平均水平1.8个百分点。']
		];
		expect(at(review, '1.8个百分点').district).toBe('曲水县');
		expect(at(para('当雄县牧业产值占全市的23%。'), '23%').district).toBe('当雄县');
	});

	it('does not take where a villager lives, or every body of a kind, for the acting body', () => {
		expect(at(para('林周县强嘎乡村民次仁家今年收入8.2万元。'), '8.2万元').agency).toBeNull();
		expect(at(para('全县农牧民专业合作社发展到126家。'), '126家').agency).toBeNull();
		expect(at(para('他们探索“合作社+农户”模式，带动农户200户。'), '200户').agency).toBeNull();
	});

	it('takes the body a figure is reported by', () => {
		expect(at(para('记者从市统计局获悉,今年前三季度全市地区生产总值增长7.8%。'), '7.8%').agency).toBe('市统计局');
		expect(at(para('据尼木县人社局介绍,今年全县新增就业860人。'), '860人').agency).toBe('尼木县人社局');
		expect(at(para('此次活动由城关区禁毒办主办,共发放宣传资料500余份。'), '500余份').agency).toBe('城关区禁毒办');
		expect(at(para('据区发改委相关负责人介绍,今年全区共实施重点项目42个。'), '42个').agency).toBe('区发改委');
		expect(at(para('记者从县统计局办公室主任处了解到,全县规模以上企业达到28家。'), '28家').agency).toBe('县统计局办公室');
		// leading an alliance is not reporting its figures
		expect(at(para('成立由区妇联牵头的互助小组。小组已帮扶妇女120名。'), '120名').agency).not.toBe('区妇联');
	});

	it('does not take a description or an object for an institution', () => {
		expect(at(para('推广示范小学经验,培训教师300人次。'), '300人次').agency).toBeNull();
		expect(at(para('他把12万元捐给了乡里的卫生院。'), '12万元').agency).toBeNull();
		expect(at(para('孩子们考上大学后,家里收入增加到每月3000元。'), '3000元').agency).toBeNull();
	});

	it('takes a bare district or township as the acting body', () => {
		const r = at(para('堆龙德庆区新建公厕12座。'), '12座');
		expect([r.agency, r.agency_level]).toEqual(['堆龙德庆区', '县区']);
		expect(at(para('今年以来,强嘎乡调解邻里纠纷9起。'), '9起').agency).toBe('强嘎乡');
	});

	it('does not take an object or a partner for the actor', () => {
		expect(at(para('市总工会来到市公安局交警支队,为一线交警送去慰问金2万元。'), '2万元').agency).toBe('市总工会');
		expect(at(para('市妇联联合市民政局为120名留守儿童送去书包。'), '120名').agency).toBe('市妇联');
		expect(at(para('团市委在北京市总工会的支持下,组织40名青年参加培训。'), '40名').agency).toBe('团市委');
	});

	it('takes the first of a list of bodies that act together', () => {
		expect(at(para('市公安局禁毒支队、刑警支队等5个警种开展联合宣传。'), '5个').agency).toBe('市公安局禁毒支队');
	});

	it('does not take generic bodies or another city\'s body', () => {
		expect(at(para('全县新成立3个行业党委。'), '3个').agency).toBeNull();
		expect(at(para('在北京市总工会支持下,培训学员50名。'), '50名').agency).toBeNull();
	});

	it('falls back to the section heading, then the headline', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '我市各单位开展节日慰问'],
			['heading', '市妇联'],
			['paragraph', '节日期间,走访慰问困难妇女86户。'],
			['heading', '尼木县'],
			['paragraph', '为五保户发放慰问金4.6万元。']
		];
		expect(at(blocks, '86户').agency).toBe('市妇联');
		const r = at(blocks, '4.6万元');
		expect([r.agency, r.district]).toEqual(['尼木县', '尼木县']);
		const h: [ArticleBlock['kind'], string][] = [['title', '林周县残联助力残疾人增收'], ['paragraph', '今年共扶持残疾人创业项目7个。']];
		expect(at(h, '7个').agency).toBe('林周县残联');
	});

	it('prefers the bureau the article keeps naming over its bare district', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '当雄县：绿色出行成风尚'],
			['paragraph', '当雄县共有公交站台35个。今年以来,当雄县交通运输局新开通线路2条。'],
			['paragraph', '当雄县交通运输局还组织驾驶员培训。据了解,当雄县交通运输局计划明年再增加班次。']
		];
		expect(at(blocks, '35个').agency).toBe('当雄县交通运输局');
	});

	it('keeps a town acting for itself in an article that keeps naming a county office', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '当雄县：草原上的绿色长廊'],
			['paragraph', '近日,当雄县公塘乡组织200余名群众在河边植树。当雄县林草局提供了树苗。'],
			['paragraph', '据了解,当雄县林草局计划明年再造林500亩。']
		];
		expect(at(blocks, '200余名').agency).toBe('当雄县公塘乡');
	});
});

describe('theme', () => {
	it('lets a clause with only a weak, generic word say less than the paragraph around it', () => {
		const troupe: [ArticleBlock['kind'], string][] = [
			['title', '尼木县藏戏队送戏下乡'],
			['paragraph', '今年，藏戏队在全县巡回演出藏戏60场次，县里投入专项资金45万元。']
		];
		expect(at(troupe, '45万元').theme).toBe('文化宣传');
		expect(at(para('今年全市共排查安全隐患1200处，已整改1150处。'), '1150处').theme).toBe('安全应急');
		expect(at(para('县公安局冻结涉案资金约300万元。'), '约300万元').theme).toBe('平安法治');
		expect(at(para('派出所民警深入社区开展普法宣传12场。'), '12场').theme).toBe('平安法治');
	});

	it('reads a keyword inside a longer one as part of it, and the printed forms of publicity as weak words', () => {
		// 宣传 inside 国家安全宣传 or 法治宣传 is not culture; handbooks, slogans and banners carry any subject
		const security: [ArticleBlock['kind'], string][] = [
			['title', '曲水县开展全民国家安全教育日宣传活动'],
			['paragraph', '4月15日，曲水县公安局走进社区和学校，开展国家安全宣传活动，共发放宣传手册500余份，张贴国安宣传标语30处，悬挂横幅8条。']
		];
		expect(['500余份', '30处', '8条'].map((q) => at(security, q).theme)).toEqual(['平安法治', '平安法治', '平安法治']);
		const culture: [ArticleBlock['kind'], string][] = [
			['title', '达孜区开展送文化下乡活动'],
			['paragraph', '近日，达孜区文化馆走进村居开展文艺演出，发放宣传手册300余份，悬挂横幅6条。']
		];
		expect(['300余份', '6条'].map((q) => at(culture, q).theme)).toEqual(['文化宣传', '文化宣传']);
		expect(at(para('全年开展法治宣传进乡村活动40场，发放反间谍法学习资料2000份。'), '2000份').theme).toBe('平安法治');
	});

	it('knows exams and school places, grassland protection, market supply, trade, veterans, archives and Tibetan medicine', () => {
		const t = (title: string, text: string, quote: string) => at([['title', title], ['paragraph', text]], quote).theme;
		expect(t('今年高考顺利举行', '全市高考报名考生1.2万人，设考点8个。', '1.2万人')).toBe('民生保障');
		expect(t('当雄县落实草原生态补奖政策', '全县落实禁牧面积120万亩，完成人工种草2万亩。', '120万亩')).toBe('生态环境');
		expect(t('城关区做好冬季保供稳价', '为做好冬春保供稳价工作，城关区储备冬春蔬菜900吨，设立平价直销点15个。', '900吨')).toBe('民生保障');
		expect(t('综保区外贸逆势增长', '前三季度综保区实现进出口总值12.5亿元，同比增长20%。', '12.5亿元')).toBe('经济产业');
		expect(t('全市快递业务量持续增长', '全市快递业务量达到3000万件。', '3000万件')).toBe('经济产业');
		expect(t('暖心服务退役军人', '今年为1.5万名优抚对象发放优抚金9000万元。', '9000万元')).toBe('民生保障');
		expect(t('市档案馆服务群众', '市档案馆全年接待查档群众4000余人次。', '4000余人次')).toBe('文化宣传');
		expect(t('县人民医院发展藏医特色', '医院今年接诊藏医患者3万人次。', '3万人次')).toBe('民生保障');
		expect(t('商户渡难关', '疫情期间，房东为个体工商户减免房租共计12万元。', '12万元')).toBe('经济产业');
	});

	it('knows prices, sown area, unemployment, wildlife, relics, news coverage, flash floods and city renewal', () => {
		const t = (title: string, text: string, quote: string) => at([['title', title], ['paragraph', text]], quote).theme;
		expect(t('节日市场物价平稳', '价格监测显示，蔬菜、粮油等30种民生商品价格总体平稳。', '30种')).not.toBe('乡村振兴');
		expect(t('春耕生产有序推进', '全县粮食播种面积稳定在12万亩。', '12万亩')).toBe('乡村振兴');
		expect(t('就业形势总体稳定', '城镇调查失业率控制在5%以内。', '5%以内')).toBe('就业创业');
		expect(t('守护越冬候鸟', '保护区聘请护鹤员30名，黑颈鹤越冬种群达到2000只。', '30名')).toBe('生态环境');
		expect(t('文物保护工程有序推进', '今年累计投入文物保护资金1.2亿元。', '1.2亿元')).toBe('文化宣传');
		expect(t('防汛工作', '排查受山洪威胁群众20户86人。', '20户')).toBe('安全应急');
		expect(t('城市更新', '今年实施城市更新项目30个。', '30个')).toBe('城市建设');
	});

	it('knows special equipment, gas cylinders, relief stores and cloud seeding as safety, and unpaid wages as law', () => {
		const t = (title: string, text: string, quote: string) => at([['title', title], ['paragraph', text]], quote).theme;
		expect(t('冬季安全检查', '共检查电梯、锅炉等特种设备860台。', '860台')).toBe('安全应急');
		expect(t('燃气安全检查', '抽查液化气瓶320只。', '320只')).toBe('安全应急');
		expect(t('今夏作业情况', '开展人工增雨作业45次。', '45次')).toBe('安全应急');
		expect(t('根治欠薪专项行动', '为农民工讨回欠薪126万元。', '126万元')).toBe('平安法治');
	});

	it('reads traffic accidents as public order, not as disaster and work safety', () => {
		const t = (title: string, text: string, quote: string) => at([['title', title], ['paragraph', text]], quote).theme;
		expect(t('国庆假期道路交通安全', '全市交通事故起数同比下降17.3%。', '17.3%')).toBe('平安法治');
	});

	it('reads power stations and sales as the economy, and stable sales as no matter of public order', () => {
		expect(at(para('全县已建成水电站3座，年均发电量约2亿千瓦时。'), '3座').theme).toBe('经济产业');
		expect(at(para('这家企业的产品线上月销量稳定在800件左右。'), '800件左右').theme).toBe('经济产业');
	});

	it('knows elderly care, drinking water, irrigation, complaints and cadre training', () => {
		expect(at(para('社区老年食堂每天为辖区老人提供助餐服务120人次。'), '120人次').theme).toBe('民生保障');
		expect(at(para('村里新修水渠3公里，灌溉农田800亩。'), '3公里').theme).toBe('乡村振兴');
		expect(at(para('今年以来，群众投诉量同比下降两成。'), '两成').theme).toBe('基层治理');
		expect(at(para('全年举办干部培训班36期。'), '36期').theme).toBe('党的建设');
	});

	it('weighs the remit of a body acting from outside the sentence, not of a mass organisation', () => {
		const safety: [ArticleBlock['kind'], string][] = [
			['title', '冬季专项检查'],
			['paragraph', '近日,林周县应急管理局开展冬季专项行动。'],
			['paragraph', '行动中,共出动检查人员320人次,检查企业46家,责令整改12家。']
		];
		expect(at(safety, '320人次').theme).toBe('安全应急');
		const women: [ArticleBlock['kind'], string][] = [
			['title', '巾帼技能培训'],
			['paragraph', '近日,市妇联开展巾帼技能培训。'],
			['paragraph', '培训期间,为60名妇女开展家政技能培训,帮助38人实现就业。']
		];
		expect(at(women, '38人').theme).toBe('就业创业');
	});

	it('follows the keywords nearest the number', () => {
		expect(at(para('达孜区城管局在镇区新设垃圾分类收集点25个,回收可回收物3吨。'), '25个').theme).toBe('生态环境');
		expect(at(para('市公安局破获电信网络诈骗案件14起。'), '14起').theme).toBe('平安法治');
		expect(at(para('市人社局举办专场招聘会,提供就业岗位1200个。'), '1200个').theme).toBe('就业创业');
		expect(at(para('拉萨贡嘎国际机场新开航线3条,旅客吞吐量增长。'), '3条').theme).toBe('交通民航');
		expect(at(para('受强降雪影响,当雄县紧急转移安置牧民群众860人。'), '860人').theme).toBe('安全应急');
		expect(at(para('今年新开通公交线路4条,新增公交车36辆。'), '36辆').theme).toBe('交通民航');
		expect(at(para('全县空气质量优良天数比例达98.6%。'), '98.6%').theme).toBe('生态环境');
		expect(at(para('国庆假期实现旅游总收入3.2亿元。'), '3.2亿元').theme).toBe('经济产业');
		expect(at(para('今年全市安全生产检查发现隐患410处,已整改。'), '410处').theme).toBe('安全应急');
		expect(at(para('入冬以来,县林草局开展森林草原防火巡查46次。'), '46次').theme).toBe('安全应急');
		expect(at(para('某村今年新建温室大棚30座,种植各类蔬菜。'), '30座').theme).toBe('乡村振兴');
		expect(at(para('全县粮食播种面积稳定在12万亩。'), '12万亩').theme).toBe('乡村振兴');
		expect(at([['title', '某区持续优化营商环境'], ['paragraph', '今年新登记市场主体3260户。']], '3260户').theme).toBe('经济产业');
		expect(at(para('区人民医院今年累计诊疗患者8.6万人次。'), '8.6万人次').theme).toBe('民生保障');
	});

	it('lets a clause keyword override the article topic', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '市残联关爱残疾人工作综述'],
			['paragraph', '市残联为残疾人发放补贴资金80万元,开展康复救助。'],
			['paragraph', '注重就业扶持。市残联举办招聘会,帮助残疾人就业35人。']
		];
		expect(at(blocks, '80万元').theme).toBe('民生保障');
		expect(at(blocks, '35人').theme).toBe('就业创业');
	});
});

describe('who pays, guides or speaks as a branch; a superlative over the city; students of a university', () => {
	it('takes the body that pays for or guides the work after 由 as the one doing it', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['paragraph', '拉萨融媒讯(记者次珍)近日,曲水县才纳乡的两个自然村用上了稳定的电。'],
			['paragraph', '该项目由国网拉萨供电公司投资860万元建设,新建10千伏线路8.6公里。']
		];
		expect(at(blocks, '860万元').agency).toBe('国网拉萨供电公司');
		expect(at(blocks, '8.6公里').district).toBe('曲水县');
		expect(at(para('本届年货节由市商务局指导,设置展位180个。'), '180个').agency).toBe('市商务局');
	});
	it('keeps the parent of a branch that is the source, whatever its trade', () => {
		expect(at(para('记者从华润燃气拉萨分公司获悉,今年新增燃气用户8600户。'), '8600户').agency).toBe('华润燃气拉萨分公司');
	});
	it('reads 全市 before a superlative as the yardstick, and a place before its own 平均 as the site', () => {
		const r = at(para('林周县阿朗乡平均海拔4300米,是全市海拔最高的乡之一。'), '4300米');
		expect(r.district).toBe('林周县');
		expect(at(para('尼木县帕古乡最偏远的2个村通了自来水。'), '2个').district).toBe('尼木县');
	});
	it('gives a figure inside a quotation to the speaker tagged after it, however long the quotation or the tag', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '我市农牧民冬季增收渠道拓宽'],
			['paragraph', '记者从市农业农村局获悉,今冬全市新建暖棚120座。'],
			['paragraph', '“以前一年只能挣3000元左右,冬天就在家待着。现在合作社每个月都发工资。”曲水县才纳乡村民洛桑旺姆开心地说。']
		];
		expect(at(blocks, '3000元左右').district).toBe('曲水县');
		const tagged: [ArticleBlock['kind'], string][] = [
			['paragraph', '“一上午就卖出去300多斤酥油。”达孜区邦堆乡农牧民专业合作社负责人格桑次仁高兴地说。']
		];
		expect(at(tagged, '300多斤').agency).toBe('达孜区邦堆乡农牧民专业合作社');
	});
	it('lets a teacher speak for the school named in the tag', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['paragraph', '记者从市教育局获悉,今年全市新建幼儿园6所。'],
			['paragraph', '“我们年级今年有268名学生,分成6个班。”城关区第一小学三年级班主任卓嘎告诉记者。']
		];
		expect(at(blocks, '268名').agency).toBe('城关区第一小学');
	});
	it('leaves a spokesperson to the body left unnamed before them, not to its place', () => {
		const r = at(para('“今天卖出了600多斤酥油。”林周县卡孜乡一家奶制品合作社负责人边巴次仁高兴地说。'), '600多斤');
		expect([r.district, r.agency]).toEqual(['林周县', null]);
	});
	it('themes training by what it trains for, not by who is trained', () => {
		expect(at(para('在促进妇女就业方面,区妇联举办月嫂、面点等培训班18期,培训妇女720人次。'), '720人次').theme).toBe('就业创业');
	});
	it('does not carry a body into a paragraph that opens on a new place', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['paragraph', '记者从市商务局获悉,今年全市新增电商服务站45个。'],
			['paragraph', '在达孜区,西藏某物流有限公司为5个村开通了快递进村线路。'],
			['paragraph', '在曲水县,电商企业为茶巴拉乡的8个合作社开设网店,销售农产品3.2吨。']
		];
		expect(at(blocks, '3.2吨').agency).toBe('市商务局');
		expect(at(blocks, '3.2吨').district).toBe('曲水县');
	});
	it('does not make a school of the students it names', () => {
		expect(at(para('市总工会持续开展助学活动，今年累计资助困难职工子女大学新生96名。'), '96名').agency).toBe('市总工会');
	});
});

describe('attributeArticle', () => {
	it('gives the article a district and a theme', () => {
		const article: ArticleContext = {
			blocks: [
				{ kind: 'title', text: '林周县推进乡村振兴' },
				{ kind: 'paragraph', text: '林周县发展村集体经济,合作社带动农牧民增收,燕麦种植面积达2000亩。' }
			]
		};
		expect(attributeArticle(ref, article)).toEqual({ district: '林周县', theme: '乡村振兴' });
	});

	it('returns nulls for an article with no evidence', () => {
		expect(attributeArticle(ref, { blocks: [{ kind: 'paragraph', text: '大家都很高兴。' }] })).toEqual({ district: null, theme: null });
	});
});

describe('speed', () => {
	it('attributes a megabyte-scale batch quickly', () => {
		const para1 = '今年以来,城关区八廓街道鲁固社区组织党员志愿者开展垃圾分类宣传活动36场次,覆盖群众2400余人次。';
		const para2 = '市公安局交警支队联合市城管局,查处违法停车行为580起,清理占道经营120处。';
		const articles: ArticleContext[] = [];
		for (let i = 0; i < 3000; i++) {
			articles.push({ blocks: [{ kind: 'title', text: `达孜区推进第${i}项工作` }, { kind: 'paragraph', text: para1 }, { kind: 'paragraph', text: para2 }] });
		}
		const t0 = performance.now();
		for (const a of articles) {
			attributeArticle(ref, a);
			attributeFact(ref, a, { block: 1, start: para1.indexOf('36'), end: para1.indexOf('36') + 4 });
			attributeFact(ref, a, { block: 2, start: para2.indexOf('580'), end: para2.indexOf('580') + 4 });
		}
		const ms = performance.now() - t0;
		// ~0.5 MB of UTF-8; the ETL's budget is 30 MB/s for everything, so this must be far under a second
		expect(ms).toBeLessThan(1500);
	});
});

describe('references back', () => {
	it('reads 该公司 as the company named before it', () => {
		const r = at(para('西藏圣源建材有限公司落户曲水县。目前,该公司每年创税180万元。'), '180万元');
		expect(r.agency).toBe('西藏圣源建材有限公司');
		expect(r.district).toBe('曲水县');
	});
});

describe('sections and unlisted villages', () => {
	it('carries the acting body over from the paragraph just before', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '各县区人才工作速写'],
			['heading', '筑牢基层'],
			['paragraph', '近年来,尼木县大力实施人才强基工程。'],
			['paragraph', '与此同时,培养村级后备干部65人。']
		];
		const r = at(blocks, '65人');
		expect([r.agency, r.district]).toEqual(['尼木县', '尼木县']);
	});

	it('does not carry a body across a section heading', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '各县区人才工作速写'],
			['paragraph', '近年来,尼木县大力实施人才强基工程。'],
			['heading', '筑牢基层'],
			['paragraph', '培养村级后备干部65人。']
		];
		expect(at(blocks, '65人').agency).toBeNull();
	});

	it('carries over only a body that opens the paragraph before, not one named late in it', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '全市党建工作综述'],
			['paragraph', '推进各领域党建。建立联系点制度。市审计局开展“四强”支部创建。'],
			['paragraph', '落实党内关怀资金40万元。']
		];
		expect(at(blocks, '40万元').agency).toBeNull();
	});

	it('does not let a body from outside the sentence act in another county the sentence names', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '达孜区人社局开展技能培训'],
			['paragraph', '近日,达孜区人社局在章多乡举办电焊培训班,培训群众45人。'],
			['paragraph', '图为尼木县吞巴镇群众在合作社领取务工工资12万元。']
		];
		expect(at(blocks, '45人').agency).toBe('达孜区人社局');
		const r = at(blocks, '12万元');
		expect([r.district, r.agency]).toEqual(['尼木县', '尼木县吞巴镇']);
		// a citywide bureau still acts anywhere in the city, and the body's own county keeps it
		const city: [ArticleBlock['kind'], string][] = [
			['title', '市人社局开展技能培训'],
			['paragraph', '近日,市人社局举办电焊培训班。'],
			['paragraph', '在尼木县吞巴镇,培训群众38人。']
		];
		expect(at(city, '38人').agency).toBe('市人社局');
	});

	it('reads 全县 as the county its sentence names before it, of the same kind', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '林周县推进冬季供暖'],
			['paragraph', '入冬以来,林周县住建局加快管网改造,全县新增供暖面积2.6万平方米。林周县还组织巡查。'],
			['paragraph', '曲水县方面,全县已有900户群众用上清洁取暖。另据了解,全县新建换热站3座。'],
			['paragraph', '与此同时,堆龙德庆区加快推进改造,该区共排查管道40公里。'],
			['paragraph', '据了解,全县今年新建保温井房12座。']
		];
		expect(at(blocks, '2.6万平方米').district).toBe('林周县');
		expect(at(blocks, '900户').district).toBe('曲水县');
		// a later sentence of the paragraph keeps the county the paragraph named; a paragraph naming none, the article's
		expect(at(blocks, '3座').district).toBe('曲水县');
		expect(at(blocks, '12座').district).toBe('林周县');
		expect(at(blocks, '40公里').district).toBe('堆龙德庆区');
	});

	it('reads 该县 before a bureau as the county named last, and registries as bodies', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '强化冬季安全生产'],
			['paragraph', '入冬以来,尼木县加强隐患排查。据介绍,该县市场监管局共检查餐饮单位74家。'],
			['paragraph', '在曲水县婚姻登记处,26对新人领取了结婚证。']
		];
		expect(at(blocks, '74家').agency).toBe('尼木县市场监管局');
		expect(at(blocks, '26对').agency).toBe('曲水县婚姻登记处');
		// with no county before it in the paragraph, the article's county is meant
		const r = at([['title', '达孜区开展防火检查'], ['paragraph', '近日,该区应急管理局检查企业35家。']], '35家');
		expect([r.agency, r.district]).toEqual(['达孜区应急管理局', '达孜区']);
	});

	it('reads a bank or insurer branch with its parent, and 该行/该校 as the bank or school named before', () => {
		const r = at(para('建设银行曲水县支行为农户发放贷款2100万元。今年,该行还向林周县的86户农户发放贴息贷款。'), '86户');
		expect(r.agency).toBe('建设银行曲水县支行');
		expect(at(para('记者从太平洋财险拉萨中心支公司获悉,今年承保青稞3.2万亩。'), '3.2万亩').agency).toBe('太平洋财险拉萨中心支公司');
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '校园食品安全检查'],
			['paragraph', '近日,尼木县市场监管局检查学校食堂12所。'],
			['paragraph', '在塔荣镇中心小学,“学校每天供应午餐600份。”该校校长说。']
		];
		expect(at(blocks, '12所').agency).toBe('尼木县市场监管局');
		expect(at(blocks, '600份').agency).toBe('塔荣镇中心小学');
	});

	it('does not make a body the article\'s own when it is named once and then pointed back at', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '我市推进小额信贷工作'],
			['paragraph', '今年以来,全市累计发放小额信贷1.9亿元,支持4100户农牧户发展生产。'],
			['paragraph', '农业银行拉萨分行设立金融服务站31个。今年,该行发放贷款6200万元。']
		];
		expect(at(blocks, '31个').agency).toBe('农业银行拉萨分行');
		expect(at(blocks, '6200万元').agency).toBe('农业银行拉萨分行');
		expect(at(blocks, '1.9亿元').agency).toBeNull();
	});

	it('reads a place heading its share of a total as where, not who', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '我市推进老旧小区改造'],
			['paragraph', '今年以来,市住建局加快推进改造。全市改造老旧小区64个,其中城关区38个、达孜区9个。累计惠及居民8200户。']
		];
		for (const q of ['38个', '9个', '8200户']) expect(at(blocks, q).agency).toBe('市住建局');
		expect(at(blocks, '38个').district).toBe('城关区');
		expect(at(blocks, '9个').district).toBe('达孜区');
		// a place that acts still does
		expect(at(para('达孜区改造老旧小区9个。'), '9个').agency).toBe('达孜区');
	});

	it('does not carry a county body into a citywide sentence; the city body of the article gives it', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '我市冬季供暖工作有序推进'],
			['paragraph', '记者从市住建局获悉,今年全市供暖面积达到1700万平方米。市住建局还组织巡查。'],
			['paragraph', '达孜区今年新建换热站2座,改造管网5公里。'],
			['paragraph', '据介绍,全市日均用气量约70万立方米。']
		];
		expect(at(blocks, '5公里').agency).toBe('达孜区');
		expect(at(blocks, '约70万立方米').agency).toBe('市住建局');
	});

	it('reads 建设 inside a bureau\'s name as part of the name, not a verb ending it', () => {
		expect(at(para('堆龙德庆区城市建设管理局新建公厕12座。'), '12座').agency).toBe('堆龙德庆区城市建设管理局');
		expect(at(para('曲水县住房和城乡建设局改造农房86户。'), '86户').agency).toBe('曲水县住房和城乡建设局');
		// a verb is still a verb: 加快建设 ends the place's clause
		expect(at(para('曲水县加快建设管网14公里。'), '14公里').agency).toBe('曲水县');
	});

	it('gives a body named by its county\'s kind (县住建局) the county\'s name, where the text says which county', () => {
		const county: [ArticleBlock['kind'], string][] = [
			['title', '林周县做好冬季保供'],
			['paragraph', '入冬以来,林周县多措并举保障群众温暖过冬。县住建局储备取暖用煤1600吨。']
		];
		expect(at(county, '1600吨').agency).toBe('林周县住建局');
		// a citywide article names no county before it: the name stays as printed
		const city: [ArticleBlock['kind'], string][] = [
			['title', '我市做好冬季保供'],
			['paragraph', '全市储备取暖用煤3万吨。县住建局负责分发,已发放煤炭1200吨。']
		];
		expect(at(city, '1200吨').agency).toBe('县住建局');
	});

	it('does not carry a body over from a paragraph that only introduces its speaker\'s quotation', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '城关区推进网格治理'],
			['paragraph', '今年以来,城关区深化网格化管理。'],
			['paragraph', '吉日街道党工委书记次仁说:“网格划小后,问题发现得更早了。”'],
			['paragraph', '全区共划分网格412个,配备网格员860名。']
		];
		expect(at(blocks, '412个').agency).toBe('城关区');
		// a body reported through its head, without a quotation, still opens the next paragraph's subject
		const told: [ArticleBlock['kind'], string][] = [
			['title', '防汛备汛'],
			['paragraph', '据尼木县应急管理局局长介绍,该局今年排查隐患点38处。'],
			['paragraph', '在物资储备上,储备帐篷260顶。']
		];
		expect(at(told, '260顶').agency).toBe('尼木县应急管理局');
	});

	it('reads Youth League committees, art centres, aid teams and long reserve names as bodies, and students and counted kinds as none', () => {
		expect(at(para('团曲水县委组织青年志愿者86名开展植树活动。'), '86名').agency).toBe('团曲水县委');
		expect(at(para('市群众艺术馆组织文艺小分队12支。'), '12支').agency).toBe('市群众艺术馆');
		expect(at(para('北京援藏医疗队联合县卫健委义诊群众620人次。'), '620人次').agency).toBe('北京援藏医疗队');
		expect(at(para('达孜区虎头山国家级自然保护区管理局新建巡护道路8公里。'), '8公里').agency).toBe('达孜区虎头山国家级自然保护区管理局');
		expect(at(para('尼木县第三届中小学生运动会共有学校12所参加。'), '12所').agency).toBe('尼木县');
		expect(at([['title', '合作社发展'], ['paragraph', '全县共有农牧民专业合作社46家,带动农户2100户。']], '2100户').agency).not.toBe('农牧民专业合作社');
	});

	it('reads the bare kind after time words (去年年底合作社) as the body of its own paragraph', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '合作社带富'],
			['paragraph', '章多乡恰村农牧民专业合作社成立于2018年。去年年底合作社分红62万元。'],
			['paragraph', '当初大家都不相信合作社能赚钱,只有32户入社。']
		];
		expect(at(blocks, '62万元').agency).toBe('章多乡恰村农牧民专业合作社');
		// a bare kind after a verb is no name of its own (不相信合作社)
		expect(at(blocks, '32户').agency).not.toContain('相信');
	});

	it('does not place the figures after a quotation where its speaker is from', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '我市雪顿节精彩纷呈'],
			['paragraph', '节日期间,公园内举办藏戏展演42场。“我从小就跟着爷爷学藏戏。”林周县藏戏队演员卓嘎说。据介绍,公园日均接待游客2.8万人次。'],
			['paragraph', '“我们带来了600斤酥油。”当雄县一家合作社负责人说。']
		];
		expect(at(blocks, '2.8万人次').district).toBe('拉萨市');
		// the quotation's own figure is the speaker's
		expect(at(blocks, '600斤').district).toBe('当雄县');
	});

	it('does not read a project named after what it builds as a body', () => {
		const r = at([['title', '柳梧新区重点项目'], ['paragraph', '柳梧新区推进重点项目建设。其中,高原生态露营基地项目占地约260亩。']], '约260亩');
		expect(r.agency).toBe('柳梧新区');
	});

	it('reads blood stations as bodies and a bureau that measures the crop as the figures\' source', () => {
		expect(at(para('市中心血站负责人介绍,今年全市有8600余人次参加无偿献血。'), '8600余人次').agency).toBe('市中心血站');
		const r = at([['title', '曲水县秋粮喜获丰收'], ['paragraph', '曲水县全力抓好秋收。据县农业农村局测产,全县青稞平均亩产约340公斤。']], '约340公斤');
		expect(r.agency).toBe('曲水县农业农村局');
	});

	it('gives every figure of an interview\'s answers to the interviewee\'s body, a county head\'s to the county', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '凝心聚力谋发展'],
			['subtitle', '——访尼木县委副书记、县长扎西'],
			['paragraph', '记者：去年有哪些亮点?'],
			['paragraph', '扎西：吞巴乡藏香合作社是我们的品牌,去年合作社销售藏香42万把。县人民医院新增床位60张。']
		];
		expect(at(blocks, '42万把').agency).toBe('尼木县');
		expect(at(blocks, '60张').agency).toBe('尼木县');
		const bureau: [ArticleBlock['kind'], string][] = [
			['title', '办好人民满意的教育'],
			['subtitle', '——访市教育局局长次仁'],
			['paragraph', '次仁：今年,拉萨中学新建宿舍楼2栋。']
		];
		expect(at(bureau, '2栋').agency).toBe('市教育局');
	});

	it('lets a speaker\'s body speak inside the quotation it introduces, not in the sentences after it', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '林周县秋收忙'],
			['paragraph', '在卡孜乡的打麦场上,收割机来回穿梭。村党支部书记扎西说:“全村今年种了1900亩青稞。”据介绍,全县共投入农机具1600余台。']
		];
		expect(at(blocks, '1900亩').agency).toBe('村党支部');
		expect(at(blocks, '1600余台').agency).not.toBe('村党支部');
	});

	it('reads 县里 as the county\'s government, unless a spokesperson of the sentence gives the figure', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '尼木县冬季送温暖'],
			['paragraph', '入冬以来,吞巴乡卫生院为群众义诊300余人次。'],
			['paragraph', '为帮群众过冬,县里今年筹措资金86万元,采购棉被1200床。']
		];
		expect(at(blocks, '86万元').agency).toBe('尼木县');
		expect(at(blocks, '1200床').district).toBe('尼木县');
		// 县里的合作社 is where, and a bureau head's 县里 is the bureau's figure
		expect(at(para('尼木县民政局局长扎西介绍,县里今年发放救助金52万元。'), '52万元').agency).toBe('尼木县民政局');
		expect(at(para('县里的合作社今年分红12万元。'), '12万元').agency).not.toBe('县里');
	});

	it('finds no body in a kind being grown, a period before a bare kind, or an officer\'s title and name', () => {
		// 发展农牧民专业合作社 is what the county grows
		expect(at(para('近年来,曲水县把发展农牧民专业合作社作为增收抓手,全县青稞种植面积达5.1万亩。'), '5.1万亩').agency).toBe('曲水县');
		// 上半年合作社: the bare kind points back at the cooperative of its paragraph (here none, so the speaker's bureau)
		const r = at(para('“上半年合作社实现收入640万元。”曲水县农业农村局局长说。'), '640万元');
		expect(r.agency).toBe('曲水县农业农村局');
		// 区长次仁代表区人民政府作报告: 区长次仁作政府 is no body's name
		const report: [ArticleBlock['kind'], string][] = [
			['title', '达孜区人代会开幕'],
			['subtitle', '区长次仁作政府工作报告'],
			['paragraph', '会上,区长次仁代表区人民政府作政府工作报告。去年,全区新建温室大棚320座。']
		];
		expect(at(report, '320座').agency).not.toMatch(/次仁/u);
	});

	it('takes the body a founder\'s modifier stands before as the subject (由村党支部领办的…合作社)', () => {
		const r = at(para('在江热夏乡,由村党支部领办的格桑花种植专业合作社已吸纳社员92户。'), '92户');
		expect(r.agency).toBe('格桑花种植专业合作社');
		// a body founded in the sentence before, then pointed back at
		const founded = para('2020年,村“两委”牵头成立雪莲藏鸡养殖专业合作社。如今,合作社存栏藏鸡8600只。');
		expect(at(founded, '8600只').agency).toBe('雪莲藏鸡养殖专业合作社');
	});

	it('lets a sidebar that says 全县 and names no place take the county of the story before it on the page', () => {
		const blocks = [['title', '报告里的民生清单'], ['heading', '教育'], ['paragraph', '去年,全县新建幼儿园3所。']].map(([kind, text]) => ({ kind, text })) as ArticleBlock[];
		const withHint: ArticleContext = { blocks, pageCounty: '墨竹工卡县' };
		expect(attributeFact(ref, withHint, { block: 2, start: 10, end: 12 }).district).toBe('墨竹工卡县');
		expect(attributeArticle(ref, withHint).district).toBe('墨竹工卡县');
		// the city is no county, and an article naming its own county keeps it
		expect(attributeFact(ref, { blocks, pageCounty: '拉萨市' }, { block: 2, start: 10, end: 12 }).district).toBeNull();
		const own = [['title', '林周县民生清单'], ['paragraph', '去年,全县新建幼儿园3所。']].map(([kind, text]) => ({ kind, text })) as ArticleBlock[];
		expect(attributeFact(ref, { blocks: own, pageCounty: '墨竹工卡县' }, { block: 1, start: 10, end: 12 }).district).toBe('林周县');
	});

	it('resolves 该馆, 该中心, 该院 to the body of that kind named before, under its fuller name, and 该镇 to the town', () => {
		const lib = para('今年,达孜区文化馆举办培训班12期。在达孜区图书馆,读者络绎不绝。该馆现有藏书8.2万册。');
		expect(at(lib, '8.2万册').agency).toBe('达孜区图书馆');
		const centre = [['title', '尼木县养老服务中心见闻'], ['paragraph', '走进尼木县养老服务中心,老人们正在晒太阳。'], ['paragraph', '该中心现有床位120张。']] as [ArticleBlock['kind'], string][];
		expect(at(centre, '120张').agency).toBe('尼木县养老服务中心');
		const court = para('曲水县人民法院近日召开会议。会后,曲水县法院干警走访群众。今年该院审结案件310件。');
		expect(at(court, '310件').agency).toBe('曲水县人民法院');
		// the town a body of it stands for: 该乡 after 卡孜乡党委 is 卡孜乡
		expect(at(para('林周县卡孜乡党委书记介绍,该乡今年新建温室46座。'), '46座').agency).toBe('卡孜乡');
		expect(at(para('在林周县春堆乡加荣村,村民正在收青稞。该乡今年新建温室38座。'), '38座').agency).toBe('春堆乡');
		expect(at(para('在甲玛乡,驻村工作队走村入户。今年该乡新增参保210人。'), '210人').agency).toMatch(/甲玛乡$/u);
	});

	it('reads a brief\'s mark (△, ▲) as the start of a sentence, so the body after it is the subject', () => {
		expect(at(para('△曲水县人社局举办电工培训班,共有36名群众参加。'), '36名').agency).toBe('曲水县人社局');
		expect(at(para('▲南木乡敬老院为入住的18名老人发放冬衣。'), '18名').agency).toBe('南木乡敬老院');
	});

	it('uses the short name an article declares for a body (以下简称…), and knows it when it stands alone later', () => {
		const fund = [
			['title', '住房公积金年报发布'],
			['paragraph', '3月1日,拉萨市住房公积金管理中心(以下简称“市公积金中心”)发布年报。全年归集公积金20.5亿元。'],
			['paragraph', '拉萨市住房公积金管理中心介绍,今年还将新建服务网点3个。'],
			['paragraph', '市公积金中心发放个人住房贷款8.2亿元。']
		] as [ArticleBlock['kind'], string][];
		expect(at(fund, '20.5亿元').agency).toBe('市公积金中心');
		expect(at(fund, '3个').agency).toBe('市公积金中心');
		expect(at(fund, '8.2亿元').agency).toBe('市公积金中心');
		// what follows the declaration still follows the name: 记者从…(以下简称…)了解到 gives the figures
		expect(at(para('记者从拉萨市医疗保障局（以下简称市医保局）了解到，全市参保人数达50万人。'), '50万人').agency).toBe('市医保局');
	});

	it('knows an unlisted community or village named once after its street or township when it stands alone later', () => {
		const blocks = [
			['title', '旧院落换新颜'],
			['paragraph', '“路平了。”城关区纳金街道扎基社区居民次仁说。'],
			['paragraph', '今年,扎基社区投入资金120万元。']
		] as [ArticleBlock['kind'], string][];
		expect(at(blocks, '120万元').agency).toBe('扎基社区');
		expect(at(blocks, '120万元').district).toBe('城关区');
		// (a two-character name is too like an ordinary word to be learned: 新村 stays no body)
		const short = para('曲水县达嘎乡新村建起温室。新村今年种植蔬菜80亩。');
		expect(at(short, '80亩').agency ?? '').not.toBe('新村');
	});

	it('reads 全乡 and 全村 as the township or village named before, unless a body acting in the sentence owns the figure', () => {
		const town = [
			['title', '甲玛乡:青稞种出好日子'],
			['paragraph', '甲玛乡位于墨竹工卡县西部,辖8个行政村。'],
			['paragraph', '今年,全乡青稞种植面积达到1.2万亩。']
		] as [ArticleBlock['kind'], string][];
		expect(at(town, '1.2万亩').agency).toBe('甲玛乡');
		// (a township under its old name keeps it: 马镇 written 马乡)
		expect(at(para('堆龙德庆区马乡党委今年召开会议。去年,全乡新建温室60座。'), '60座').agency).toBe('马乡');
		// the body speaking in the sentence owns its figures; 全乡 is only their scope
		expect(at(para('甲玛乡卫生院院长告诉记者,全乡12名村医今年都参加了培训。'), '12名').agency).toBe('甲玛乡卫生院');
	});

	it('keeps the county a lede places the article\'s site in (位于…的), though a city body gives the figures', () => {
		const blocks = [
			['title', '新村新貌'],
			['paragraph', '拉萨融媒记者 张三'],
			['paragraph', '走进位于达孜区的格桑新村,一排排新房错落有致。这里是我市的安置点之一。'],
			['paragraph', '据市住建局介绍,格桑新村共安置群众310户,项目总投资1.2亿元。'],
			['paragraph', '今年,全市共建成安置点12个。']
		] as [ArticleBlock['kind'], string][];
		expect(at(blocks, '310户').district).toBe('达孜区');
		expect(at(blocks, '1.2亿元').district).toBe('达孜区');
		// a citywide sentence stays citywide
		expect(at(blocks, '12个').district).toBe('拉萨市');
	});

	it('names centres, stations and schools by a level and a short name, and not a kind of school', () => {
		expect(at(para('今年,市急救中心共派车出诊1.2万车次。'), '1.2万车次').agency).toBe('市急救中心');
		expect(at([['title', '林周县春耕忙'], ['paragraph', '今年,县农机推广站培训农机手60名。']], '60名').agency).toBe('林周县农机推广站');
		expect(at(para('9月1日,达孜区第二实验学校迎来新生,共招收学生320名。'), '320名').agency).toBe('达孜区第二实验学校');
		expect(at(para('纳金湿地保护区管理站今年巡护1200次。'), '1200次').agency).toBe('纳金湿地保护区管理站');
		expect(at(para('据了解,达孜区义务教育阶段学校今年共招收新生900名。'), '900名').agency ?? '').not.toMatch(/学校$/u);
	});

	it('keeps a unit written right after the body it belongs to (市市场监管局城关分局) as that unit', () => {
		const r = at(para('近日,市市场监管局城关分局联合相关部门开展检查,共检查超市42家。'), '42家');
		expect([r.agency, r.district]).toEqual(['市市场监管局城关分局', '城关区']);
	});

	it('does not place a figure where goods pass through (经…出口) or where a distance is measured from (距…)', () => {
		const blocks = [['title', '企业落户经开区'], ['paragraph', '近日,西藏某某科技有限公司落户拉萨经开区,注册资本3000万元,产品将经综合保税区出口南亚。']] as [ArticleBlock['kind'], string][];
		expect(at(blocks, '3000万元').district).toBe('拉萨经开区');
		expect(at([['title', '尼木县交通便利'], ['paragraph', '尼木县县城距拉萨市区仅140公里。']], '140公里').district).toBe('尼木县');
	});

	it('does not take places listed as examples of what a figure counts (…等4个乡镇) as acting', () => {
		const blocks = [['title', '当雄县抗击雪灾'], ['paragraph', '受强降雪影响,宁中乡、龙仁乡等3个乡镇不同程度受灾。']] as [ArticleBlock['kind'], string][];
		expect(at(blocks, '3个').agency ?? '').not.toMatch(/宁中乡|龙仁乡/u);
	});

	it('does not take the start of a route (A至B…) as the body acting', () => {
		const blocks = [
			['title', '甲玛乡至日多乡公路改建加紧推进'],
			['paragraph', '记者从墨竹工卡县交通运输局获悉,改建工程进展顺利。'],
			['paragraph', '据介绍,项目建成后,甲玛乡至日多乡的车程将缩短40分钟,沿线2000多名群众将直接受益。']
		] as [ArticleBlock['kind'], string][];
		expect(at(blocks, '2000多名').agency).toBe('墨竹工卡县交通运输局');
	});

	it('reads names holding a stop character whole (嵌入式养老服务中心, 出入境边防检查站), and a company\'s office in a title as the company', () => {
		const centre = [['title', '家门口养老'], ['paragraph', '在城关区扎细街道扎西社区嵌入式养老服务中心,老人们正在做操。'], ['paragraph', '该中心现有床位40张。']] as [ArticleBlock['kind'], string][];
		expect(at(centre, '40张').agency).toBe('城关区扎细街道扎西社区嵌入式养老服务中心');
		expect(at(para('拉萨出入境边防检查站近日举办开放日活动,接待群众200余人。'), '200余人').agency).toBe('拉萨出入境边防检查站');
		expect(at(para('“今年我们招了15个本地员工。”西藏雪峰建材有限公司办公室主任王强说。'), '15个').agency).toBe('西藏雪峰建材有限公司');
	});

	it('names workshops, troupes and railway sections whole, and no body whose name is a count (一家…合作社)', () => {
		expect(at(para('曲水县才纳乡藏毯非遗工坊今年生产藏毯800条。'), '800条').agency).toBe('曲水县才纳乡藏毯非遗工坊');
		expect(at(para('据拉萨车务段介绍,今年加开旅游列车6趟。'), '6趟').agency).toBe('拉萨车务段');
		expect(at(para('尼木县一家藏香合作社今年销售藏香5吨。'), '5吨').agency ?? '').not.toMatch(/一家/u);
	});

	it('reads 街道办事处 and 街道党工委 after a street as that street\'s', () => {
		expect(at(para('吉日街道近日召开会议。街道办事处组织干部走访群众300户。'), '300户').agency).toBe('吉日街道办事处');
	});

	it('lets a body just founded (成立了) do what the later clauses of its sentence count, when no founder is named', () => {
		const r = at(para('安置点成立了藏鸡养殖合作社,存栏藏鸡4000只。'), '4000只');
		expect(r.agency).toBe('藏鸡养殖合作社');
	});

	it('does not let a cooperative visited in the lede report a place\'s story', () => {
		const blocks = [
			['title', '春堆乡:小大棚撑起大产业'],
			['paragraph', '清晨,林周县春堆乡加荣村蔬菜种植合作社的大棚里一片繁忙。'],
			['paragraph', '近年来,春堆乡大力发展设施农业,建成温室大棚260座。']
		] as [ArticleBlock['kind'], string][];
		expect(at(blocks, '260座').agency).toBe('春堆乡');
	});

	it('reads names of service centres, troupes and village libraries whole, and no verb phrase as a name', () => {
		expect(at(para('城关区扎细街道社区卫生服务中心今年签约居民5200余人。'), '5200余人').agency).toBe('城关区扎细街道社区卫生服务中心');
		expect(at(para('当雄县羊八井镇藏戏队今年演出36场。'), '36场').agency).toBe('当雄县羊八井镇藏戏队');
		expect(at(para('曲水县达嘎村农家书屋今年借出图书900余册。'), '900余册').agency).toBe('曲水县达嘎村农家书屋');
		expect(at(para('父母笑着走出法院,今年诉前化解纠纷80余件。'), '80余件').agency ?? '').not.toMatch(/着/u);
	});

	it('does not move a figure to the city for a citywide sentence after it in its paragraph', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '达孜区落实学生资助'],
			['paragraph', '今年以来,全区发放助学金326万元,惠及学生4100人次。据市教育局统计,全市今年共发放学生资助资金1.8亿元。']
		];
		expect(at(blocks, '326万元').district).toBe('达孜区');
		expect(at(blocks, '1.8亿元').district).toBe('拉萨市');
	});

	it('follows a press conference\'s speakers: by title, by name alone later, and a guest answering a question', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '我市举行新闻发布会'],
			['paragraph', '市民政局局长次仁首先发布。去年,全市发放低保金2.3亿元。'],
			['paragraph', '市水利局局长扎西接着发布。去年,全市新建水厂6座,其中,林周县完成2座。“全市自来水普及率达到93%。”'],
			['paragraph', '有记者问及防汛,扎西表示,今年将新建堤防12公里。'],
			['paragraph', '应邀出席的市医保局副局长卓嘎在回答提问时说,全市参保人数达到52万人。']
		];
		expect(at(blocks, '2.3亿元').agency).toBe('市民政局');
		expect(at(blocks, '2座').agency).toBe('市水利局');
		expect(at(blocks, '93%').agency).toBe('市水利局');
		expect(at(blocks, '12公里').agency).toBe('市水利局');
		expect(at(blocks, '52万人').agency).toBe('市医保局');
		expect(at(para('今年市政府新闻办将举办发布会不少于20场。'), '不少于20场').agency).toBe('市政府新闻办');
	});

	it('keeps 该局 for the acting body, not a body it works with', () => {
		const r = at(para('今年以来,尼木县应急管理局联合县消防救援大队、县市场监管局检查场所56家。该局还为牧户发放灭火器800具。'), '800具');
		expect(r.agency).toBe('尼木县应急管理局');
	});

	it('gives a government work report\'s figures to the body it is made for, and 全县 in a bodiless article to the county', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '林周县人代会开幕'],
			['paragraph', '本报讯 近日,林周县召开人代会。县长扎西代表县人民政府作政府工作报告。'],
			['paragraph', '去年,强嘎乡蔬菜基地新建大棚120座。全县农村居民人均可支配收入达到1.9万元。']
		];
		expect(at(blocks, '1.9万元').agency).toMatch(/^林周县(?:人民政府)?$/u);
		const bare: [ArticleBlock['kind'], string][] = [['title', '民生清单'], ['paragraph', '去年,林周县全县新建幼儿园5所,全县新增床位60张。']];
		expect(at(bare, '60张').agency).toBe('林周县');
	});

	it('keeps a section\'s place, said in its opening paragraph, for its later paragraphs', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '春耕一线见闻'],
			['heading', '种粮大户扎西'],
			['paragraph', '尼木县续迈乡地势平坦,是全县的粮仓。'],
			['paragraph', '今年,扎西家种了青稞45亩。'],
			['heading', '农机手次仁'],
			['paragraph', '林周县春堆乡的晒场上,农机手次仁正在检修机器。'],
			['paragraph', '他说,今年已经耕地300多亩。']
		];
		expect(at(blocks, '45亩').district).toBe('尼木县');
		expect(at(blocks, '300多亩').district).toBe('林周县');
	});

	it('points back with 这个合作社 and a bare 医疗队, and reads 转往拉萨 as a destination', () => {
		const coop = para('走进曲水县才纳乡的蔬菜种植合作社,大棚里一片翠绿。这个合作社现有社员64户。');
		expect(at(coop, '64户').agency).toBe('蔬菜种植合作社');
		const team: [ArticleBlock['kind'], string][] = [
			['title', '援藏医疗队在当雄'],
			['paragraph', '今年4月,北京援藏医疗队来到当雄县人民医院。'],
			['paragraph', '当雄县卫健委负责人介绍了全县情况。依托远程平台,医疗队还开展远程会诊36例,不少过去需要转往拉萨的病人在县里就能治疗。']
		];
		expect(at(team, '36例').agency).toBe('北京援藏医疗队');
		expect(at(team, '36例').district).toBe('当雄县');
	});

	it('reads student aid, Tibetan opera troupes and river patrols by their themes', () => {
		expect(at(para('今年,达孜区为家庭困难的高一新生发放助学金86万元。'), '86万元').theme).toBe('民生保障');
		expect(at(para('近年来,全县累计投入资金260万元扶持民间藏戏队发展。'), '260万元').theme).toBe('文化宣传');
		expect(at(para('今年,曲水县对境内主要河道开展巡查120次。'), '120次').theme).toBe('生态环境');
	});

	it('reads desertification control and fire and snow crews as ecology and emergencies, and herds as farming', () => {
		expect(at(para('去年,达孜区完成沙化土地治理3000亩。'), '3000亩').theme).toBe('生态环境');
		expect(at(para('全县组建半专业扑火队伍12支。'), '12支').theme).toBe('安全应急');
		expect(at(para('城关区出动除雪车辆40台。'), '40台').theme).toBe('安全应急');
		expect(at(para('目前,全乡牲畜存栏达到2.1万头。'), '2.1万头').theme).toBe('乡村振兴');
	});

	it('reads 全县 as the county its paragraph named, 镇政府 as the town just named, and a body after (上接第二版) as acting', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '城关区、林周县温暖过冬'],
			['paragraph', '城关区为困难群众发放取暖补贴120万元。城关区民政局还走访群众600户。'],
			['paragraph', '今年,林周县水利局投入资金310万元改造管网。全县农村供水工程覆盖村庄82个。']
		];
		expect(at(blocks, '82个').district).toBe('林周县');
		const town = at(para('在江热夏乡,乡政府利用闲置院落改建了一座健身馆,配备乒乓球台6张。'), '6张');
		expect(town.agency).toBe('江热夏乡');
		expect(at(para('在甲玛乡,乡卫生院今年接诊群众3200人次。'), '3200人次').agency).toBe('甲玛乡卫生院');
		expect(at(para('(上接第二版)尼木县今年共发放临时救助金22.6万元。'), '22.6万元').agency).toBe('尼木县');
	});

	it('finds no body in a road to villages, an award\'s title or a placeholder village', () => {
		expect(at(para('今年,才纳乡硬化通村道路6.2公里。'), '6.2公里').agency).toBe('才纳乡');
		expect(at(para('林周县春堆乡第五届“红旗党支部”评选揭晓,3个党支部获评。'), '3个').agency ?? '').not.toMatch(/红旗/u);
		expect(at(para('达孜区纪委监委通报,章多乡某村原村委会主任挪用资金2.8万元。'), '2.8万元').agency ?? '').not.toMatch(/某/u);
	});

	it('reads discipline inspection figures as party building, and a park\'s share after 其中 as where, not who', () => {
		expect(at(para('今年以来,曲水县纪委监委共立案审查调查26件,给予党纪政务处分31人。'), '31人').theme).toBe('党的建设');
		const stats: [ArticleBlock['kind'], string][] = [
			['title', '尼木县上半年经济运行平稳'],
			['paragraph', '记者从尼木县统计局获悉,上半年全县完成固定资产投资9.6亿元,其中,吞巴工业园区完成投资3.1亿元。全县规上工业增加值增长7.2%。']
		];
		expect(at(stats, '3.1亿元').agency).toBe('尼木县统计局');
		expect(at(stats, '7.2%').agency).toBe('尼木县统计局');
	});

	it('gives a weather reading to the weather office, not to the place where the snow falls', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '市气象台发布暴雪预警'],
			['paragraph', '本报讯 市气象台今天发布暴雪蓝色预警。'],
			['paragraph', '预计明天,林周县北部将有中到大雪,过程降雪量5至8毫米。']
		];
		expect(at(blocks, '5至8毫米').agency).toBe('市气象台');
		expect(at(para('据统计,当雄县全县平均积雪深度达到18厘米。'), '18厘米').agency).toBeNull();
	});

	it('reads 团县委 as the county\'s Youth League committee', () => {
		expect(at(para('今年,团县委组织青年志愿者86名开展支教活动。'), '86名').agency).toBe('团县委');
	});

	it('names a village the gazetteer does not list after its township', () => {
		const r = at(para('近日,当雄县公塘乡查藏村举行分红大会,全村分红86万元。'), '86万元');
		expect([r.agency, r.agency_level, r.district, r.place]).toEqual(['当雄县公塘乡查藏村', '村社区', '当雄县', '公塘乡']);
	});

	it('places a figure at a named site only in the site\'s own clause', () => {
		// the site acting in the figure's clause: its county
		const site = at(para('国庆期间,甘丹寺接待游客1.6万人次。'), '1.6万人次');
		expect([site.district, site.place]).toEqual(['达孜区', '甘丹寺']);
		// a site travelled to, or listed as an example, places nothing
		expect(at(para('客运站开通至思金拉措的旅游专线3条。'), '3条').district).not.toBe('墨竹工卡县');
		expect(at(para('今年,楚布寺、甘丹寺等景点共接待游客8万人次。'), '8万人次').district).toBeNull();
		// the county written before the site stays the place of the paragraph's later figures
		const later = at(para('在林周县热振寺附近,新开民宿6家,每家年收入约8万元。'), '8万元');
		expect(later.district).toBe('林周县');
		// a site's own office gives no street's figures
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '罗布林卡迎来客流高峰'],
			['paragraph', '记者从罗布林卡管理处获悉,罗布林卡管理处今年新增讲解员12名。'],
			['paragraph', '据城关区吉日街道介绍,街道组织志愿者40名在周边路口开展引导。']
		];
		expect(at(blocks, '40名').agency).toBe('城关区吉日街道');
	});

	it('names banks and finance offices, but not a kind of company, and a place that only locates someone does not act', () => {
		expect(at(para('今年,西藏邮储农商银行在全区设立助农取款点300个。'), '300个').agency).toBe('西藏邮储农商银行');
		expect(at(para('尼木县金融办组织开展宣传活动25场。'), '25场').agency).toBe('尼木县金融办');
		expect(at(para('去年冬天暴雪,保险公司赔了他1.6万元。'), '1.6万元').agency).toBeNull();
		expect(at(para('达孜区一家甜茶馆新招员工7名。'), '7名').agency).toBeNull();
		const herder: [ArticleBlock['kind'], string][] = [
			['title', '尼木县牦牛保险扩面'],
			['paragraph', '“保险赔了我8000元。”尼木县吞巴镇养殖户扎西说。据了解,全县今年已理赔牦牛120头。']
		];
		expect(at(herder, '120头').agency).toBe('尼木县');
	});

	it('reads finance by its own words: loans recovered, credit files, illegal fund-raising', () => {
		expect(at(para('全县小额信贷回收率达到98%。'), '98%').theme).toBe('经济产业');
		expect(at(para('全市为农牧户建立信用档案3.6万户。'), '3.6万户').theme).toBe('经济产业');
		expect(at(para('今年共立案侦办非法集资风险案件4起。'), '4起').theme).toBe('平安法治');
		// public health by the spec's themes: a clean-up is the environment, food testing is safety
		expect(at(para('爱国卫生月期间,全乡共清理卫生死角86处。'), '86处').theme).toBe('生态环境');
		expect(at(para('今年以来,县市场监管局开展食品安全抽检560批次。'), '560批次').theme).toBe('安全应急');
	});

	it('places the paragraphs of a section headed by a place\'s name alone in that place', () => {
		const briefs: [ArticleBlock['kind'], string][] = [
			['title', '前三季度我市县域经济稳中有进'],
			['paragraph', '本报讯 今年以来,我市各县(区)经济保持较快增长。'],
			['heading', '尼木县'],
			['paragraph', '拉萨净土产业园前三季度完成产值3.6亿元,同比增长8.2%。']
		];
		expect(at(briefs, '8.2%').district).toBe('尼木县');
	});

	it('lets a delegate speak for the place that sent them, and a site\'s street before an unlisted spot place the article', () => {
		expect(at(para('来自当雄县格达乡的代表次仁说,去年村里合作社分红58万元。'), '58万元').district).toBe('当雄县');
		const site: [ArticleBlock['kind'], string][] = [
			['title', '实景剧迎来演出旺季'],
			['paragraph', '位于达孜区邦堆的实景剧场灯火通明。据运营方拉萨某某文旅公司介绍,今年计划演出90场。'],
			['paragraph', '剧场观众席1800个。']
		];
		expect(at(site, '1800个').district).toBe('达孜区');
		expect(at(site, '90场').agency).toBe('拉萨某某文旅公司');
	});

	it('reads survey teams, secretariats and a company\'s laboratory as bodies, and a school built as no body', () => {
		expect(at(para('记者从国家统计局拉萨调查队获悉,上月居民消费价格上涨1.2%。'), '1.2%').agency).toBe('国家统计局拉萨调查队');
		expect(at(para('截至昨日,大会秘书处共收到代表建议86件。'), '86件').agency).toBe('大会秘书处');
		expect(at(para('市燃气公司化验室每月检测气样40份。'), '40份').agency).toBe('市燃气公司');
		expect(at(para('全年新改扩建中小学9所,新增学位2700个。'), '9所').agency).toBeNull();
	});

	it('gives a government work report\'s figures to the government that entrusted it, its county\'s 全县 included', () => {
		const report: [ArticleBlock['kind'], string][] = [
			['title', '曲水县第八届人民代表大会第二次会议开幕'],
			['paragraph', '本报讯 1月9日,曲水县第八届人民代表大会第二次会议开幕。'],
			['paragraph', '受曲水县人民政府委托,县长扎西向大会作政府工作报告。报告显示,去年全县地区生产总值完成31.2亿元。'],
			['paragraph', '过去一年,新建农村公路64公里。']
		];
		expect(at(report, '31.2亿元').agency).toBe('曲水县人民政府');
		expect(at(report, '64公里').agency).toBe('曲水县人民政府');
	});

	it('names a council by its kind and place in every term, and gives the session it holds its figures', () => {
		const session: [ArticleBlock['kind'], string][] = [
			['title', '政协尼木县第九届委员会第三次会议闭幕'],
			['paragraph', '本报讯 3月2日,政协尼木县第九届委员会第三次会议闭幕。会议期间,委员们共提交提案86件。']
		];
		expect(at(session, '86件').agency).toBe('政协尼木县委员会');
	});

	it('reads a base or a store named by its kind alone as the one named before, and a store by its name', () => {
		const base: [ArticleBlock['kind'], string][] = [
			['title', '曲水县蔬菜产业见成效'],
			['paragraph', '本报讯 走进曲水县才纳乡四季吉祥村果蔬种植基地,大棚整齐排列。基地负责人次仁介绍,基地共有温室大棚86座。']
		];
		expect(at(base, '86座').agency).toBe('曲水县才纳乡四季吉祥村果蔬种植基地');
		expect(at(para('城关区百货大楼负责人介绍,国庆期间客流同比增长25%。'), '25%').agency).toBe('城关区百货大楼');
	});

	it('reads management centres and sports schools as bodies, and a place\'s athletes do not make it act', () => {
		expect(at(para('市公共资源交易管理中心数据显示,今年共完成交易项目320个。'), '320个').agency).toBe('市公共资源交易管理中心');
		expect(at(para('县业余体校今年招收学员65名。'), '65名').agency).toBe('县业余体校');
		expect(at(para('比赛中,唐古乡选手共获得奖牌9枚。'), '9枚').agency).toBeNull();
	});

	it('gives the short name an article declares to its headline\'s name without the city', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '市公共资源交易管理中心发布年度报告'],
			['paragraph', '本报讯 拉萨市公共资源交易管理中心(以下简称市交易中心)发布年度报告,全年完成交易项目1260个。']
		];
		expect(at(blocks, '1260个').agency).toBe('市交易中心');
	});

	it('reads a service hotline named by its number as the body that answers it', () => {
		expect(at(para('今年以来,拉萨市12345市民热线共受理群众诉求7.2万件。'), '7.2万件').agency).toBe('市12345市民热线');
		expect(at(para('市12345市民热线服务中心共收到表扬信36件。'), '36件').agency).toBe('市12345市民热线服务中心');
		// (but a hotline a bureau reports on is that bureau's line, and one dialled is no body)
		const bureau: [ArticleBlock['kind'], string][] = [
			['title', '我市12345热线服务提质'],
			['paragraph', '本报讯 记者从市政务服务和数据管理局获悉,今年以来,拉萨市12345政务服务便民热线共受理诉求5.3万件。其中求助类1.2万件。']
		];
		expect(at(bureau, '5.3万件').agency).toBe('市政务服务和数据管理局');
		expect(at(bureau, '1.2万件').agency).toBe('市政务服务和数据管理局');
		expect(at(para('群众可拨打12345热线反映,全年共办结诉求860件。'), '860件').agency).toBeNull();
	});

	it('reads rescue teams as bodies, and a fire as an emergency', () => {
		expect(at(para('拉萨雪域救援队现有注册队员96名。'), '96名').agency).toBe('拉萨雪域救援队');
		expect(at(para('今年以来,全县共发生森林草原火情2起。'), '2起').theme).toBe('安全应急');
		// (a wind-driven fire blower is no wind reading: the body that used it keeps its figures)
		expect(at(para('近日,尼木县吞巴镇开展防火演练,出动车辆9辆、风力灭火机25台。'), '25台').agency).toBe('尼木县吞巴镇');
	});

	it('reads welfare and legal service bodies (慈善总会, 救助管理站, 殡仪馆, 公证处, 法律援助中心) as bodies', () => {
		expect(at(para('本报讯 记者从市慈善总会获悉,今年以来累计募集善款860万元。'), '860万元').agency).toBe('市慈善总会');
		expect(at(para('市救助管理站联合公安部门开展街面巡查,救助流浪人员210人次。'), '210人次').agency).toBe('市救助管理站');
		expect(at(para('县殡仪馆今年投入95万元更新设备。'), '95万元').agency).toBe('县殡仪馆');
		expect(at(para('记者从市公证处了解到,全年共办理公证事项8600件。'), '8600件').agency).toBe('市公证处');
		expect(at(para('尼木县法律援助中心全年办理援助案件64件。'), '64件').agency).toBe('尼木县法律援助中心');
	});

	it('themes charity, funerals, notaries, the constitution, hazardous waste and mines by their own words', () => {
		expect(at(para('爱心企业向福利院捐赠棉被300床。'), '300床').theme).toBe('民生保障');
		expect(at(para('全县推进殡葬改革,新建公益性公墓3处。'), '3处').theme).toBe('民生保障');
		expect(at(para('各乡镇开展宪法宣传活动36场,覆盖群众4200人次。'), '36场').theme).toBe('平安法治');
		expect(at(para('全年安全处置医疗废物2100吨。'), '2100吨').theme).toBe('生态环境');
		expect(at(para('完成废弃矿山治理12处。'), '12处').theme).toBe('生态环境');
	});

	it('gives the cases of a discipline notice to the body that issues it, not to the places its unnamed officials served', () => {
		const notice: [ArticleBlock['kind'], string][] = [
			['title', '市纪委监委通报两起典型案例'],
			['paragraph', '林周县某乡原党委委员扎某虚报牧户补贴资金6.3万元。达孜区某村村委会主任收受好处费1.8万元。']
		];
		expect(at(notice, '6.3万元').agency).toBe('市纪委监委');
		expect(at(notice, '1.8万元').agency).toBe('市纪委监委');
		expect(at(notice, '6.3万元').district).toBe('林周县');
		// (a place followed by an unnamed estate still acts: 某小区 is where, the community does the work)
		expect(at(para('八廓街道鲁固社区某小区加装电梯12部。'), '12部').agency).toBe('八廓街道鲁固社区');
	});

	it('reads neither a seizure of bank deposits as a bank nor villages counted as a village\'s name', () => {
		expect(at(para('城关区人民法院执行局依法冻结银行存款860余万元。'), '860余万元').agency).toBe('城关区人民法院执行局');
		expect(at(para('当雄县司法局组织调解员化解龙仁乡两个村草场纠纷,涉及牧户40户。'), '40户').agency).toBe('当雄县司法局');
	});

	it('keeps a plant in its county when it serves the city, and counts of the city\'s counties citywide', () => {
		const plant: [ArticleBlock['kind'], string][] = [
			['title', '曲水县危险废物处置中心扩建完工'],
			['paragraph', '扩建完成后,中心医疗废物日处置能力达到20吨,能够满足全市乃至周边地市的处置需求。中心服务范围覆盖8个县(区)。']
		];
		expect(at(plant, '20吨').district).toBe('曲水县');
		expect(at(plant, '8个').district).toBe('拉萨市');
	});

	it('gives an unnamed party (某建筑公司) no agency, and a town\'s government the town\'s name as written', () => {
		const court: [ArticleBlock['kind'], string][] = [
			['title', '城关区法院集中兑现农民工工资'],
			['paragraph', '城关区人民法院审结一起欠薪案件。某建筑公司拖欠28名农民工工资41.5万元,法院依法强制执行。']
		];
		expect(at(court, '41.5万元').agency).toBe('城关区人民法院');
		// (甘旦曲果镇 is how this text spells the gazetteer's 甘丹曲果镇)
		expect(at(para('林周县甘旦曲果镇群众白玛家中遭遇变故,镇政府得知后为其发放临时救助金4000元。'), '4000元').agency).toBe('甘旦曲果镇');
	});

	it('reads supply cooperatives (该社 after one) and stations of civilisation practice as bodies', () => {
		expect(at(para('记者从林周县供销社了解到,该社今年收购青稞860吨。'), '860吨').agency).toBe('林周县供销社');
		expect(at(para('茶巴拉乡新时代文明实践所今年组织活动45场。'), '45场').agency).toBe('茶巴拉乡新时代文明实践所');
		// (该社区 is still a community)
		expect(at(para('八廓街道鲁固社区推进垃圾分类。该社区设置分类桶120个。'), '120个').agency).toBe('八廓街道鲁固社区');
	});

	it('themes housing funds and public rental housing, farm inputs, irrigation works, cold chains and penalties', () => {
		expect(at(para('全市新增住房公积金缴存职工6200人。'), '6200人').theme).toBe('民生保障');
		expect(at(para('此次共分配公租房360套。'), '360套').theme).toBe('民生保障');
		expect(at(para('县供销社累计供应化肥1800吨。'), '1800吨').theme).toBe('乡村振兴');
		expect(at(para('新建防渗渠道21公里。'), '21公里').theme).toBe('乡村振兴');
		expect(at(para('园区建成冷库库容1.5万吨。'), '1.5万吨').theme).toBe('经济产业');
		expect(at(para('对3家违规企业依法作出行政处罚。'), '3家').theme).toBe('平安法治');
	});

	it('gives a household\'s own fields and herds no body, but a series titled 我家… its makers', () => {
		const story: [ArticleBlock['kind'], string][] = [
			['title', '林周县农业农村局推广青稞良种'],
			['paragraph', '林周县农业农村局今年推广良种1.2万亩。“我家种了16亩青稞,收了6000多斤。”村民次仁说。']
		];
		expect(at(story, '16亩').agency).toBeNull();
		expect(at(story, '1.2万亩').agency).toBe('林周县农业农村局');
		expect(at(para('市妇联联合市融媒体中心制作“我家的好家风”系列短视频20期。'), '20期').agency).toBe('市妇联');
	});

	it('reads a county\'s association of science as a body and themes patents as the economy', () => {
		const r = at(para('达孜区科协整合科普资源,全年授权发明专利12件。'), '12件');
		expect([r.agency, r.theme]).toEqual(['达孜区科协', '经济产业']);
	});

	it('places a county\'s stretch of a river, reads a river named 曲 as no place, and 市防指办 as a body', () => {
		const dyke: [ArticleBlock['kind'], string][] = [
			['title', '拉萨河防洪堤加固工程完工'],
			['paragraph', '工程全长38公里,其中城关区段14.2公里、柳梧新区段9.4公里。堆龙曲等支流的6个河段纳入整治。']
		];
		expect(at(dyke, '14.2公里').district).toBe('城关区');
		expect(at(dyke, '9.4公里').district).toBe('柳梧新区');
		expect(at(dyke, '6个').agency).toBeNull();
		expect(at(para('市防指办与市气象局建立会商机制,今年会商34次。'), '34次').agency).toBe('市防指办');
	});

	it('takes the lede\'s first body as the article\'s when its opening sentence only sets the scene', () => {
		const flood: [ArticleBlock['kind'], string][] = [
			['title', '柳梧新区多措并举应对城市内涝'],
			['paragraph', '本报讯 7月以来,我市连续出现强降雨天气,柳梧新区部分路段出现积水。柳梧新区城管执法局迅速启动排涝应急响应。'],
			['paragraph', '据介绍,新区今年汛前共疏通雨水管网39公里。']
		];
		expect(at(flood, '39公里').agency).toBe('柳梧新区城管执法局');
	});

	it('reads a party committee\'s offices, talent and job centres, leading groups and institutes as bodies', () => {
		expect(at(para('市委人才办统计,全市各类高层次人才412名。'), '412名').agency).toBe('市委人才办');
		expect(at(para('市人才服务中心接收流动人员人事档案1860份。'), '1860份').agency).toBe('市人才服务中心');
		expect(at(para('市公共就业服务中心日均接待咨询80余人次。'), '80余人次').agency).toBe('市公共就业服务中心');
		expect(at(para('拉萨市人才工作领导小组评选出优秀人才40名。'), '40名').agency).toBe('拉萨市人才工作领导小组');
		expect(at(para('西藏高原生物研究所今年引进博士9名。'), '9名').agency).toBe('西藏高原生物研究所');
		// (政府采购 is a purchase, not a government; the body that runs it keeps its figures)
		expect(at(para('拉萨经开区财政局推行政采贷,中标企业凭政府采购合同即可申请贷款,累计发放贷款6200余万元。'), '6200余万元').agency).toBe('拉萨经开区财政局');
	});

	it('themes titles and personnel files as jobs, village committees as rural, and budgets and state assets as the economy', () => {
		expect(at(para('全市1200人通过职称评审。'), '1200人').theme).toBe('就业创业');
		expect(at(para('新一届村两委成员中女性46名。'), '46名').theme).toBe('乡村振兴');
		expect(at(para('全市一般公共预算收入完成52.3亿元。'), '52.3亿元').theme).toBe('经济产业');
		expect(at(para('达孜区完成行政事业单位国有资产清查,涉及单位48家。'), '48家').theme).toBe('经济产业');
	});

	it('gives a county\'s reading named in the clause before to the weather office, and themes and places transport', () => {
		const climate: [ArticleBlock['kind'], string][] = [
			['title', '市气象局发布年度气候公报'],
			['paragraph', '全市降水偏多,尼木县年降水量最多,为498.6毫米。']
		];
		expect(at(climate, '498.6毫米').agency).toBe('市气象局');
		const bus = at(para('市公交集团建成公交充电场站3座,开通公交线路2条,新建候车厅12座。'), '2条');
		expect([bus.agency, bus.theme]).toEqual(['市公交集团', '交通民航']);
		expect(at(para('市公交集团建成公交充电场站3座,配建充电桩60个,新建候车厅12座。'), '12座').agency).toBe('市公交集团');
		expect(at(para('全市投放共享单车8000辆。'), '8000辆').theme).toBe('交通民航');
	});

	it('matches a number keyword (110) only as a whole number, not inside 1100', () => {
		expect(at(para('县中学组织参与学生1100余人。'), '1100余人').theme).not.toBe('平安法治');
		expect(at(para('拨打110报警后,民警出警36次。'), '36次').theme).toBe('平安法治');
	});

	it('reads a business incubator park as a body and themes youth-league members as organisation building', () => {
		expect(at(para('堆龙德庆区青年创业孵化园今年入驻企业36个。'), '36个').agency).toBe('堆龙德庆区青年创业孵化园');
		expect(at(para('全市今年新发展团员1900名。'), '1900名').theme).toBe('党的建设');
	});

	it('themes residue tests, sampling and village banquets as food safety, an emergency matter', () => {
		expect(at(para('全年开展农药残留快速检测1200批次。'), '1200批次').theme).toBe('安全应急');
		expect(at(para('备案农村集体聚餐326场次。'), '326场次').theme).toBe('安全应急');
	});

	it('reads a place joined by 的 to a named body as where that body is, not who acts', () => {
		expect(at(para('当雄县的雪域牧业有限公司现有员工36名。'), '36名').agency).toBe('雪域牧业有限公司');
		expect(at(para('尼木县吞巴乡的雪域藏戏队今年演出36场。'), '36场').agency).toBe('雪域藏戏队');
		// a facility of a kind is no named body: the place still acts
		expect(at(para('城关区的种植基地今年吸纳36名工人。'), '36名').agency).toBe('城关区');
	});

	it('reads a place\'s party committee and government acting together as the place', () => {
		expect(at(para('近年来,曲水县委、县政府把光伏作为主导产业,建成电站3座。'), '3座').agency).toBe('曲水县');
		expect(at(para('林周县委县政府组织12个工作组下乡。'), '12个').agency).toBe('林周县');
		// the committee's own department is that department
		expect(at(para('林周县委组织部组织12个工作组下乡。'), '12个').agency).toBe('林周县委组织部');
	});

	it('themes village clean-up, household toilets and road upkeep', () => {
		expect(at(para('今年全乡开展村庄清洁行动,评出清洁户120户。'), '120户').theme).toBe('生态环境');
		expect(at(para('全县今年完成户厕改造1200户。'), '1200户').theme).toBe('乡村振兴');
		expect(at(para('县公路段今年修补坑槽3000平方米,清理边沟80公里。'), '80公里').theme).toBe('交通民航');
	});

	it('reads veterans\' and armed-forces bodies as bodies', () => {
		expect(at(para('曲水县人武部组织县民兵应急连90名民兵开展训练。'), '90名').agency).toBe('曲水县人武部');
		expect(at(para('记者从市征兵办获悉,今年全市报名应征青年1.8万人。'), '1.8万人').agency).toBe('市征兵办');
		expect(at(para('蔡公堂街道退役军人服务站今年走访退役军人85名。'), '85名').agency).toBe('蔡公堂街道退役军人服务站');
		expect(at(para('武警日喀则支队组织300余名官兵植树。'), '300余名').agency).toBe('武警日喀则支队');
	});

	it('reads service counters and a processing plant as bodies, and 原本 as an adverb, not a former title', () => {
		expect(at(para('据县政务服务中心统计,今年共办件3.6万件。'), '3.6万件').agency).toBe('县政务服务中心');
		expect(at(para('市公共资源交易中心今年完成交易项目420个。'), '420个').agency).toBe('市公共资源交易中心');
		expect(at(para('曲水县鲜奶加工厂原本只有工人12名。'), '12名').agency).toBe('曲水县鲜奶加工厂');
		// a water or sewage plant is a facility the government builds, not a body
		expect(at(para('城关区新建污水处理厂2座。'), '2座').agency).toBe('城关区');
	});

	it('reads 位于X的 as locating the body after it, and 下一步 as no part of a name', () => {
		expect(at(para('位于曲水县的雅江饲料有限公司年产饲料5万吨。'), '5万吨').agency).toBe('雅江饲料有限公司');
		expect(at(para('吉祥青稞种植专业合作社去年分红36万元。负责人说,下一步合作社将新建仓库2座。'), '2座').agency).toBe('吉祥青稞种植专业合作社');
	});

	it('lets the article\'s topic outweigh one generic cue word in the clause', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '曲水县开展河湖清理行动'],
			['paragraph', '曲水县今年开展河湖清理行动,清理河道垃圾120吨,巡河1200次。'],
			['paragraph', '活动中,县团委组织志愿者80名参与。']
		];
		expect(at(blocks, '80名').theme).toBe('生态环境');
	});

	it('reads the people\'s congress and the advisory conference of a place as bodies', () => {
		expect(at(para('堆龙德庆区人大常委会今年建成代表联络站18个。'), '18个').agency).toBe('堆龙德庆区人大常委会');
		expect(at(para('曲水县政协组织委员视察5次。'), '5次').agency).toBe('曲水县政协');
		expect(at(para('县政协委员罗布今年提交提案3件。'), '3件').agency).not.toBe('县政协');
		// 组织部分委员 is "organised some members"; 组织部分三批 is the department, in three batches
		expect(at(para('林周县政协组织部分委员开展视察,提出建议7条。'), '7条').agency).toBe('林周县政协');
		expect(at(para('县委组织部分三批培训干部300名。'), '300名').agency).toBe('县委组织部');
		// a term's ordinal is no part of the body's name
		expect(at(para('市十一届人大常委会第八次会议召开,组成人员33人出席。'), '33人').agency).toBe('市人大常委会');
	});

	it('places an article in the county its lede opens on (在X，…), though the site is named after the city', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '拉萨综合物流园加快建设'],
			['paragraph', '在曲水县达嘎镇,拉萨综合物流园一期工程已基本完工。园区规划占地约500亩,总投资6.2亿元。']
		];
		expect(at(blocks, '6.2亿元').district).toBe('曲水县');
	});

	it('reads a count of the city\'s counties written 8县(区) as citywide, and cadres sent on secondment as organisation work', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '技能培训班在曲水县开班'],
			['paragraph', '5月6日,培训班在曲水县开班,来自全市8县(区)的90名学员参加培训。']
		];
		expect(at(blocks, '8县').district).toBe('拉萨市');
		expect(at(para('今年选派年轻干部到乡镇挂职锻炼26名。'), '26名').theme).toBe('党的建设');
	});

	it('themes veterans\' jobs as employment and their pensions as welfare', () => {
		expect(at(para('城关区今年帮助320名退役军人实现就业,发放抚恤金86万元。'), '320名').theme).toBe('就业创业');
		expect(at(para('城关区今年帮助320名退役军人实现就业,发放抚恤金86万元。'), '86万元').theme).toBe('民生保障');
	});

	it('themes enforcement in a work-safety story as work safety', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '县应急管理局开展安全生产大检查'],
			['paragraph', '今年以来,县应急管理局排查安全生产隐患320处,督促企业完成隐患整改。'],
			['paragraph', '全年开展安全生产执法检查120次,罚款28万元。']
		];
		expect(at(blocks, '28万元').theme).toBe('安全应急');
	});

	it('reads colleges named by their kind as bodies, and a bare 学院 as the college named before', () => {
		expect(at(para('记者从日喀则师范高等专科学校获悉,学生今年获得金奖3项。'), '3项').agency).toBe('日喀则师范高等专科学校');
		expect(at(para('拉萨师专今年建成实训室12间。'), '12间').agency).toBe('拉萨师专');
		expect(at(para('拉萨职业技术学院与雪域建工集团签订协议。学院目前在校生6200余人。'), '6200余人').agency).toBe('拉萨职业技术学院');
	});

	it('reads a count over counties listed by name as citywide, the counties counted, not acting', () => {
		const r = at(para('曲水、达孜、墨竹工卡3个县的乡镇卫生院全部建成远程会诊室。'), '3个');
		expect([r.district, r.agency]).toEqual(['拉萨市', null]);
		// counties listed as the subject still act
		expect(at(para('林周县、当雄县2个县今年完成造林3000亩。'), '3000亩').agency).toBe('林周县');
	});
	it('reads the party-history office and the chronicle bodies as bodies, and a State Grid county company under its parent', () => {
		expect(at(para('县委党史研究室今年整理口述史料46份。'), '46份').agency).toBe('县委党史研究室');
		expect(at(para('墨竹工卡县方志馆全年接待参观群众5600余人次。'), '5600余人次').agency).toBe('墨竹工卡县方志馆');
		expect(at(para('市地方志编纂办公室出版年鉴3部,县委改革办公室印发方案6份。'), '3部').agency).toBe('市地方志编纂办公室');
		expect(at(para('市地方志编纂办公室出版年鉴3部,县委改革办公室印发方案6份。'), '6份').agency).toBe('县委改革办公室');
		const r = at(para('国网当雄县供电公司今年新建10千伏线路26公里。'), '26公里');
		expect([r.agency, r.district]).toEqual(['国网当雄县供电公司', '当雄县']);
	});
	it('reads a bare 医院 or 卫生院 opening a clause as the one named before, and 帮 before a county\'s hospital as a verb', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '乡卫生院服务能力稳步提升'],
			['paragraph', '近年来,林周县江热夏乡卫生院不断改善就医条件。'],
			['paragraph', '援藏专家到当雄县后,重点是帮县医院培养骨干医生。今年医院选派医护人员12名外出进修。']
		];
		expect(at(blocks, '12名').agency).toBe('县医院');
	});

	it('reads a body named in full with 委员会 under that name, a short form\'s as well as a level\'s', () => {
		expect(at(para('市卫生健康委员会今年组织专家下乡义诊30场。'), '30场').agency).toBe('市卫生健康委员会');
		expect(at(para('县卫生健康委员会今年派出专家5名。'), '5名').agency).toBe('县卫生健康委员会');
	});
	it('reads a company after a descriptor in apposition (爱心企业, 招商引资企业) as the actor, and 专业公司 as no name', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '爱心企业走进儿童福利院'],
			['paragraph', '市民政局今年为儿童福利院新建活动室3间。'],
			['paragraph', '儿童节前夕,爱心企业西藏雪域乳品有限公司为福利院送来酸奶500箱。'],
			['paragraph', '今年以来,尼木县招商引资企业西藏吞达香业有限公司向全县学校捐赠书包900个。']
		];
		expect(at(blocks, '500箱').agency).toBe('西藏雪域乳品有限公司');
		expect(at(blocks, '900个').agency).toBe('西藏吞达香业有限公司');
		const r = at(para('绿化养护交由专业公司承担。城关区林草局与西藏绿源园林服务有限公司签订合同,该公司配备养护工人85名。'), '85名');
		expect(r.agency).toBe('西藏绿源园林服务有限公司');
	});

	it('reads a grade of body (市级医院, 村级幼儿园) and a count inside a span (好几家医院) as no name', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '市妇幼保健院服务能力提升'],
			['paragraph', '今年以来,市妇幼保健院不断提升服务能力。作为市级医院,全年门诊量达12.6万人次。'],
			['paragraph', '“以前要跑好几家医院,现在一站就能看完。”市民说。医院全年开设孕妇课堂90余期。']
		];
		expect(at(blocks, '12.6万人次').agency).toBe('市妇幼保健院');
		expect(at(blocks, '90余期').agency).toBe('市妇幼保健院');
	});

	it('keeps the county acting in its own paragraph when the article\'s main body is a town\'s', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '家门口的好学校'],
			['paragraph', '清晨,墨竹工卡县甲玛乡中心小学里书声琅琅。'],
			['paragraph', '近年来,墨竹工卡县加大教育投入。截至目前,全县共有小学18所。']
		];
		expect(at(blocks, '18所').agency).toBe('墨竹工卡县');
	});
	it('ends a body\'s name at a verb of finding (审计组发现…), and themes domestic-service work as employment', () => {
		const r = at(para('县审计局审计组发现合作社有3.6万元分红未发放。'), '3.6万元');
		expect(r.agency).not.toMatch(/发现/u);
		expect(at(para('全县从事家政服务的妇女已有150余人。'), '150余人').theme).toBe('就业创业');
	});
	it('places an article in the county its lede opens on, when the lede opens on a facility named after it', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '第三污水处理厂投入运行'],
			['paragraph', '近日,堆龙德庆区第三污水处理厂正式投入运行。该厂由拉萨市排水有限公司投资建设,总投资2.4亿元。'],
			['paragraph', '拉萨市排水有限公司负责人介绍,全市污水日处理能力达到35万吨。']
		];
		expect(at(blocks, '2.4亿元').district).toBe('堆龙德庆区');
		expect(at(blocks, '35万吨').district).toBe('拉萨市');
	});
	it('reads a bare 医院 after a maternity hospital as that hospital', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '妇幼保健院新院区投用'],
			['paragraph', '去年,孕妇被紧急送往市人民医院救治。'],
			['paragraph', '今年5月,位于柳梧新区的拉萨市妇幼保健院新院区投入使用。医院全年完成分娩5200例。']
		];
		expect(at(blocks, '5200例').agency).toBe('拉萨市妇幼保健院');
	});
	it('reads no village in a township followed by a function word or 各 (续迈乡也从各村…)', () => {
		expect(at(para('尼木县续迈乡也从各村推选出监督员12名。'), '12名').agency).toBe('尼木县续迈乡');
	});
	it('gives a statistics bureau the figures of bodies its article carries, not those a body gives in its own sentence', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '前三季度全市经济稳中向好'],
			['paragraph', '记者从市统计局获悉,前三季度全市经济运行稳中向好。'],
			['paragraph', '拉萨贡嘎国际机场完成旅客吞吐量520万人次。全市公路通车里程达到7600公里。'],
			['paragraph', '西藏雪域建材有限公司前三季度实现产值6200万元。']
		];
		expect(at(blocks, '7600公里').agency).toBe('市统计局');
		expect(at(blocks, '6200万元').agency).toBe('西藏雪域建材有限公司');
	});
	it('reads a place before 一处, 一座 or 一段 of something as where it is, not who acts', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '曲水县开展防汛应急演练'],
			['paragraph', '6月12日,曲水县防汛抗旱指挥部组织开展防汛应急演练。'],
			['paragraph', '演练模拟突降暴雨,河道水位上涨,才纳乡白堆村一处堤防出现险情,现场转移群众150余名。']
		];
		expect(at(blocks, '150余名').agency).toBe('曲水县防汛抗旱指挥部');
	});
	it('finds the site 位于 places when a short name is declared between the place and 的', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '冷链物流园投运'],
			['paragraph', '近日,位于拉萨经济技术开发区(以下简称拉萨经开区)的高原冷链物流园正式投入运营。'],
			['paragraph', '据市商务局介绍,物流园已开通冷链干线5条,每周发车16趟。']
		];
		expect(at(blocks, '5条').district).toBe('拉萨经开区');
	});
	it('themes food and drug businesses checked for safety as safety, not the economy', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '县市场监管局开展节前检查'],
			['paragraph', '节前,县市场监管局共检查食品生产经营主体126家,快检样品310批次。'],
			['paragraph', '检查药品零售企业38家,责令整改5家。']
		];
		expect(at(blocks, '126家').theme).toBe('安全应急');
		expect(at(blocks, '38家').theme).toBe('安全应急');
	});
	it('themes consumer complaints and the 12315 line as grassroots governance', () => {
		expect(at(para('今年以来,县市场监管局通过12315平台受理消费投诉236件,为消费者挽回损失18万元。'), '236件').theme).toBe('基层治理');
	});
	it('ends a body\'s name at 累计 (累计培训合作社成员…: members trained, not a body)', () => {
		const r = at(para('县邮政分公司今年举办电商培训班4期,累计培训合作社成员和返乡青年180人次。'), '180人次');
		expect(r.agency).not.toMatch(/累计/u);
	});
	it('themes fitness facilities built as construction, and the games played on them as culture', () => {
		expect(at(para('今年全县新建健身广场12个、健身路径35条,配备健身器材600余件。'), '35条').theme).toBe('城市建设');
		expect(at(para('全县农牧民运动会共设篮球、拔河等8个比赛项目。'), '8个').theme).toBe('文化宣传');
	});
	it('reads where a worker is from (是X人) as no place of the figures around', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '拉萨经开区有机肥企业扩能'],
			['paragraph', '近日,位于拉萨经开区的高原绿源有机肥有限公司新生产线投产。'],
			['paragraph', '目前,公司共有员工88名。车间主任扎西是尼木县吞巴乡人,他在公司工作了5年。']
		];
		expect(at(blocks, '88名').district).toBe('拉萨经开区');
	});
	it('themes rural tourism as rural revitalisation', () => {
		expect(at(para('去年全村乡村旅游收入达到64万元。'), '64万元').theme).toBe('乡村振兴');
	});
	it('reads a team formed by bodies (…组成医疗队) as no body named after the last of them: the lead acts', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '送医下乡'],
			['paragraph', '林周县卫健委联合县人民医院、县藏医院组成医疗队,深入各乡镇开展义诊。'],
			['paragraph', '活动期间,医疗队共义诊群众860人次。']
		];
		expect(at(blocks, '860人次').agency).toBe('林周县卫健委');
	});
	it('ends a body\'s name at a time word before it (前几年公司…)', () => {
		expect(at(para('合作社负责人说,前几年公司规模很小,如今员工增加到46名。'), '46名').agency).toBeNull();
	});
	it('gives the figures after 由X牵头，Y、Z配合 to the lead body, not its partners', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '困难职工帮扶见实效'],
			['paragraph', '记者从市总工会获悉,今年困难职工帮扶工作由市总工会牵头,市人社局、市民政局共同推进。目前全市已有860名困难职工受益。']
		];
		expect(at(blocks, '860名').agency).toBe('市总工会');
		expect(at(para('今年冬季送温暖活动由县民政局牵头,县财政局、县卫健委配合。全县共慰问困难群众215户。'), '215户').agency).toBe('县民政局');
	});
	it('reads a team member in apposition with the body they work for (团队成员、X研究员…介绍) as that body speaking', () => {
		const r = at(para('服务队在林周县开展工作。队伍成员、拉萨市农牧科学研究所研究员格桑介绍,今年指导种植大户45户。'), '45户');
		expect(r.agency).toBe('拉萨市农牧科学研究所');
	});
	it('weighs the place a paragraph opens on (在X乡，…) above a city body speaking later in it', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '科技服务进牧区'],
			['paragraph', '全市今年选派科技人员120名。'],
			['paragraph', '在当雄县纳木错乡,服务队主攻牦牛育肥。拉萨市农牧科学研究所今年共指导养殖户64户。']
		];
		expect(at(blocks, '64户').district).toBe('当雄县');
	});
	it('knows the city\'s ethnic and religious affairs commission and its Tibetan-language office by their short names', () => {
		expect(at(para('市民宗委今年为僧尼办理意外伤害保险,每人保费40元。'), '40元').agency).toBe('市民宗委');
		expect(at(para('市藏语委办今年审校双语标识牌900余块。'), '900余块').agency).toBe('市藏语委办');
	});
	it('keeps words with a stop character inside a body\'s name (同心…合作社, 和美…社区)', () => {
		expect(at(para('近年来,曲水县同心民族服饰农民专业合作社发展迅速,今年吸纳社员52户。'), '52户').agency).toBe('曲水县同心民族服饰农民专业合作社');
		expect(at(para('近日,城关区和美家园社区居委会组织调解纠纷36起。'), '36起').agency).toBe('城关区和美家园社区居委会');
	});
	it('reads a body\'s kind in quotation marks, then counted (“…示范服务站”达到6个), as a title, not a body that acts', () => {
		const r = at(para('市退役军人事务局今年新建服务站12个,“全国示范型退役军人服务站”达到6个。全年共受理来访事项860件。'), '860件');
		expect(r.agency).toBe('市退役军人事务局');
	});
	it('themes conscription as public security, science popularisation as publicity and village science commissioners as rural revitalisation', () => {
		expect(at(para('今年全县完成兵役登记适龄青年1380人,应征报名人数同比增长12%。'), '1380人').theme).toBe('平安法治');
		expect(at(para('科技活动周期间,县科协组织科普大篷车走进乡村学校15所。'), '15所').theme).toBe('文化宣传');
		expect(at(para('今年全县选派科技特派员48名,覆盖所有行政村。'), '48名').theme).toBe('乡村振兴');
	});
	it('reads 这家企业 and 这家…的企业 as the company named before in its paragraph, but not across an unnamed 一家…企业', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '一家企业的账本'],
			['paragraph', '在曲水县的西藏雅江绿源食品有限公司,包装车间一片繁忙。这家以青稞加工为主的企业,去年实现产值4200万元。'],
			['paragraph', '记者来到西藏圣湖乳业有限公司。这家企业今年新增奶源基地3个。']
		];
		expect(at(blocks, '4200万元').agency).toBe('西藏雅江绿源食品有限公司');
		expect(at(blocks, '3个').agency).toBe('西藏圣湖乳业有限公司');
		const r = at(para('县商务局联系西藏吉祥物流有限公司开通专线。随后县里又引进一家快递企业,该企业目前有员工15名。'), '15名');
		expect(r.agency).not.toBe('西藏吉祥物流有限公司');
	});
	it('names a body by the short name the article also uses (市发展和改革委员会 … 市发改委), and knows a city body\'s full name without the city\'s (市…委员会)', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '全市安置点后续扶持推进会召开'],
			['paragraph', '会上,市发展和改革委员会通报,全市今年新建帮扶车间14个。'],
			['paragraph', '市发改委负责同志表示,明年将再投入资金3000万元。']
		];
		expect(at(blocks, '14个').agency).toBe('市发改委');
		expect(at(blocks, '3000万元').agency).toBe('市发改委');
		// written out only: the name as written
		expect(at(para('市发展和改革委员会今年审批项目56个。'), '56个').agency).toBe('市发展和改革委员会');
	});
	it('reads a role in quotation marks in apposition before a body (派驻的“科技副总”、X研究所研究员…) as a person of that body acting', () => {
		const r = at(para('在德庆镇的一家奶牛养殖企业,派驻的“技术顾问”、西藏农牧科学院畜牧兽医研究所研究员次仁则帮助企业调整饲料配比,奶牛日产奶量由12公斤提高到16公斤。'), '16公斤');
		expect(r.agency).toBe('西藏农牧科学院畜牧兽医研究所');
	});
	it('themes government services (政务服务, 一网通办, the city\'s 政务 bodies) as grassroots governance, not municipal works', () => {
		expect(at(para('市政务服务中心今年共办理各类事项12.6万件,一网通办事项占比达到85%。'), '12.6万件').theme).toBe('基层治理');
	});
	it('themes marriage registration as welfare services and custom reform, social organisations and place names as grassroots governance', () => {
		expect(at(para('今年全县共办理结婚登记520对,补录档案1.2万份。'), '520对').theme).toBe('民生保障');
		expect(at(para('各村修订村规民约推动移风易俗,婚宴桌数控制在20桌以内。'), '20桌').theme).toBe('基层治理');
		expect(at(para('全区登记社会组织48家,今年新设置地名标志牌310块。'), '48家').theme).toBe('基层治理');
	});
	it('knows chambers of commerce, foundations, a society\'s branch and councils as bodies, and 分会场 as a venue', () => {
		expect(at(para('拉萨市四川商会今年向学校捐款25万元。'), '25万元').agency).toBe('拉萨市四川商会');
		expect(at(para('林周县慈善分会今年募集善款38万元。'), '38万元').agency).toBe('林周县慈善分会');
		expect(at(para('城关区分会场开工项目12个。'), '12个').agency).not.toBe('城关区分会');
	});
	it('reads an unlisted community named right after its zone or county (柳梧新区X社区) as a body, but not a counted or ordinal one', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '安置社区新变化'],
			['paragraph', '在柳梧新区吉祥家园社区,搬迁群众住上了新房。'],
			['paragraph', '吉祥家园社区今年新建就业帮扶车间3个。']
		];
		expect(at(blocks, '3个').agency).toBe('吉祥家园社区');
		expect(at(para('城关区一家社区卫生服务站今年接诊病人860人次。'), '860人次').agency ?? '').not.toMatch(/一家社区/u);
	});
	it('reads a hotline centre named by its number (拉萨市12345…热线中心) as one body, with its declared short name', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '热线一年间'],
			['paragraph', '记者从拉萨市12345便民热线中心(以下简称热线中心)获悉,今年热线中心共受理诉求21.3万件。'],
			['paragraph', '其中城关区工单最多,共8.2万件。']
		];
		expect(at(blocks, '21.3万件').agency).toBe('热线中心');
	});
	it('learns a company\'s brand (西藏X有限公司 → X) and reads it later as that company, under the company\'s name', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '车间里的新生活'],
			['paragraph', '曲水县投资300万元建起车间,引进西藏格桑花编织有限公司负责运营。'],
			['paragraph', '“车间现在吸纳搬迁群众就业64人。”格桑花编织负责人次仁介绍。']
		];
		expect(at(blocks, '64人').agency).toBe('西藏格桑花编织有限公司');
	});
	it('reads a bare 社区 opening a clause and acting (社区共安置…) as the community named before in its paragraph', () => {
		const r = at(para('在柳梧新区吉祥家园社区,搬迁群众住进了新房。社区共安置搬迁群众512户。'), '512户');
		expect(r.agency).toMatch(/吉祥家园社区$/u);
		expect(at(para('城关区吉日街道今年开展活动30场。社区居民参与达1200人次。'), '1200人次').agency ?? '').not.toMatch(/社区$/u);
		// (a verb between a street and 社区 names no community: 利用社区闲置用房)
		expect(at(para('城关区吉日街道利用社区闲置用房开办老年食堂,今年服务老人1500人次。'), '1500人次').agency ?? '').not.toMatch(/利用/u);
	});
	it('reads 外地/本地/当地 before a kind of body, and patients coming to a hospital, as no body\'s name; the Tibetan-medicine trade as the economy', () => {
		expect(at(para('不少外地患者专程来医院就诊,今年门诊量达到8.6万人次。'), '8.6万人次').agency ?? '').not.toMatch(/患者/u);
		expect(at(para('当地种植基地今年扩大到300亩。'), '300亩').agency).toBeNull();
		expect(at(para('全市藏药企业今年实现产值12.5亿元。'), '12.5亿元').theme).toBe('经济产业');
	});
	it('knows labour arbitration bodies (…劳动人事争议仲裁院, 市仲裁院, 县仲裁委)', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '劳动争议调解见成效'],
			['paragraph', '记者从拉萨市劳动人事争议仲裁院了解到,今年市仲裁院共受理案件960件。']
		];
		expect(at(blocks, '960件').agency).toBe('市仲裁院');
		expect(at(para('尼木县劳动人事争议仲裁委员会今年调解案件36件。'), '36件').agency).toBe('尼木县劳动人事争议仲裁委员会');
	});
	it('themes the upkeep of parks and green space as the environment, not road maintenance', () => {
		expect(at(para('今年城区园林养护企业共26家,承担公共绿地养护面积860万平方米。'), '860万平方米').theme).toBe('生态环境');
	});
	it('themes labour contracts and wage bargaining as employment, and labour disputes and arbitration as the law', () => {
		expect(at(para('今年全县规模以上企业劳动合同签订率达到97.5%。'), '97.5%').theme).toBe('就业创业');
		expect(at(para('县仲裁委今年受理劳动争议案件48件。'), '48件').theme).toBe('平安法治');
	});
	it('reads 宅基地 (homestead land) as no base', () => {
		expect(at(para('截至目前,复垦复绿宅基地86亩,栽植苗木3.2万株。'), '3.2万株').agency ?? '').not.toMatch(/宅基地/u);
	});
	it('themes the property market (商品房, 房地产, 楼盘) as the economy, and rent subsidies as welfare', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '我市住房市场平稳发展'],
			['paragraph', '今年全市新建住房1.2万套。'],
			['paragraph', '全年商品房销售面积86.4万平方米。']
		];
		expect(at(blocks, '86.4万平方米').theme).toBe('经济产业');
		expect(at(para('今年共为困难家庭发放租赁补贴620万元。'), '620万元').theme).toBe('民生保障');
	});
	it('reads 个别/少数 before a kind of body as no body\'s name', () => {
		const r = at(para('市医保局联合检查组今年检查定点医院86家。检查组还发现,个别民营医院存在虚假住院问题,涉及金额38万元。'), '38万元');
		expect(r.agency ?? '').not.toMatch(/个别/u);
	});
	it('knows a painting academy (…唐卡画院) as a body', () => {
		expect(at(para('拉萨勉萨唐卡画院今年培养青年画师38名。'), '38名').agency).toBe('拉萨勉萨唐卡画院');
	});
	it('reads a short name in quotation marks with a weak kind (“扎西唐卡画坊”) as a body, but not a quoted title (评为“绿色学校”)', () => {
		const blocks: [ArticleBlock['kind'], string][] = [
			['title', '老城里的唐卡画坊'],
			['paragraph', '走进八廓街,“扎西唐卡画坊”今年卖出唐卡180余幅。']
		];
		expect(at(blocks, '180余幅').agency).toBe('扎西唐卡画坊');
		const r = at(para('今年全县有12所学校被评为市级“节水学校”,该校共培训学生600人次。'), '600人次');
		expect(r.agency ?? '').not.toMatch(/节水学校/u);
	});
});
