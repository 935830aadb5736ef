// Every CSV file of /opendata/: the passport, structure and data (v3.0 names) and quarterly statistics.
import type { APIRoute } from 'astro';
import { csvFile, csvFilePaths } from '../../queries/opendata.ts';

export const getStaticPaths = () => csvFilePaths();

export const GET: APIRoute = ({ params }) => new Response(csvFile(params.file!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
