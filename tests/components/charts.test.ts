// Option builders are pure: checked on fixtures, then rendered to SVG exactly as the server does.
import { describe, expect, it } from 'vitest';
import { buildBarOption, barChartHeight } from '../../src/lib/charts/bar-option';
import { buildTreemapOption } from '../../src/lib/charts/treemap-option';
import { renderSvg } from '../../src/lib/charts/echarts';

const bars = { categories: ['达孜区', '城关区', '当雄县'], values: [13100, 543.55, 0], marks: ['', '≥', ''], unitLabel: '万元' };

describe('buildBarOption', () => {
	it('puts the first (largest) category on top and carries the marks in the data', () => {
		const option = buildBarOption(bars) as Record<string, any>;
		expect(option.yAxis.data).toEqual(['当雄县', '城关区', '达孜区']);
		expect(option.series[0].data).toEqual([
			{ value: 0, name: '当雄县', mark: '', text: '0' },
			{ value: 543.55, name: '城关区', mark: '≥', text: '≥543.55' },
			{ value: 13100, name: '达孜区', mark: '', text: '13100' }
		]);
		expect(option.xAxis.name).toBe('万元');
		expect(option.toolbox).toBeUndefined();
	});

	it('adds the save-as-PNG toolbox only for the browser', () => {
		const option = buildBarOption({ ...bars, interactive: true, saveName: 'money' }) as Record<string, any>;
		expect(option.toolbox.feature.saveAsImage).toMatchObject({ name: 'money' });
	});

	it('grows with the number of bars', () => {
		expect(barChartHeight(10)).toBeGreaterThan(barChartHeight(2));
	});
});

describe('buildTreemapOption', () => {
	const tree = { name: '拉萨市', value: 5, children: [{ name: '城关区', value: 4, children: [{ name: '八廓街道', value: 4 }] }, { name: '达孜区', value: 1 }] };
	it('shows the children of the root and drills only in the browser', () => {
		const server = buildTreemapOption({ tree, valueLabel: '事实' }) as Record<string, any>;
		expect(server.series[0].data.map((d: { name: string }) => d.name)).toEqual(['城关区', '达孜区']);
		expect(server.series[0].nodeClick).toBe(false);
		const live = buildTreemapOption({ tree, valueLabel: '事实', interactive: true }) as Record<string, any>;
		expect(live.series[0].nodeClick).toBe('zoomToNode');
	});
});

describe('renderSvg (ECharts SSR)', () => {
	it('renders the same option to an SVG with a viewBox and the labels', () => {
		const svg = renderSvg(buildBarOption(bars), 640, barChartHeight(3));
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('viewBox="0 0 640');
		expect(svg).toContain('达孜区');
		expect(svg).toContain('≥543.55');
	});

	it('labels bars with the press-style text when given', () => {
		const svg = renderSvg(buildBarOption({ ...bars, labels: ['1.31亿元', '≥543.55万元', '0元'] }), 640, barChartHeight(3));
		expect(svg).toContain('≥543.55万元');
	});

	it('renders a treemap', () => {
		const svg = renderSvg(buildTreemapOption({ tree: { name: 'x', value: 2, children: [{ name: '城关区', value: 2 }] }, valueLabel: '事实' }), 640, 300);
		expect(svg).toContain('城关区');
	});
});
