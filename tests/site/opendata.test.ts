/**
 * Open data (/opendata/): the v3.0 passport, structure and versioned data file, the JSON with its
 * generated schema and the quarterly statistics exist, parse, agree with each other and contain
 * only public fields. Also the sitemap (every built page, statements included) and robots.txt.
 */
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { RegistryDocumentSchema } from '../../src/lib/opendata/public-schema.ts';
import { STATS_COLUMNS } from '../../src/lib/opendata/stats-csv.ts';
import { loadPublicData } from '../../src/handoff/public-data.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const csv = (path: string) => parse(read(path), { columns: true }) as Record<string, string>[];
const files = readdirSync(join(dir, 'opendata'), { recursive: true, encoding: 'utf8' }).filter((file) => file.includes('.'));
// v3.0: /opendata/list.csv points to each set's passport, in a folder named by the set's identifier.
const list = csv('opendata/list.csv');
const registrySet = list.find((row) => row.property!.endsWith('-socialmediaaccounts'))!.property!;
const statsSet = list.find((row) => row.property!.endsWith('-socialmediastats'))?.property;
const meta = csv(`opendata/${registrySet}/meta.csv`);
const property = (name: string) => meta.find((row) => row.property === name)?.value;
const baseUrl = data.site!.baseUrl.replace(/\/$/, '');

describe('registry open data', () => {
	const setFiles = readdirSync(join(dir, 'opendata', registrySet));
	const dataFile = setFiles.find((file) => /^data-\d{8}-structure-\d{8}\.csv$/.test(file));
	const structureFile = setFiles.find((file) => /^structure-\d{8}\.csv$/.test(file));

	it('publishes list.csv, the set folder with passport, structure and data, JSON and its schema', () => {
		expect(files).toEqual(
			expect.arrayContaining([
				'index.html',
				'list.csv',
				`${registrySet}/meta.csv`,
				`${registrySet}/structure.csv`,
				'registry.json',
				'registry.schema.json',
			]),
		);
		expect(list[0]).toMatchObject({ property: 'standardversion', value: 'http://opendata.gosmonitor.ru/standard/3.0' });
		for (const row of list.slice(1)) expect(row.value).toBe(`${baseUrl}/opendata/${row.property}/meta.csv`);
		expect(dataFile).toBeDefined();
		expect(structureFile).toBeDefined();
	});

	it('no data version predates its structure', () => {
		for (const file of files) {
			const match = /data-(\d{8})-structure-(\d{8})/.exec(file);
			if (match) expect(match[1]! >= match[2]!, file).toBe(true);
		}
	});

	it('meta.csv cites the data and structure files by their published address', () => {
		expect(Object.keys(meta[0]!)).toEqual(['property', 'value']);
		for (const name of [
			'standardversion',
			'identifier',
			'title',
			'description',
			'creator',
			'created',
			'modified',
			'subject',
			'format',
			'publishername',
			'publisherphone',
			'publishermbox',
		]) {
			expect(property(name), name).toBeDefined();
		}
		expect(property(dataFile!.replace('.csv', ''))).toBe(`${baseUrl}/opendata/${registrySet}/${dataFile}`);
		expect(property(structureFile!.replace('.csv', ''))).toBe(`${baseUrl}/opendata/${registrySet}/${structureFile}`);
		expect(property('license')).toBe('https://creativecommons.org/licenses/by/4.0/deed.ru');
		// The data file's date is the passport's «modified».
		expect(dataFile).toContain(`data-${property('modified')}-`);
	});

	it('the data CSV is UTF-8, parses, and has the header the structure lists', () => {
		const text = read(`opendata/${registrySet}/${dataFile}`);
		expect(text.charCodeAt(0)).not.toBe(0xfeff);
		const fields = csv(`opendata/${registrySet}/${structureFile}`).map((row) => row['field name']);
		const [header] = parse(text, { to_line: 1 }) as string[][];
		expect(header).toEqual(fields);
		const rows = csv(`opendata/${registrySet}/${dataFile}`);
		expect(rows).toHaveLength(data.accounts.length);
		expect(rows.some((row) => /[а-яё]/i.test(row.org_name!))).toBe(true);
	});

	it('the JSON parses back through the public schema, and its JSON Schema is published', () => {
		const doc = RegistryDocumentSchema.parse(JSON.parse(read('opendata/registry.json')));
		expect(doc.accounts).toHaveLength(data.accounts.length);
		expect(doc.organisations).toHaveLength(data.orgs.length);
		const schema = JSON.parse(read('opendata/registry.schema.json'));
		expect(schema.$id).toBe(`${baseUrl}/opendata/registry.schema.json`);
		expect(schema.properties.accounts.items.additionalProperties).toBe(false);
	});

	it('publishes a responsible person’s name only with consent', () => {
		const doc = JSON.parse(read('opendata/registry.json')) as { accounts: { id: string; responsible?: { name?: string } }[] };
		const consent = new Map(data.accounts.map((a) => [a.id, a.responsible?.publishName === true]));
		for (const account of doc.accounts) if (account.responsible?.name) expect(consent.get(account.id), account.id).toBe(true);
	});

	it('the registry’s spreadsheet copy opens in Russian Excel: BOM, «;», the same rows', () => {
		const excel = readFileSync(join(dir, 'opendata', registrySet, dataFile!.replace(/\.csv$/, '-excel.csv')));
		expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(parse(excel.toString('utf8').slice(1), { delimiter: ';', columns: true })).toEqual(csv(`opendata/${registrySet}/${dataFile}`));
	});

	it('the page states the terms of use and links the licence', () => {
		const page = read('opendata/index.html');
		expect(page).toContain('Условия использования');
		expect(page).toContain('href="https://creativecommons.org/licenses/by/4.0/deed.ru" rel="license"');
		expect(page).toContain('href="/opendata/list.csv"');
	});

	it('lists every data file in the manifest, and the page says this build is unsigned', () => {
		const manifest = read('opendata/manifest.sha256');
		const listed = manifest
			.trimEnd()
			.split('\n')
			.map((line) => line.slice(66));
		expect(listed).toContain('opendata/list.csv');
		expect(listed).toContain(`opendata/${registrySet}/${dataFile}`);
		expect(listed).not.toContain('opendata/index.html');
		// The standard tool agrees with every line.
		const check = spawnSync('sha256sum', ['--quiet', '-c', 'opendata/manifest.sha256'], { cwd: dir, encoding: 'utf8' });
		expect(check.status, check.stdout + check.stderr).toBe(0);
		// The demo data publish no key: the build is unsigned and says so, with no signature file.
		const page = read('opendata/index.html');
		expect(page).toContain('data-signing="unsigned"');
		expect(page).toContain('публикация не подписана');
		expect(existsSync(join(dir, 'opendata/manifest.sha256.sig'))).toBe(false);
	});

	it('no file carries internal data (data/internal/ field names)', () => {
		for (const file of files) {
			const text = read(`opendata/${file}`);
			for (const word of ['twoFactor', 'passwordInManager', 'passwordRotated', 'attestedBy', '"staff"', 'publishName'])
				expect(text, `${file}: ${word}`).not.toContain(word);
		}
	});
});

