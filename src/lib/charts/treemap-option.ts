// Pure option builder for the place drill-down treemap (拉萨市 → district → street/township → community).
import type { ChartOption } from './echarts';

export interface TreeNode {
	name: string;
	value: number;
	children?: TreeNode[];
}

export interface TreemapOptionInput {
	tree: TreeNode;
	valueLabel: string;
	interactive?: boolean;
	saveName?: string;
}

export const TREEMAP_COLORS = ['#b91c1c', '#c2410c', '#a16207', '#15803d', '#0e7490', '#1d4ed8', '#6d28d9', '#be185d', '#4d7c0f', '#0f766e', '#9f1239', '#334155'];

export function buildTreemapOption(input: TreemapOptionInput): ChartOption {
	return {
		aria: { enabled: true },
		color: TREEMAP_COLORS,
		tooltip: { formatter: '{b}: {c} ' + input.valueLabel },
		toolbox: input.interactive
			? { right: 0, top: 0, feature: { saveAsImage: { name: input.saveName ?? 'places', pixelRatio: 2, title: 'PNG' } } }
			: undefined,
		series: [
			{
				type: 'treemap',
				name: input.tree.name,
				data: input.tree.children ?? [{ name: input.tree.name, value: input.tree.value }],
				leafDepth: 1,
				// the browser drills into a tile; the page links do the same without JS
				nodeClick: input.interactive ? 'zoomToNode' : false,
				roam: false,
				top: 30,
				left: 0,
				right: 0,
				bottom: input.interactive ? 30 : 6,
				breadcrumb: { show: !!input.interactive, bottom: 4 },
				label: { show: true, formatter: '{b}\n{c}', fontSize: 12 },
				upperLabel: { show: true, height: 22, color: '#fff' },
				itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 },
				levels: [
					{ itemStyle: { borderWidth: 2, gapWidth: 2, borderColor: '#fff' } },
					{ colorSaturation: [0.35, 0.6], itemStyle: { gapWidth: 1, borderColorSaturation: 0.7 } }
				]
			}
		]
	};
}
