/**
 * Registry listings (/reestr/…): captioned table with scoped headers, one pre-rendered listing per
 * filter value, pagination, every account listed once, closed accounts kept with their date; and
 * the home page (link check form, counts, latest changes), search and 404.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPublicData } from '../../src/handoff/public-data.ts';
import { formatDate } from '../../src/lib/ru-format.ts';
import { PAGE_SIZE } from '../../src/queries/registry.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const orgKind = new Map(data.orgs.map((org) => [org.id, org.kind]));
const read = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

/** Pages of a listing: index.html, then 2/, 3/, … */
function listingPages(base: string): string[] {
	const pages = [read(base)];
	for (let n = 2; existsSync(join(dir, base, String(n), 'index.html')); n++) pages.push(read(join(base, String(n))));
	return pages;
}

/** Account ids linked from the table rows of a listing page. */
const listed = (html: string) => [...html.matchAll(/<th scope="row"><a href="\/akkaunt\/([a-z0-9-]+)\/">/g)].map((m) => m[1]!);

describe('registry', () => {
	const pages = listingPages('reestr');

	it('is paginated by PAGE_SIZE and lists every account exactly once', () => {
		expect(pages).toHaveLength(Math.max(1, Math.ceil(data.accounts.length / PAGE_SIZE)));
		const ids = pages.flatMap(listed);
		expect(ids.sort()).toEqual(data.accounts.map((a) => a.id).sort());
	});

	it('has a captioned table whose headers all carry scope', () => {
		for (const html of pages) {
			expect(html).toMatch(/<table[^>]*>\s*<caption id="registry-caption">[^<]+<\/caption>/);
			const headers = html.match(/<th\b[^>]*>/g) ?? [];
			expect(headers.length).toBeGreaterThan(6);
			for (const th of headers) expect(th).toMatch(/scope="(col|row|rowgroup)"/);
		}
	});

	it('groups rows by organisation, linking to the organisation page', () => {
		const html = pages[0]!;
		expect(html).toMatch(/<tbody><tr class="group"><th scope="rowgroup" colspan="6"><a href="\/org\/[a-z0-9-]+\/">/);
	});

	it('pre-renders one listing per filter value, and a filter nav linking to them', () => {
		const families: [string, (a: (typeof data.accounts)[number]) => string | undefined][] = [
			['set', (a) => a.network],
			['vid', (a) => orgKind.get(a.org)],
			['status', (a) => a.status],
		];
		for (const [segment, valueOf] of families) {
			const values = new Map<string, string[]>();
			for (const account of data.accounts) {
				const value = valueOf(account);
				if (value) values.set(value, [...(values.get(value) ?? []), account.id]);
			}
			for (const [value, ids] of values) {
				const base = join('reestr', segment, value);
				expect(existsSync(join(dir, base, 'index.html')), base).toBe(true);
				expect(listingPages(base).flatMap(listed).sort()).toEqual(ids.sort());
				expect(pages[0]).toContain(`href="/${base}/"`);
			}
		}
		const nav = /<nav class="filters"[\s\S]*?<\/nav>/.exec(pages[0]!)?.[0] ?? '';
		expect(nav).toContain('aria-current="page"');
	});

	it('keeps closed accounts listed with their closing date', () => {
		const closed = data.accounts.filter((a) => a.status === 'closed');
		expect(closed.length).toBeGreaterThan(0);
		const all = pages.join('\n');
		for (const account of closed) {
			const row = new RegExp(`<tr class="closed"><th scope="row"><a href="/akkaunt/${account.id}/">[\\s\\S]*?</tr>`).exec(all)?.[0];
			expect(row, account.id).toBeDefined();
			expect(row).toContain(`<time datetime="${account.closed!.date}">${formatDate(account.closed!.date)}</time>`);
			expect(row).toContain('Закрыта');
		}
	});
});

