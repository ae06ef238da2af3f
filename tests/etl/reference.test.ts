// The reference tables: the shipped data loads and rolls up as the spec says, and bad rows fail with file, line and field.
import { describe, it, expect , onTestFinished } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadReference, districtOf, ReferenceDataError, buildTrie, trieChild, type Trie, type TrieHit } from '../../etl/reference.js';

const DATA = resolve(__dirname, '../../data');

describe('shipped reference data', () => {
	const ref = loadReference();

	it('has Lhasa, its eight county-level units and four functional zones', () => {
		for (const d of ['城关区', '堆龙德庆区', '达孜区', '林周县', '当雄县', '尼木县', '曲水县', '墨竹工卡县']) {
			const p = ref.placeByName.get(d)!;
			expect(p.level, d).toBe('district');
			expect(p.parent).toBe('拉萨市');
			expect(p.district).toBe(d);
		}
		for (const z of ['柳梧新区', '拉萨经开区', '西藏文创园区', '综合保税区']) expect(ref.placeByName.get(z)?.level, z).toBe('zone');
		expect(districtOf(ref, '拉萨市')).toBe('拉萨市');
	});

	it('rolls streets, towns and townships up to their county (spec §3)', () => {
		const cases: [string, string][] = [
			['八廓街道', '城关区'], ['娘热街道', '城关区'], ['蔡公堂街道', '城关区'], ['八一街道', '城关区'],
			['宁中乡', '当雄县'], ['龙仁乡', '当雄县'], ['强嘎乡', '林周县'], ['甘旦曲果镇', '林周县'],
			['边交林乡', '林周县'], ['工卡镇', '墨竹工卡县'], ['东嘎街道', '堆龙德庆区'], ['羊八井镇', '当雄县'],
			['塔荣镇', '尼木县'], ['聂当乡', '曲水县'], ['郭庆村', '当雄县'], ['林堆社区', '堆龙德庆区']
		];
		for (const [place, district] of cases) expect(districtOf(ref, place), place).toBe(district);
	});

	it('rolls named sites up to their county, as landmarks that never act', () => {
		for (const [site, district] of [['布达拉宫', '城关区'], ['纳木错', '当雄县'], ['甘丹寺', '达孜区'], ['楚布寺', '堆龙德庆区']]) {
			expect(districtOf(ref, site), site).toBe(district);
			expect(ref.placeByName.get(site)?.level, site).toBe('landmark');
		}
	});

	it('keeps places outside Lhasa at their own county or prefecture', () => {
		expect(districtOf(ref, '阿里地区')).toBe('阿里地区');
		expect(districtOf(ref, '扎囊县')).toBe('扎囊县');
		expect(districtOf(ref, '日喀则市')).toBe('日喀则市');
		expect(ref.placeByName.get('扎囊县')?.parent).toBe('山南市');
	});

	it('resolves aliases to the canonical place', () => {
		expect(ref.placeByName.get('拉萨经济技术开发区')?.name).toBe('拉萨经开区');
		expect(ref.placeByName.get('经开区')?.name).toBe('拉萨经开区');
		expect(ref.placeByName.get('西藏文化旅游创意园区')?.name).toBe('西藏文创园区');
		expect(ref.placeByName.get('文创园区')?.name).toBe('西藏文创园区');
		expect(ref.placeByName.get('综保区')?.name).toBe('综合保税区');
		expect(ref.placeByName.get('功德林街道')?.name).toBe('公德林街道');
	});

	it('knows the bodies the press names, with level, type and place', () => {
		const a = ref.agencyByName.get('市残联')!;
		expect(a.full_name).toBe('拉萨市残疾人联合会');
		expect([a.level, a.type, a.place, a.district]).toEqual(['市', '群团', '拉萨市', '拉萨市']);
		expect(ref.agencyByName.get('拉萨市残联')?.name).toBe('市残联');
		expect(ref.agencyByName.get('市交警支队')?.name).toBe('市公安局交警支队');
		expect(ref.agencyByName.get('团市委')?.type).toBe('群团');
		expect(ref.agencyByName.get('城关公安分局')?.district).toBe('城关区');
		expect(ref.agencyByName.get('达孜区城管局')?.district).toBe('达孜区');
		expect(ref.agencyByName.get('市检察院')?.type).toBe('司法');
	});

	it('has the thirteen themes of the spec, each with weighted keywords', () => {
		expect(ref.themes.map((t) => t.theme)).toEqual([
			'党的建设', '主题教育', '基层治理', '民生保障', '就业创业', '乡村振兴', '生态环境',
			'平安法治', '交通民航', '文化宣传', '经济产业', '城市建设', '安全应急'
		]);
		for (const t of ref.themes) {
			expect(t.keywords.length, t.theme).toBeGreaterThanOrEqual(10);
			for (const k of t.keywords) expect(k.weight).toBeGreaterThan(0);
		}
	});

	it('loads once per directory', () => {
		expect(loadReference(DATA)).toBe(loadReference(DATA + '/'));
	});
});

