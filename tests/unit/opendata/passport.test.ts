import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildOpenData, META_FILE, STRUCTURE_FILE, STRUCTURE_VERSION } from '../../../src/lib/opendata/index.ts';
import { compactDate, passportDates } from '../../../src/lib/opendata/passport.ts';
import type { Account } from '../../../src/schemas/account.ts';
import { FOLDER, fixtureOpenData, t } from './support.ts';

const { data, openData } = fixtureOpenData();
const meta = parse(openData.files.get(META_FILE)!, { columns: true }) as { property: string; value: string }[];
const value = (property: string) => meta.find((row) => row.property === property)?.value;

describe('meta.csv (passport, recommendations v3.0)', () => {
	it('has the property,value header and every required property', () => {
		expect(openData.files.get(META_FILE)!.split('\n')[0]).toBe('property,value');
		const properties = meta.map((row) => row.property);
		for (const property of ['standardversion', 'identifier', 'title', 'description', 'creator', 'created', 'modified', 'subject', 'format', 'provenance', 'valid', 'publishername', 'publisherphone', 'publishermbox']) {
			expect(properties).toContain(property);
		}
		expect(value('standardversion')).toBe('http://opendata.gosmonitor.ru/standard/3.0');
		expect(value('format')).toBe('csv');
	});

	it('links the versioned data and structure files by absolute address', () => {
		const { data: dataFile, structure } = openData.passport.files;
		expect(value(dataFile.replace('.csv', ''))).toBe(FOLDER + dataFile);
		expect(value(structure.replace('.csv', ''))).toBe(FOLDER + structure);
		expect(structure).toBe(`structure-${compactDate(STRUCTURE_VERSION)}.csv`);
		expect(openData.files.get(structure)).toBe(openData.files.get(STRUCTURE_FILE));
	});

	it('takes dates from the data: first registration, latest dated change', () => {
		// Fixture: both accounts registered 2022-12-01 and reviewed 2026-09-01.
		expect(value('created')).toBe('20221201');
		expect(value('modified')).toBe('20260901');
		expect(openData.passport.files.data).toBe(`data-20260901-structure-${compactDate(STRUCTURE_VERSION)}.csv`);
	});

	it('names the operator, not a person, and identifies the set by the operator INN', () => {
		expect(value('creator')).toBe('Администрация Тестового района');
		expect(value('publishername')).toBe('Администрация Тестового района');
		// The fixture's operator has no phone or e-mail: the rows stay, empty.
		expect(value('publisherphone')).toBe('');
		expect(value('identifier')).toBe('7701234560-socialmediaaccounts');
	});

	it('is deterministic: the same data give the same bytes', () => {
		const again = buildOpenData({ site: data.site!, orgs: data.orgs, accounts: [...data.accounts].reverse(), folderUrl: FOLDER, t });
		expect([...again.files]).toEqual([...openData.files]);
	});
});

describe('structure file', () => {
	it('has the v3.0 header and a Russian description for every field', () => {
		const rows = parse(openData.files.get(STRUCTURE_FILE)!, { columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual(['field name', 'english description', 'russian description', 'format']);
		for (const row of rows) expect(row['russian description']).toMatch(/[А-Яа-яЁё]/);
	});
});

describe('passportDates', () => {
	const account = (extra: Partial<Account>): Account => ({ ...data.accounts[0]!, opened: undefined, registered: undefined, reviewed: undefined, gospabliki: undefined, ...extra });

	it('counts a closure as the latest change', () => {
		const dates = passportDates([account({ registered: '2023-01-01', status: 'closed', closed: { date: '2025-05-05', reason: 'сеть заблокирована' } })]);
		expect(dates).toMatchObject({ created: '2023-01-01', modified: '2025-05-05' });
	});

	it('falls back to the structure version for an empty registry', () => {
		expect(passportDates([])).toEqual({ created: STRUCTURE_VERSION, modified: STRUCTURE_VERSION, structure: STRUCTURE_VERSION });
	});
});
