/**
 * Decap CMS's prebuilt bundle (decap-cms-app/dist: the entry file, its chunks, WebAssembly and the
 * licence notice) served from the site itself at /admin/: the editor must not depend on a CDN, and
 * webpack loads the chunks from the entry file's own folder. Source maps are left out (32 MB).
 */
import type { APIRoute } from 'astro';
import { decapAssetNames, readDecapAsset } from '../../editor/decap-assets.ts';
import { shardPaths } from '../../lib/shard.ts';

export const getStaticPaths = () => shardPaths(decapAssetNames().map((asset) => ({ params: { asset } })));

// The static host types files by extension; `astro dev` serves what the endpoint says.
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', wasm: 'application/wasm', txt: 'text/plain; charset=utf-8' };

export const GET: APIRoute = ({ params }) =>
	new Response(readDecapAsset(params.asset!), {
		headers: { 'Content-Type': TYPES[params.asset!.split('.').pop()!] ?? 'application/octet-stream' },
	});
