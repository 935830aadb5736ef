/**
 * Shared fixtures of the `e2e` project.
 * - `browser`: a connection to the run's one Chromium (started in setup.ts), once per worker.
 * - `page`: a fresh context and page on the served demo site. Everything that goes wrong in the
 *   browser is collected in `problems`: console errors, uncaught page errors, failed requests,
 *   HTTP errors and any request that would leave 127.0.0.1 (aborted). The test fails at the end if
 *   any is left; a test that provokes one on purpose (the 404 page) says so with `problems.allow`.
 * - `axe(page)`: violations of WCAG 2.0/2.1 A and AA as readable lines.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject, test as base } from 'vitest';

export interface Problems {
	/** What went wrong so far, one line each. */
	readonly list: string[];
	/** Ignores problems matching `pattern` (for a test that provokes one on purpose). */
	allow(pattern: RegExp): void;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Axe violations (WCAG 2.0/2.1 A and AA) as `rule (impact): help — target: summary` lines. */
export async function axe(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return violations.flatMap((v) =>
		v.nodes.map((node) =>
			`${v.id} (${v.impact ?? '?'}): ${v.help} — ${node.target.join(' ')}: ${node.failureSummary ?? ''}`.replace(/\s+/g, ' '),
		),
	);
}

/** URLs of the script files a page requested (module, classic and workers). */
export function trackScripts(page: Page): string[] {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(new URL(request.url()).pathname)) scripts.push(request.url());
	});
	return scripts;
}

export const origin = inject('siteOrigin');

export const test = base
	.extend('browser', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Browser> => {
		const browser = await chromium.connect(inject('browserEndpoint'));
		onCleanup(() => browser.close());
		return browser;
	})
	.extend('problems', (): Problems => {
		const list: string[] = [];
		const allowed: RegExp[] = [];
		const push = list.push.bind(list);
		list.push = (...items: string[]) => push(...items.filter((item) => !allowed.some((re) => re.test(item))));
		return { list, allow: (pattern) => void allowed.push(pattern) };
	})
	.extend('page', async ({ browser, problems }, { onCleanup }): Promise<Page> => {
		const context = await browser.newContext({ baseURL: origin, locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
		// Only loopback traffic: anything else is a bug of the page (and would leak visitors' data).
		// Chromium cannot resolve other hosts (setup.ts); no page.route() here, because intercepting
		// requests stops Chromium from fetching the favicon, and a missing one must show up too.
		context.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:')
				problems.list.push(`external request: ${request.url()}`);
		});
		context.on('console', (message) => {
			if (message.type() === 'error') problems.list.push(`console error: ${message.text()} (${message.location().url})`);
		});
		context.on('weberror', (error) => problems.list.push(`page error: ${error.error().message}`));
		context.on('requestfailed', (request) => problems.list.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
		context.on('response', (response) => {
			if (response.status() >= 400) problems.list.push(`HTTP ${response.status()}: ${response.url()}`);
		});
		const page = await context.newPage();
		onCleanup(async () => {
			// Taken before closing: closing aborts whatever is still in flight, which is no fault of the page.
			const found = [...problems.list];
			await context.close();
			expect(found, 'console errors, page errors or failed requests').toEqual([]);
		});
		return page;
	});

/** Opens `path` and waits until the network is quiet (scripts ran, shards and charts loaded). */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path, { waitUntil: 'networkidle' });
}
