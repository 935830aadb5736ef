/**
 * Global setup of the `e2e` project: builds the demo site once (tests/site/build-once.ts; SITE_DIR
 * reuses a built one), serves it on 127.0.0.1 (serve.ts) and starts one Chromium for the whole run.
 * Tests get the site's origin with `inject('siteOrigin')` and connect to the browser through
 * `inject('browserEndpoint')` (fixtures.ts). Debian's Chromium: Playwright's own download is not used.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../site/build-once.ts';
import { serve } from './serve.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
		browserEndpoint: string;
	}
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	// Loopback only: no other host name resolves, so a stray request fails instead of leaving the machine.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (!existsSync(CHROMIUM))
		throw new Error(`Нет Chromium: ${CHROMIUM}. Установите его: apt-get install chromium (или укажите путь в CHROMIUM_PATH).`);
	const dir = buildSite();
	const server = await serve(dir);
	let browser: BrowserServer;
	try {
		browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, host: '127.0.0.1' });
	} catch (error) {
		await server.close();
		throw error;
	}
	project.provide('siteDir', dir);
	project.provide('siteOrigin', server.origin);
	project.provide('browserEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		await server.close();
		// The temporary build (not a SITE_DIR given by the caller) goes with the run.
		if (!process.env.SITE_DIR) rmSync(dirname(dir), { recursive: true, force: true });
	};
}
