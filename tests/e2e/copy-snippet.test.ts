/**
 * The backlink snippet's copy button: revealed by script only, copies the snippet as shown and
 * announces «Скопировано» in a status region; without script the snippet is plain selectable text.
 */
import { expect } from 'vitest';
import { origin, test } from './fixtures.ts';

const PATH = '/akkaunt/primer-admin-vk/';

test('copies the snippet and announces it', async ({ page }) => {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	await page.goto(PATH, { waitUntil: 'networkidle' });
	const button = page.getByRole('button', { name: 'Скопировать текст' });
	expect(await button.isVisible()).toBe(true);
	const status = page.getByRole('status');
	expect(await status.textContent()).toBe('');
	await button.click();
	await expect.poll(() => status.textContent()).toBe('Скопировано');
	const snippet = await page.locator('#snippet-text').textContent();
	expect(snippet).toContain('https://reestr.primer-rayon.example/akkaunt/primer-admin-vk/');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
});

test('without script: no button, the snippet is text to select', async ({ browser }) => {
	const context = await browser.newContext({ baseURL: origin, javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto(PATH);
		expect(await page.locator('.copy-button').isVisible()).toBe(false);
		expect(await page.locator('pre#snippet-text').textContent()).toContain('/akkaunt/primer-admin-vk/');
	} finally {
		await context.close();
	}
});
