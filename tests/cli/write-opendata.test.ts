/**
 * The open data as the build publishes it (check --handoff, then src/cli/write-opendata.ts), read
 * back from disk: a name that a spreadsheet would run as a formula arrives as text.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from './run-cli.ts';

describe('write-opendata', () => {
	it('writes a formula-like organisation name with a leading apostrophe', { timeout: 120_000 }, () => {
		const data = copyFixture('valid');
		const org = join(data, 'orgs/test-admin/org.yaml');
		const formula = '=HYPERLINK("https://evil.example","Подробнее")';
		writeFileSync(org, readFileSync(org, 'utf8').replace('name: Администрация Тестового муниципального района', `name: '${formula}'`));
		const work = mkdtempSync(join(tmpdir(), 'portal-opendata-'));
		const handoff = join(work, 'handoff');
		const site = join(work, 'site');
		mkdirSync(site);
		const check = runCli('check', ['--data', data, '--handoff', handoff]);
		expect(check.code, check.stdout).toBe(0);
		const written = runCli('write-opendata', ['--data', data, '--handoff', handoff, '--site', site]);
		expect(written.code, written.stderr).toBe(0);
		const folder = join(site, 'opendata');
		const set = join(folder, '7701234560-socialmediaaccounts');
		const file = readdirSync(set).find((name) => /^data-\d{8}-structure-\d{8}\.csv$/.test(name))!;
		const records = parse(readFileSync(join(set, file), 'utf8'), { columns: true }) as Record<string, string>[];
		expect(records.length).toBeGreaterThan(0);
		for (const record of records) expect(record.org_name).toBe(`'${formula}`);
		const json = JSON.parse(readFileSync(join(folder, 'registry.json'), 'utf8')) as { organisations: { name: string }[] };
		expect(json.organisations[0]!.name).toBe(formula);
	});

	/** The fixture checked, with earlier versions laid in its opendata-versions/ folder. */
	const withVersions = (files: Record<string, string>) => {
		const data = copyFixture('valid');
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(data, 'opendata-versions', path)), { recursive: true });
			writeFileSync(join(data, 'opendata-versions', path), text);
		}
		const work = mkdtempSync(join(tmpdir(), 'portal-opendata-'));
		const site = join(work, 'site');
		mkdirSync(site);
		const check = runCli('check', ['--data', data, '--handoff', join(work, 'handoff')]);
		expect(check.code, check.stdout + check.stderr).toBe(0);
		return { data, site, written: runCli('write-opendata', ['--data', data, '--handoff', join(work, 'handoff'), '--site', site]) };
	};

	// v3.0: earlier versions of a set stay published at their addresses and are listed in its passport.
	it('carries earlier versions over from the data tree and lists them in the passport', { timeout: 120_000 }, () => {
		const old = 'id,org\nx,y\n';
		const { site, written } = withVersions({
			'7701234560-socialmediaaccounts/data-20250301-structure-20250101.csv': old,
			'7701234560-socialmediaaccounts/structure-20250101.csv': 'field name,english description,russian description,format\n',
		});
		expect(written.code, written.stderr).toBe(0);
		const set = join(site, 'opendata', '7701234560-socialmediaaccounts');
		expect(readFileSync(join(set, 'data-20250301-structure-20250101.csv'), 'utf8')).toBe(old);
		const meta = parse(readFileSync(join(set, 'meta.csv'), 'utf8'), { columns: true }) as { property: string; value: string }[];
		expect(meta.map((row) => row.property)).toEqual(expect.arrayContaining(['data-20250301-structure-20250101', 'structure-20250101']));
		expect(readdirSync(set).filter((name) => /^data-\d{8}-structure-\d{8}\.csv$/.test(name))).toHaveLength(2);
	});

	it('refuses a carried version that runs backwards, naming it, and writes nothing', { timeout: 120_000 }, () => {
		const { site, written } = withVersions({ '7701234560-socialmediaaccounts/data-20260929-structure-20261122.csv': 'id\n' });
		expect(written.code).toBe(2);
		expect(written.stderr).toContain('opendata-versions/7701234560-socialmediaaccounts/data-20260929-structure-20261122.csv');
		expect(written.stderr).toContain('раньше своей структуры');
		expect(readdirSync(site, { recursive: true }).filter((name) => String(name).includes('.'))).toEqual([]);
	});
});
