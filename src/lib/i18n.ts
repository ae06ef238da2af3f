// Label dictionary: Chinese first, English on ?lang=en or the lang cookie; one lookup function for every label in the app.
export type Lang = 'zh' | 'en';
export const LANGS: Lang[] = ['zh', 'en'];

const LABELS = {
	site: ['拉萨数据看板', 'Lhasa fact board'],
	tagline: ['从拉萨新闻报道中提取的数字事实', 'Numeric facts extracted from Lhasa news reports'],
	overview: ['总览', 'Overview'],
	districts: ['区县', 'Districts'],
	agencies: ['单位', 'Agencies'],
	themes: ['主题', 'Themes'],
	facts: ['事实', 'Facts'],
	sources: ['来源', 'Sources'],
	articles: ['文章', 'Articles'],
	files: ['来源文件', 'Source files'],
	all: ['全部', 'All'],
	more_agencies: ['另有 {n} 个单位未列出（按事实数排序，只列前列）。', '{n} more agencies with fewer facts are not listed.'],
	list_all: ['列出全部', 'List all'],
	status_loaded: ['已载入', 'loaded'],
	status_skipped: ['已跳过', 'skipped'],
	status_failed: ['失败', 'failed'],
	articles_of_page: ['本页文件中的文章', 'Articles of the files on this page'],
	file_name_hint: ['完整文件名，见“来源”', 'exact file name, see Sources'],
	fact_count: ['事实数', 'Facts'],
	counted_facts: ['计入合计的事实', 'Facts counted in totals'],
	headline_totals: ['各维度合计', 'Totals by dimension'],
	totals_rule: [
		'合计不含比率（每人、每天等），不混合单位，重复报道的事实只计一次；≥ ≈ ≤ 表示约数。',
		'Totals exclude rates (per person, per day…), never mix units and count a repeated fact once; ≥ ≈ ≤ mark approximate values.'
	],
	largest_facts: ['最大的数字', 'Largest figures'],
	money_by_district: ['各区县资金', 'Money by district'],
	people_by_district: ['各区县人数', 'People by district'],
	money_by_agency: ['资金最多的单位', 'Top agencies by money'],
	people_by_agency: ['人数最多的单位', 'Top agencies by people'],
	money_by_theme: ['各主题资金', 'Money by theme'],
	people_by_theme: ['各主题人数', 'People by theme'],
	by_district: ['按区县', 'By district'],
	by_agency: ['按单位', 'By agency'],
	by_theme: ['按主题', 'By theme'],
	by_place: ['按下级地名', 'By place'],
	drilldown: ['地区层级', 'Place hierarchy'],
	drilldown_hint: ['点击方块进入下一级，点击上方路径返回。', 'Click a tile to drill down; use the path above to go back.'],
	download_csv: ['下载 CSV', 'Download CSV'],
	download_parquet: ['下载 Parquet', 'Download Parquet'],
	save_png: ['保存为 PNG', 'Save as PNG'],
	show_table: ['数据表', 'Data table'],
	no_data: ['没有数据', 'No data'],
	unspecified: ['（未注明）', '(unspecified)'],
	value: ['数值', 'Value'],
	quote: ['原文', 'Quote'],
	subject: ['对象', 'Subject'],
	sentence: ['句子', 'Sentence'],
	district: ['区县', 'District'],
	place: ['地名', 'Place'],
	agency: ['单位', 'Agency'],
	theme: ['主题', 'Theme'],
	dimension: ['维度', 'Dimension'],
	unit: ['计量单位', 'Unit'],
	approx: ['精确度', 'Precision'],
	per: ['比率/总量', 'Rate or total'],
	rate: ['比率', 'Rate'],
	total: ['总量', 'Total'],
	file: ['来源文件', 'Source file'],
	search: ['检索', 'Search'],
	search_hint: ['对象或句子中的文字', 'Text in subject or sentence'],
	optional_facts: ['可选事实', 'Optional facts'],
	include: ['包含', 'Include'],
	exclude: ['排除', 'Exclude'],
	only: ['仅此类', 'Only'],
	duplicates: ['重复事实', 'Repeated facts'],
	duplicate: ['重复', 'Repeat'],
	any: ['全部', 'Any'],
	apply: ['筛选', 'Apply'],
	clear: ['清除筛选', 'Clear filters'],
	remove_filter: ['移除筛选', 'Remove filter'],
	sort: ['排序', 'Sort'],
	page: ['页', 'Page'],
	prev: ['上一页', 'Previous'],
	next: ['下一页', 'Next'],
	of: ['共', 'of'],
	rows: ['行', 'rows'],
	page_size: ['每页', 'Per page'],
	all_facts: ['查看全部事实', 'See all facts'],
	facts_here: ['相关事实', 'Facts'],
	article: ['文章', 'Article'],
	byline: ['署名', 'Byline'],
	facts_in_article: ['本文事实', 'Facts in this article'],
	position: ['位置', 'Position'],
	level: ['层级', 'Level'],
	type: ['类型', 'Type'],
	status: ['状态', 'Status'],
	reason: ['原因', 'Reason'],
	encoding: ['编码', 'Encoding'],
	size: ['大小', 'Size'],
	build: ['数据版本', 'Build'],
	built_at: ['生成时间', 'Built at'],
	counties: ['区县及功能区', 'Districts and zones'],
	other_places: ['其他地区', 'Other places'],
	children_places: ['下级地名', 'Places below'],
	city: ['拉萨市', 'Lhasa'],
	language: ['English', '中文'],
	skip: ['跳到正文', 'Skip to content'],
	see_sentence: ['查看原句', 'See sentence'],
	canonical: ['首次报道', 'First reported'],
	optional: ['可选', 'Optional'],
	description: ['说明', 'Description'],
	chart_by: ['图表维度', 'Chart dimension'],
	show: ['显示', 'Show'],
	unassigned: ['未归类', 'Unassigned'],
	more_units: ['其他计量单位', 'Other measure words'],
	agencies_without_facts: ['暂无事实的单位', 'Agencies with no facts yet'],
	unplaced: ['未能在正文中定位的事实', 'Facts not located in the text'],
	error: ['出错了', 'Something went wrong'],
	back_home: ['返回总览', 'Back to overview']
} satisfies Record<string, [string, string]>;

