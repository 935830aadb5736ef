/**
 * The open data as a v3.0 catalogue («Методические рекомендации по публикации открытых данных
 * государственными органами и органами местного самоуправления …, версия 3.0»):
 *  - the publisher's register of sets, /opendata/list.csv: «property,title,value,format», the first
 *    row «standardversion» with the recommendations' address, then one row per set with the address
 *    of its passport meta.csv;
 *  - each set in a folder of its own, /opendata/<identifier>/, holding meta.csv,
 *    structure-<date>.csv and data-<date>-structure-<date>.csv;
 *  - 2.4.4: «на странице набора в обязательном порядке должно присутствовать описание условий
 *    использования данных (например, ссылка на открытую лицензию)»;
 *  - earlier versions stay published and are listed in the passport, each data version dated no
 *    earlier than the structure it cites.
 * Plus the spreadsheet copy of each data file (UTF-8 with BOM, `;`), which Russian Excel opens with
 * a double click.
 */
import { parse } from 'csv-parse/sync';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toExcelCsv, UTF8_BOM } from '../../../src/lib/csv/excel.ts';
import { writePublishedTable } from '../../../src/lib/csv/write.ts';
import { buildOpenData, LIST_FILE, META_FILE, statsPassport, STATS_COLUMNS } from '../../../src/lib/opendata/index.ts';
import { LICENSE_URL, STANDARD_VERSION } from '../../../src/lib/opendata/passport.ts';
import { readVersions, VersionsError } from '../../../src/loaders/opendata-versions.ts';
import { FOLDER, fixtureOpenData, t } from './support.ts';

const { data, openData } = fixtureOpenData();
const rows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
const withStats = () =>
	buildOpenData({
		site: data.site!,
		orgs: data.orgs,
		accounts: data.accounts,
		folderUrl: FOLDER,
		t,
		statsQuarters: [
			{ year: 2026, quarter: 2 },
			{ year: 2026, quarter: 3 },
		],
	});

describe('list.csv', () => {
	it('has the v3.0 header, the standardversion row, and one row per set pointing to its passport', () => {
		const built = withStats();
		const text = built.files.get(LIST_FILE)!;
		expect(text.split('\n')[0]).toBe('property,title,value,format');
		const list = rows(text);
		expect(list[0]).toMatchObject({ property: 'standardversion', value: STANDARD_VERSION });
		const sets = list.slice(1);
		expect(sets.map((row) => row.property)).toEqual(['7701234560-socialmediaaccounts', '7701234560-socialmediastats']);
		for (const row of sets) {
			expect(row.value).toBe(`${FOLDER}${row.property}/meta.csv`);
			expect(row.format).toBe('csv');
			expect(built.files.has(`${row.property}/${META_FILE}`), row.property).toBe(true);
			expect(row.title).toMatch(/[А-Яа-яЁё]/);
		}
	});

	it('lists the registry alone when there are no statistics', () => {
		expect(rows(openData.files.get(LIST_FILE)!).map((row) => row.property)).toEqual(['standardversion', '7701234560-socialmediaaccounts']);
	});
});

describe('the sets', () => {
	it('each passport states the terms of use', () => {
		const built = withStats();
		for (const set of ['7701234560-socialmediaaccounts', '7701234560-socialmediastats']) {
			const meta = rows(built.files.get(`${set}/${META_FILE}`)!);
			expect(meta.find((row) => row.property === 'license')?.value, set).toBe(LICENSE_URL);
		}
	});

	it('the statistics set has its own structure and dates no earlier than it', () => {
		const input = {
			site: data.site!,
			orgs: data.orgs,
			accounts: data.accounts,
			folderUrl: FOLDER,
			t,
			statsQuarters: [{ year: 2027, quarter: 1 }],
		};
		const stats = statsPassport(input)!;
		expect(stats.files.data).toBe('data-20270331-structure-20261207.csv');
		const structure = rows(buildOpenData(input).files.get(`${stats.identifier}/${stats.files.structure}`)!);
		expect(structure.map((row) => row['field name'])).toEqual(STATS_COLUMNS);
		for (const row of structure) expect(row['russian description'], row['field name']).toMatch(/[А-Яа-яЁё]/);
		// A quarter before the structure existed: the version takes the structure's date.
		expect(statsPassport({ ...input, statsQuarters: [{ year: 2026, quarter: 3 }] })!.files.data).toBe(
			'data-20261207-structure-20261207.csv',
		);
	});

	it('earlier versions are listed in the passport after the current one', () => {
		const earlier = new Map([
			[
				'7701234560-socialmediaaccounts',
				['data-20261122-structure-20261122.csv', 'structure-20250101.csv', 'data-20250301-structure-20250101.csv'],
			],
		]);
		const later = data.accounts.map((a) => ({ ...a, reviewed: '2027-02-01' }));
		const built = buildOpenData({ site: data.site!, orgs: data.orgs, accounts: later, folderUrl: FOLDER, t, earlier });
		const set = `${FOLDER}7701234560-socialmediaaccounts/`;
		const meta = rows(built.files.get(`7701234560-socialmediaaccounts/${META_FILE}`)!).filter((row) =>
			/^(data|structure)-/.test(row.property!),
		);
		expect(meta.map((row) => [row.property, row.value])).toEqual([
			['data-20270201-structure-20261122', `${set}data-20270201-structure-20261122.csv`],
			['data-20261122-structure-20261122', `${set}data-20261122-structure-20261122.csv`],
			['data-20250301-structure-20250101', `${set}data-20250301-structure-20250101.csv`],
			['structure-20261122', `${set}structure-20261122.csv`],
			['structure-20250101', `${set}structure-20250101.csv`],
		]);
	});
});

