/**
 * Every data table of the site comes out of DataTable.astro: one scroll container (`table-wrap`)
 * around it, a caption (axe names the table by it), and where the container is a focusable region,
 * the region labelled by that caption. The guide's Markdown tables too, through GuideTable.
 * Statistics tables align their number columns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dir = inject('siteDir');
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
	(path) => path.endsWith('.html') && !path.startsWith('pagefind'),
);
const TABLE = /<div([^>]*)><table([^>]*)><caption id="([^"]+)"[^>]*>/g;

describe('data tables', () => {
	it('are each wrapped once, captioned, and labelled by their caption when they take focus', () => {
		const wrong: string[] = [];
		let tables = 0;
		for (const path of pages) {
			const html = readFileSync(join(dir, path), 'utf8');
			const wrapped = [...html.matchAll(TABLE)];
			tables += wrapped.length;
			if (wrapped.length !== (html.match(/<table\b/g) ?? []).length) wrong.push(`${path}: a table outside DataTable`);
			for (const [, wrap, , caption] of wrapped) {
				if (!/^ class="table-wrap"/.test(wrap!)) wrong.push(`${path}: ${caption} in <div${wrap}>`);
				if (wrap!.includes('tabindex="0"') && !(wrap!.includes('role="region"') && wrap!.includes(`aria-labelledby="${caption}"`)))
					wrong.push(`${path}: ${caption} takes focus unlabelled`);
			}
		}
		expect(wrong).toEqual([]);
		expect(tables).toBeGreaterThan(100);
	});

	it('align the number columns of statistics tables', () => {
		const html = readFileSync(join(dir, 'statistika/2026-q3/index.html'), 'utf8');
		expect(html).toMatch(
			/<div class="table-wrap" role="region" aria-labelledby="compliance-table-caption" tabindex="0"><table id="compliance-table" class="numeric">/,
		);
	});
});
