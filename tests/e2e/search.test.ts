/**
 * Site search: Pagefind UI loads its WebAssembly under the page's CSP and finds a demo
 * organisation by name, typed or from ?q=.
 */
import { expect } from 'vitest';
import { open, test } from './fixtures.ts';

const ORG = 'Администрация Лямбирского муниципального района';

test('typing an organisation\'s name finds it (the wasm index loads under the CSP)', async ({ page }) => {
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
