/**
 * What only shows with more data than the demo has: more organisations than one page of a quarter's
 * statistics or of the content-plan index holds (a national quarter lists 50,000), and a
 * build shared between two Astro processes as national-scale builds are (src/cli/build.ts). Builds a
 * generated tree of 500 accounts (125 organisations, a quarter of statistics and plans,
 * tests/bench/generate.ts) once in one process, about 4 s, and once shared.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchTree } from '../bench/generate.ts';
import { DEMO_REPOSITORY, writeDemoHistory } from '../../src/dev/demo/history.ts';
import { ORGS_PER_PAGE } from '../../src/queries/stats.ts';
import { PLAN_ORGS_PER_PAGE } from '../../src/queries/plans.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'portal-scale-'));
const out = join(work, 'dist');
const data = join(work, 'data');
const ORGS = 125;
let quarter = '';
/** The story history both builds are given (a generated tree has none of its own). */
let history = '';
const html = (path: string) => readFileSync(join(out, path), 'utf8');
const orgLinks = (page: string) => [...html(page).matchAll(/href="\/org\/([^/"]+)\/statistika\/#/g)].map((m) => m[1]!);

beforeAll(() => {
	generateBenchTree(data, { accounts: ORGS * 4, quarters: 1 });
	// A generated tree has no history of its own: this build and the shared build below are given
	// the same story history, so both show the same record histories.
	history = writeDemoHistory(data, join(work, 'history'));
	const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, PORTAL_DATA: data, PORTAL_HISTORY: history, PORTAL_REPOSITORY: DEMO_REPOSITORY, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) throw new Error(`Сборка не удалась:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
	quarter = /href="\/statistika\/(\d{4}-q\d)\/"/.exec(html('statistika/index.html'))![1]!;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a quarter with more organisations than a page holds', () => {
	it('lists them over pages of ORGS_PER_PAGE, each organisation once', () => {
		expect(ORGS).toBeGreaterThan(ORGS_PER_PAGE);
		const first = orgLinks(`statistika/${quarter}/index.html`);
		const second = orgLinks(`statistika/${quarter}/2/index.html`);
		expect(first).toHaveLength(ORGS_PER_PAGE);
		expect(second).toHaveLength(ORGS - ORGS_PER_PAGE);
		expect(new Set([...first, ...second]).size).toBe(ORGS);
		expect(existsSync(join(out, `statistika/${quarter}/3`))).toBe(false);
	});

	it('has the charts on the first page only, and a page title and caption that say which part', () => {
		expect(html(`statistika/${quarter}/index.html`)).toContain('<figure class="chart-figure"');
		const second = html(`statistika/${quarter}/2/index.html`);
		expect(second).not.toContain('<figure class="chart-figure"');
		expect(second).toMatch(/<h1>[^<]*организации, страница 2<\/h1>/);
		expect(second).toMatch(/<caption id="orgs-caption">[^<]*: 101–125 из 125<\/caption>/);
		expect(second).toContain(`href="/statistika/${quarter}/"`);
	});

	it('links the pages both ways, the current one marked', () => {
		const first = html(`statistika/${quarter}/index.html`);
		const second = html(`statistika/${quarter}/2/index.html`);
		expect(first).toContain(`<a href="/statistika/${quarter}/2/" rel="next">`);
		expect(second).toContain(`<a href="/statistika/${quarter}/" rel="prev">`);
		expect(second).toMatch(new RegExp(`href="/statistika/${quarter}/2/" aria-current="page"`));
	});

	it('every organisation link leads to a built statistics page with that quarter', () => {
		for (const org of orgLinks(`statistika/${quarter}/2/index.html`)) {
			expect(html(`org/${org}/statistika/index.html`)).toContain(`<h2 id="${quarter}">`);
		}
	});

	it('the sitemap names the second page', () => {
		expect(html('sitemap.xml')).toContain(`/statistika/${quarter}/2/</loc>`);
	});
});

describe("order of a quarter's organisations", () => {
	it('is by name with numbers in numeric order («№ 8» before «№ 77»)', () => {
		const names = [...html(`statistika/${quarter}/index.html`).matchAll(/<th scope="row"><a href="\/org\/[^"]+">([^<]+)<\/a>/g)].map(
			(m) => m[1]!,
		);
		expect(names.length).toBe(ORGS_PER_PAGE);
		const collator = new Intl.Collator('ru', { numeric: true });
		expect(names).toEqual([...names].sort(collator.compare));
		const number = (name: string) => Number(/№ (\d+)/.exec(name)?.[1]);
		const numbered = names.filter((name) => name.startsWith('МБУ'));
		expect(numbered.length).toBeGreaterThan(10);
		expect(numbered.map(number)).toEqual([...numbered.map(number)].sort((a, b) => a - b));
	});
});

describe('content plans of more organisations than a page holds', () => {
	const rows = (page: string) => [...html(page).matchAll(/<tr><th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]!);

	it('lists them over pages of PLAN_ORGS_PER_PAGE, each organisation once, with pagination', () => {
		expect(ORGS).toBeGreaterThan(PLAN_ORGS_PER_PAGE);
		const first = rows('plany/index.html');
		const second = rows('plany/2/index.html');
		expect(first).toHaveLength(PLAN_ORGS_PER_PAGE);
		expect(second).toHaveLength(ORGS - PLAN_ORGS_PER_PAGE);
		expect(new Set([...first, ...second]).size).toBe(ORGS);
		expect(html('plany/index.html')).toContain('<a href="/plany/2/" rel="next">');
		expect(html('plany/2/index.html')).toMatch(/<caption id="plan-index-caption">[^<]*организации 101–125 из 125<\/caption>/);
	});

	it('has one page per organisation and year, linked from the index by month', () => {
		const links = [...html('plany/2/index.html').matchAll(/href="(\/plany\/[^/"]+\/\d{4}\/)#(\d{4}-\d{2})"/g)];
		expect(links.length).toBeGreaterThan(0);
		for (const [, page, month] of links) expect(html(join(page!, 'index.html'))).toContain(`<h2 id="${month}">`);
	});
});

describe('a build shared between two Astro processes (npm run build -- --shards 2)', () => {
	const files = (dir: string) =>
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
			.sort();

	// One site path, two ways to it: the plain `astro build` has its integration run the check and
	// write the hand-off (src/integrations/handoff.ts), renders in one process, writes the open-data
	// files through Astro's routes and copies the link-check shards in; `npm run build` runs the check
	// on two threads, renders in two processes, writes the open-data files in a process of its own
	// (src/cli/write-opendata.ts) and moves the shards. Equal files prove the hand-off is the same
	// whoever writes it, and so are the steps around it.
	it('writes the same site as one process, file for file, and indexes it', () => {
		const shared = join(work, 'dist-shared');
		const run = spawnSync(
			process.execPath,
			[
				join(root, 'src/cli/build.ts'),
				'--data',
				data,
				'--out',
				shared,
				'--shards',
				'2',
				'--history',
				history,
				'--repository',
				DEMO_REPOSITORY,
			],
			{
				cwd: root,
				encoding: 'utf8',
			},
		);
		expect(run.status, run.stderr.slice(-3000)).toBe(0);
		// Both processes worked, each on its share.
		expect(run.stderr).toMatch(/\[Astro 1\/2\]/);
		expect(run.stderr).toMatch(/\[Astro 2\/2\]/);
		expect(run.stderr).toContain(`Сайт собран в ${shared}`);
		// Its open-data files were written outside Astro (src/cli/write-opendata.ts); the comparison
		// below holds them to the bytes Astro writes from the same routes.
		expect(run.stderr).toMatch(/Открытые данные: \d+\sфайл/);
		// The folders both processes wrote into the first one's (SHARED_FOLDERS) leave no link behind.
		expect(readdirSync(shared, { recursive: true, withFileTypes: true }).filter((entry) => entry.isSymbolicLink())).toEqual([]);
		// The single build here has no search index (astro alone); the shared one has it.
		const built = files(shared);
		// The link-check shards, files of the hand-off rather than pages, are in both.
		expect(built.some((file) => file.startsWith('proverka/data/'))).toBe(true);
		expect(built.some((file) => file.startsWith('pagefind/'))).toBe(true);
		// Nor the manifest, which `npm run build` writes last (docs/signing.md); sha256sum holds it to the files.
		expect(built).toContain('opendata/manifest.sha256');
		const sums = spawnSync('sha256sum', ['--quiet', '-c', 'opendata/manifest.sha256'], { cwd: shared, encoding: 'utf8' });
		expect(sums.status, sums.stdout + sums.stderr).toBe(0);
		const site = built.filter((file) => !file.startsWith('pagefind/') && file !== 'opendata/manifest.sha256');
		expect(site).toEqual(files(out));
		for (const file of site) expect(readFileSync(join(shared, file)).equals(readFileSync(join(out, file))), file).toBe(true);
		// Its index was read from the two processes' folders before they were merged. It holds the pages
		// Pagefind finds in the merged site, each as the same fragment (address, text, filters); only
		// the pages' numbering, and so the word index's bytes, follows the order they were read in.
		const whole = join(work, 'dist-indexed');
		cpSync(out, whole, { recursive: true });
		const indexed = spawnSync(process.execPath, [join(root, 'src/cli/search-index.ts'), '--site', whole], { cwd: root, encoding: 'utf8' });
		expect(indexed.status, indexed.stderr).toBe(0);
		const fragments = (files: string[]) => files.filter((file) => file.startsWith('pagefind/fragment/'));
		const sharedFragments = fragments(built);
		expect(sharedFragments.length).toBeGreaterThan(ORGS);
		expect(sharedFragments).toEqual(fragments(files(whole)));
		for (const file of sharedFragments) expect(readFileSync(join(shared, file)).equals(readFileSync(join(whole, file))), file).toBe(true);
		const pageCount = (dir: string) =>
			(JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: { ru: { page_count: number } } })
				.languages.ru.page_count;
		expect(pageCount(shared)).toBe(pageCount(whole));
	}, 240_000);
});