describe('quarterly statistics CSV', () => {
	const quarters = [...new Set(data.series.filter((s) => s.series === 'stats').map((s) => `${s.year}-q${s.quarter}`))];

	it.each(quarters)('%s parses, with the documented columns and every reported row', (quarter) => {
		const text = read(`opendata/stats-${quarter}.csv`);
		expect(text.split('\n')[0]).toBe(STATS_COLUMNS.join(','));
		const rows = csv(`opendata/stats-${quarter}.csv`);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row.week_start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('is a v3.0 set too: passport, structure, all quarters in one data file and its spreadsheet copy', () => {
		expect(statsSet).toBeDefined();
		const statsMeta = csv(`opendata/${statsSet}/meta.csv`);
		const dataRow = statsMeta.find((row) => /^data-\d{8}-structure-\d{8}$/.test(row.property!))!;
		const name = `${dataRow.property}.csv`;
		expect(dataRow.value).toBe(`${baseUrl}/opendata/${statsSet}/${name}`);
		expect(statsMeta.find((row) => row.property === 'license')?.value).toMatch(/^https:\/\//);
		const all = csv(`opendata/${statsSet}/${name}`);
		const perQuarter = quarters.reduce((sum, quarter) => sum + csv(`opendata/stats-${quarter}.csv`).length, 0);
		expect(all).toHaveLength(perQuarter);
		// The spreadsheet copy: BOM, «;», the same cells.
		const excel = readFileSync(join(dir, 'opendata', statsSet!, name.replace(/\.csv$/, '-excel.csv')));
		expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = excel.toString('utf8').slice(1);
		expect(text.split('\r\n')[0]).toBe(STATS_COLUMNS.join(';'));
		expect(parse(text, { delimiter: ';', columns: true })).toEqual(all);
	});

	it('the page links each file', () => {
		const page = read('opendata/index.html');
		expect(page).toContain(`href="/opendata/${statsSet}/meta.csv"`);
		for (const quarter of quarters) expect(page).toContain(`href="/opendata/stats-${quarter}.csv"`);
		expect(page).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
	});
});

describe('sitemap.xml and robots.txt', () => {
	const sitemap = read('sitemap.xml');
	const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

	it('is a sitemaps.org urlset of absolute addresses', () => {
		expect(sitemap.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(
			true,
		);
		for (const url of urls) expect(url.startsWith(`${baseUrl}/`)).toBe(true);
	});

	it('lists every statement of official status', () => {
		for (const account of data.accounts) expect(urls).toContain(`${baseUrl}/akkaunt/${account.id}/`);
	});

	it('lists every built page except the staff editor, and nothing that was not built', () => {
		const built = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			// /admin/ is Decap's editor for staff (noindex), deliberately not in the sitemap.
			.filter((file) => file.endsWith('index.html') && !file.includes('pagefind') && !file.startsWith('admin'))
			.map(
				(file) =>
					`${baseUrl}/${file
						.replace(/index\.html$/, '')
						.split('\\')
						.join('/')}`,
			);
		expect([...urls].sort()).toEqual([...built].sort());
	});

	it("robots.txt names the sitemap (and disallows crawling, the demo's data being invented)", () => {
		expect(read('robots.txt')).toBe(`User-agent: *\nDisallow: /\n\nSitemap: ${baseUrl}/sitemap.xml\n`);
	});

	it('exists for pages only: no endpoint files listed', () => {
		expect(urls.some((url) => /\.(csv|json|xml|txt)$/.test(url))).toBe(false);
		expect(existsSync(join(dir, 'sitemap.xml'))).toBe(true);
	});
});
