/**
 * Full-page screenshots for people to review (tests/e2e/screenshots/, not committed): home, the
 * registry, a statement, the link check with each of its verdicts (on a phone-sized window), and
 * the statement in low-vision mode.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { open, test } from './fixtures.ts';

const DIR = join(import.meta.dirname, 'screenshots');

test.for([
	['home', '/'],
	['registry', '/reestr/'],
	['statement', '/akkaunt/primer-admin-vk/'],
	['link-check-official', `/proverka/?url=${encodeURIComponent('https://vk.com/primer_admin')}`, 'official'],
	['link-check-formerly-official', `/proverka/?url=${encodeURIComponent('https://www.facebook.com/primerrayon')}`, 'formerly-official'],
	['link-check-lookalike', `/proverka/?url=${encodeURIComponent('https://vk.com/primer_\u0430dmin')}`, 'lookalike'],
	['link-check-lookalike-host', `/proverka/?url=${encodeURIComponent('ok.ru.gosuslugi-info.ru/primer_crb')}`, 'lookalike'],
	['link-check-name-registered', `/proverka/?url=${encodeURIComponent('@primer_kultura')}`, 'name-registered'],
	['link-check-official-contact', `/proverka/?url=${encodeURIComponent('+7 (49999) 2-10-01')}`, 'official-contact'],
	['link-check-not-registered', `/proverka/?url=${encodeURIComponent('https://t.me/primer_ddt')}`, 'not-registered'],
	['link-check-not-an-account', `/proverka/?url=${encodeURIComponent('https://clck.ru/3abc')}`, 'not-an-account'],
	['statement-low-vision', '/akkaunt/primer-admin-vk/'],
	['stats-quarter', '/statistika/2026-q3/'],
])('%s', async ([name, path, verdict], { page }) => {
	mkdirSync(DIR, { recursive: true });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page, path!);
	if (verdict !== undefined) {
		// A citizen checks a link from a message on a phone.
		await page.setViewportSize({ width: 390, height: 844 });
		await page.locator(`#link-check-result[data-verdict="${verdict}"]`).waitFor({ timeout: 30_000 });
	}
	if (name!.endsWith('low-vision')) await page.locator('#low-vision').check();
	const file = join(DIR, `${name}.png`);
	const png = await page.screenshot({ path: file, fullPage: true });
	expect(png.length).toBeGreaterThan(10_000);
});
