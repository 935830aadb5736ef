// Atom feed of registry changes (accounts opened, registered, closed), newest first.
import type { APIRoute } from 'astro';
import { feedXml } from '../queries/feed.ts';

export const GET: APIRoute = () => new Response(feedXml(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
