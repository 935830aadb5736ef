/**
 * A tiny static server for the built site, on 127.0.0.1 only: content types (Pagefind's .wasm,
 * .pagefind and .pf_* files included), a folder's index.html, /folder → /folder/ redirects, the
 * site's own 404.html with status 404, and gzip for text the way a real host would send it, so
 * payload sizes in the browser are realistic.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	// Pagefind's index files are gzip-compressed already and decoded by Pagefind itself.
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.csv', '.txt']);

export interface StaticServer {
	/** Origin without a trailing slash, e.g. http://127.0.0.1:40123 */
	origin: string;
	close(): Promise<void>;
}

/** True when Accept-Encoding admits gzip (a `q=0` refuses it). */
function acceptsGzip(header: string | undefined): boolean {
	return (header ?? '').split(',').some((part) => {
		const [coding, ...params] = part
			.trim()
			.split(';')
			.map((s) => s.trim().toLowerCase());
		if (coding !== 'gzip' && coding !== '*') return false;
		const q = params.find((p) => p.startsWith('q='));
		return q === undefined || Number(q.slice(2)) > 0;
	});
}

async function fileAt(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

async function send(req: IncomingMessage, res: ServerResponse, file: string, status: number): Promise<void> {
	const ext = extname(file).toLowerCase();
	res.statusCode = status;
	res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
	res.setHeader('Cache-Control', 'no-cache');
	res.setHeader('X-Content-Type-Options', 'nosniff');
	const gzip = COMPRESSIBLE.has(ext) && acceptsGzip(req.headers['accept-encoding']);
	if (COMPRESSIBLE.has(ext)) res.setHeader('Vary', 'Accept-Encoding');
	if (gzip) res.setHeader('Content-Encoding', 'gzip');
	else res.setHeader('Content-Length', (await stat(file)).size);
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	if (gzip) await pipeline(createReadStream(file), createGzip(), res);
	else await pipeline(createReadStream(file), res);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const url = new URL(req.url ?? '/', 'http://127.0.0.1');
	let pathname: string;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		pathname = '/\0';
	}
	const path = normalize(join(root, pathname));
	const inside = (path === root || path.startsWith(root + sep)) && !pathname.includes('\0');
	if (inside) {
		if (await fileAt(path)) return send(req, res, path, 200);
		if (await fileAt(join(path, 'index.html'))) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			return send(req, res, join(path, 'index.html'), 200);
		}
	}
	const notFound = join(root, '404.html');
	if (await fileAt(notFound)) return send(req, res, notFound, 404);
	res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serve(dir: string): Promise<StaticServer> {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		handle(root, req, res).catch((error: unknown) => {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(String(error));
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => done());
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
