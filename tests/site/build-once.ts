/**
 * Builds the demo site once for the `site` project (into a temporary folder, never dist/) and hands
 * its path to the tests with `inject('siteDir')`. A build failure fails the project with the log.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
	}
}

export default function setup(project: TestProject): void {
	const root = resolve(import.meta.dirname, '../..');
	const outDir = process.env.SITE_DIR ?? join(mkdtempSync(join(tmpdir(), 'portal-site-')), 'dist');
	if (!process.env.SITE_DIR) {
		const astro = join(root, 'node_modules/astro/bin/astro.mjs');
		const build = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
		if (build.status !== 0) throw new Error(`Сборка сайта для тестов не удалась:\n${build.stdout}\n${build.stderr}`);
		const pagefind = spawnSync(process.execPath, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir], { cwd: root, encoding: 'utf8' });
		if (pagefind.status !== 0) throw new Error(`Pagefind не построил индекс:\n${pagefind.stdout}\n${pagefind.stderr}`);
	}
	project.provide('siteDir', outDir);
}
