/**
 * The site reads the data one way: from the check's hand-off (src/handoff/). `npm run build` gives
 * its Astro processes the one its check wrote (src/cli/build.ts). Given none — a plain `astro
 * build`, `astro dev`, the site tests — this integration runs the same check in this process on the
 * data folder before Astro reads any page, writes its hand-off into a temporary folder and points
 * the site at it; so every build renders through the code `npm run build` runs, and none reads
 * the tree a second way.
 *
 * The link-check shards are files of the hand-off, not pages (src/handoff/lookup-shards.ts): the
 * build moves them into its site; here they are copied into the output folder once Astro is done,
 * or served from the hand-off by the development server.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runCheck } from '../engine/run.ts';
import { LOOKUP_FOLDER } from '../handoff/lookup-shards.ts';
import { handoffWriter } from '../handoff/writer.ts';
import { buildEnv, setBuildEnv } from '../lib/build-env.ts';
import { formatCount } from '../lib/ru-format.ts';

/** Where the page fetches the link-check shards (src/pages/proverka/). */
const SHARDS_PATH = '/proverka/data/';

/**
 * Writes the hand-off of `dataDir` into a new temporary folder; the folder and how many errors the
 * check found (they are the check's to explain: `npm run check` shows them, and a development
 * server still shows the rest of the data).
 */
export function writeOwnHandoff(dataDir: string): { dir: string; errors: number } {
	const dir = mkdtempSync(join(tmpdir(), 'portal-handoff-'));
	// One thread: a second one is started from a module file, which the bundled configuration
	// Astro runs this from is not; `npm run build` runs the check on two.
	const result = runCheck({ dataDir, hooks: handoffWriter(dir, dataDir) });
	return { dir, errors: result.findings.filter((finding) => finding.severity === 'error').length };
}

export function handoff(): AstroIntegration {
	let own: string | undefined;
	return {
		name: 'portal:handoff',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (buildEnv().handoff !== undefined || (command !== 'build' && command !== 'dev')) return;
				const dataDir = resolve(buildEnv().data);
				const started = Date.now();
				const { dir, errors } = writeOwnHandoff(dataDir);
				own = dir;
				setBuildEnv({ handoff: dir });
				// Gone however the process ends: a failed build or a stopped server runs no done hook.
				process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
				logger.info(`проверка данных ${dataDir}: ${Date.now() - started} мс`);
				if (errors > 0)
					logger.warn(
						`в данных ${formatCount(errors, 'ошибка|ошибки|ошибок')}: файлы с ошибками на сайт не попадут; подробности — npm run check`,
					);
			},
			'astro:server:setup': ({ server }) => {
				if (own === undefined) return;
				const folder = join(own, LOOKUP_FOLDER);
				server.middlewares.use((request, response, next) => {
					const name = request.url?.startsWith(SHARDS_PATH) ? request.url.slice(SHARDS_PATH.length) : undefined;
					if (name === undefined || !/^[\w-]+\.json$/.test(name) || !existsSync(join(folder, name))) return next();
					response.setHeader('Content-Type', 'application/json; charset=utf-8');
					response.end(readFileSync(join(folder, name)));
				});
			},
			'astro:build:done': ({ dir }) => {
				if (own === undefined) return;
				const into = join(fileURLToPath(dir), SHARDS_PATH);
				mkdirSync(into, { recursive: true });
				cpSync(join(own, LOOKUP_FOLDER), into, { recursive: true });
				rmSync(own, { recursive: true, force: true });
				setBuildEnv({ handoff: undefined });
				own = undefined;
			},
		},
	};
}
