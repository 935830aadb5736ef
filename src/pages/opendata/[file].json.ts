// The registry as JSON (registry.json) and its JSON Schema (registry.schema.json, generated from
// the public projection of the Zod schemas). One route for both so that, in a shared build, only
// one process builds each (src/lib/shard.ts): the registry's JSON is the largest file of the site.
import type { APIRoute } from 'astro';
import { SCHEMA_FILE } from '../../lib/opendata/index.ts';
import { openDataFile, openDataFilePaths } from '../../queries/opendata.ts';
import { shardPaths } from '../../lib/shard.ts';

export const getStaticPaths = () => shardPaths(openDataFilePaths('.json'));

export const GET: APIRoute = ({ params }) => {
	const name = `${params.file}.json`;
	const type = name === SCHEMA_FILE ? 'application/schema+json' : 'application/json';
	return new Response(openDataFile(name), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
