import { describe, expect, it } from 'vitest';
import { legendLabels, SMALL_REM, swatchStyle } from '../../src/scripts/charts-legend.ts';

describe('chart legends', () => {
	it('draw a line series and a limit as a line, bars as a box', () => {
		expect(swatchStyle('limit')).toBe('line');
		expect(swatchStyle('line')).toBe('line');
		expect(swatchStyle('bar')).toBe('rect');
	});

	it.each([16, 17, 24])('use point styles and text no smaller than .note at a %d px root', (root) => {
		const labels = legendLabels(root);
		expect(labels.usePointStyle).toBe(true);
		expect(labels.font.size).toBeGreaterThanOrEqual(Math.floor(root * SMALL_REM * 10) / 10);
		expect(labels.font.size).toBeGreaterThan(12);
	});

	it('keeps SMALL_REM in step with base.css .note', async () => {
		const { readFile } = await import('node:fs/promises');
		const css = await readFile(new URL('../../src/styles/base.css', import.meta.url), 'utf8');
		expect(css).toMatch(new RegExp(`\\.note \\{[^}]*font-size: ${SMALL_REM}rem`));
	});
});
