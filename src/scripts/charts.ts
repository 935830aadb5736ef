/**
 * Ships to the browser. Draws every statistics chart (chart.js) from the JSON block beside its
 * canvas, then reveals the canvas. The tables stay the record: if this script fails or never
 * runs, nothing is lost. No UI text here: labels arrive translated in the JSON (charts-spec.ts).
 * Loaded only by pages that render Chart.astro, as an external module (CSP `script-src 'self'`).
 */
import {
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	DoughnutController,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration,
	type ChartDataset,
} from 'chart.js';
import type { ChartSeries, ChartSpec } from './charts-spec.ts';
import { legendLabels, swatchStyle } from './charts-legend.ts';
import { formatPercent } from '../lib/ru-format.ts';

// Only the parts these charts use, so the bundle stays small.
Chart.register(
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	DoughnutController,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
);

// GOV.UK palette: distinguishable for common colour-vision deficiencies and dark enough on white.
const PALETTE = ['#1d70b8', '#f47738', '#00703c', '#4c2c92', '#d4351c', '#28a197', '#b58840', '#912b88', '#85994b', '#505a5f'];
const LIMIT_COLOUR = '#0b0c0c';
const NUMBER = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

function dataset(series: ChartSeries, index: number): ChartDataset<'bar' | 'line', (number | null)[]> {
	const colour = PALETTE[index % PALETTE.length]!;
	const pointStyle = swatchStyle(series.style);
	if (series.style === 'bar') return { type: 'bar', label: series.label, data: series.data, backgroundColor: colour, pointStyle, order: 2 };
	if (series.style === 'line')
		return { type: 'line', label: series.label, data: series.data, borderColor: colour, backgroundColor: colour, pointStyle, order: 1 };
	// The minimum or deadline: a dashed black step line drawn over the bars.
	return {
		type: 'line',
		label: series.label,
		data: series.data,
		borderColor: LIMIT_COLOUR,
		backgroundColor: LIMIT_COLOUR,
		borderDash: [6, 4],
		borderWidth: 3,
		stepped: 'middle',
		pointRadius: 0,
		pointStyle,
		order: 0,
	};
}

// chart.js types a mixed bar/line chart awkwardly: each dataset carries its own `type`, the
// configuration says 'bar'. The casts below are where that mismatch is confined.
function config(spec: ChartSpec): ChartConfiguration<'bar', (number | null)[]> | ChartConfiguration<'doughnut', number[]> {
	const animation = matchMedia('(prefers-reduced-motion: reduce)').matches ? false : undefined;
	// Shares through the site's one percent rule, the same text the table beside the chart shows.
	const value = (raw: unknown) => (spec.percent ? formatPercent(Number(raw)) : NUMBER.format(Number(raw)));
	const tooltip = {
		callbacks: { label: (item: { dataset: { label?: string }; raw: unknown }) => `${item.dataset.label ?? ''}: ${value(item.raw)}` },
	};
	const labels = legendLabels(rootPx);
	if (spec.type === 'doughnut') {
		const series = spec.series[0]!;
		return {
			type: 'doughnut',
			data: {
				labels: spec.labels,
				datasets: [
					{
						label: series.label,
						data: series.data.map((v) => v ?? 0),
						backgroundColor: spec.labels.map((_, i) => PALETTE[i % PALETTE.length]!),
					},
				],
			},
			options: {
				maintainAspectRatio: false,
				animation,
				plugins: { legend: { position: 'right', labels: { ...labels, usePointStyle: false } }, tooltip },
			},
		};
	}
	return {
		type: 'bar',
		data: { labels: spec.labels, datasets: spec.series.map(dataset) as ChartDataset<'bar', (number | null)[]>[] },
		options: {
			maintainAspectRatio: false,
			animation,
			plugins: { legend: { position: 'bottom', labels }, tooltip },
			scales: {
				y: {
					beginAtZero: true,
					...(spec.percent ? { max: 100 } : {}),
					title: { display: spec.unit !== undefined, text: spec.unit ?? '' },
					ticks: { callback: (value) => NUMBER.format(Number(value)) },
				},
			},
		},
	};
}

// Axis ticks and tooltips at the legend's size too: chart.js's 12 px default is below the page's smallest text.
const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
Chart.defaults.font.size = legendLabels(rootPx).font.size;

for (const block of document.querySelectorAll<HTMLScriptElement>('script[data-chart]')) {
	const wrapper = block.parentElement;
	const canvas = wrapper?.querySelector('canvas');
	if (!wrapper || !canvas) continue;
	try {
		const spec = JSON.parse(block.textContent ?? '') as ChartSpec;
		wrapper.hidden = false;
		new Chart(canvas, config(spec) as ChartConfiguration);
	} catch (error) {
		// The table beside it already shows the data; keep the page usable and say why in the console.
		wrapper.hidden = true;
		console.error(error);
	}
}
