// Pure option builder for a horizontal bar chart (one bar per category); the server's SVG and the browser's chart both use it.
import type { ChartOption } from './echarts';

export interface BarOptionInput {
	categories: string[];
	/** values already in the display unit (e.g. 万元) */
	values: number[];
	/** ≥ ≈ ≤ marks per bar, shown in labels and tooltips */
	marks?: string[];
	/** the exact label per bar as the press writes it ("≥543.55万元"); defaults to mark + axis value */
	labels?: string[];
	unitLabel: string;
	title?: string;
	/** the browser adds the save-as-PNG toolbox; the server's SVG has no buttons */
	interactive?: boolean;
	saveName?: string;
	color?: string;
}

export const BAR_ROW_HEIGHT = 30;
export const BAR_CHROME_HEIGHT = 70;

export function barChartHeight(n: number): number {
	return BAR_CHROME_HEIGHT + Math.max(1, n) * BAR_ROW_HEIGHT;
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

export function buildBarOption(input: BarOptionInput): ChartOption {
	const n = input.categories.length;
	const marks = input.marks ?? [];
	// largest on top: ECharts draws the first category at the bottom of a horizontal axis
	const categories = [...input.categories].reverse();
	const values = [...input.values].map(round).reverse();
	const revMarks = [...input.categories.map((_, i) => marks[i] ?? '')].reverse();
	const revLabels = input.categories.map((_, i) => input.labels?.[i] ?? `${marks[i] ?? ''}${round(input.values[i])}`).reverse();
	return {
		aria: { enabled: true },
		title: input.title ? { text: input.title, left: 0, top: 0, textStyle: { fontSize: 14, fontWeight: 'bold' } } : undefined,
		grid: { left: 8, right: 84, top: input.title ? 34 : 10, bottom: 24 },
		tooltip: { trigger: 'item', confine: true },
		toolbox: input.interactive
			? { right: 0, top: 0, feature: { saveAsImage: { name: input.saveName ?? 'chart', pixelRatio: 2, title: 'PNG' } } }
			: undefined,
		xAxis: {
			type: 'value',
			name: input.unitLabel,
			nameLocation: 'end',
			nameTextStyle: { align: 'right', verticalAlign: 'top', padding: [8, 0, 0, 0] },
			splitLine: { lineStyle: { color: '#e5e7eb' } },
			axisLabel: { color: '#4b5563' }
		},
		yAxis: {
			type: 'category',
			data: categories,
			axisTick: { show: false },
			axisLabel: { color: '#111827', fontSize: 12, width: 130, overflow: 'truncate' }
		},
		series: [
			{
				type: 'bar',
				// marks ride in the data, not in closures, so the server's SVG cache key sees them
				data: values.map((v, i) => ({ value: v, name: categories[i], mark: revMarks[i], text: revLabels[i] })),
				barMaxWidth: Math.max(8, Math.min(22, 300 / Math.max(1, n))),
				itemStyle: { color: input.color ?? '#b91c1c', borderRadius: [0, 3, 3, 0] },
				label: {
					show: true,
					position: 'right',
					color: '#111827',
					fontSize: 11,
					formatter: (p: { data: { text: string } }) => p.data.text
				},
				tooltip: {
					formatter: (p: { data: { text: string }; name: string }) => `${p.name}: ${p.data.text}`
				}
			} as never
		]
	};
}
