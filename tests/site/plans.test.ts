/**
 * Content plans (/plany/): an index of organisations × months linking to each month's page, and
 * month pages listing publications grouped by date with Russian format and status names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { loadPublicData } from '../../src/loaders/collections.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const html = (path: string) => readFileSync(join(dir, path), 'utf8');
const monthPages = readdirSync(join(dir, 'plany'), { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html') && file !== 'index.html')
	.map((file) => join('plany', file));

describe('content plan index', () => {
	const index = html('plany/index.html');

	it('is a captioned table of organisations × months with scoped headers', () => {
		expect(index).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
		expect(index).toMatch(/<th scope="col"[^>]*>июль\u00a02026\u00a0г\.<\/th>/);
		expect(index).toMatch(/<th scope="row"[^>]*>/);
	});

	it('links every month page, and every link leads to a page', () => {
		const links = [...index.matchAll(/href="(\/plany\/[^"]+\/)"/g)].map((m) => m[1]!);
		expect(links.length).toBe(monthPages.length);
		for (const link of links) expect(existsSync(join(dir, link, 'index.html'))).toBe(true);
	});

	it('covers every organisation with a plan', () => {
		const orgs = new Set(data.series.filter((s) => s.series === 'plans').map((s) => s.org));
		for (const org of orgs) expect(index).toContain(`href="/plany/${org}/`);
	});
});

describe('month pages', () => {
	it('exist per organisation and month (yyyy-mm)', () => {
		expect(monthPages).toContain(join('plany', 'primer-admin', '2026-07', 'index.html'));
		for (const page of monthPages) expect(page).toMatch(/plany\/[a-z0-9-]+\/\d{4}-\d{2}\/index\.html$/);
	});

	it('group publications by date, with Russian dates, formats and statuses', () => {
		const page = html('plany/primer-admin/2026-07/index.html');
		const table = /<div class="plan-table"[\s\S]*?<\/table>/.exec(page)![0];
		expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
		expect(table).toMatch(/<th scope="rowgroup" rowspan="\d+"[^>]*><time datetime="2026-07-06"[^>]*>6\u00a0июля\u00a02026\u00a0г\., понедельник<\/time><\/th>/);
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
		expect(html(`plany/${entry!.org}/${row.date!.slice(0, 7)}/index.html`)).toMatch(/<td[^>]*>Все страницы организации в сети /);
	});

	it('link the neighbouring month', () => {
		expect(html('plany/primer-admin/2026-07/index.html')).toContain('href="/plany/primer-admin/2026-08/" rel="next"');
	});
});