// Bad fixtures: a copy of the real data with one file replaced.
function fixture(changes: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'factboard-ref-'));
	onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
	for (const f of ['places.csv', 'agencies.csv', 'themes.csv', 'theme_keywords.csv']) {
		writeFileSync(join(dir, f), changes[f] ?? readFileSync(join(DATA, f), 'utf8'));
	}
	return dir;
}
const PLACES_HEAD = 'name,level,parent,district,aliases\n西藏自治区,region,,,西藏\n拉萨市,city,西藏自治区,拉萨市,拉萨\n城关区,district,拉萨市,城关区,\n';

function failure(dir: string): ReferenceDataError {
	try {
		loadReference(dir);
	} catch (e) {
		expect(e).toBeInstanceOf(ReferenceDataError);
		return e as ReferenceDataError;
	}
	throw new Error('expected loadReference to fail');
}

describe('loader validation', () => {
	it('names file, line and field for an unknown level', () => {
		const e = failure(fixture({ 'places.csv': PLACES_HEAD + '八廓街道,hamlet,城关区,城关区,\n' }));
		expect(e.message).toMatch(/^places\.csv:5: field "level"/);
	});

	it('rejects an alias that names two places', () => {
		const e = failure(fixture({ 'places.csv': PLACES_HEAD + '八廓街道,street,城关区,城关区,八廓\n吉日街道,street,城关区,城关区,八廓\n' }));
		expect(e.message).toContain('places.csv:6');
		expect(e.message).toContain('"八廓" already names 八廓街道');
	});

	it('rejects a duplicate place name', () => {
		const e = failure(fixture({ 'places.csv': PLACES_HEAD + '城关区,district,拉萨市,城关区,\n' }));
		expect(e.message).toMatch(/places\.csv:5: field "name"/);
	});

	it('rejects an unknown parent and a district that is not county-level', () => {
		expect(failure(fixture({ 'places.csv': PLACES_HEAD + '八廓街道,street,东城区,城关区,\n' })).message).toMatch(/places\.csv:5: field "parent": unknown place "东城区"/);
		expect(failure(fixture({ 'places.csv': PLACES_HEAD + '八廓街道,street,城关区,城关区,\n鲁固社区,community,八廓街道,八廓街道,\n' })).message).toMatch(/places\.csv:6: field "district".*not a county-level unit/);
	});

	it('rejects commas and quotes inside fields and a wrong header', () => {
		expect(failure(fixture({ 'places.csv': PLACES_HEAD + '八廓街道,street,城关区,城关区,八廓,老城\n' })).message).toMatch(/places\.csv:5: .*expected 5 fields, got 6/);
		expect(failure(fixture({ 'places.csv': PLACES_HEAD + '"八廓街道",street,城关区,城关区,\n' })).message).toMatch(/places\.csv:5: .*quotes are not allowed/);
		expect(failure(fixture({ 'places.csv': 'name,level,parent\n' })).message).toMatch(/places\.csv:1: .*header/);
	});

	it('checks agencies against the gazetteer and against each other', () => {
		const head = 'name,full_name,aliases,level,type,place\n';
		expect(failure(fixture({ 'agencies.csv': head + '市残联,拉萨市残疾人联合会,,市,群团,拉萨\n' })).message).toMatch(/agencies\.csv:2: field "place": unknown place "拉萨"/);
		expect(failure(fixture({ 'agencies.csv': head + '市残联,拉萨市残疾人联合会,,市,协会,拉萨市\n' })).message).toMatch(/agencies\.csv:2: field "type"/);
		expect(failure(fixture({ 'agencies.csv': head + '市残联,拉萨市残疾人联合会,残联,市,群团,拉萨市\n城关区残联,城关区残疾人联合会,残联,县区,群团,城关区\n' })).message).toMatch(/agencies\.csv:3: field "aliases": "残联" already names 市残联/);
		expect(failure(fixture({ 'agencies.csv': head + '城关区,城关区人民政府,,县区,政府,城关区\n' })).message).toMatch(/agencies\.csv:2: field "name": .*also a place/);
	});

	it('checks theme keywords name a known theme and carry a positive weight', () => {
		const head = 'theme,keyword,weight\n';
		expect(failure(fixture({ 'theme_keywords.csv': head + '环保,垃圾,3\n' })).message).toMatch(/theme_keywords\.csv:2: field "theme": unknown theme "环保"/);
		expect(failure(fixture({ 'theme_keywords.csv': head + '生态环境,垃圾,heavy\n' })).message).toMatch(/theme_keywords\.csv:2: field "weight"/);
		expect(failure(fixture({ 'theme_keywords.csv': head + '生态环境,垃圾,3\n生态环境,垃圾,2\n' })).message).toMatch(/theme_keywords\.csv:3: field "keyword": .*twice/);
	});

	it('reports a missing file', () => {
		expect(failure(join(tmpdir(), 'factboard-no-such-dir')).message).toMatch(/^places\.csv:0: .*cannot read/);
	});
});

