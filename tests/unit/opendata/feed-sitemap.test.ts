import { describe, expect, it } from 'vitest';
import { atomXml, tagUri } from '../../../src/lib/opendata/atom.ts';
import { registryChanges } from '../../../src/lib/opendata/changes.ts';
import { robotsTxt, routeUrl, SITEMAP_LIMIT, sitemaps, sitemapXml } from '../../../src/lib/opendata/sitemap.ts';
import type { Account } from '../../../src/schemas/account.ts';
import { fixtureOpenData } from './support.ts';

const { data } = fixtureOpenData();

describe('registryChanges', () => {
	it('lists opened, registered and closed, newest first, stable on ties', () => {
		const closed = {
			...data.accounts[0]!,
			id: 'a-closed',
			status: 'closed',
			closed: { date: '2022-12-01', reason: 'сеть заблокирована' },
		} as Account;
		const changes = registryChanges([...data.accounts, closed]);
		expect(changes.map((c) => `${c.date} ${c.kind} ${c.account.id}`)).toEqual([
			'2022-12-01 closed a-closed',
			'2022-12-01 registered a-closed',
			'2022-12-01 registered test-admin-ok',
			'2022-12-01 registered test-admin-vk',
			'2022-11-01 opened a-closed',
			'2022-11-01 opened test-admin-ok',
			'2022-11-01 opened test-admin-vk',
		]);
	});
});

describe('atomXml', () => {
	const xml = atomXml({
		id: 'https://example.ru/',
		title: 'Изменения <реестра> & «всё»',
		author: 'Администрация',
		alternate: 'https://example.ru/',
		self: 'https://example.ru/feed.xml',
		fallbackDate: '2026-01-01',
		entries: [
			{
				id: tagUri('https://example.ru', '2026-03-02', 'account/a/closed'),
				title: 'A',
				date: '2026-03-02',
				link: 'https://example.ru/akkaunt/a/',
				summary: 'x',
			},
			{
				id: tagUri('https://example.ru', '2026-03-01', 'account/b/registered'),
				title: 'B',
				date: '2026-03-01',
				link: 'https://example.ru/akkaunt/b/',
				summary: 'y',
			},
		],
	});

	it('has the elements Atom requires, with the newest date as the feed date', () => {
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
		expect(xml).toContain('<updated>2026-03-02T00:00:00Z</updated>');
		expect(xml.match(/<entry>/g)).toHaveLength(2);
		expect(xml).toContain('<id>tag:example.ru,2026-03-02:account/a/closed</id>');
		expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.ru/feed.xml"/>');
	});

	it('escapes text', () => {
		expect(xml).toContain('<title>Изменения &lt;реестра&gt; &amp; «всё»</title>');
	});

	it('falls back to the given date without entries', () => {
		expect(atomXml({ id: 'x', title: 't', author: 'a', alternate: 'x', self: 'x', fallbackDate: '2026-01-01', entries: [] })).toContain(
			'<updated>2026-01-01T00:00:00Z</updated>',
		);
	});
});

describe('sitemap', () => {
	it.each([
		['index.astro', {}, '/'],
		['plany/index.astro', {}, '/plany/'],
		['akkaunt/[id].astro', { id: 'primer-vk' }, '/akkaunt/primer-vk/'],
		['plany/[org]/[month].astro', { org: 'a', month: '2026-07' }, '/plany/a/2026-07/'],
		['reestr/[...path].astro', { path: undefined }, '/reestr/'],
		['reestr/[...path].astro', { path: 'set/vk/2' }, '/reestr/set/vk/2/'],
	])('routeUrl(%s, %j) = %s', (file, params, url) => {
		expect(routeUrl(file, params)).toBe(url);
	});

	it('lists each address once, sorted', () => {
		expect(sitemapXml(['https://e.ru/b/', 'https://e.ru/a/', 'https://e.ru/b/'])).toBe(
			'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n\t<url><loc>https://e.ru/a/</loc></url>\n\t<url><loc>https://e.ru/b/</loc></url>\n</urlset>\n',
		);
	});

	it('robots.txt allows everything and names the sitemap', () => {
		expect(robotsTxt('https://e.ru/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://e.ru/sitemap.xml\n');
	});
});

describe('sitemaps over the sitemaps.org limit', () => {
	const urls = Array.from({ length: 7 }, (_, i) => `https://e.ru/p${i}/`);
	const partUrl = (n: number) => `https://e.ru/sitemap-${n}.xml`;

	it('keeps one urlset up to the limit', () => {
		const { main, parts } = sitemaps(urls, partUrl, 7);
		expect(parts).toEqual([]);
		expect(main).toBe(sitemapXml(urls));
	});

	it('splits into parts of at most the limit, listed by an index, every address once', () => {
		const { main, parts } = sitemaps([...urls, urls[0]!], partUrl, 3);
		expect(parts).toHaveLength(3);
		const locs = parts.map((part) => [...part.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
		expect(locs.map((l) => l.length)).toEqual([3, 3, 1]);
		expect(locs.flat()).toEqual([...urls].sort());
		for (const part of parts) expect(part).toMatch(/^<\?xml[^>]*>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
		expect(main).toMatch(/^<\?xml[^>]*>\n<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
		expect([...main.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([partUrl(1), partUrl(2), partUrl(3)]);
	});

	it('uses the protocol limit by default', () => {
		expect(SITEMAP_LIMIT).toBe(50_000);
	});
});
