/**
 * Every HTML page of the site, found from the route files themselves, so pages other sections add
 * (the statements of the registry among them) appear here without editing this file: static routes
 * as they are, dynamic ones through their own getStaticPaths, the same call Astro makes to build them.
 */
import type { APIRoute } from 'astro';
import { routeUrl, sitemaps, type Sitemaps } from '../lib/opendata/sitemap.ts';
import { getSite } from '../queries/site.ts';
import { everyPath } from '../lib/shard.ts';

type Params = Record<string, string | number | undefined>;
type PageModule = {
	getStaticPaths?: (options: { paginate: unknown; routePattern: string }) => Promise<{ params: Params }[]> | { params: Params }[];
};

const pages = import.meta.glob<PageModule>(['./**/*.astro', './**/*.md', './**/*.mdx']);

// Astro skips files and folders starting with `_`; error pages are not content; the editor at
// /admin/ is a tool for staff (noindex), not a page of the publication.
const SKIP = /(^|\/)_|^\.\/(404|500)\.(astro|mdx?)$|^\.\/admin\//;

/** Astro's paginate(), reduced to what a sitemap needs: which page numbers exist. */
function paginate(file: string) {
	const rest = file.includes('[...page]');
	return (data: readonly unknown[], options: { pageSize?: number; params?: Params } = {}) => {
		const size = options.pageSize ?? 10;
		const count = Math.max(1, Math.ceil(data.length / size));
		return Array.from({ length: count }, (_, i) => ({ params: { ...options.params, page: rest && i === 0 ? undefined : String(i + 1) } }));
	};
}

async function urls(): Promise<string[]> {
	const found: string[] = [];
	for (const [file, load] of Object.entries(pages)) {
		if (SKIP.test(file)) continue;
		const route = file.slice(2);
		if (!route.includes('[')) {
			found.push(routeUrl(route));
			continue;
		}
		const module = await load();
		const paths = (await module.getStaticPaths?.({ paginate: paginate(route), routePattern: route })) ?? [];
		for (const path of paths.flat()) found.push(routeUrl(route, path.params));
	}
	const base = getSite().baseUrl;
	return found.map((path) => new URL(path, base).href);
}

let built: Promise<Sitemaps> | undefined;

/** The sitemap files, computed once for /sitemap.xml and its parts (src/pages/sitemap-[part].xml.ts). */
export function getSitemaps(): Promise<Sitemaps> {
	// Every path of every route: in a build shared between processes (src/lib/shard.ts), each lists the whole site.
	built ??= everyPath(urls).then((found) => sitemaps(found, (n) => new URL(`/sitemap-${n}.xml`, getSite().baseUrl).href));
	return built;
}

export const GET: APIRoute = async () =>
	new Response((await getSitemaps()).main, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
