// The registry's CSV files of /opendata/: the passport, structure and data (v3.0 names). Quarterly
// statistics: stats-[quarter].csv.ts.
import type { APIRoute } from 'astro';
import { openDataFile, openDataFilePaths } from '../../queries/opendata.ts';
import { shardPaths } from '../../lib/shard.ts';

export const getStaticPaths = () => shardPaths(openDataFilePaths('.csv'));

export const GET: APIRoute = ({ params }) => new Response(openDataFile(`${params.file}.csv`), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
