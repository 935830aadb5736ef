/**
 * Builds the demo site once for the `site` project (into a temporary folder, never dist/) and hands
 * its path to the tests with `inject('siteDir')`. A build failure fails the project with the log.
 * SITE_DIR=<folder> skips the build and uses an existing one. The `e2e` project builds through
 * buildSite() too. A plain `astro build` renders through the same code as `npm run build`: its
 * integration runs the check and writes the hand-off the site reads (src/integrations/handoff.ts).
 * The record history is the demo data's own (src/dev/demo/history.ts), written
 * beside the build, never the portal's development log: what the tests see does not depend on how
 * this repository was cloned.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEMO_REPOSITORY, writeDemoHistory } from '../../src/dev/demo/history.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
	}
}

/** The built demo site's folder: SITE_DIR as is, or a fresh build (astro + pagefind) in a temporary folder. */
export function buildSite(): string {
	if (process.env.SITE_DIR) return process.env.SITE_DIR;
	const root = resolve(import.meta.dirname, '../..');
	const temp = mkdtempSync(join(tmpdir(), 'portal-site-'));
	const outDir = join(temp, 'dist');
	const history = writeDemoHistory(resolve(root, process.env.PORTAL_DATA ?? 'data'), join(temp, 'history'));
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_HISTORY: history, PORTAL_REPOSITORY: DEMO_REPOSITORY };
	const build = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: root, encoding: 'utf8', env });
	if (build.status !== 0) throw new Error(`Сборка сайта для тестов не удалась:\n${build.stdout}\n${build.stderr}`);
	const pagefind = spawnSync(process.execPath, [join(root, 'src/cli/search-index.ts'), '--site', outDir], { cwd: root, encoding: 'utf8' });
	if (pagefind.status !== 0) throw new Error(`Pagefind не построил индекс:\n${pagefind.stdout}\n${pagefind.stderr}`);
	// The manifest `npm run build` writes last (unsigned here: no key), so the open-data page's link to it resolves.
	const manifest = spawnSync(process.execPath, [join(root, 'src/cli/sign-site.ts'), '--site', outDir], { cwd: root, encoding: 'utf8' });
	if (manifest.status !== 0) throw new Error(`Манифест не записан:\n${manifest.stdout}\n${manifest.stderr}`);
	return outDir;
}

export default function setup(project: TestProject): void {
	project.provide('siteDir', buildSite());
}
