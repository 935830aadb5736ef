/**
 * Every built page has the accessible skeleton (GOV.UK): lang, skip link first, one main, one h1,
 * headings without gaps, the low-vision toggle with its label, and the print stylesheet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

function htmlFiles(dir: string): string[] {
	return (
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			// The form editor is Decap CMS's own application screen, not a site page (tests/e2e/admin.test.ts).
			.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
			.map((file) => join(dir, file))
	);
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

	it.each(pages.map((p) => [p.slice(dir.length)]))('%s has headings without gaps, a low-vision toggle and print CSS', (page) => {
		const html = readFileSync(join(dir, page), 'utf8');
		const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		const levels = [...main.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
		// An error summary may come before the h1 as an h2 (GOV.UK), so only gaps are checked.
		expect(levels[0]).toBeLessThanOrEqual(2);
		levels.forEach((level, i) => {
			if (i > 0) expect(level - levels[i - 1]!, `h${levels[i - 1]} → h${level}`).toBeLessThanOrEqual(1);
		});
		// Low-vision mode works without JavaScript: a real checkbox with a visible label.
		expect(html).toMatch(/<input type="checkbox" id="low-vision"[^>]*><label for="low-vision">[^<]+<\/label>/);
		expect(html).toContain('<link rel="stylesheet" href="/print.css" media="print">');
	});

	it('the stylesheet switches low-vision mode with :has(), so it needs no script', () => {
		const css = readdirSync(join(dir, '_astro'))
			.filter((f) => f.endsWith('.css'))
			.map((f) => readFileSync(join(dir, '_astro', f), 'utf8'))
			.join('\n');
		expect(css).toMatch(/:has\(#low-vision:checked\)/);
	});
});