export type LabelKey = keyof typeof LABELS;

export function t(lang: Lang, key: LabelKey): string {
	const pair = LABELS[key];
	return lang === 'en' ? pair[1] : pair[0];
}

const DIMENSION_LABELS: Record<string, [string, string]> = {
	money: ['资金', 'Money'],
	people: ['人数', 'People'],
	person_times: ['人次', 'Person-times'],
	households: ['户数', 'Households'],
	weight: ['重量', 'Weight'],
	area: ['面积', 'Area'],
	volume: ['体积', 'Volume'],
	length: ['长度', 'Length'],
	flights: ['航班', 'Flights'],
	percent: ['百分比', 'Percent'],
	duration: ['时长', 'Duration'],
	age: ['年龄', 'Age'],
	count: ['数量', 'Count']
};

export function dimensionLabel(lang: Lang, dimension: string): string {
	const pair = DIMENSION_LABELS[dimension];
	return pair ? (lang === 'en' ? pair[1] : pair[0]) : dimension;
}

const APPROX_LABELS: Record<string, [string, string]> = {
	exact: ['精确', 'exact'],
	at_least: ['≥ 至少（余、多、以上）', '≥ at least'],
	approx: ['≈ 约（约、左右）', '≈ about'],
	at_most: ['≤ 至多（近、不到）', '≤ at most']
};

export function approxLabel(lang: Lang, approx: string): string {
	const pair = APPROX_LABELS[approx];
	return pair ? (lang === 'en' ? pair[1] : pair[0]) : approx;
}

const PER_LABELS: Record<string, [string, string]> = {
	person: ['每人', 'per person'],
	household: ['每户', 'per household'],
	day: ['每天', 'per day'],
	week: ['每周', 'per week'],
	month: ['每月', 'per month'],
	year: ['每年', 'per year'],
	village: ['每村', 'per village']
};

export function perLabel(lang: Lang, per: string | null): string {
	if (!per) return lang === 'en' ? 'total' : '总量';
	const pair = PER_LABELS[per];
	return pair ? (lang === 'en' ? pair[1] : pair[0]) : per;
}

/** Agency levels and types are free text from the reference table; known codes get a label. */
const LEVEL_LABELS: Record<string, [string, string]> = {
	region: ['自治区级', 'Region'],
	city: ['市级', 'City'],
	prefecture: ['地市级', 'Prefecture'],
	county: ['县区级', 'County'],
	district: ['县区级', 'County'],
	zone: ['功能区', 'Zone'],
	township: ['乡镇街道级', 'Township'],
	street: ['乡镇街道级', 'Township'],
	village: ['村居级', 'Village'],
	community: ['村居级', 'Village']
};

export function levelLabel(lang: Lang, level: string | null): string {
	if (!level) return t(lang, 'unassigned');
	const pair = LEVEL_LABELS[level];
	return pair ? (lang === 'en' ? pair[1] : pair[0]) : level;
}
