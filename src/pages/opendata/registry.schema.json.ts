// JSON Schema (draft 2020-12) of registry.json, generated from the public projection of the Zod schemas.
import type { APIRoute } from 'astro';
import { SCHEMA_FILE } from '../../lib/opendata/index.ts';
import { getOpenData } from '../../queries/opendata.ts';

export const GET: APIRoute = () => new Response(getOpenData().files.get(SCHEMA_FILE)!, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
