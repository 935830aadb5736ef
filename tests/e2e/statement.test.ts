/**
 * A statement page in the browser: only the site's own small scripts, complete without them, and
 * small over the wire (gzip, as served).
 */
import { expect } from 'vitest';
import { open, origin, test, trackScripts } from './fixtures.ts';

test.for(['primer-admin-vk', 'primer-admin-fb', 'lyambir-admin-vk'])('%s loads only its own small scripts', async (id, { page }) => {
	const scripts = trackScripts(page);
	await open(page, `/akkaunt/${id}/`);
	expect(scripts.length).toBeGreaterThan(0);
	for (const url of scripts) expect(url).toMatch(new RegExp(`^${origin}/`));
	// The low-vision mode still works: the checkbox restyles the page through CSS.
	await page.locator('#low-vision').check();
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
});

test('reads in full without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ baseURL: origin, javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto('/akkaunt/primer-admin-vk/');
		expect(await page.locator('h1').textContent()).toContain('Администрация Примерного района');
		expect(await page.locator('svg.qr').isVisible()).toBe(true);
		expect(await page.locator('#snippet-text').isVisible()).toBe(true);
	} finally {
		await context.close();
	}
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
