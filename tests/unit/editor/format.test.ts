/**
 * The editor's file format: what a form leaves behind when a field is emptied is dropped, the
 * schema line comes first, and an entry opened and saved unchanged is the same file byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminSettings, FORMATS } from '../../../src/editor/decap.ts';
import { ACCOUNT_MARK, fromYaml, pruneEmpty, toYaml } from '../../../src/editor/format.ts';

const DATA = resolve(import.meta.dirname, '../../../data');
const { formats } = adminSettings({ name: 'test-repo' });
const account = formats[FORMATS.account]!;
const org = formats[FORMATS.organisation]!;

describe('editor file format', () => {
	it('drops empty strings, lists and groups, keeps null, false and 0', () => {
		expect(pruneEmpty({ a: '', b: [], c: {}, d: { e: '' }, f: null, g: false, h: 0, i: ['', 'x'], j: [{ k: '' }] })).toEqual({
			f: null,
			g: false,
			h: 0,
			i: ['x'],
		});
	});

	it('writes the schema line first, keys in schema order, dates and digit strings as the checker reads them', () => {
		const text = toYaml(
			{
				status: 'planned',
				name: 'Х',
				url: 'https://vk.com/x',
				network: 'vk',
				org: 'o',
				id: 'o-vk',
				opened: '',
				[ACCOUNT_MARK]: true,
				profile: {},
			},
			account,
		);
		expect(text).toBe(
			'# yaml-language-server: $schema=../../../_schemas/account.schema.json\nid: o-vk\norg: o\nnetwork: vk\nurl: https://vk.com/x\nname: Х\nstatus: planned\n',
		);
		expect(toYaml({ id: 'x', inn: '7701234560', geo: { lat: 1.5, lon: 2 } }, org)).toContain("inn: '7701234560'");
		expect(fromYaml('opened: 2022-12-01\n', account)).toEqual({ opened: '2022-12-01' });
	});

	it('marks account files so the accounts collection can leave org.yaml out', () => {
		expect(fromYaml('id: a\norg: o\nnetwork: vk\n', account)[ACCOUNT_MARK]).toBe(true);
		expect(fromYaml('id: o\nname: Орган\nkind: subordinate\n', account)[ACCOUNT_MARK]).toBeUndefined();
		expect(fromYaml('id: a\norg: o\nnetwork: vk\n', org)[ACCOUNT_MARK]).toBeUndefined();
	});

	it('every organisation and account of data/ round-trips unchanged', () => {
		const files = readdirSync(join(DATA, 'orgs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
		const changed = files.filter((file) => {
			const settings = file.includes('/accounts/') ? account : org;
			const text = readFileSync(join(DATA, 'orgs', file), 'utf8');
			return toYaml(fromYaml(text, settings), settings) !== text;
		});
		expect(files.length).toBeGreaterThan(100);
		expect(changed).toEqual([]);
	});
});
