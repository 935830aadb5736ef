/**
 * The link check in a real browser on the built shards: official, closed, unknown, look-alike and
 * unusable links, through ?url= deep links, the page's own form (no reload) and the home page's
 * GET form. The answer's heading takes focus; an empty submission focuses the error summary.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { open, test } from './fixtures.ts';

const LYAMBIR_VK = 'https://vk.com/publik177238460';

interface Answer {
	state?: string;
	verdict?: string;
	reason?: string;
	accounts?: string;
	orgs?: string;
	canonical?: string;
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
		expect(a).toMatchObject({
			state: 'done',
			verdict: 'official',
			accounts: 'lyambir-admin-vk',
			canonical: 'vk:publik177238460',
			heading: 'Это официальная страница',
			focused: 'link-check-heading',
		});
		expect(await page.locator('#link-check-result a[href="/akkaunt/lyambir-admin-vk/"]').count()).toBe(1);
		expect(await page.locator('#link-check-result a[href="/org/lyambir-admin/"]').count()).toBeGreaterThan(0);
		expect(await page.inputValue('#link-check-url')).toBe(LYAMBIR_VK);
	});

	test('an official page by its numeric alias, typed without the scheme', async ({ page }) => {
		expect(await deepLink(page, 'vk.com/club177238460')).toMatchObject({
			verdict: 'official',
			accounts: 'lyambir-admin-vk',
			focused: 'link-check-heading',
		});
	});

	test.for([
		['https://www.facebook.com/primerrayon', 'primer-admin-fb'],
		['https://www.instagram.com/primer_rayon/', 'primer-admin-ig'],
	])('a closed page: %s', async ([url, account], { page }) => {
		const a = await deepLink(page, url!);
		expect(a).toMatchObject({ state: 'done', verdict: 'formerly-official', accounts: account, focused: 'link-check-heading' });
		expect(a.heading).toBe('Эта страница больше не официальная');
		expect(a.text).toContain('21 марта 2022 г.');
	});

	test('an unknown page: not in the registry, and not linked from the answer', async ({ page }) => {
		const a = await deepLink(page, 'https://vk.com/neizvestnaya_stranica_123');
		expect(a).toMatchObject({
			verdict: 'not-registered',
			canonical: 'vk:neizvestnaya_stranica_123',
			heading: 'Этой страницы нет в реестре',
			focused: 'link-check-heading',
		});
		expect(await page.locator('#link-check-result a[href*="neizvestnaya"]').count()).toBe(0);
	});

	test.for([
		// Cyrillic «а» in the name of the district administration's VK page.
		['https://vk.com/primer_\u0430dmin', 'confusable-name', 'primer-admin-vk'],
		// Cyrillic «о» in the name of the council's VK page.
		['https://vk.com/primer_s\u043evet', 'confusable-name', 'primer-council-vk'],
		// rn for m in the host; the path still names the real page.
		['https://vk.corn/primer_admin', 'homoglyph-host', 'primer-admin-vk'],
	])('a look-alike: %s', async ([url, reason, candidates], { page }) => {
		const a = await deepLink(page, url!);
		expect(a).toMatchObject({ state: 'done', verdict: 'lookalike', heading: 'Это не официальная страница', focused: 'link-check-heading' });
		expect(a.reason).toBe(reason);
		expect(a.accounts ?? '').toBe(candidates);
		// The suspect page is shown as text, never as a link.
		const hrefs = await page.locator('#link-check-result a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.filter((href) => /corn|%D0|[\u0400-\u04ff]/.test(href))).toEqual([]);
	});

	test.for(['https://vk.cc/aBc123', 'https://clck.ru/3abc'])('a shortener is not checked: %s', async (url, { page }) => {
		const a = await deepLink(page, url);
		expect(a).toMatchObject({
			verdict: 'not-an-account',
			reason: 'shortener',
			heading: 'Это нельзя проверить',
			focused: 'link-check-heading',
		});
	});
});

describe('forms', () => {
	test("the page's own form answers without reloading and keeps a shareable ?url=", async ({ page }) => {
		await open(page, '/proverka/');
		// A page load would drop this mark.
		await page.evaluate(() => Object.assign(window, { sameDocument: true }));
		await page.fill('#link-check-url', 'https://www.facebook.com/primerrayon');
		await page.press('#link-check-url', 'Enter');
		expect(await answer(page)).toMatchObject({ verdict: 'formerly-official', accounts: 'primer-admin-fb', focused: 'link-check-heading' });
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

	test("the home page's form opens the check with the answer", async ({ page }) => {
		await open(page, '/');
		// Cyrillic «о» in the Telegram channel of the education department.
		await page.fill('#check-url', 'https://t.me/primer_\u043ebrazovanie');
		await Promise.all([page.waitForURL(/\/proverka\/\?url=/), page.press('#check-url', 'Enter')]);
		expect(await answer(page)).toMatchObject({ verdict: 'lookalike', focused: 'link-check-heading' });
	});
});

// Every kind of input a citizen may hold, with the answer the page and `npm run lookup` must share.
const TABLE: [string, string, string][] = [
	['https://vk.com/primer_admin', 'official', 'primer-admin-vk'],
	['Вот наш канал: t.me/primer_sovet, пишите!', 'official', 'primer-council-tg'],
	['https://www.facebook.com/primerrayon', 'formerly-official', 'primer-admin-fb'],
	['@primer_kultura', 'name-registered', 'primer-culture-vk primer-culture-tg'],
	['https://vk.com/primer_\u0430dmin', 'lookalike', 'primer-admin-vk'],
	['ok.ru.gosuslugi-info.ru/primer_crb', 'lookalike', 'primer-crb-ok'],
	['https://vkontakte-gov.ru/primer_admin', 'lookalike', 'primer-admin-vk'],
	['https://t.me/primer_sovet_official', 'lookalike', 'primer-council-tg'],
	['@prlmer_kultura', 'lookalike', 'primer-culture-tg primer-culture-vk'],
	['+7 (49999) 2-10-01', 'official-contact', ''],
	['priemnaya@primer-rayon.example', 'official-contact', ''],
	['https://t.me/primer_ddt', 'not-registered', 'primer-ddt-vk'],
	['https://vk.com/neizvestnaya_stranica_123', 'not-registered', ''],
	['https://clck.ru/3abc', 'not-an-account', ''],
];

describe('the page and npm run lookup give the same answers', () => {
	test('on a table of every input kind', async ({ page }) => {
		const run = spawnSync(process.execPath, ['src/cli/lookup.ts', '--data', 'data'], {
			input: TABLE.map(([input]) => input).join('\n'),
			encoding: 'utf8',
			timeout: 60_000,
		});
		expect(run.status, run.stderr).toBe(0);
		const lines = run.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as { verdict: string; reason: string; accounts: string[]; orgs: string[] });
		expect(lines).toHaveLength(TABLE.length);
		for (const [i, [input, verdict, accounts]] of TABLE.entries()) {
			const cli = lines[i]!;
			const shown = await deepLink(page, input);
			expect({ verdict: cli.verdict, accounts: cli.accounts.join(' ') }, input).toEqual({ verdict, accounts });
			expect({ verdict: shown.verdict, reason: shown.reason, accounts: shown.accounts, orgs: shown.orgs }, input).toEqual({
				verdict: cli.verdict,
				reason: cli.reason,
				accounts: cli.accounts.join(' '),
				orgs: cli.orgs.join(' '),
			});
		}
	});

	test('a look-alike marks the differing letter and says it aloud', async ({ page }) => {
		await deepLink(page, 'https://vk.com/primer_\u0430dmin');
		const marks = page.locator('.link-check__compare mark');
		expect(await marks.count()).toBe(2);
		expect(await marks.first().innerText()).toContain('\u0430');
		expect(await marks.first().locator('.visually-hidden').innerText()).toContain('кириллическая буква');
		expect(await page.locator('.link-check__real').innerText()).toContain('Официальная — vk.com/primer_admin');
	});
});
