// Parts of the sitemap when it has more than 50,000 addresses (sitemaps.org's limit per file);
// /sitemap.xml is then their index. None on a site of ordinary size.
import type { APIRoute } from 'astro';
import { getSitemaps } from './sitemap.xml.ts';
import { shardPaths } from '../lib/shard.ts';

export async function getStaticPaths() {
	const { parts } = await getSitemaps();
	return shardPaths(parts.map((_, i) => ({ params: { part: String(i + 1) } })));
}

export const GET: APIRoute = async ({ params }) => {
	const xml = (await getSitemaps()).parts[Number(params.part) - 1];
	if (xml === undefined) return new Response(null, { status: 404 });
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
