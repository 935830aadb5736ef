// The registry as JSON; its schema is registry.schema.json (generated from the Zod schemas).
import type { APIRoute } from 'astro';
import { JSON_FILE } from '../../lib/opendata/index.ts';
import { getOpenData } from '../../queries/opendata.ts';

export const GET: APIRoute = () => new Response(getOpenData().files.get(JSON_FILE)!, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
