/**
 * The search index covers exactly the pages marked for it : src/cli/search-index.ts
 * reads only SEARCH_GLOB, so a page that gains `data-pagefind-body` outside it would silently go
 * unindexed, and one inside it without the mark would be indexed whole.
 */
import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

	// Each page's text as Pagefind stored it (its fragment: gzip, a signature, then JSON).
	const fragment = (url: string) => {
		for (const file of readdirSync(join(dir, 'pagefind', 'fragment'))) {
			const text = gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', file))).toString('utf8');
			const page = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
			if (page.url === url) return page.content;
		}
		throw new Error(`нет фрагмента ${url}`);
	};

	it('holds what citizens search an organisation by (name, address, its pages by name), not its contacts, codes or page addresses', () => {
		// data/orgs/primer-admin: what the page shows and the index must, or must not, hold.
		const content = fragment('/org/primer-admin/');
		expect(content).toContain('Примерного муниципального района');
		expect(content).toContain('ул. Советская');
		expect(content).toContain('ВКонтакте');
		for (const left of ['9921012373', 'priemnaya@primer-rayon.example', 'primer_admin', 'dzen.ru', 'ИНН', 'ОГРН'])
			expect(content, left).not.toContain(left);
		// The page still shows them: only the index leaves them out.
		const html = readFileSync(join(dir, 'org', 'primer-admin', 'index.html'), 'utf8');
		for (const shown of ['9921012373', 'priemnaya@primer-rayon.example', 'https://<wbr>dzen']) expect(html, shown).toContain(shown);
	});
});
