/**
 * sitemaps.org XML and the robots.txt that points at it. The list of pages comes from the routes
 * (see src/pages/sitemap.xml.ts); here only the output format, sorted so builds are reproducible.
 */
import { escapeXml } from './xml.ts';

export function sitemapXml(urls: Iterable<string>): string {
	const sorted = [...new Set(urls)].sort();
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...sorted.map((url) => `\t<url><loc>${escapeXml(url)}</loc></url>`),
		'</urlset>',
		'',
	].join('\n');
}

export function robotsTxt(sitemapUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
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
			segment.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, rest: string | undefined, name: string) => {
				const value = params[name];
				if (value === undefined && !rest) throw new Error(`нет значения параметра «${name}» для ${file}`);
				return value === undefined ? '' : String(value);
			}),
		)
		.filter((segment) => segment !== '');
	return segments.length ? encodeURI(`/${segments.join('/')}/`) : '/';
}
