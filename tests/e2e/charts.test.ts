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

/**
 * Near-black ink (the limit series' colour, #0b0c0c) in a canvas's legend strip, below the axis
 * labels: its bounding box, in CSS pixels. Axis and legend text are chart.js's grey, bars are the
 * palette's colours, so near-black there is the limit's swatch alone.
 */
function limitSwatch(page: Page, figureId: string) {
	return page.locator(`figure[id="${figureId}"] canvas`).evaluate((node) => {
		const canvas = node as HTMLCanvasElement;
		const ratio = canvas.width / canvas.getBoundingClientRect().width;
		const strip = Math.round(canvas.height * 0.15);
		const { data } = canvas.getContext('2d')!.getImageData(0, canvas.height - strip, canvas.width, strip);
		let top = Infinity;
		let bottom = -Infinity;
		let left = Infinity;
		let right = -Infinity;
		for (let i = 0; i < data.length; i += 4) {
			if (data[i + 3]! < 200 || data[i]! > 40 || data[i + 1]! > 40 || data[i + 2]! > 40) continue;
			const x = (i / 4) % canvas.width;
			const y = Math.floor(i / 4 / canvas.width);
			top = Math.min(top, y);
			bottom = Math.max(bottom, y);
			left = Math.min(left, x);
			right = Math.max(right, x);
		}
		return { height: (bottom - top + 1) / ratio, width: (right - left + 1) / ratio };
	});
}

describe('legends', () => {
	test('a limit series shows as a line in the legend, not a filled box', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(page, '/org/primer-admin/statistika/');
		const swatch = await limitSwatch(page, '2026-q3-account-primer-admin-vk');
		// Some width of ink (the dashed line), but only the line's thickness high.
		expect(swatch.width).toBeGreaterThan(10);
		expect(swatch.height).toBeLessThanOrEqual(4);
		await page.locator('figure[id="2026-q3-account-primer-admin-vk"]').screenshot({ path: '/tmp/stats-legend.png' });
	});
});

describe('reply times act by act', () => {
	test("each act's figure charts its own stages, the limit only where the act sets one", async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(page, '/statistika/2026-q3/');
		const drawn = await canvases(page);
		const ids = drawn.map((chart) => chart.id);
		expect(ids).toContain('replies-lyambir-2020-224');
		expect(ids).toContain('replies-none');
		for (const chart of drawn) expect(chart, chart.id).toMatchObject({ visible: true, chart: true, inked: true });
		// The act's figure has a deadline (near-black limit swatch in its legend); the default stages' has none.
		expect((await limitSwatch(page, 'replies-lyambir-2020-224')).width).toBeGreaterThan(10);
		expect((await limitSwatch(page, 'replies-none')).width).toBe(-Infinity);
		await page.locator('figure[id="replies-lyambir-2020-224"]').screenshot({ path: '/tmp/stats-replies-act.png' });
		await page.locator('figure[id="replies-none"]').screenshot({ path: '/tmp/stats-replies-none.png' });
	});
});