describe('the flat trie', () => {
	const hit = (kind: TrieHit['kind'], id: number, s: string): [string, TrieHit] => [s, { kind, id, length: s.length }];
	// surfaces that share prefixes, a surface that is a prefix of another, one surface under two ids, and characters
	// whose low five bits collide (the mask must still let both through)
	const entries = [hit('place', 0, '甲乙丙'), hit('place', 1, '甲乙'), hit('agency', 0, '甲乙丙丁局'), hit('keyword', 3, '甲乙'), hit('keyword', 4, 'A'), hit('keyword', 5, 'a')];
	const t = buildTrie(entries);
	const walk = (tr: Trie, s: string): TrieHit[] | null => {
		let node = tr.root[s.charCodeAt(0)];
		for (let i = 1; i < s.length && node; i++) node = trieChild(tr, node, s.charCodeAt(i));
		return node ? tr.hits.slice(tr.hitStart[node], tr.hitStart[node + 1]) : null;
	};

	it('finds every surface with all its hits, in insertion order', () => {
		expect(walk(t, '甲乙')).toEqual([entries[1][1], entries[3][1]]);
		expect(walk(t, '甲乙丙')).toEqual([entries[0][1]]);
		expect(walk(t, '甲乙丙丁局')).toEqual([entries[2][1]]);
		expect(walk(t, 'A')).toEqual([entries[4][1]]);
		expect(walk(t, 'a')).toEqual([entries[5][1]]);
	});

	it('has inner nodes without hits and no path for what was never inserted', () => {
		expect(walk(t, '甲')).toEqual([]);
		expect(walk(t, '甲乙丙丁')).toEqual([]);
		expect(walk(t, '乙')).toBeNull();
		expect(walk(t, '甲丙')).toBeNull();
		expect(walk(t, '甲乙丙丁局长')).toBeNull();
	});

	it('agrees with a plain map on every name, alias and keyword of the shipped tables', () => {
		const ref = loadReference();
		const expected = new Map<string, number>();
		for (const p of ref.places) for (const s of [p.name, ...p.aliases]) expected.set(s, (expected.get(s) ?? 0) + 1);
		for (const a of ref.agencies) for (const s of [a.name, ...a.aliases]) expected.set(s, (expected.get(s) ?? 0) + 1);
		for (const k of ref.keywordEntries) expected.set(k.keyword, (expected.get(k.keyword) ?? 0) + 1);
		for (const [s, n] of expected) expect(walk(ref.trie, s)?.length, s).toBe(n);
	});
});
