/**
 * Every page a link points into exists, and a demo site asks not to be indexed: `noindex` on every
 * page and a robots.txt that disallows crawling (a real site keeps `Allow: /`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { robotsTxt } from '../../src/lib/opendata/sitemap.ts';
import { loadPublicData } from '../../src/handoff/public-data.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

describe('plan pages', () => {
	it('/plany/<org>/ exists for every org with a plan year page and links each year', () => {
		const html = read('plany/index.html');
		const orgs = [...new Set([...html.matchAll(/href="\/plany\/([a-z0-9-]+)\/\d{4}\//g)].map((m) => m[1]!))];
		expect(orgs.length).toBeGreaterThan(0);
		for (const org of orgs) {
			expect(existsSync(join(dir, 'plany', org, 'index.html')), org).toBe(true);
			const page = read(`plany/${org}/index.html`);
			const years = [...read(`plany/index.html`).matchAll(new RegExp(`href="/plany/${org}/(\\d{4})/`, 'g'))].map((m) => m[1]);
			for (const year of years) expect(page).toContain(`href="/plany/${org}/${year}/"`);
		}
	});
});

describe('indexing', () => {
	it('the demo site is noindex on every page and robots.txt disallows crawling', () => {
		expect(data.site!.demo).toBe(true);
		for (const page of ['index.html', 'reestr/index.html', 'akkaunt/primer-admin-vk/index.html', 'poisk/index.html']) {
			expect(read(page)).toContain('<meta name="robots" content="noindex, nofollow">');
		}
		const robots = read('robots.txt');
		expect(robots).toMatch(/^User-agent: \*\nDisallow: \/\n/);
		expect(robots).not.toContain('Allow: /');
	});

	it('a real site keeps Allow: /', () => {
		expect(robotsTxt('https://example.org/sitemap.xml', false)).toMatch(/^User-agent: \*\nAllow: \/\n/);
		expect(robotsTxt('https://example.org/sitemap.xml', true)).toMatch(/Disallow: \//);
	});
});