describe('spreadsheet copy', () => {
	it('starts with a BOM, separates by «;», and holds the same cells as the data file', () => {
		const registry = openData.passport;
		const text = openData.files.get(`${registry.identifier}/${registry.files.excel}`)!;
		expect(registry.files.excel).toBe(registry.files.data.replace(/\.csv$/, '-excel.csv'));
		expect(text.startsWith(UTF8_BOM)).toBe(true);
		const original = parse(openData.files.get(`${registry.identifier}/${registry.files.data}`)!) as string[][];
		expect(parse(text.slice(1), { delimiter: ';', record_delimiter: '\r\n' })).toEqual(original);
		expect(text.slice(1).split('\r\n')[0]).toBe(original[0]!.join(';'));
	});

	it('quotes cells with «;», quotes and line breaks, and keeps the formula guard', () => {
		const table = writePublishedTable(
			['a', 'b', 'c'],
			[
				{ a: 'один; два', b: 'с "кавычками", запятой', c: '=1+1' },
				{ a: 'строка\nвторая', b: '', c: '7' },
			],
		);
		const excel = toExcelCsv(table);
		expect(excel).toBe('a;b;c\r\n"один; два";"с ""кавычками"", запятой";\'=1+1\r\n"строка\nвторая";;7\r\n');
		expect(parse(excel, { delimiter: ';' })).toEqual(parse(table));
	});
});

describe('carried versions (data tree opendata-versions/)', () => {
	const tree = (files: Record<string, string>) => {
		const dir = mkdtempSync(join(tmpdir(), 'portal-versions-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(dir, 'opendata-versions', path, '..'), { recursive: true });
			writeFileSync(join(dir, 'opendata-versions', path), text);
		}
		return dir;
	};
	const current = new Map([['x-socialmediaaccounts', 'structure-20261122.csv']]);

	it('reads versions and structures per set', () => {
		const dir = tree({
			'x-socialmediaaccounts/data-20250301-structure-20250101.csv': 'a\n',
			'x-socialmediaaccounts/structure-20250101.csv': 's\n',
		});
		const versions = readVersions(dir, current);
		expect(versions.sets.get('x-socialmediaaccounts')).toEqual(['data-20250301-structure-20250101.csv', 'structure-20250101.csv']);
		expect(versions.files.map((file) => file.path)).toEqual([
			'x-socialmediaaccounts/data-20250301-structure-20250101.csv',
			'x-socialmediaaccounts/structure-20250101.csv',
		]);
	});

	it.each([
		[
			'a version older than its structure',
			{ 'x-socialmediaaccounts/data-20260929-structure-20261122.csv': 'a\n' },
			/раньше своей структуры 20261122/,
		],
		[
			'a version whose structure is missing',
			{ 'x-socialmediaaccounts/data-20250301-structure-20250101.csv': 'a\n' },
			/нет файла структуры structure-20250101\.csv/,
		],
		['a stray file', { 'x-socialmediaaccounts/notes.txt': 'a\n' }, /notes\.txt: ожидаются только файлы/],
		['an unknown set', { 'y-other/structure-20250101.csv': 's\n' }, /набора с идентификатором «y-other» нет/],
	])('refuses %s, naming the file', (_, files, message) => {
		const dir = tree(files);
		expect(() => readVersions(dir, current)).toThrow(VersionsError);
		expect(() => readVersions(dir, current)).toThrow(message);
		expect(() => readVersions(dir, current)).toThrow(dir);
	});
});
