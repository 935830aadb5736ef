/**
 * A statement page in the browser: no JavaScript at all, and small over the wire (gzip, as served).
 */
import { expect } from 'vitest';
import { open, test, trackScripts } from './fixtures.ts';

test.for(['primer-admin-vk', 'primer-admin-fb', 'lyambir-admin-vk'])('%s loads no script', async (id, { page }) => {
	const scripts = trackScripts(page);
	await open(page, `/akkaunt/${id}/`);
	expect(scripts).toEqual([]);
	expect(await page.evaluate(() => document.scripts.length)).toBe(0);
	// The low-vision mode still works: it is CSS only.
	await page.locator('#low-vision').check();
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
});

test('transfers under 30 KB with its stylesheet', async ({ page }) => {
	await open(page, '/akkaunt/primer-admin-vk/');
	const bytes = await page.evaluate(() =>
		(performance.getEntries() as PerformanceResourceTiming[])
			.filter((entry) => 'transferSize' in entry)
			.reduce((sum, entry) => sum + entry.transferSize, 0),
	);
	expect(bytes).toBeGreaterThan(0);
	expect(bytes).toBeLessThanOrEqual(30 * 1024);
});
