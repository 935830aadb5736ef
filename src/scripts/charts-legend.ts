/**
 * How a chart's legend reads (src/scripts/charts.ts): each series' swatch drawn as the series is
 * drawn, a line for a line or a limit (the minimum, the deadline), a box for bars; and the legend's
 * text at the site's small size (.note in base.css, 0.9rem), which follows the reader's root size
 * and the low-vision page's. chart.js draws a filled box per series by default: a limit line's was
 * a black blob, and its 12 px text was smaller than any text on the page. Pure, for a unit test.
 */
import type { ChartSeries } from './charts-spec.ts';

/** The small text size of base.css, in rem. */
export const SMALL_REM = 0.9;

/** chart.js point style of a series' legend swatch. */
export function swatchStyle(style: ChartSeries['style']): 'rect' | 'line' {
	return style === 'bar' ? 'rect' : 'line';
}

/** The legend's labels block for chart.js, given the root font size in pixels. */
export function legendLabels(rootPx: number) {
	const size = Math.round(rootPx * SMALL_REM * 10) / 10;
	return { usePointStyle: true, font: { size }, boxWidth: size * 2, boxHeight: size, padding: size };
}
