/**
 * Statistics charts (chart.js) draw on their canvases, and each figure keeps its data table.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { open, test } from './fixtures.ts';

interface Drawn {
	id: string;
	visible: boolean;
	width: number;
	height: number;
	chart: boolean;
	inked: boolean;
}

/** Every chart canvas on the page: shown, sized, owned by chart.js and with something drawn on it. */
function canvases(page: Page): Promise<Drawn[]> {
	return page.locator('figure.chart-figure canvas').evaluateAll((nodes) =>
		nodes.map((node) => {
			const canvas = node as HTMLCanvasElement;
			const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
			let inked = false;
			for (let i = 3; i < pixels.length && !inked; i += 4) inked = pixels[i]! > 0;
			const box = canvas.getBoundingClientRect();
			return {
				id: canvas.closest('figure')?.id ?? '',
				visible: canvas.checkVisibility(),
				width: Math.round(box.width),
				height: Math.round(box.height),
				// chart.js marks the canvases it owns.
				chart: '$chartjs' in canvas,
				inked,
			};
		}),
	);
}

describe.for([
	['quarter', '/statistika/2026-q3/'],
	['organisation', '/org/primer-admin/statistika/'],
])('%s page (%s)', ([, path]) => {
	test('charts are drawn', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(page, path!);
		const drawn = await canvases(page);
		expect(drawn.length).toBeGreaterThan(0);
		for (const chart of drawn) {
			expect(chart, chart.id).toMatchObject({ visible: true, chart: true, inked: true });
			expect(chart.width, chart.id).toBeGreaterThan(100);
			expect(chart.height, chart.id).toBeGreaterThan(100);
		}
	});

	test('every figure has a caption and its data table with rows', async ({ page }) => {
		await open(page, path!);
		const figures = await page.locator('figure.chart-figure').evaluateAll((nodes) =>
			nodes.map((figure) => ({
				id: figure.id,
				caption: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
				tableCaption: figure.querySelector('table caption')?.textContent?.trim() ?? '',
				rows: figure.querySelectorAll('table tbody tr').length,
				visible: figure.querySelector('table')?.checkVisibility() ?? false,
			})),
		);
		expect(figures.length).toBeGreaterThan(0);
		for (const figure of figures) {
			expect(figure.caption, figure.id).not.toBe('');
			expect(figure.tableCaption, figure.id).not.toBe('');
			expect(figure.rows, figure.id).toBeGreaterThan(0);
			expect(figure.visible, figure.id).toBe(true);
		}
	});
});
