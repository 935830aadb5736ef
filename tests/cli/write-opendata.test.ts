/**
 * The open data as the build publishes it (check --handoff, then src/cli/write-opendata.ts), read
 * back from disk: a name that a spreadsheet would run as a formula arrives as text.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
		const file = readdirSync(folder).find((name) => /^data-\d{8}-structure-\d{8}\.csv$/.test(name))!;
		const records = parse(readFileSync(join(folder, file), 'utf8'), { columns: true }) as Record<string, string>[];
		expect(records.length).toBeGreaterThan(0);
		for (const record of records) expect(record.org_name).toBe(`'${formula}`);
		const json = JSON.parse(readFileSync(join(folder, 'registry.json'), 'utf8')) as { organisations: { name: string }[] };
		expect(json.organisations[0]!.name).toBe(formula);
	});
});
