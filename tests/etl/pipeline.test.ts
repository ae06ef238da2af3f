// The pipeline over a whole page: what one article hands the next (the county a sidebar's 全县 means).
import { describe, expect, it } from 'vitest';
import { processPage } from '../../etl/pipeline.ts';
import { loadGrammar } from '../../etl/grammar.ts';
import { referenceAttributor } from '../../etl/attributor.ts';

describe('processPage', () => {
	const page = [
		'# 当雄县召开人代会', '', '本报讯(记者 甲)近日,当雄县召开人代会,审议政府工作报告。去年,全县牧民人均收入增长9%。', '',
		'# 报告里的民生清单', '', '去年,全县新建幼儿园3所,新增床位40张。', '',
		'# 市统计局发布年报', '', '本报讯 据市统计局统计,全市去年新增市场主体1.2万户。', '',
		'(上接第二版)全县还投入专项经费36万元。', ''
	].join('\n');
	const facts = processPage('p.txt', page, loadGrammar(), referenceAttributor()).facts;
	const by = (q: string) => facts.find((f) => f.quote === q)!;

	it('gives a sidebar that says 全县 and names no place the county of the story above it', () => {
		expect(by('3所').district).toBe('当雄县');
		expect(by('40张').district).toBe('当雄县');
	});
	it('gives text continued from another page no county from the story above it', () => {
		expect(by('36万元').district).toBeNull();
	});
	it('gives a brief of a column its own body, and a brief with no word of any theme the theme of its figures', () => {
		const column = ['# 某县简讯', '', '△近日,曲水县才纳乡为全乡老人免费体检,共体检老人180名。', '',
			'△曲水县达嘎乡达嘎村村两委开展“美丽庭院”评选,评选出12户,每户奖励300元。', ''].join('\n');
		const r = processPage('b.txt', column, loadGrammar(), referenceAttributor());
		const f = r.facts.find((x) => x.quote === '12户')!;
		expect(f.agency).toMatch(/达嘎村$/u);
		expect(f.theme).toBe('乡村振兴');
		expect(r.articles[1].theme).toBe('乡村振兴');
	});
	it('gives a bureau named by the county\'s kind in a brief that names no place the county of the story above it', () => {
		const page = ['# 达孜区秋收忙', '', '近日,达孜区各乡镇抢收青稞,已收割1.2万亩。', '',
			'## 达孜快讯', '', '章多乡 近日,章多乡组织群众80余人清理河道。', '', '区人社局 9月以来,区人社局举办技能培训班6期。', ''].join('\n');
		const f = processPage('c.txt', page, loadGrammar(), referenceAttributor()).facts.find((x) => x.quote === '6期')!;
		expect([f.district, f.agency]).toEqual(['达孜区', '达孜区人社局']);
	});
	it('leaves a story that names its own place alone', () => {
		expect(by('9%').district).toBe('当雄县');
		expect(by('1.2万户').district).toBe('拉萨市');
	});
});
