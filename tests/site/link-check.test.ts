/**
 * The built link-check page and its shard files (demo data): the form works without JS, the
 * script is an external file (CSP script-src 'self'), and every demo account is findable through
 * the built shards with the same lookup code the browser runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { canonicalise } from '../../src/lib/links/index.ts';
import { checkLink, nameKey, RegistryLookup } from '../../src/lib/lookup/index.ts';
import { loadPublicData } from '../../src/handoff/public-data.ts';
import type { PageData } from '../../src/lib/lookup/page-data.ts';

const dir = inject('siteDir');
const html = readFileSync(join(dir, 'proverka/index.html'), 'utf8');
const dataBlock = /<script type="application\/json" id="link-check-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
const page = JSON.parse(dataBlock) as PageData;

function lookup(): RegistryLookup {
	return new RegistryLookup(page.config, async (name) => JSON.parse(readFileSync(join(dir, `${page.paths.data}${name}.json`), 'utf8')));
}

describe('link-check page', () => {
	it('is a GET form posting `url` to itself, with a label and hint', () => {
		const form = /<form\b[^>]*>/.exec(html)?.[0] ?? '';
		expect(form).toMatch(/method="get"/);
		expect(form).toMatch(/action="\/proverka\/"/);
		expect(html).toMatch(/<input\b[^>]*\bname="url"/);
		expect(html).toMatch(/<label for="link-check-url">/);
		expect(html).toMatch(/<input\b[^>]*aria-describedby="link-check-url-hint"/);
	});

	it('has the error summary, the live region and a noscript way to the registry', () => {
		expect(html).toMatch(/id="link-check-errors"[^>]*hidden/);
		expect(html).toMatch(/<a href="#link-check-url">/);
		expect(html).toMatch(/<div id="link-check-result"[^>]*aria-live="polite"/);
		expect(html).toMatch(/<noscript>[\s\S]*href="\/reestr\/"[\s\S]*<\/noscript>/);
	});

	it('loads its script from a file: no inline executable script', () => {
		const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
		const executable = scripts.filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs ?? ''));
		expect(executable.length).toBeGreaterThan(0);
		for (const [, attrs, body] of executable) {
			expect(body?.trim()).toBe('');
			const src = /src="([^"]+)"/.exec(attrs ?? '')?.[1] ?? '';
			// Bundles, and the low-vision settings script every page loads in <head> (public/).
			expect(src).toMatch(/^\/_astro\/.+\.js$|^\/low-vision\.js$/);
			expect(existsSync(join(dir, src))).toBe(true);
		}
	});

	it('hands the script its strings and the shard layout', () => {
		expect(page.config.v).toMatch(/^[0-9a-f]{8}$/);
		expect(page.strings['check.reason.shortener']).toContain('сокращённая ссылка');
		expect(Object.keys(page.strings).some((key) => key.startsWith('check.page.'))).toBe(false);
	});
});

describe('link-check shard files', () => {
	it('exist for every shard number and parse', () => {
		for (const [kind, count] of [
			['e', page.config.e],
			['l', page.config.l],
		] as const) {
			for (let i = 0; i < count; i++) {
				const parsed: unknown = JSON.parse(readFileSync(join(dir, `proverka/data/${page.config.v}-${kind}${i}.json`), 'utf8'));
				expect(kind === 'e' ? typeof parsed === 'object' && !Array.isArray(parsed) : Array.isArray(parsed)).toBe(true);
			}
		}
	});

	it('find every demo account by its address and its aliases', async () => {
		const { accounts } = loadPublicData(process.env.PORTAL_DATA ?? 'data');
		expect(accounts.length).toBeGreaterThan(0);
		for (const account of accounts) {
			for (const input of [account.url, ...account.aliases]) {
				const verdict = await checkLink(input, lookup());
				expect(verdict.verdict, input).toBe(account.status === 'closed' ? 'closed' : 'official');
				expect('account' in verdict && verdict.account.record.a, input).toBe(account.id);
			}
		}
	});

	it('name the real page behind a one-letter forgery of a demo address', async () => {
		const { accounts } = loadPublicData(process.env.PORTAL_DATA ?? 'data');
		const account = accounts.find((a) => {
			const canonical = canonicalise(a.url).canonical;
			return a.network === 'vk' && canonical !== null && nameKey(canonical) !== null && canonical.length > 12;
		});
		expect(account).toBeDefined();
		const forged = (account?.url ?? '').replace(/.$/, '');
		const verdict = await checkLink(forged, lookup());
		expect(verdict.verdict).toBe('lookalike');
		expect(verdict.verdict === 'lookalike' && verdict.candidates.map((c) => c.record.a)).toContain(account?.id);
	});
});
