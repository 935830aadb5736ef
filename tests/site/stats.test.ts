/**
 * Statistics pages (/statistika/): every chart is a <figure> with a <figcaption> and a data table
 * (caption, scoped headers) holding its data; chart.js arrives as an external module on these pages
 * only, reading a JSON block; canvases are labelled images hidden from search and from print.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dir = inject('siteDir');
const html = (path: string) => readFileSync(join(dir, path), 'utf8');
const pagesUnder = (folder: string) =>
	readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(folder, file));

const orgStatsPages = pagesUnder('org').filter((file) => file.endsWith(join('statistika', 'index.html')));
const statsPages = [...pagesUnder('statistika'), ...orgStatsPages];
const otherPages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
	(file) => file.endsWith('.html') && !statsPages.includes(file) && !file.includes('pagefind'),
);
const figures = (page: string) => [...html(page).matchAll(/<figure class="chart-figure"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
const chartScripts = (page: string) => [...html(page).matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]!);

describe('statistics pages', () => {
	it('exist for the index, each quarter and each organisation with statistics', () => {
		expect(statsPages).toContain(join('statistika', 'index.html'));
		expect(existsSync(join(dir, 'statistika/2026-q3/index.html'))).toBe(true);
		expect(existsSync(join(dir, 'org/primer-admin/statistika/index.html'))).toBe(true);
		expect(existsSync(join(dir, 'org/altai-government/statistika/index.html'))).toBe(true);
		// One page per organisation, not per organisation and quarter (build budget, docs/benchmarks.md).
		expect(existsSync(join(dir, 'statistika/2026-q3/primer-admin'))).toBe(false);
	});

	it('quarter pages have the compliance, network and reply charts', () => {
		const ids = figures('statistika/2026-q3/index.html').map((f) => /id="([^"]+)"/.exec(f)![1]);
		expect(ids.slice(0, 2)).toEqual(['compliance', 'networks']);
		expect(ids.slice(2).every((id) => id!.startsWith('replies-'))).toBe(true);
	});

	it('organisation pages chart the organisation and each of its accounts, per quarter, newest first', () => {
		const ids = figures('org/primer-admin/statistika/index.html').map((f) => /id="([^"]+)"/.exec(f)![1]);
		expect(ids[0]).toBe('2026-q3-org-weekly');
		expect(ids).toContain('2026-q3-account-primer-admin-vk');
		expect(ids.some((id) => id!.startsWith('2026-q3-replies-'))).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
		const sections = [...html('org/primer-admin/statistika/index.html').matchAll(/<section aria-labelledby="(\d{4}-q\d)">/g)].map(
			(m) => m[1]!,
		);
		expect(sections.length).toBeGreaterThan(0);
		expect(sections).toEqual([...sections].sort().reverse());
	});

	it('an organisation page links to its statistics page', () => {
		expect(html('org/primer-admin/index.html')).toContain('href="/org/primer-admin/statistika/"');
	});
});

describe.each(statsPages.filter((page) => figures(page).length))('%s', (page) => {
	it('every chart figure has a figcaption and a captioned, scoped data table', () => {
		for (const figure of figures(page)) {
			expect(figure).toMatch(/<figcaption[^>]*>[^<]+/);
			const table = /<table[\s\S]*?<\/table>/.exec(figure)?.[0];
			expect(table).toBeDefined();
			expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
			const heads = [...table!.matchAll(/<th\b([^>]*)>/g)].map((m) => m[1]!);
			expect(heads.length).toBeGreaterThan(0);
			for (const attrs of heads) expect(attrs).toMatch(/scope="(col|row)"/);
			// At least one data row, one header per row.
			expect(table).toMatch(/<tbody[^>]*><tr[^>]*><th[^>]*scope="row"/);
		}
	});

	it('canvases are labelled images, ignored by search, hidden until drawn and in print', () => {
		for (const figure of figures(page)) {
			const canvas = /<canvas\b([^>]*)>/.exec(figure)?.[1];
			if (canvas === undefined) continue;
			expect(canvas).toMatch(/role="img"/);
			expect(canvas).toMatch(/aria-label="[^"]{10,}"/);
			expect(canvas).toMatch(/data-pagefind-ignore/);
			expect(figure).toMatch(/<div class="chart display-none-print"[^>]*data-pagefind-ignore[^>]*hidden/);
			const data = /<script type="application\/json" data-chart[^>]*>([\s\S]*?)<\/script>/.exec(figure)?.[1];
			const spec = JSON.parse(data!);
			expect(spec.labels.length).toBeGreaterThan(0);
			for (const series of spec.series) expect(series.data).toHaveLength(spec.labels.length);
		}
	});

	it('loads the chart script as an external module, and no inline code', () => {
		const scripts = chartScripts(page);
		expect(scripts).toHaveLength(1);
		expect(existsSync(join(dir, scripts[0]!))).toBe(true);
		for (const [, attrs] of html(page).matchAll(/<script\b([^>]*)>/g)) expect(attrs).toMatch(/\bsrc="|type="application\/json"/);
	});

	it('headings start at h1 and never skip a level', () => {
		const levels = [...html(page).matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
		expect(levels[0]).toBe(1);
		levels.forEach((level, i) => i && expect(level - levels[i - 1]!).toBeLessThanOrEqual(1));
	});
});

describe('chart.js', () => {
	const bundle = chartScripts('statistika/2026-q3/index.html')[0]!;

	it('is bundled from chart.js', () => {
		expect(readFileSync(join(dir, bundle), 'utf8')).toMatch(/data-chart/);
	});

	it('is loaded by the statistics pages only', () => {
		const loading = otherPages.filter((page) => html(page).includes(bundle));
		expect(loading).toEqual([]);
	});
});

describe('without JavaScript the tables are complete', () => {
	it('the quarter table lists every organisation with a link to its page', () => {
		const page = html('statistika/2026-q3/index.html');
		const table = /<table id="orgs"[\s\S]*?<\/table>/.exec(page)![0];
		const links = [...table.matchAll(/href="(\/org\/[^"]+\/statistika\/)#2026-q3"/g)].map((m) => m[1]!);
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			expect(existsSync(join(dir, link, 'index.html'))).toBe(true);
			expect(html(join(link, 'index.html'))).toContain('<h2 id="2026-q3">');
		}
	});

	it('an account table has a row per week of the quarter', () => {
		const figure = figures('org/primer-admin/statistika/index.html').find((f) => f.includes('id="2026-q3-account-primer-admin-vk"'))!;
		expect(figure.match(/<th scope="row"/g)).toHaveLength(13);
	});
});

describe('one style for quarters and shares', () => {
	const text = (page: string) => html(page).replace(/<[^>]+>/g, ' ');
	const pages = [
		'statistika/index.html',
		'statistika/2026-q3/index.html',
		'org/primer-admin/statistika/index.html',
		'org/primer-admin/index.html',
		'org/altai-government/index.html',
	];

	it.each(pages)('%s names quarters as «III квартал 2026 г.», never «3-й квартал»', (page) => {
		expect(text(page)).not.toMatch(/\d-й\s+квартал/);
		expect(text(page)).toMatch(/\b[IV]+ квартал \d{4}\u00a0г\./);
	});

	it.each(pages.slice(0, 2))('%s writes every share with one decimal', (page) => {
		const shares = [...text(page).matchAll(/(\d[\d\u00a0,]*)\u00a0%/g)].map((m) => m[1]!);
		expect(shares.length).toBeGreaterThan(0);
		for (const share of shares) expect(share).toMatch(/^\d{1,3}(\u00a0\d{3})*,\d$/);
	});
});

describe('reply times, act by act', () => {
	const figure = (page: string, id: string) => figures(page).find((f) => f.includes(`id="${id}"`));
	const rows = (f: string) =>
		[...f.matchAll(/<tr><th scope="row">([^<]+)<\/th>((?:<td>[^<]*<\/td>)+)<\/tr>/g)].map((m) => ({
			stage: m[1]!,
			cells: [...m[2]!.matchAll(/<td>([^<]*)<\/td>/g)].map((c) => c[1]!),
		}));

	it('the quarter page gives each act its own figure, with its own stages, deadlines and clauses', () => {
		const page = 'statistika/2026-q3/index.html';
		const lyambir = figure(page, 'replies-lyambir-2020-224')!;
		expect(lyambir).toBeDefined();
		expect(lyambir).toMatch(/<figcaption>[^<]*Лямбирского/);
		const stages = rows(lyambir);
		expect(stages.map((r) => r.stage)).toHaveLength(5);
		// Every stage of the act has its deadline and the clause that sets it.
		for (const row of stages) expect(row.cells.join(' ')).toMatch(/\d\u00a0ч .*п\.\u00a0\d/);
		const none = figure(page, 'replies-none')!;
		expect(none).toMatch(/<figcaption>[^<]*без сроков/);
		const defaults = rows(none);
		expect(defaults).toHaveLength(4);
		for (const row of defaults) expect(stages.map((r) => r.stage)).not.toContain(row.stage);
	});

	it("an organisation's page names the act its deadlines come from", () => {
		const lyambir = figure('org/lyambir-admin/statistika/index.html', '2026-q3-replies-lyambir-2020-224');
		expect(lyambir).toMatch(/<figcaption>[^<]*Лямбирского/);
	});
});

describe('every figure under a quota says whether it is required or recommended', () => {
	const LEVEL = /\((обязательно|рекомендуется)\)/;
	const table = (page: string, id: string) =>
		/<table id="[^"]*"[\s\S]*?<\/table>/.exec(html(page).slice(html(page).indexOf(`<table id="${id}"`)))![0];
	const cells = (t: string) => [...t.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!);

	it.each(['2024-q3', '2026-q3'])('the %s organisations table gives each share its level', (slug) => {
		const shares = cells(table(`statistika/${slug}/index.html`, 'orgs')).filter((cell) => cell.includes('%'));
		expect(shares.length).toBeGreaterThan(0);
		for (const share of shares) expect(share).toMatch(LEVEL);
	});

	it('a 0 % under a recommended minimum says it is only recommended', () => {
		const row = /<tr><th scope="row"><a[^>]*>Правительство Алтайского края<\/a><\/th>[\s\S]*?<\/tr>/.exec(
			table('statistika/2024-q3/index.html', 'orgs'),
		)![0];
		expect(row).toContain('0,0\u00a0% (рекомендуется)');
	});

	it.each(['2024-q3', '2026-q3'])('the %s compliance table splits pages by the level of their minimum', (slug) => {
		const head = /<thead>[\s\S]*?<\/thead>/.exec(table(`statistika/${slug}/index.html`, 'compliance-table'))![0];
		expect(head).toMatch(LEVEL);
	});

	it('the quarters index says which levels each quarter’s minimums have', () => {
		const rows = [...table('statistika/index.html', 'quarters').matchAll(/<tr><th scope="row">[\s\S]*?<\/tr>/g)].map((m) => m[0]);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row).toMatch(/<td>(обязательно|рекомендуется)(, (обязательно|рекомендуется))?<\/td>/);
	});

	it('an account figure states the level of its minimum in words', () => {
		const notes = [...html('org/altai-government/statistika/index.html').matchAll(/<span class="chart-note">([^<]*)<\/span>/g)].map(
			(m) => m[1]!,
		);
		expect(notes.some((note) => note.includes('рекомендуется'))).toBe(true);
	});
});
