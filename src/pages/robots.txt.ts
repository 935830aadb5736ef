// Everything is public; the sitemap lists every page. A demo site disallows crawling (its data is invented).
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/opendata/sitemap.ts';
import { getSite } from '../queries/site.ts';

export const GET: APIRoute = () =>
	new Response(robotsTxt(new URL('/sitemap.xml', getSite().baseUrl).href, getSite().demo), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
