/** Every built page has the accessible skeleton (GOV.UK): lang, skip link first, one main, one h1. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dir, file));
}

describe('page skeleton', () => {
	const dir = inject('siteDir');
	const pages = htmlFiles(dir);

	it('builds pages', () => {
		expect(pages.length).toBeGreaterThan(0);
	});

	it.each(pages.map((p) => [p.slice(dir.length)]))('%s has lang, skip link, one main and one h1', (page) => {
		const html = readFileSync(join(dir, page), 'utf8');
		expect(html).toMatch(/<html lang="ru"/);
		expect(html.indexOf('class="skip-link"')).toBeLessThan(html.indexOf('<main'));
		expect(html.match(/<main\b/g)).toHaveLength(1);
		expect(html).toMatch(/<main id="main-content"/);
		expect(html.match(/<h1\b/g)).toHaveLength(1);
	});
});
