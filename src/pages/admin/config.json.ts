// Decap CMS settings for /admin/, generated from the Zod schemas at build time (src/editor/decap.ts).
import type { APIRoute } from 'astro';
import { adminSettings, backendFromEnv } from '../../editor/decap.ts';
import { getSite } from '../../queries/site.ts';
import { buildEnv } from '../../lib/build-env.ts';

export const GET: APIRoute = () => {
	const site = getSite();
	const backend = backendFromEnv(buildEnv().cms, site.demo);
	const body = backend ? adminSettings(backend, site.baseUrl) : { cms: null, formats: {} };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
