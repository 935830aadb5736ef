/**
 * The search index covers exactly the pages marked for it (issue 3, «Search»): src/cli/search-index.ts
 * reads only SEARCH_GLOB, so a page that gains `data-pagefind-body` outside it would silently go
 * unindexed, and one inside it without the mark would be indexed whole.
 */
import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SEARCH_GLOB } from '../../src/cli/search-index.ts';

const dir = inject('siteDir');

describe('search index', () => {
	it('reads exactly the pages that carry data-pagefind-body', () => {
		const marked = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
			.filter((file) => readFileSync(join(dir, file), 'utf8').includes('data-pagefind-body'))
			.sort();
		const read = globSync(SEARCH_GLOB, { cwd: dir }).sort();
		expect(marked.length).toBeGreaterThan(0);
		expect(read).toEqual(marked);
	});

	it('indexes organisations and acts, not statistics or statements', () => {
		const read = globSync(SEARCH_GLOB, { cwd: dir });
		expect(read).toContain(join('org', 'primer-admin', 'index.html'));
		expect(read.some((file) => file.startsWith('akty'))).toBe(true);
		expect(read.some((file) => file.includes('statistika') || file.startsWith('akkaunt'))).toBe(false);
	});

	it('wrote the Pagefind bundle', () => {
		const files = readdirSync(join(dir, 'pagefind'));
		expect(files).toContain('pagefind.js');
		expect(files).toContain('pagefind-ui.js');
		expect(files.some((file) => file.startsWith('pagefind-entry'))).toBe(true);
	});
});
