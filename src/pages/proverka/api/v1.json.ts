/**
 * The verification API's index: which shard files this build has (docs/lookup.md). The path is
 * versioned: a change of the file layout gets /proverka/api/v2.json, and v1 keeps its meaning.
 */
import type { APIRoute } from 'astro';
import { lookupConfig } from '../../../queries/lookup.ts';

export const GET: APIRoute = () => {
	const { v, e, l, c } = lookupConfig();
	const data = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}proverka/data/`;
	const index = { version: 1, v, e, l, c, data, hash: 'fnv1a-32-utf16' };
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
