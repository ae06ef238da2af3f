// The extraction grammar, tested on sentences written for the purpose (not copied from the seeds): each case lists every fact the sentence holds.
import { describe, expect, it } from 'vitest';
import cases from './extract-cases.json' with { type: 'json' };
import { loadGrammar } from '../../etl/grammar.ts';
import { extractFacts } from '../../etl/extract.ts';

const g = loadGrammar();

describe('extractFacts on written sentences', () => {
	for (const c of cases as { text: string; facts: Record<string, unknown>[]; absent?: string[] }[]) {
		it(c.text, () => {
			// (absent: numbers that are no quantity at all, not even an optional one: a campaign's name, 无一人)
			for (const q of c.absent ?? []) expect(extractFacts(c.text, g).map((f) => f.quote)).not.toContain(q);
			const got = extractFacts(c.text, g).filter((f) => c.facts.length > 0 || !f.optional || /[0-9０-９]/u.test(f.quote));
			const core = c.facts.length === 0 ? got.filter((f) => !f.optional) : got;
			if (c.facts.length === 0) return expect(core.map((f) => f.quote)).toEqual([]);
			// every core fact found is one the case lists: nothing extra, nothing from a speed, a date or a code
			const listed = new Set(c.facts.map((w) => w.quote));
			expect(got.filter((f) => !f.optional && !listed.has(f.quote)).map((f) => f.quote)).toEqual([]);
			for (const want of c.facts) {
				const f = got.find((x) => x.quote === want.quote);
				expect(f, `missing ${want.quote} in ${JSON.stringify(got.map((x) => x.quote))}`).toBeDefined();
				for (const [k, v] of Object.entries(want)) {
					if (k === 'value' || k === 'value_low' || k === 'value_high') expect(f![k as 'value']).toBeCloseTo(v as number, 6);
					else expect(f![k as keyof typeof f], `${want.quote}.${k}`).toEqual(v);
				}
			}
		});
	}
});

