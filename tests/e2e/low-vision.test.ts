/**
 * Low-vision mode («версия для слабовидящих», ГОСТ Р 52872-2019): text size, colour scheme and
 * images, chosen once and kept from page to page (localStorage, applied by the head script before
 * the first paint), axe clean in every scheme; without script it still works on the page at hand.
 */
import { describe, expect } from 'vitest';
import { axe, open, origin, test } from './fixtures.ts';

const rootStyle = (page: import('playwright-core').Page) =>
	page.evaluate(() => {
		const style = getComputedStyle(document.documentElement);
		return { size: style.fontSize, color: style.color, background: style.backgroundColor };
	});

test('settings persist across pages', async ({ page }) => {
	await open(page, '/');
	await page.locator('#low-vision').check();
	await page.getByLabel('Очень крупный').check();
	await page.getByLabel('Белым по чёрному').check();
	await page.getByLabel('Не показывать').check();
	expect(await rootStyle(page)).toEqual({ size: '32px', color: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)' });
	await page.locator('.site-header nav a[href="/reestr/"]').click();
	await page.waitForURL('**/reestr/');
	expect(await rootStyle(page)).toEqual({ size: '32px', color: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)' });
	// The controls show the kept choice, so the reader can change it back on any page.
	expect(await page.locator('#low-vision').isChecked()).toBe(true);
	expect(await page.getByLabel('Очень крупный').isChecked()).toBe(true);
	expect(await page.getByLabel('Не показывать').isChecked()).toBe(true);
	await page.locator('#low-vision').uncheck();
	await open(page, '/akkaunt/primer-admin-vk/');
	expect((await rootStyle(page)).size).toBe('17px');
});

test('the kept choice applies before the first paint', async ({ page }) => {
	await open(page, '/');
	await page.evaluate(() => localStorage.setItem('low-vision', JSON.stringify({ on: true, size: 'large', scheme: 'blue', images: 'on' })));
	// The <html> attributes as the parser reaches <body>, before anything in it can render.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.body) return;
			(window as unknown as { atBody: string }).atBody =
				`${document.documentElement.dataset.lv} ${document.documentElement.dataset.lvSize} ${document.documentElement.dataset.lvScheme}`;
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await open(page, '/reestr/');
	expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('on large blue');
	expect((await rootStyle(page)).size).toBe('24px');
	expect((await rootStyle(page)).background).toBe('rgb(157, 209, 255)');
});

describe.concurrent('every scheme passes axe', () => {
	test.for(['Чёрным по белому', 'Белым по чёрному', 'Тёмно-синим по голубому'])('%s', async (scheme, { page, expect }) => {
		for (const path of ['/', '/akkaunt/primer-admin-vk/']) {
			await open(page, path);
			await page.locator('#low-vision').check();
			await page.getByLabel(scheme).check();
			await page.getByLabel('Очень крупный').check();
			expect(await axe(page)).toEqual([]);
			// For a person to look at.
			if (process.env.SHOTS_DIR)
				await page.screenshot({
					path: `${process.env.SHOTS_DIR}/low-vision-${scheme.split(' ')[0]}${path.length > 1 ? '-statement' : ''}.png`,
				});
		}
	});
});

test('without script: works on the page, says it is not kept', async ({ browser }) => {
	const context = await browser.newContext({ baseURL: origin, javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto('/');
		await page.locator('#low-vision').check();
		await page.getByLabel('Белым по чёрному').check();
		expect(await rootStyle(page)).toMatchObject({ size: '24px', background: 'rgb(0, 0, 0)' });
		expect(await page.locator('.low-vision-settings').textContent()).toMatch(/нужен JavaScript/);
	} finally {
		await context.close();
	}
});
