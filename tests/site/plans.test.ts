/**
 * Content plans (/plany/): an index of organisations × months linking to each month, and one page
 * per organisation and year with a section per month listing publications grouped by date, with
 * Russian format and status names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { loadPublicData } from '../../src/handoff/public-data.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const html = (path: string) => readFileSync(join(dir, path), 'utf8');
const yearPages = readdirSync(join(dir, 'plany'), { recursive: true, encoding: 'utf8' })
	// Year pages only: not the index, its further pages (/plany/2/) or an organisation's list of years.
	.filter((file) => /^[a-z0-9-]+\/\d{4}\/index\.html$/.test(file))
	.map((file) => join('plany', file));
const sections = (page: string) => [...html(page).matchAll(/<section aria-labelledby="(\d{4}-\d{2})">/g)].map((m) => m[1]!);

describe('content plan index', () => {
	const index = html('plany/index.html');

	it('is a captioned table of organisations × months with scoped headers', () => {
		expect(index).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
		expect(index).toMatch(/<th scope="col"[^>]*>июль\u00a02026\u00a0г\.<\/th>/);
		expect(index).toMatch(/<th scope="row"[^>]*>/);
	});

	it('links every month of every year page, and every link leads to its section', () => {
		const links = [...index.matchAll(/href="(\/plany\/[^"]+\/)#(\d{4}-\d{2})"/g)].map((m) => [m[1]!, m[2]!] as const);
		expect(links.length).toBe(yearPages.reduce((sum, page) => sum + sections(page).length, 0));
		for (const [page, month] of links) {
			expect(existsSync(join(dir, page, 'index.html'))).toBe(true);
			expect(sections(join(page, 'index.html'))).toContain(month);
		}
	});

	it('has no pagination while the organisations fit one page', () => {
		expect(index).not.toContain('class="pagination"');
		expect(existsSync(join(dir, 'plany', '2'))).toBe(false);
	});

	it('covers every organisation with a plan', () => {
		const orgs = new Set(data.series.filter((s) => s.series === 'plans').map((s) => s.org));
		for (const org of orgs) expect(index).toContain(`href="/plany/${org}/`);
	});
});

describe('year pages', () => {
	it('exist per organisation and year (yyyy), a section per month in order', () => {
		expect(yearPages).toContain(join('plany', 'primer-admin', '2026', 'index.html'));
		for (const page of yearPages) {
			expect(page).toMatch(/plany\/[a-z0-9-]+\/\d{4}\/index\.html$/);
			const months = sections(page);
			expect(months.length).toBeGreaterThan(0);
			expect(months).toEqual([...months].sort());
			for (const month of months) expect(page).toContain(month.slice(0, 4));
		}
		expect(sections('plany/primer-admin/2026/index.html')).toContain('2026-07');
	});

	it('keep ids unique on the page', () => {
		const ids = [...html('plany/primer-admin/2026/index.html').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('group publications by date, with Russian dates, formats and statuses', () => {
		const page = html('plany/primer-admin/2026/index.html');
		const table = /<div class="table-wrap"[^>]*aria-labelledby="plan-2026-07-caption"[\s\S]*?<\/table>/.exec(page)![0];
		expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
		expect(table).toMatch(
			/<th scope="rowgroup" rowspan="\d+"[^>]*><time datetime="2026-07-06"[^>]*>6\u00a0июля\u00a02026\u00a0г\., понедельник<\/time><\/th>/,
		);
		for (const [, attrs] of table.matchAll(/<th\b([^>]*)>/g)) expect(attrs).toMatch(/scope="(col|rowgroup)"/);
		expect(table).toMatch(/<td[^>]*>Карточка<\/td>/);
		expect(table).toMatch(/<td[^>]*>Опубликована<\/td>/);
		// Dates ascend.
		const dates = [...table.matchAll(/datetime="([^"]+)"/g)].map((m) => m[1]!);
		expect(dates).toEqual([...dates].sort());
		expect(dates.every((d) => d.startsWith('2026-07-'))).toBe(true);
	});

	it('name a network-wide row by its network', () => {
		// A plan row with a network and no account means every page of the organisation in that network.
		const rows = (file: string) => parse(readFileSync(file), { columns: true }) as Record<string, string>[];
		const networkWide = (r: Record<string, string>) => !r.account && Boolean(r.network);
		const entry = data.series.find((s) => s.series === 'plans' && rows(s.abs).some(networkWide));
		expect(entry).toBeDefined();
		const row = rows(entry!.abs).find(networkWide)!;
		expect(html(`plany/${entry!.org}/${row.date!.slice(0, 4)}/index.html`)).toMatch(/<td[^>]*>Все страницы организации в сети /);
	});

	it('list their months with links to the sections', () => {
		const page = html('plany/primer-admin/2026/index.html');
		for (const month of sections('plany/primer-admin/2026/index.html')) expect(page).toContain(`<a href="#${month}">`);
	});
});
