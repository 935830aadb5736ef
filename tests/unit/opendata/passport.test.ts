import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildOpenData, META_FILE, STRUCTURE_FILE, STRUCTURE_VERSION } from '../../../src/lib/opendata/index.ts';
import { compactDate, passportDates } from '../../../src/lib/opendata/passport.ts';
import type { Account } from '../../../src/schemas/account.ts';
import { FOLDER, fixtureOpenData, t } from './support.ts';

const { data, openData } = fixtureOpenData();
const SET = `${openData.passport.identifier}/`;
const meta = parse(openData.files.get(SET + META_FILE)!, { columns: true }) as { property: string; value: string }[];
const value = (property: string) => meta.find((row) => row.property === property)?.value;

describe('meta.csv (passport, recommendations v3.0)', () => {
	it('has the property,value header and every required property', () => {
		expect(openData.files.get(SET + META_FILE)!.split('\n')[0]).toBe('property,value');
		const properties = meta.map((row) => row.property);
		for (const property of [
			'standardversion',
			'identifier',
			'title',
			'description',
			'creator',
			'created',
			'modified',
			'subject',
			'format',
			'provenance',
			'valid',
			'publishername',
			'publisherphone',
			'publishermbox',
		]) {
			expect(properties).toContain(property);
		}
		expect(value('standardversion')).toBe('http://opendata.gosmonitor.ru/standard/3.0');
		expect(value('format')).toBe('csv');
	});

	it('links the versioned data and structure files by absolute address', () => {
		const { data: dataFile, structure } = openData.passport.files;
		// v3.0: each set is published in a folder named by its identifier.
		expect(value(dataFile.replace('.csv', ''))).toBe(FOLDER + SET + dataFile);
		expect(value(structure.replace('.csv', ''))).toBe(FOLDER + SET + structure);
		expect(structure).toBe(`structure-${compactDate(STRUCTURE_VERSION)}.csv`);
		expect(openData.files.get(SET + structure)).toBe(openData.files.get(SET + STRUCTURE_FILE));
	});

	it('takes dates from the data: first registration; the version is never older than its structure', () => {
		// Fixture: both accounts registered 2022-12-01 and reviewed 2026-09-01, before the structure
		// (2026-11-22) the file is written under. A data file dated 20260901 citing a structure dated
		// 20261122 ran backwards: the version is the structure's date then.
		expect(value('created')).toBe('20221201');
		const structure = compactDate(STRUCTURE_VERSION);
		expect(value('modified')).toBe(structure);
		expect(value('valid')).toBe(structure);
		expect(openData.passport.files.data).toBe(`data-${structure}-structure-${structure}.csv`);
		expect(value('provenance')).toBe('Изменена структура набора: новый файл структуры, данные выгружены по ней');
	});

	it('a version dated after its structure keeps its own date', () => {
		const later = buildOpenData({
			site: data.site!,
			orgs: data.orgs,
			accounts: data.accounts.map((a) => ({ ...a, reviewed: '2027-01-15' })),
			folderUrl: FOLDER,
			t,
		});
		expect(later.passport.files.data).toBe(`data-20270115-structure-${compactDate(STRUCTURE_VERSION)}.csv`);
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
		const rows = parse(openData.files.get(SET + STRUCTURE_FILE)!, { columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual(['field name', 'english description', 'russian description', 'format']);
		for (const row of rows) expect(row['russian description']).toMatch(/[А-Яа-яЁё]/);
	});
});

describe('passportDates', () => {
	const account = (extra: Partial<Account>): Account => ({
		...data.accounts[0]!,
		opened: undefined,
		registered: undefined,
		reviewed: undefined,
		gospabliki: undefined,
		...extra,
	});

	it('counts a closure as the latest change', () => {
		const dates = passportDates([
			account({ registered: '2023-01-01', status: 'closed', closed: { date: '2025-05-05', reason: 'сеть заблокирована' } }),
		]);
		expect(dates).toMatchObject({ created: '2023-01-01', modified: '2025-05-05' });
	});

	it('falls back to the structure version for an empty registry', () => {
		expect(passportDates([])).toEqual({ created: STRUCTURE_VERSION, modified: STRUCTURE_VERSION, structure: STRUCTURE_VERSION });
	});
});
