// React and ReactDOM as globals for Decap CMS's prebuilt bundle (src/editor/decap-assets.ts).
import type { APIRoute } from 'astro';
import { reactGlobalsScript } from '../../editor/decap-assets.ts';

export const GET: APIRoute = () => new Response(reactGlobalsScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
