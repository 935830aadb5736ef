// The CSV files of /opendata/: list.csv, and in each set's folder its passport, structure, data and
// the data's spreadsheet copy (v3.0 names), earlier versions included. Quarterly statistics:
// stats-[quarter].csv.ts. A rest parameter, since a set's files lie in its own folder.
import type { APIRoute } from 'astro';
import { openDataBody, openDataFilePaths } from '../../queries/opendata.ts';
import { shardPaths } from '../../lib/shard.ts';

export const getStaticPaths = () => shardPaths(openDataFilePaths('.csv'));

export const GET: APIRoute = ({ params }) =>
	new Response(openDataBody(`${params.file}.csv`), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
