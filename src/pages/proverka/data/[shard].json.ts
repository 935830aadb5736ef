/**
 * Link-check shards as static JSON: /proverka/data/<version>-e<n>.json (exact) and
 * …-l<n>.json (look-alike). Layout and sizing: src/lib/lookup/build.ts. The version in the name
 * changes whenever any shard does, so these files may be cached indefinitely.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { lookupShards } from '../../../queries/lookup.ts';
import { shardPaths } from '../../../lib/shard.ts';

export const getStaticPaths = (() =>
	shardPaths([...lookupShards().files].map(([shard, text]) => ({ params: { shard }, props: { text } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(String(props.text), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
