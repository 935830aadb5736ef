// A quarter's statistics as open data (/opendata/stats-<yyyy>-q<n>.csv), from the statistics pass.
import type { APIRoute } from 'astro';
import { quarterStatsCsv, statsFilePaths } from '../../queries/stats.ts';
import { shardPaths } from '../../lib/shard.ts';

export const getStaticPaths = () => shardPaths(statsFilePaths());

export const GET: APIRoute = ({ params }) =>
	new Response(quarterStatsCsv(params.quarter!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
