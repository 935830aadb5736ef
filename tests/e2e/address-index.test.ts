/**
 * The link check with JavaScript switched off: a citizen lands on /proverka/, follows the noscript
 * paragraph to the address index, picks the network and the first letter, and finds the official
 * page with its organisation and status — a few clicks, no script.
 *
 * Axe cannot run where script is off (it waits on timers that never fire), so it runs on the same
 * pages in an ordinary context: they ship no script, so what it checks is what this visitor gets.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axe, open, origin, test, trackScripts } from './fixtures.ts';

const DIR = join(import.meta.dirname, 'screenshots');

/** A page in a context without JavaScript; what goes wrong on the network is collected in `problems`. */
async function noScriptPage(browser: Browser, problems: string[]): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		baseURL: origin,
		locale: 'ru-RU',
		viewport: { width: 1280, height: 900 },
		javaScriptEnabled: false,
	});
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && url.protocol !== 'data:') problems.push(`external request: ${request.url()}`);
	});
	context.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
	context.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return { context, page: await context.newPage() };
}

describe('link check without JavaScript', () => {
	test('from /proverka/ to the official page in the address index, by links only', async ({ browser }) => {
		const problems: string[] = [];
		const { context, page } = await noScriptPage(browser, problems);
		try {
			await page.goto('/proverka/', { waitUntil: 'networkidle' });
			// Its content is parsed into elements only when script is off: visible, it proves the context has none.
			const noscript = page.locator('.link-check__noscript');
			await expect.poll(() => noscript.isVisible()).toBe(true);
			expect(await noscript.innerText()).toContain('Без JavaScript проверка по вставленному тексту не работает');

			await noscript.getByRole('link', { name: 'алфавитном указателе адресов' }).click();
			await page.waitForURL('**/proverka/adresa/', { waitUntil: 'networkidle' });
			expect(await page.locator('h1').innerText()).toBe('Алфавитный указатель адресов официальных страниц');
			expect(await page.locator('main').innerText()).toContain('vk.com/primer_admin — имя страницы primer_admin, ищите на букву p');
			mkdirSync(DIR, { recursive: true });
			expect((await page.screenshot({ path: join(DIR, 'address-index.png'), fullPage: true })).length).toBeGreaterThan(10_000);

			await page
				.getByRole('heading', { name: /ВКонтакте/ })
				.getByRole('link', { name: 'ВКонтакте' })
				.click();
			await page.waitForURL('**/proverka/adresa/vk/', { waitUntil: 'networkidle' });

			await page
				.getByRole('navigation', { name: /Адреса официальных страниц: ВКонтакте/ })
				.getByRole('link', { name: 'p', exact: true })
				.click();
			await page.waitForURL('**/proverka/adresa/vk/p/', { waitUntil: 'networkidle' });
			const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'vk.com/primer_admin', exact: true }) });
			expect(await row.count()).toBe(1);
			const cells = await row.locator('td').allInnerTexts();
			expect(cells[0]).toBe('Администрация Примерного района');
			expect(cells[1]).toMatch(/^Администрация Примерного/);
			expect(cells[2]).toBe('Официальная');
			expect(await row.getByRole('link', { name: 'vk.com/primer_admin' }).getAttribute('href')).toBe('https://vk.com/primer_admin');
			expect(await row.getByRole('link', { name: 'Администрация Примерного района' }).getAttribute('href')).toBe(
				'/akkaunt/primer-admin-vk/',
			);

			await row.scrollIntoViewIfNeeded();
			const png = await page.screenshot({ path: join(DIR, 'address-index-letter.png'), fullPage: true });
			expect(png.length).toBeGreaterThan(10_000);

			// The statement of the page found: one more click, still without script.
			await row.getByRole('link', { name: 'Администрация Примерного района' }).click();
			await page.waitForURL('**/akkaunt/primer-admin-vk/', { waitUntil: 'networkidle' });
			// Taken before closing: closing aborts whatever is still in flight, which is no fault of the page.
			expect([...problems]).toEqual([]);
		} finally {
			await context.close();
		}
	});

	test('a numeric alias and a closed page are findable too', async ({ browser }) => {
		const problems: string[] = [];
		const { context, page } = await noScriptPage(browser, problems);
		try {
			await page.goto('/proverka/adresa/vk/c/', { waitUntil: 'networkidle' });
			const alias = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: /^vk\.com\/club224236283/ }) });
			expect(await alias.locator('th').innerText()).toContain('другая форма адреса');
			await page.goto('/proverka/adresa/fb/p/', { waitUntil: 'networkidle' });
			const closed = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'facebook.com/primerrayon', exact: true }) });
			expect(await closed.locator('td').last().innerText()).toMatch(/^Больше не официальная: закрыта с 21\sмарта\s2022/);
			// Taken before closing: closing aborts whatever is still in flight, which is no fault of the page.
			expect([...problems]).toEqual([]);
		} finally {
			await context.close();
		}
	});

	test.for([
		['index', '/proverka/adresa/'],
		['network', '/proverka/adresa/vk/'],
		['letter', '/proverka/adresa/vk/p/'],
	])('the %s page ships no script of its own and passes axe', async ([, path], { page }) => {
		const scripts = trackScripts(page);
		await open(page, path!);
		// Every page loads the low-vision settings (/low-vision.js); the index needs nothing else.
		expect(scripts.map((url) => new URL(url).pathname)).toEqual(['/low-vision.js']);
		expect(await axe(page)).toEqual([]);
	});
});
