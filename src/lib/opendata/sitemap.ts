/**
 * sitemaps.org XML and the robots.txt that points at it. The list of pages comes from the routes
 * (see src/pages/sitemap.xml.ts); here only the output format, sorted so builds are reproducible.
 */
import { escapeXml } from './xml.ts';

export function sitemapXml(urls: Iterable<string>): string {
	return urlset([...new Set(urls)].sort());
}

/** A urlset of addresses already deduplicated and sorted. */
function urlset(sorted: readonly string[]): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...sorted.map((url) => `\t<url><loc>${escapeXml(url)}</loc></url>`),
		'</urlset>',
		'',
	].join('\n');
}

/** sitemaps.org: at most 50,000 addresses in one file; more go into parts listed by an index. */
export const SITEMAP_LIMIT = 50_000;

export interface Sitemaps {
	/** /sitemap.xml: the urlset itself, or the index of the parts when there are more addresses. */
	main: string;
	/** /sitemap-<n>.xml, n from 1; empty when one file holds every address. */
	parts: string[];
}

/**
 * The sitemap as files: one urlset up to SITEMAP_LIMIT addresses (a municipality's site), else an
 * index at the same address with parts of SITEMAP_LIMIT each (200,000 accounts are 300,000 pages).
 * `partUrl(n)` is the absolute address of part n.
 */
export function sitemaps(urls: Iterable<string>, partUrl: (n: number) => string, limit = SITEMAP_LIMIT): Sitemaps {
	const sorted = [...new Set(urls)].sort();
	if (sorted.length <= limit) return { main: urlset(sorted), parts: [] };
	const parts: string[] = [];
	for (let start = 0; start < sorted.length; start += limit) parts.push(urlset(sorted.slice(start, start + limit)));
	const main = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...parts.map((_, i) => `\t<sitemap><loc>${escapeXml(partUrl(i + 1))}</loc></sitemap>`),
		'</sitemapindex>',
		'',
	].join('\n');
	return { main, parts };
}

/** robots.txt: a demo site (data/site.yaml `demo: true`) asks crawlers to stay away, its data is invented. */
export function robotsTxt(sitemapUrl: string, demo = false): string {
	return `User-agent: *\n${demo ? 'Disallow' : 'Allow'}: /\n\nSitemap: ${sitemapUrl}\n`;
}

/**
 * The public address of a route file with its parameters filled in: `reestr/[org]/[id].astro` with
 * { org: 'a', id: 'b' } → `/reestr/a/b/`. Rest parameters may be empty (`[...slug]` → nothing).
 * Directory-style URLs with a trailing slash, as astro.config.mjs builds them.
 */
export function routeUrl(file: string, params: Record<string, string | number | undefined> = {}): string {
	const path = file.replace(/\.(astro|md|mdx|html)$/, '').replace(/(^|\/)index$/, '');
	const segments = path
		.split('/')
		.map((segment) =>
			// eslint-disable-next-line regexp/no-super-linear-move -- route file names from the code: bounded.
			segment.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, rest: string | undefined, name: string) => {
				const value = params[name];
				if (value === undefined && !rest) throw new Error(`нет значения параметра «${name}» для ${file}`);
				return value === undefined ? '' : String(value);
			}),
		)
		.filter((segment) => segment !== '');
	return segments.length ? encodeURI(`/${segments.join('/')}/`) : '/';
}
