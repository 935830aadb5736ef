/**
 * The address index (/proverka/adresa/) on the built demo site: the link check's way without
 * JavaScript. Every registered address (main and aliases) is on exactly one letter page, in
 * alphabetical order, with its organisation and status; links go to https on known hosts only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { canonicalise, NETWORK_HOSTS, NETWORKS } from '../../src/lib/links/index.ts';
import { loadPublicData } from '../../src/handoff/public-data.ts';
import { formatDate } from '../../src/lib/ru-format.ts';
import { PAGE_SIZE } from '../../src/queries/registry.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const read = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const decode = (text: string) =>
	text
		.replace(/<wbr>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
const index = read('proverka/adresa');

/** Pages of one letter: index.html, then 2/, 3/, … */
function letterPages(network: string, char: string): string[] {
	const base = join('proverka/adresa', network, char);
	const pages = [read(base)];
	for (let n = 2; existsSync(join(dir, base, String(n), 'index.html')); n++) pages.push(read(join(base, String(n))));
	return pages;
}

interface Row {
	text: string;
	href: string | null;
	alias: boolean;
	account: string;
	org: string;
	status: string;
}

function rows(html: string): Row[] {
	const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
	return [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) => {
		const head = /<th scope="row">([\s\S]*?)<\/th>/.exec(row!)?.[1] ?? '';
		const cells = [...row!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
		return {
			text: decode(/class="url"[^>]*>([\s\S]*?)<\/(?:a|span)>/.exec(head)?.[1] ?? ''),
			href: /<a class="url" href="([^"]+)"/.exec(head)?.[1] ?? null,
			alias: head.includes('другая форма адреса'),
			account: /href="\/akkaunt\/([a-z0-9-]+)\/"/.exec(cells[0] ?? '')?.[1] ?? '',
			org: /href="\/org\/([a-z0-9-]+)\/"/.exec(cells[1] ?? '')?.[1] ?? '',
			status: (cells[2] ?? '').replace(/<[^>]+>/g, ''),
		};
	});
}

/** Every letter page of the site, by network and character folder. */
const letters = NETWORKS.flatMap((network) => {
	const folder = join(dir, 'proverka/adresa', network);
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => ({ network, char: entry.name, pages: letterPages(network, entry.name) }));
});
const allRows = letters.flatMap(({ network, char, pages }) =>
	pages.flatMap((html) => rows(html).map((row) => ({ ...row, network, char }))),
);

describe('link check without JavaScript', () => {
	it('points from /proverka/ to the address index and the registry', () => {
		// The link check's own notice, not the low-vision bar's that every page has.
		const noscript =
			[...read('proverka').matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!).find((text) => text.includes('проверка')) ?? '';
		expect(noscript).toContain('Без JavaScript проверка по вставленному тексту не работает');
		expect(noscript).toMatch(/<a href="\/proverka\/adresa\/">алфавитном указателе адресов<\/a>/);
		expect(noscript).toContain('href="/reestr/"');
		expect(noscript).not.toContain('{index}');
	});
});

