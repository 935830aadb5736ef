/** One page of every template on the demo site, and how to open one ready for checking. */
import type { Page } from 'playwright-core';
import { open, type Problems } from './fixtures.ts';

export const NOT_FOUND = '/net-takoy-stranicy/';

export const TEMPLATES: [name: string, path: string][] = [
	['home', '/'],
	['link check, empty', '/proverka/'],
	['link check, with a result', '/proverka/?url=https%3A%2F%2Fvk.com%2Fprimer_admin'],
	['address index', '/proverka/adresa/'],
	['address index, network', '/proverka/adresa/vk/'],
	['address index, letter', '/proverka/adresa/vk/p/'],
	['registry', '/reestr/'],
	['registry filter', '/reestr/set/vk/'],
	['registry, exempt bodies', '/reestr/osvobozhdeny/'],
	['organisation', '/org/primer-admin/'],
	['statement', '/akkaunt/primer-admin-vk/'],
	['acts', '/akty/'],
	['act', '/akty/lyambir-2020-224/'],
	['moderation', '/moderaciya/'],
	['search', '/poisk/'],
	['search, with results', '/poisk/?q=%D0%9B%D1%8F%D0%BC%D0%B1%D0%B8%D1%80%D1%8C'],
	['statistics', '/statistika/'],
	['statistics, quarter', '/statistika/2026-q3/'],
	['statistics, organisation', '/org/primer-admin/statistika/'],
	['statistics, organisation findings', '/org/ivanteevka-admin/statistika/proverka/'],
	['plans', '/plany/'],
	['plans, organisation and year', '/plany/primer-admin/2026/'],
	['plans, organisation', '/plany/primer-admin/'],
	['open data', '/opendata/'],
	['404', NOT_FOUND],
];

/** Opens a template's page and waits for what its script shows (a link-check answer, search results). */
export async function openTemplate(page: Page, path: string, problems: Problems): Promise<void> {
	// The 404 page is served with status 404, which the browser reports as a failed load.
	if (path === NOT_FOUND) problems.allow(/\b404\b/);
	await open(page, path);
	if (path.startsWith('/proverka/?')) await page.locator('#link-check-result[data-state="done"]').waitFor();
	if (path.startsWith('/poisk/?')) await page.locator('.pagefind-ui__result').first().waitFor();
}
