// Page segmentation and print-artefact repair, on pages written for the test.
import { describe, expect, it } from 'vitest';
import { articleText, segmentPage, toFileOffset } from '../../etl/segment.ts';

const page = [
	'',
	'# 某县召开就业工作推进会',
	'',
	'## 稳就业 促增收',
	'',
	'本报讯(记者 张三)近日,某县召开就业工作推进会,会议指出,要把就业工作作为头等大事,全年新增就业岗位',
	'',
	'1200个,开展技能培训第',
	'',
	'二批次。',
	'',
	'县人社局负责人说:“我们将继续努力。”',
	'',
	'',
	'',
	'某乡开展环境整治',
	'',
	'本报拉萨讯(记者 李四)为改善人居环境,某乡组织党',
	'',
	'员干部清理垃圾20吨。',
	'',
	'图为活动现场。 本报记者 李四 摄',
	''
].join('\n');

describe('segmentPage', () => {
	const arts = segmentPage(page);
	it('finds each article with its headline, kicker and byline', () => {
		expect(arts.map((a) => a.title)).toEqual(['某县召开就业工作推进会', '某乡开展环境整治']);
		expect(arts[0].subtitle).toBe('稳就业 促增收');
		expect(arts[0].byline).toBe('本报讯(记者 张三)');
		expect(arts[1].byline).toBe('本报拉萨讯(记者 李四)');
	});
	it('joins words and numbers cut by a page break', () => {
		const body = articleText(arts[0]).text;
		expect(body).toContain('新增就业岗位1200个,开展技能培训第二批次。');
		expect(articleText(arts[1]).text).toContain('组织党员干部清理垃圾20吨');
	});
	it('keeps the caption as a caption and the quotation as a paragraph', () => {
		expect(arts[1].blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'caption']);
		expect(arts[0].blocks.map((b) => b.kind)).toEqual(['title', 'subtitle', 'paragraph', 'paragraph']);
	});
	it('maps every repaired character back to the same character in the file', () => {
		for (const a of arts)
			for (const b of a.blocks)
				for (let i = 0; i < b.text.length; i++) if (b.text[i] !== ' ') expect(page[toFileOffset(b, i)]).toBe(b.text[i]);
	});
	it('reads CRLF pages like LF pages', () => {
		const crlf = segmentPage(page.replace(/\n/g, '\r\n'));
		expect(crlf.map((a) => a.title)).toEqual(arts.map((a) => a.title));
		expect(articleText(crlf[0]).text).toBe(articleText(arts[0]).text);
	});
	it('treats text before any headline as an untitled article named by its first words', () => {
		const [a] = segmentPage('全县共有党员3000名。其中农牧民党员1200名。');
		expect(a.title).toBe('全县共有党员3000名');
	});
	it('returns nothing for an empty page', () => expect(segmentPage('\n\n  \n')).toEqual([]));
	it('splits a column of briefs into one article per brief, though none has a byline', () => {
		const briefs = [
			'某县图书馆开展阅读活动', '', '本报讯(记者 王五)近日,某县图书馆开展阅读活动,吸引读者300余人次。', '',
			'本地快讯', '', '某乡新建便民桥', '', '某乡新建便民桥2座,方便群众出行。', '',
			'某镇开展义诊', '', '某镇卫生院组织医生开展义诊,服务群众120人次。', ''
		].join('\n');
		const arts = segmentPage(briefs);
		expect(arts.map((a) => a.title)).toEqual(['某县图书馆开展阅读活动', '某乡新建便民桥', '某镇开展义诊']);
		// the column's label stays with the first brief, not with the article before it
		expect(arts[0].blocks.map((b) => b.text)).not.toContain('本地快讯');
	});
	it('splits a column of marked briefs (△近日，…) into one article per brief, the heading above it heading the first', () => {
		const page = [
			'# 某县防火检查', '', '近日,某县开展冬季防火检查,排查隐患25处。', '',
			'# 某县简讯', '', '△近日,某乡为全乡老人免费体检,共体检老人180名。', '',
			'△某乡敬老院为入住的18名老人发放冬衣。', '', '▲ 某县人社局举办电工培训班,共有36名群众参加。', ''
		].join('\n');
		const arts = segmentPage(page);
		expect(arts.map((a) => a.title)).toEqual(['某县防火检查', '某县简讯', '某乡敬老院为入住的18名老人发放冬衣', '某县人社局举办电工培训班,共有36名群众参加']);
		expect(arts[1].blocks.map((b) => b.text)).toEqual(['某县简讯', '△近日,某乡为全乡老人免费体检,共体检老人180名。']);
		// one marked paragraph is no column
		const single = segmentPage(['# 某县防火检查', '', '近日,某县开展检查。', '', '△排查隐患25处。', ''].join('\n'));
		expect(single).toHaveLength(1);
	});

	it('splits a column named after its place (某县快讯) whose briefs open on a body\'s name and a space', () => {
		const page = [
			'# 某县秋收忙', '', '近日,某县各乡镇抢收青稞,已收割1.2万亩。', '',
			'## 某县快讯', '', '县文旅局 国庆假期期间,某县共接待游客5.2万人次。', '',
			'某乡 近日,某乡组织群众80余人清理河道。', '', '县人社局 9月以来,县人社局举办技能培训班6期。', ''
		].join('\n');
		const arts = segmentPage(page);
		expect(arts.map((a) => a.title)).toEqual(['某县秋收忙', '县文旅局', '某乡', '县人社局']);
		expect(arts[2].blocks.map((b) => [b.kind, b.text])).toEqual([['title', '某乡'], ['paragraph', '近日,某乡组织群众80余人清理河道。']]);
		// outside a column, a name and a space open no brief
		expect(segmentPage(['# 某县秋收忙', '', '某乡 近日,某乡组织群众80余人清理河道。', ''].join('\n'))[0].blocks).toHaveLength(2);
	});

	it('opens an article at a headline over 本报讯 printed without its reporters (本报讯 12月20日…)', () => {
		const page = ['某县召开会议', '', '本报讯(记者 王五)近日,某县召开会议,共有120人参加。', '', '某乡开展冬训', '', '本报讯 12月20日上午,某乡党员冬训开班,参训党员86名。', ''].join('\n');
		expect(segmentPage(page).map((a) => a.title)).toEqual(['某县召开会议', '某乡开展冬训']);
	});
	it('keeps text continued from another page (（上接第一版）) an article of its own, and its headline-less neighbour its headline', () => {
		const page = [
			'（上接第一版）全县共培训党员1200人次。', '', '某村集体经济破百万', '', '驻村工作队助力增收', '', '本报记者 甲', '', '今年,某村集体经济收入达到105万元。', '',
			'某县召开会议', '', '本报讯(记者 王五)近日,某县召开会议,共有120人参加。', '', '(上接第二版)全乡新修道路12公里。', ''
		].join('\n');
		const arts = segmentPage(page);
		expect(arts.map((a) => a.title).slice(1, 3)).toEqual(['某村集体经济破百万', '某县召开会议']);
		expect(arts).toHaveLength(4);
		expect(arts[1].subtitle).toBe('驻村工作队助力增收');
		expect(articleText(arts[3]).text.startsWith('(上接第二版)')).toBe(true);
	});
	it('splits briefs that open on a bold lead-in (**某县** 近日…), each headed by its lead-in, without the markers', () => {
		const page = [
			'某县图书馆开展阅读活动', '', '本报讯(记者 王五)近日,某县图书馆开展阅读活动,吸引读者300余人次。', '',
			'## 本市简讯', '', '**某乡** 某乡新建便民桥2座,方便群众出行。', '', '**某镇**近日,某镇卫生院开展义诊,服务群众120人次。', ''
		].join('\n');
		const arts = segmentPage(page);
		expect(arts.map((a) => a.title)).toEqual(['某县图书馆开展阅读活动', '某乡', '某镇']);
		expect(articleText(arts[2]).text).not.toContain('*');
		const body = arts[2].blocks.at(-1)!;
		expect(body.text.startsWith('近日,某镇卫生院')).toBe(true);
		expect(page.slice(toFileOffset(body, 0), toFileOffset(body, 2))).toBe('近日');
		// outside a column of briefs, a lead-in is a heading inside its article
		const [one, ...rest] = segmentPage(['某县召开会议', '', '本报讯 近日,某县召开会议,共有120人参加。', '', '**记者手记** 会议开得很实在。', ''].join('\n'));
		expect(rest).toEqual([]);
		expect(one.blocks.map((b) => [b.kind, b.text])).toContainEqual(['heading', '记者手记']);
	});
	it('reads paragraphs saved one newline apart as paragraphs, and still joins a line cut mid-sentence', () => {
		const [a] = segmentPage('某县召开会议\n\n本报讯 近日,某县召开会议,共有120人参加。\n会议要求,各单位要“认真落实。”\n会后,与会人员参观了\n3个项目。\n');
		expect(a.blocks.map((b) => b.text)).toEqual(['某县召开会议', '本报讯 近日,某县召开会议,共有120人参加。', '会议要求,各单位要“认真落实。”', '会后,与会人员参观了3个项目。']);
	});
	it('reads a **bold** line with trailing spaces as a kicker, without its markers or spaces', () => {
		const [a] = segmentPage(['某区开展义诊活动', '', '**  关爱群众健康 **\u3000 ', '', '本报讯 近日,某区开展义诊活动,服务群众300余人次。', ''].join('\n'));
		expect(a.subtitle).toBe('关爱群众健康');
		const [b] = segmentPage(['某区开展义诊活动', '', '本报讯 近日,某区开展义诊活动,服务群众300余人次。  \t', ''].join('\n'));
		expect(b.blocks.at(-1)!.text).toBe('本报讯 近日,某区开展义诊活动,服务群众300余人次。');
	});
	it('gives a body printed before its headline that headline, and splits a second headline after the subtitle', () => {
		const page = [
			'某县召开会议', '', '本报讯(记者 甲)全县召开会议,部署工作。', '',
			'学思想 强党性 重实践 建新功', '',
			'为推动工作落实,某地区开展督导检查12次。', '', '截至目前,共解决问题30个。', '',
			'三项举措 激发活力', '', '本报记者 乙', '', '某地区抓好驻村工作', '',
			'打造特色品牌', '', '2023年,某县检察院创建品牌5个。', ''
		].join('\n');
		const arts = segmentPage(page);
		expect(arts.map((a) => a.title)).toEqual(['某县召开会议', '三项举措 激发活力', '打造特色品牌']);
		expect(arts[1].subtitle).toBe('某地区抓好驻村工作');
		expect(arts[1].byline).toBe('本报记者 乙');
		expect(articleText(arts[1]).text).toContain('督导检查12次');
		expect(articleText(arts[2]).text).toContain('创建品牌5个');
	});
	it('splits off a body whose headline is printed after it, where the body starts speaking of the headline', () => {
		const page = [
			'市气象局开展调研', '', '本报讯(记者 甲)近日,市气象局调研组赴外地调研。', '', '调研组与三地气象部门座谈。', '',
			'某某机场新航站楼建筑面积2万平方米,可满足旅客需求。', '', '启用当日,共保障旅客300人次。', '',
			'某某机场新航站楼投运', '',
			'我市开展活动庆元旦', '', '拉萨融媒记者 乙', '', '新年伊始,各单位开展活动12场。', ''
		].join('\n');
		const arts = segmentPage(page);
		expect(arts.map((a) => a.title)).toEqual(['市气象局开展调研', '某某机场新航站楼投运', '我市开展活动庆元旦']);
		expect(articleText(arts[0]).text).not.toContain('航站楼');
		expect(articleText(arts[1]).text).toContain('保障旅客300人次');
	});
	it('keeps a bulletin\'s bold section headings inside the bulletin, but a spaced campaign kicker still opens an article', () => {
		const page = [
			'# 某市2024年统计公报发布', '', '本报讯 某市统计局发布年度统计公报。', '',
			'**农业**', '', '全年粮食产量12.5万吨,增长3.1%。', '', '**一、固定资产投资**', '', '全年固定资产投资增长8.4%。', ''
		].join('\n');
		const arts = segmentPage(page);
		expect(arts.map((a) => a.title)).toEqual(['某市2024年统计公报发布']);
		expect(arts[0].blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['农业', '一、固定资产投资']);
		const kicker = segmentPage(['某县召开会议', '', '本报讯 全县召开会议,部署工作。', '', '**学思想 强党性 重实践 建新功**', '', '某地区开展督导检查12次。', ''].join('\n'));
		expect(kicker).toHaveLength(2);
	});
	it('reads a kicker above the first headline as part of that article', () => {
		const arts = segmentPage('我为群众办实事\n\n某县修通乡村公路\n\n本报讯(记者 赵六)全县新修公路12公里。\n');
		expect(arts).toHaveLength(1);
		expect(arts[0].title).toBe('某县修通乡村公路');
		expect(arts[0].subtitle).toBe('我为群众办实事');
	});
	it('starts an article at a county\'s dateline (本报墨竹工卡讯)', () => {
		const arts = segmentPage('某县召开会议\n\n本报讯(记者 赵六)会议部署工作。\n\n墨竹工卡县:生态岗位托起绿色饭碗\n\n本报墨竹工卡讯(记者 钱七)全县设置生态岗位6400个。\n');
		expect(arts.map((a) => a.title)).toEqual(['某县召开会议', '墨竹工卡县:生态岗位托起绿色饭碗']);
	});
	it('reads a column\'s short label over a headline as a kicker, and a ——subtitle naming a document as the subtitle', () => {
		const arts = segmentPage('聚焦两会\n\n凝心聚力开新局 真抓实干谱新篇\n\n——某县《政府工作报告》摘要\n\n本报讯(记者 赵六)某县人代会开幕。\n\n全县实现地区生产总值86亿元。\n');
		expect(arts).toHaveLength(1);
		expect(arts[0].title).toBe('凝心聚力开新局 真抓实干谱新篇');
		expect(arts[0].blocks.map((b) => b.kind)).toEqual(['subtitle', 'title', 'subtitle', 'paragraph', 'paragraph']);
	});
});
