/** JSON Schema of the verification API, version 1 (src/lib/lookup/api-schema.ts). */
import type { APIRoute } from 'astro';
import { API_SCHEMA } from '../../../lib/lookup/api-schema.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(API_SCHEMA, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