describe('home page', () => {
	const html = readFileSync(join(dir, 'index.html'), 'utf8');

	it('puts the link check first: a plain GET form to /proverka/ with input «url»', () => {
		expect(html).toMatch(/<form[^>]*action="\/proverka\/"[^>]*method="get"/);
		expect(html).toMatch(/<input id="check-url" name="url"/);
		expect(html).toMatch(/<label for="check-url">/);
		expect(html.indexOf('action="/proverka/"')).toBeLessThan(html.indexOf('<table'));
	});

	it('shows counts: organisations and active accounts by network', () => {
		const active = data.accounts.filter((a) => a.status === 'active');
		expect(html).toContain(`<dd>${data.orgs.length}</dd>`);
		expect(html).toContain(`<dd>${active.length}</dd>`);
		expect(html).toMatch(/<caption\b[^>]*>[^<]+<\/caption>/);
		const vk = active.filter((a) => a.network === 'vk').length;
		if (vk) expect(html).toContain(`<a href="/reestr/set/vk/">ВКонтакте</a></th><td>${vk}</td>`);
	});

	it('lists the 10 latest registry changes, newest first', () => {
		const list = /<ol class="changes">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
		const dates = [...list.matchAll(/<time datetime="([\d-]+)">/g)].map((m) => m[1]!);
		expect(dates).toHaveLength(10);
		expect([...dates].sort().reverse()).toEqual(dates);
		const all = data.accounts
			.flatMap((a) => [a.opened, a.registered, a.closed?.date].filter((d): d is string => Boolean(d)))
			.sort()
			.reverse();
		expect(dates[0]).toBe(all[0]);
	});
});

describe('search, moderation and 404', () => {
	it('search loads Pagefind UI from external files and explains itself without JavaScript', () => {
		const html = read('poisk');
		expect(html).toContain('<link rel="stylesheet" href="/pagefind/pagefind-ui.css">');
		expect(html).toContain('<script src="/pagefind/pagefind-ui.js"></script>');
		expect(html).toMatch(/<noscript>[\s\S]*href="\/reestr\/"[\s\S]*<\/noscript>/);
		expect(existsSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toBe(true);
	});

	it('indexes organisation and act pages only, with filters', () => {
		const orgPage = read(join('org', data.orgs[0]!.id));
		expect(orgPage).toContain('data-pagefind-body');
		expect(orgPage).toMatch(/data-pagefind-filter="Социальная сеть:[^"]+"/);
		expect(orgPage).toMatch(/data-pagefind-filter="Вид организации:[^"]+"/);
		expect(orgPage).toMatch(/data-pagefind-filter="Статус страницы:[^"]+"/);
		expect(read(join('akty', 'federal-baseline'))).toContain('data-pagefind-body');
		for (const path of ['', 'reestr', join('akkaunt', data.accounts[0]!.id), 'moderaciya', 'poisk']) {
			expect(read(path), path || '/').not.toContain('data-pagefind-body');
		}
	});

	it('404 points to the link check, the registry and search', () => {
		const html = readFileSync(join(dir, '404.html'), 'utf8');
		expect(html).toMatch(/action="\/proverka\/"/);
		expect(html).toContain('href="/reestr/"');
		expect(html).toContain('href="/poisk/"');
	});

	it("moderation lists each act's rules and the 59-FZ note where the act says so", () => {
		const html = read('moderaciya');
		const policies = [...data.dataset.policies.values()].map((p) => p.value).filter((p) => p.moderation);
		expect(policies.length).toBeGreaterThan(0);
		for (const policy of policies) {
			expect(html).toContain(`href="/akty/${policy.id}/#${policy.moderation!.clause}"`);
			for (const item of policy.moderation!.removes) expect(html.replaceAll('\u00a0', ' ')).toContain(item.replace(/"/g, '&quot;'));
		}
		if (policies.some((p) => p.moderation!.notAppeals)) expect(html).toContain('59-ФЗ');
	});
});

describe('every listing page', () => {
	it('is reachable from the filter nav or pagination (no orphan listings)', () => {
		const files = readdirSync(join(dir, 'reestr'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
		const links = new Set(
			files.flatMap((f) => [...readFileSync(join(dir, 'reestr', f), 'utf8').matchAll(/href="(\/reestr\/[^"]*)"/g)].map((m) => m[1]!)),
		);
		for (const file of files) {
			const path = `/reestr/${file.replace(/index\.html$/, '')}`;
			expect(links.has(path), path).toBe(true);
		}
	});
});
