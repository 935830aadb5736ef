// Everything is public; the sitemap lists every page.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/opendata/sitemap.ts';
import { getSite } from '../queries/site.ts';

export const GET: APIRoute = () => new Response(robotsTxt(new URL('/sitemap.xml', getSite().baseUrl).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
