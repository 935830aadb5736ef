/**
 * Full-page screenshots for people to review (tests/e2e/screenshots/, not committed): home, the
 * registry, a statement, the link check with a look-alike verdict, and the statement in low-vision mode.
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
	['link-check-lookalike', `/proverka/?url=${encodeURIComponent('https://vk.com/primer_\u0430dmin')}`],
	['statement-low-vision', '/akkaunt/primer-admin-vk/'],
	['stats-quarter', '/statistika/2026-q3/'],
])('%s', async ([name, path], { page }) => {
	mkdirSync(DIR, { recursive: true });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page, path!);
	if (name!.startsWith('link-check')) await page.locator('#link-check-result[data-verdict="lookalike"]').waitFor();
	if (name!.endsWith('low-vision')) await page.locator('#low-vision').check();
	const file = join(DIR, `${name}.png`);
	const png = await page.screenshot({ path: file, fullPage: true });
	expect(png.length).toBeGreaterThan(10_000);
});
