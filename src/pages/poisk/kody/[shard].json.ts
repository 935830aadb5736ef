// ИНН/ОГРН → organisation, one file per last two digits (src/queries/org-codes.ts).
import type { APIRoute } from 'astro';
import { shardPaths } from '../../../lib/shard.ts';
import { CODE_SHARDS, codeShardEntries } from '../../../queries/org-codes.ts';

export const getStaticPaths = () => shardPaths(CODE_SHARDS.map((shard) => ({ params: { shard } })));

export const GET: APIRoute = ({ params }) =>
	new Response(JSON.stringify(codeShardEntries(params.shard!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
