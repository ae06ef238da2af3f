// The only module that touches ECharts: tree-shaken registration, server-side SVG rendering, and the browser's init.
import * as echarts from 'echarts/core';
import { BarChart, TreemapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, ToolboxComponent, TitleComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer, CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, TreemapSeriesOption } from 'echarts/charts';
import type {
	GridComponentOption,
	TooltipComponentOption,
	ToolboxComponentOption,
	TitleComponentOption,
	AriaComponentOption
} from 'echarts/components';

echarts.use([BarChart, TreemapChart, GridComponent, TooltipComponent, ToolboxComponent, TitleComponent, AriaComponent, SVGRenderer, CanvasRenderer]);

export type ChartOption = ComposeOption<
	| BarSeriesOption
	| TreemapSeriesOption
	| GridComponentOption
	| TooltipComponentOption
	| ToolboxComponentOption
	| TitleComponentOption
	| AriaComponentOption
>;

/** Server renders repeat for every request of a build; keep recent SVGs (keyed by option and size) instead of redrawing. */
const svgCache = new Map<string, string>();
const SVG_CACHE_SIZE = 200;

/** Server side: the option as an SVG string (with a viewBox so CSS can scale it); the instance is always disposed. */
export function renderSvg(option: ChartOption, width: number, height: number): string {
	const key = `${width}x${height}:${JSON.stringify(option)}`;
	const hit = svgCache.get(key);
	if (hit !== undefined) return hit;
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({ ...option, animation: false });
		const svg = chart.renderToSVGString({ useViewBox: true });
		if (svgCache.size >= SVG_CACHE_SIZE) svgCache.delete(svgCache.keys().next().value!);
		svgCache.set(key, svg);
		return svg;
	} finally {
		chart.dispose();
	}
}

export type LiveChart = echarts.ECharts;

/** Browser side: an interactive canvas chart (canvas so "save as image" gives a PNG). */
export function mountChart(el: HTMLElement, option: ChartOption): LiveChart {
	const chart = echarts.init(el, null, { renderer: 'canvas' });
	chart.setOption(option);
	return chart;
}