describe('offsets and provenance', () => {
	it('gives offsets whose slice is the quote', () => {
		const text = '截至目前,共发放补贴资金86.4万元,惠及1300余人次。';
		for (const f of extractFacts(text, g)) expect(text.slice(f.start, f.end)).toBe(f.quote);
	});
	it('names the thing counted after a measure word and before a total', () => {
		const [a, b] = extractFacts('新建成9个便民服务站,发放慰问金3.6万元', g);
		expect(a.subject).toBe('便民服务站');
		expect(b.subject).toContain('慰问金');
	});
	it('names what an amount measures when a noun follows it, not the purpose a verb introduces', () => {
		const subjects = (t: string) => extractFacts(t, g).map((f) => f.subject);
		expect(subjects('县林草局为河道提供了650米围网。')).toEqual(['围网']);
		expect(subjects('今年新建2.4万亩高标准农田。')).toEqual(['高标准农田']);
		expect(subjects('村里投入资金120万元实施饮水工程。')).toEqual(['资金']);
		expect(subjects('清运垃圾36吨,')).toEqual(['垃圾']);
		expect(subjects('为学生发放助学金、生活补贴等各类补助资金8.6万元。')).toEqual(['补助资金']);
		expect(subjects('为偏远牧户配送燃料煤炭共计650吨。')).toEqual(['燃料煤炭']);
		expect(subjects('今年共排查安全隐患120处。')).toEqual(['安全隐患']);
		expect(subjects('查处酒驾醉驾等违法行为2300余起。')).toEqual(['违法行为']);
		expect(subjects('参会人数为120人。')).toEqual(['参会人数']);
		expect(subjects('在广场、车站等地设置宣传点12个。')[0]).not.toMatch(/^地/u);
		expect(subjects('全县共有高等院校2所。')[0]).toContain('高等院校');
		// both figures of a change measure what stands before 从/由, not the verb of change after the first
		expect(subjects('合作社党员人数从成立之初的12名发展到36名。')).toEqual(['合作社党员人数', '合作社党员人数']);
		expect(subjects('村集体经济收入由8万元跃升至52万元。')).toEqual(['村集体经济收入', '村集体经济收入']);
	});
	it('ends the noun after a measure word at an adverb, preposition or motion verb, but not inside a noun that holds one', () => {
		const subjects = (t: string) => extractFacts(t, g).map((f) => f.subject);
		expect(subjects('选派12名年轻干部到村任职，聘请6名专家定期到乡里开展技术指导。')).toEqual(['年轻干部', '专家']);
		expect(subjects('招录15名社区工作者在基层服务，80名年轻干部担任“1+3”专干。')).toEqual(['社区工作者', '年轻干部']);
		expect(subjects('全县12个在建项目进展顺利，为80名在校学生发放助学金。')).toEqual(['在建项目', '在校学生']);
		expect(subjects('结对帮扶10名帮扶对象，培训100名餐饮从业人员。')).toEqual(['帮扶对象', '餐饮从业人员']);
		// (平均 inside the noun is no break; with 每年 it is the rate, kept in per, not part of the name)
		expect(subjects('带动5个社区集体经济平均每年增收。')).toEqual(['社区集体经济']);
		// a phrase that starts with an adverb names nothing: the noun before the figure does
		expect(subjects('村里动员党员群众260人积极参与清扫。')).toEqual(['党员群众']);
	});
	it('leaves verbs of level, comparisons and half words out of the subject', () => {
		const subjects = (t: string) => extractFacts(t, g).map((f) => f.subject);
		expect(subjects('该县修建长约12公里的通村公路。')).toEqual(['通村公路']);
		expect(subjects('积雪深度可达15厘米。')).toEqual(['积雪深度']);
		expect(subjects('机场日均进出港旅客仍保持在2万人次。')).toEqual(['机场日均进出港旅客']);
		expect(subjects('我们每天的供气量比平时增加了20%。')).toEqual(['供气量']);
		expect(subjects('老城区建成的立体停车场共有车位320个。')).toEqual(['车位']);
	});
	it('leaves times, dates, adverbs, modals and rate words out of the noun before a figure', () => {
		const subjects = (t: string) => extractFacts(t, g).map((f) => f.subject);
		expect(subjects('截至目前，全县牦牛保险参保率已达到81%。')).toEqual(['全县牦牛保险参保率']);
		expect(subjects('今年以来，该馆图书借阅量达1.6万册次。')).toEqual(['该馆图书借阅量']);
		expect(subjects('2024年全乡油菜播种面积稳定在3200亩。')).toEqual(['全乡油菜播种面积']);
		expect(subjects('城市低保标准为每人每月1200元。')).toEqual(['城市低保标准']);
		expect(subjects('这次文艺汇演为期5天。')).toEqual(['这次文艺汇演']);
		expect(subjects('现在商铺月租金普遍在2000元左右。')).toEqual(['商铺月租金']);
		expect(subjects('大学生就业率也从80%提高到了93%。')[0]).toBe('大学生就业率');
		expect(subjects('我们组有46户。')).toEqual(['我们组']);
	});
	it('gives a share its own name and a figure that names nothing the subject of the figure before it', () => {
		const subjects = (t: string) => extractFacts(t, g).map((f) => f.subject);
		expect(subjects('女性党员占比达到38%。')).toEqual(['女性党员占比']);
		expect(subjects('全区共有低收入人口820户2960人。')).toEqual(['低收入人口', '低收入人口']);
		expect(subjects('查处违规企业12家、责任人15名。')[0]).toBe('违规企业');
		expect(subjects('全年完成快递业务量860万件，同比增长12.5%。')).toEqual(['快递业务量', '快递业务量同比增长']);
		expect(subjects('粮食产量达到6.2万吨，较上年增加3000吨。')).toEqual(['粮食产量', '粮食产量增加']);
		expect(subjects('城区和农区的覆盖率分别为95%和88%。')).toEqual(['城区和农区的覆盖率', '城区和农区的覆盖率']);
		expect(subjects('两县的覆盖率分别为95%和88%。').slice(1)).toEqual(['覆盖率', '覆盖率']);
	});
	it('reads a period right before a figure as its basis, not as a span of its own', () => {
		const quotes = (t: string) => extractFacts(t, g).map((f) => `${f.quote}${f.per ? '/' + f.per : ''}`);
		expect(quotes('保育费一个月1500元。')).toEqual(['1500元/month']);
		expect(quotes('用一年时间建成8个站点。')).toEqual(['一年', '8个']);
		expect(quotes('最忙的一天接待游客3000人次,比上一年增长12%。')).toEqual(['一天', '3000人次', '12%']);
	});
	it('leaves policy names and idioms that hold numerals alone', () => {
		const quotes = (t: string) => extractFacts(t, g).map((f) => f.quote);
		expect(quotes('落实三包政策,调解员要一碗水端平。')).toEqual([]);
	});
	it('ends a counted noun where what it does begins, and names a group by a bare predicate before it', () => {
		const subjects = (t: string) => extractFacts(t, g).map((f) => f.subject);
		expect(subjects('共有860名运动员参赛。')).toEqual(['参赛运动员']);
		expect(subjects('今年有42户牧民受灾。')).toEqual(['受灾牧民']);
		expect(subjects('组织320名志愿者参与清扫河道。')).toEqual(['志愿者']);
		expect(subjects('带动26户群众参加了技能培训。')).toEqual(['群众']);
		expect(subjects('带动90户群众户均增收。')).toEqual(['群众']);
	});
	it('marks Chinese-numeral small counts, durations and ages optional, and Arabic counts core', () => {
		const fs = extractFacts('派出两名社工,为期10天,现年45岁,帮扶36户', g);
		expect(fs.map((f) => [f.quote, f.optional])).toEqual([
			['两名', true],
			['10天', true],
			['45岁', true],
			['36户', false]
		]);
		// a share in Chinese numerals is not a small count
		expect(extractFacts('参保率超过九成', g).map((f) => [f.quote, f.optional])).toEqual([['超过九成', false]]);
	});
	it('finds no count in a count said twice, in "not a single one", or in the length of a schooling system', () => {
		const quotes = (t: string) => extractFacts(t, g).map((f) => f.quote);
		expect(quotes('网格员一家一家敲门,一户一户登记,共登记住户560户。')).toEqual(['560户']);
		expect(quotes('全村一个都没有掉队,做到不漏一户、不落一人,共排查132户。')).toEqual(['132户']);
		expect(quotes('全县落实十五年免费教育,惠及学生8200人。')).toEqual(['8200人']);
		// a single household or person counted is still a count
		expect(quotes('为一户困难家庭送去棉被')).toEqual(['一户']);
	});
});
