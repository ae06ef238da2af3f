// Place, agency and reporter names the corpus generator recombines: read from data/places.csv and data/agencies.csv when present, else a built-in list.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Gazetteer {
	/** county-level places and functional zones of Lhasa */
	districts: string[];
	/** streets, townships, towns, villages and communities, each with its county */
	subPlaces: { name: string; district: string }[];
	/** short agency names, e.g. 市残联, 达孜区城管局 */
	agencies: string[];
	reporters: string[];
}

const REPORTERS = [
	'次仁卓玛', '旦增拉珍', '李从芳', '杨璐', '仁青拉姆', '小拉姆次仁', '莫瑞英', '刘梦婕', '吴敏', '次仁卓嘎',
	'鹿丽娟', '裴聪', '格桑伦珠', '刘琳琳', '彭琦', '索明琼', '余洋洋', '温凯永青', '扎西顿珠', '白玛央金'
];

export const BUILTIN_GAZETTEER: Gazetteer = {
	districts: ['城关区', '堆龙德庆区', '达孜区', '林周县', '当雄县', '尼木县', '曲水县', '墨竹工卡县', '柳梧新区', '拉萨经开区'],
	subPlaces: [
		{ name: '八廓街道', district: '城关区' },
		{ name: '娘热街道', district: '城关区' },
		{ name: '蔡公堂街道', district: '城关区' },
		{ name: '东嘎街道', district: '堆龙德庆区' },
		{ name: '宁中乡', district: '当雄县' },
		{ name: '龙仁乡', district: '当雄县' },
		{ name: '强嘎乡', district: '林周县' },
		{ name: '甘旦曲果镇', district: '林周县' },
		{ name: '工卡镇', district: '墨竹工卡县' }
	],
	agencies: ['市残联', '市公安局交警支队', '达孜区城管局', '市人社局', '市民政局', '市总工会', '市妇联', '城关区委组织部', '林周县农业农村局', '市住建局'],
	reporters: REPORTERS
};

/** Minimal CSV reader for the reference tables, which hold no quoted fields. */
function readRows(file: string): Record<string, string>[] {
	const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
	const head = lines[0].split(',');
	return lines.slice(1).map((l) => {
		const cells = l.split(',');
		return Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']));
	});
}

/** Names that would read as numbers next to a slot (digits, Latin codes) are left out. */
const usable = (s: string) => s.length >= 2 && !/[0-9A-Za-z０-９]/u.test(s);

export function loadGazetteer(dataDir: string): Gazetteer {
	const places = join(dataDir, 'places.csv');
	const agencies = join(dataDir, 'agencies.csv');
	const g: Gazetteer = { ...BUILTIN_GAZETTEER };
	try {
		if (existsSync(places)) {
			const rows = readRows(places);
			const districts = rows.filter((r) => (r.level === 'district' || r.level === 'zone') && usable(r.name)).map((r) => r.name);
			const sub = rows
				.filter((r) => ['street', 'township', 'town', 'village', 'community'].includes(r.level) && r.district && usable(r.name))
				.map((r) => ({ name: r.name, district: r.district }));
			if (districts.length >= 4 && sub.length >= 4) Object.assign(g, { districts, subPlaces: sub });
		}
		if (existsSync(agencies)) {
			const names = readRows(agencies).map((r) => r.name).filter(usable);
			if (names.length >= 10) g.agencies = names;
		}
	} catch {
		return BUILTIN_GAZETTEER;
	}
	return g;
}
