/**
 * Site search: Pagefind UI loads its WebAssembly under the page's CSP and finds a demo
 * organisation by name, typed or from ?q=, and by its ИНН or ОГРН exactly; counts in Russian plural
 * forms, excerpts with their spaces.
 */
import { expect } from 'vitest';
import { open, test } from './fixtures.ts';

const ORG = 'Администрация Лямбирского муниципального района';

test("typing an organisation's name finds it (the wasm index loads under the CSP)", async ({ page }) => {
	const wasm: string[] = [];
	page.on('response', (response) => {
		if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(new URL(response.url()).pathname) && response.ok()) wasm.push(response.url());
	});
	await open(page, '/poisk/');
	const input = page.locator('.pagefind-ui__search-input');
	await input.fill('Лямбирского');
	await input.press('Enter');
	const result = page.locator('.pagefind-ui__result-title', { hasText: ORG });
	await result.first().waitFor();
	expect(await result.first().locator('a').getAttribute('href')).toBe('/org/lyambir-admin/');
	expect(wasm.length).toBeGreaterThan(0);
});

test('?q= opens a search directly', async ({ page }) => {
	await open(page, '/poisk/?q=%D0%9B%D1%8F%D0%BC%D0%B1%D0%B8%D1%80%D1%8C');
	await page.locator('.pagefind-ui__result-title', { hasText: 'Лямбир' }).first().waitFor();
	expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('Лямбирь');
});

/** The text of the results message once Pagefind has answered (not «searching…»). */
async function message(page: import('playwright-core').Page): Promise<string> {
	const locator = page.locator('.pagefind-ui__message');
	await expect.poll(async () => (await locator.textContent()) ?? '', { timeout: 30_000 }).toMatch(/^\d+\s/);
	return (await locator.textContent()) ?? '';
}

test.for(['Лямбирского', 'Берёзовская', 'школа', 'администрация'])(
	'the count of results takes its Russian plural form: %s',
	async (query, { page }) => {
		await open(page, `/poisk/?q=${encodeURIComponent(query)}`);
		const text = await message(page);
		const count = Number(/^\d+/.exec(text)![0]);
		const form = new Intl.PluralRules('ru').select(count);
		const expected: Partial<Record<Intl.LDMLPluralRule, string>> = {
			one: 'результат',
			few: 'результата',
			many: 'результатов',
			other: 'результатов',
		};
		expect(text.split(/\s/)[1]).toBe(expected[form]);
	},
);

test('excerpts keep the space between a label and its value', async ({ page }) => {
	await open(page, '/poisk/?q=%D0%BD%D0%B0%D0%B8%D0%BC%D0%B5%D0%BD%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5');
	await message(page);
	const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
	expect(excerpts.length).toBeGreaterThan(0);
	for (const excerpt of excerpts) expect(excerpt).not.toMatch(/наименование[А-ЯЁA-Z«]/);
});

test.for([
	['ИНН', '9921028285'],
	['ОГРН', '1169921359728'],
])('an organisation is found by its %s exactly', async ([, code], { page }) => {
	await open(page, '/poisk/');
	const input = page.locator('.pagefind-ui__search-input');
	await input.fill(code!);
	const answer = page.locator('#code-answer');
	await answer.getByRole('link', { name: ORG }).waitFor({ timeout: 30_000 });
	expect(await answer.getByRole('link', { name: ORG }).getAttribute('href')).toBe('/org/lyambir-admin/');
	// Pagefind's word matches for a number are noise beside the exact answer, so they are not shown.
	expect(
		await page
			.locator('.pagefind-ui__result')
			.first()
			.isVisible()
			.catch(() => false),
	).toBe(false);
	// A code no organisation has says so.
	await input.fill('0000000000');
	await expect.poll(() => answer.textContent(), { timeout: 30_000 }).toMatch(/не найден/);
});
