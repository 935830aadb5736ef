// The sandbox's files (src/editor/sandbox.ts): the registry's public organisation and account files,
// for Decap's in-memory test backend. Empty unless the editor runs on that backend (the demo site),
// so a real site does not ship a copy of its data tree with the editor.
import type { APIRoute } from 'astro';
import { backendFromEnv } from '../../editor/decap.ts';
import { sandboxTree } from '../../editor/sandbox.ts';
import { getSite } from '../../queries/site.ts';
import { buildEnv } from '../../lib/build-env.ts';

export const GET: APIRoute = () => {
	const backend = backendFromEnv(buildEnv().cms, getSite().demo);
	const body = backend?.name === 'test-repo' ? sandboxTree(buildEnv().data) : {};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
