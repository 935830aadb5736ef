/**
 * The link check in a real browser on the built shards: official, closed, unknown, look-alike and
 * unusable links, through ?url= deep links, the page's own form (no reload) and the home page's
 * GET form. The answer's heading takes focus; an empty submission focuses the error summary.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { open, test } from './fixtures.ts';

const LYAMBIR_VK = 'https://vk.com/publik177238460';

interface Answer {
	state?: string;
	verdict?: string;
	reason?: string;
	account?: string;
	canonical?: string;
	candidates?: string;
	heading: string;
	focused: string | undefined;
	text: string;
}

async function answer(page: Page): Promise<Answer> {
	const result = page.locator('#link-check-result');
	await page.locator('#link-check-result:is([data-state="done"], [data-state="error"])').waitFor();
	const data = await result.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
	return {
		...data,
		heading: (await result.locator('h2').innerText()).trim(),
		focused: await page.evaluate(() => document.activeElement?.id),
		text: await result.innerText(),
	};
}

async function deepLink(page: Page, url: string): Promise<Answer> {
	await page.goto(`/proverka/?url=${encodeURIComponent(url)}`);
	return answer(page);
}

describe('deep links (?url=)', () => {
	test('an official page: verdict, account, canonical form and links to its statement and organisation', async ({ page }) => {
		const a = await deepLink(page, LYAMBIR_VK);
		expect(a).toMatchObject({ state: 'done', verdict: 'official', account: 'lyambir-admin-vk', canonical: 'vk:publik177238460', heading: 'Официальная страница', focused: 'link-check-heading' });
		expect(await page.locator('#link-check-result a[href="/akkaunt/lyambir-admin-vk/"]').count()).toBe(1);
		expect(await page.locator('#link-check-result a[href="/org/lyambir-admin/"]').count()).toBeGreaterThan(0);
		expect(await page.inputValue('#link-check-url')).toBe(LYAMBIR_VK);
	});

	test('an official page by its numeric alias, typed without the scheme', async ({ page }) => {
		expect(await deepLink(page, 'vk.com/club177238460')).toMatchObject({ verdict: 'official', account: 'lyambir-admin-vk', focused: 'link-check-heading' });
	});

	test.for([
		['https://www.facebook.com/primerrayon', 'primer-admin-fb'],
		['https://www.instagram.com/primer_rayon/', 'primer-admin-ig'],
	])('a closed page: %s', async ([url, account], { page }) => {
		const a = await deepLink(page, url!);
		expect(a).toMatchObject({ state: 'done', verdict: 'closed', account, status: 'closed', focused: 'link-check-heading' });
		expect(a.heading).toBe('Страница больше не официальная');
		expect(a.text).toContain('21 марта 2022 г.');
	});

	test('an unknown page: not in the registry, and not linked from the answer', async ({ page }) => {
		const a = await deepLink(page, 'https://vk.com/neizvestnaya_stranica_123');
		expect(a).toMatchObject({ verdict: 'unknown', canonical: 'vk:neizvestnaya_stranica_123', heading: 'Страницы нет в реестре', focused: 'link-check-heading' });
		expect(await page.locator('#link-check-result a[href*="neizvestnaya"]').count()).toBe(0);
	});

	test.for([
		// Cyrillic «а» in the name of the district administration's VK page.
		['https://vk.com/primer_\u0430dmin', 'confusable-name', 'primer-admin-vk'],
		// Cyrillic «о» in the name of the council's VK page.
		['https://vk.com/primer_s\u043evet', 'confusable-name', 'primer-council-vk'],
		['https://vk.corn/primer_admin', 'homoglyph-host', ''],
	])('a look-alike: %s', async ([url, reason, candidates], { page }) => {
		const a = await deepLink(page, url!);
		expect(a).toMatchObject({ state: 'done', verdict: 'lookalike', heading: 'Осторожно: возможна подделка', focused: 'link-check-heading' });
		expect(a.reason).toBe(reason);
		expect(a.candidates ?? '').toBe(candidates);
		// The suspect page is shown as text, never as a link.
		const hrefs = await page.locator('#link-check-result a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.filter((href) => /corn|%D0|[\u0400-\u04ff]/.test(href))).toEqual([]);
	});

	test.for(['https://vk.cc/aBc123', 'https://clck.ru/3abc'])('a shortener is not checked: %s', async (url, { page }) => {
		const a = await deepLink(page, url);
		expect(a).toMatchObject({ verdict: 'invalid', reason: 'shortener', heading: 'Эту ссылку проверить нельзя', focused: 'link-check-heading' });
	});
});

describe('forms', () => {
	test('the page\'s own form answers without reloading and keeps a shareable ?url=', async ({ page }) => {
		await open(page, '/proverka/');
		// A page load would drop this mark.
		await page.evaluate(() => Object.assign(window, { sameDocument: true }));
		await page.fill('#link-check-url', 'https://www.facebook.com/primerrayon');
		await page.press('#link-check-url', 'Enter');
		expect(await answer(page)).toMatchObject({ verdict: 'closed', account: 'primer-admin-fb', focused: 'link-check-heading' });
		expect(new URL(page.url()).searchParams.get('url')).toBe('https://www.facebook.com/primerrayon');
		expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
		// A second check replaces the first.
		await page.fill('#link-check-url', LYAMBIR_VK);
		await page.click('#link-check-form button[type="submit"]');
		await expect.poll(() => page.locator('#link-check-result').getAttribute('data-verdict')).toBe('official');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('link-check-heading');
	});

	test('an empty submission shows the error summary and focuses it; its link focuses the field', async ({ page }) => {
		await open(page, '/proverka/');
		await page.click('#link-check-form button[type="submit"]');
		const summary = page.locator('#link-check-errors');
		await summary.waitFor({ state: 'visible' });
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('link-check-errors');
		expect(await page.getAttribute('#link-check-url', 'aria-invalid')).toBe('true');
		expect(await page.title()).toMatch(/^Ошибка/);
		await summary.locator('a').click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('link-check-url');
	});

	test('the home page\'s form opens the check with the answer', async ({ page }) => {
		await open(page, '/');
		// Cyrillic «о» in the Telegram channel of the education department.
		await page.fill('#check-url', 'https://t.me/primer_\u043ebrazovanie');
		await Promise.all([page.waitForURL(/\/proverka\/\?url=/), page.press('#check-url', 'Enter')]);
		expect(await answer(page)).toMatchObject({ verdict: 'lookalike', focused: 'link-check-heading' });
	});
});
