/**
 * Axe (WCAG 2.0/2.1 A and AA) on one page of every template after its scripts ran, and with the
 * low-vision mode switched on.
 */
import { describe } from 'vitest';
import { axe, open, test } from './fixtures.ts';
import { openTemplate, TEMPLATES } from './pages.ts';

// Concurrent (each test has its own page): `expect` comes from the test's context.
describe.concurrent('axe reports no WCAG A/AA violations', () => {
	test.for(TEMPLATES)('%s (%s)', async ([, path], { page, problems, expect }) => {
		await openTemplate(page, path, problems);
		expect(await axe(page)).toEqual([]);
	});
});

describe.concurrent('low-vision mode', () => {
	test.for([
		['home', '/'],
		['statement', '/akkaunt/primer-admin-vk/'],
	])('%s: switches on without JavaScript and passes axe', async ([, path], { page, expect }) => {
		await open(page, path!);
		const size = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
		const before = await size();
		await page.locator('#low-vision').check();
		expect(await size()).toBeGreaterThan(before);
		expect(await axe(page)).toEqual([]);
	});
});