describe('address index', () => {
	it('explains how to read an address', () => {
		expect(index).toContain('vk.com/primer_admin — имя страницы primer_admin, ищите на букву p');
	});

	it('has one section per network with accounts, named in Russian, with its characters and counts', () => {
		const networks = NETWORKS.filter((network) => data.accounts.some((account) => account.network === network));
		const sections = [...index.matchAll(/<h3 id="address-network-([a-z]+)"><a href="\/proverka\/adresa\/\1\/">([^<]+)<\/a>/g)].map((m) => [
			m[1],
			m[2],
		]);
		expect(sections.map(([network]) => network)).toEqual(networks);
		expect(Object.fromEntries(sections)).toMatchObject({ vk: 'ВКонтакте', ok: 'Одноклассники' });
		for (const { network, char } of letters) {
			const count = allRows.filter((row) => row.network === network && row.char === char).length;
			expect(count, `${network}/${char}`).toBeGreaterThan(0);
			expect(index).toContain(`<a href="/proverka/adresa/${network}/${char}/">`);
			expect(index).toMatch(
				new RegExp(`<a href="/proverka/adresa/${network}/${char}/">[^<]+</a> <span class="count">\\(${count}\\)</span>`),
			);
		}
		// Only characters that have addresses are linked.
		const linked = [...index.matchAll(/href="\/proverka\/adresa\/([a-z]+)\/([a-z0-9]+|drugie)\/"/g)].map((m) => `${m[1]}/${m[2]}`);
		expect(linked.sort()).toEqual(letters.map(({ network, char }) => `${network}/${char}`).sort());
	});

	it('lists every registered address, main and aliases, exactly once under its network and first character', () => {
		const expected = data.accounts.flatMap((account) =>
			[account.url, ...account.aliases].flatMap((input) => {
				const resolution = canonicalise(input);
				return resolution.kind === 'account' && resolution.canonical ? [`${account.id} ${resolution.canonical}`] : [];
			}),
		);
		const listed = allRows.map((row) => `${row.account} ${canonicalise(`https://${row.text}`).canonical}`);
		expect(listed.sort()).toEqual([...new Set(expected)].sort());
		for (const row of allRows) {
			const name = canonicalise(`https://${row.text}`).canonical!.replace(/^[a-z]+:@?/, '');
			expect(row.char, row.text).toBe(/^[a-z0-9]/.test(name) ? name[0] : 'drugie');
		}
	});

	it('keeps each letter in alphabetical order, cut into pages of PAGE_SIZE', () => {
		for (const { network, char, pages } of letters) {
			const names = pages.flatMap((html) =>
				rows(html).map((row) => canonicalise(`https://${row.text}`).canonical!.replace(/^[a-z]+:@?/, '')),
			);
			expect(names, `${network}/${char}`).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
			for (const html of pages.slice(0, -1)) expect(rows(html)).toHaveLength(PAGE_SIZE);
		}
	});

	it("links only to https pages on the network's own hosts", () => {
		for (const row of allRows) {
			expect(row.href, row.text).not.toBeNull();
			const url = new URL(row.href!);
			expect(url.protocol).toBe('https:');
			expect(NETWORK_HOSTS[row.network]).toContain(url.hostname);
		}
	});

	it('shows vk.com/primer_admin on /proverka/adresa/vk/p/ with its organisation and registry entry', () => {
		const html = letterPages('vk', 'p').join('\n');
		const row = rows(html).find((r) => r.text === 'vk.com/primer_admin');
		expect(row).toEqual({
			text: 'vk.com/primer_admin',
			href: 'https://vk.com/primer_admin',
			alias: false,
			account: 'primer-admin-vk',
			org: 'primer-admin',
			status: 'Официальная',
		});
		expect(html).toContain(`<a href="/org/primer-admin/">${data.orgs.find((org) => org.id === 'primer-admin')!.name}</a>`);
		expect(html).toMatch(/<table class="accounts addresses[^"]*">\s*<caption id="address-caption">ВКонтакте: адреса на «p»: /);
		for (const th of html.match(/<th\b[^>]*>/g) ?? []) expect(th).toMatch(/scope="(col|row)"/);
	});

	it('finds a page by its alias, marked as another form of the address', () => {
		const row = letterPages('vk', 'c')
			.flatMap(rows)
			.find((r) => r.text === 'vk.com/club224236283');
		expect(row).toMatchObject({ alias: true, account: 'primer-admin-vk', org: 'primer-admin', status: 'Официальная' });
	});

	it('keeps a closed page listed with its closing date', () => {
		const row = letterPages('fb', 'p')
			.flatMap(rows)
			.find((r) => r.text === 'facebook.com/primerrayon');
		expect(row).toMatchObject({ account: 'primer-admin-fb', status: `Больше не официальная: закрыта с ${formatDate('2022-03-21')}` });
		for (const row of allRows.filter((r) => data.accounts.find((a) => a.id === r.account)?.status === 'closed'))
			expect(row.status).toContain('закрыта с ');
	});

	it('is in the sitemap', () => {
		const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
		expect(sitemap).toMatch(/<loc>[^<]*\/proverka\/adresa\/<\/loc>/);
		expect(sitemap).toMatch(/<loc>[^<]*\/proverka\/adresa\/vk\/p\/<\/loc>/);
		expect(sitemap).toMatch(/<loc>[^<]*\/proverka\/adresa\/vk\/<\/loc>/);
	});
});
