import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import rule from '../../src/rules/file-layout.ts';
import { checkInvalid, fixture, INTERNAL, ORG, replace, ruleTester, SITE, VK } from './rule-tester.ts';

const khasynPreset = readFileSync(new URL('../../src/policies/presets/khasyn-undated.yaml', import.meta.url), 'utf8');

ruleTester(rule, {
	valid: [
		{ name: 'the fixture' },
		{
			name: 'drafts and editor files (leading _ or .) and README.md are ignored',
			edits: {
				'orgs/test-admin/_draft.yaml': 'черновик: да\n',
				'orgs/test-admin/.DS_Store': 'x',
				'orgs/README.md': '# Организации\n',
				'orgs/test-admin/accounts/.gitkeep': '',
			},
		},
		{
			name: 'a site policy named by its id',
			edits: { 'policies/test-act.yaml': khasynPreset.replace('id: khasyn-undated', 'id: test-act') },
		},
		{
			name: 'spreadsheets waiting in inbox/ for `npm run inbox` are not data',
			edits: {
				'inbox/README.md': '# Входящие таблицы\n',
				'inbox/Статистика июль.csv': 'Аккаунт;Неделя с;Публикаций\ntest-admin-vk;06.07.2026;5\n',
				'inbox/план.xlsx': 'PK\u0003\u0004',
			},
		},
		{ name: 'a quarter file for another quarter', edits: { 'orgs/test-admin/stats/2026-q2.csv': 'account,week_start,posts\n' } },
	],
	invalid: [
		{
			name: 'account id differs from the file name',
			edits: { [VK]: replace('id: test-admin-vk', 'id: test-admin-vkontakte') },
			others: 'allow',
			errors: [
				{
					messageId: 'idMismatch',
					severity: 'error',
					file: VK,
					line: 1,
					column: 5,
					data: { field: 'id', actual: 'test-admin-vkontakte', expected: 'test-admin-vk' },
				},
			],
		},
		{
			name: 'account org differs from its folder',
			edits: { [VK]: replace('org: test-admin', 'org: test-other') },
			others: 'allow',
			errors: [
				{ messageId: 'idMismatch', file: VK, line: 2, column: 6, data: { field: 'org', actual: 'test-other', expected: 'test-admin' } },
			],
		},
		{
			name: 'organisation id differs from its folder',
			edits: { [ORG]: replace('id: test-admin', 'id: test-admin-2') },
			others: 'allow',
			errors: [{ messageId: 'idMismatch', file: ORG, line: 1, column: 5, data: { field: 'id', expected: 'test-admin' } }],
		},
		{
			name: 'internal file org differs from its name',
			edits: { [INTERNAL]: replace('org: test-admin', 'org: test-other') },
			others: 'allow',
			errors: [{ messageId: 'idMismatch', file: INTERNAL, line: 1, column: 6, data: { field: 'org', actual: 'test-other' } }],
		},
		{
			name: '.yml extension',
			edits: { [VK]: null, 'orgs/test-admin/accounts/test-admin-vk.yml': fixture(VK) },
			others: 'allow',
			errors: [
				{ messageId: 'unexpected', file: 'orgs/test-admin/accounts/test-admin-vk.yml', line: 1, column: 1, messageIncludes: ['.yaml'] },
			],
		},
		{
			name: 'a stray file in orgs/<org>/',
			edits: { 'orgs/test-admin/notes.txt': 'заметки\n' },
			errors: [
				{ messageId: 'unexpected', file: 'orgs/test-admin/notes.txt', line: 1, column: 1, messageIncludes: ['org.yaml', 'accounts/'] },
			],
		},
		{
			name: 'a quarter file not named YYYY-qN.csv',
			edits: { 'orgs/test-admin/stats/2026-Q4.csv': 'account,week_start,posts\n' },
			errors: [{ messageId: 'unexpected', file: 'orgs/test-admin/stats/2026-Q4.csv', messageIncludes: ['2026-q3.csv'] }],
		},
		{
			name: 'a file at the top level',
			edits: { 'notes.yaml': 'a: 1\n' },
			errors: [{ messageId: 'unexpected', file: 'notes.yaml', messageIncludes: ['site.yaml'] }],
		},
		{
			name: 'the same account id in two organisations',
			edits: {
				'orgs/test-other/accounts/test-admin-vk.yaml': fixture(VK)
					.replace('org: test-admin', 'org: test-other')
					.replace('https://vk.com/test_admin', 'https://vk.com/test_other'),
			},
			others: 'allow',
			errors: [
				{
					messageId: 'duplicateId',
					file: 'orgs/test-other/accounts/test-admin-vk.yaml',
					line: 1,
					column: 5,
					data: { id: 'test-admin-vk', other: VK },
				},
			],
		},
		{
			name: 'a site policy that reuses a built-in preset id',
			edits: { 'policies/khasyn-undated.yaml': khasynPreset },
			errors: [{ messageId: 'presetShadowed', file: 'policies/khasyn-undated.yaml', data: { id: 'khasyn-undated' } }],
		},
		{
			name: 'missing site.yaml (reported, position-less)',
			edits: { [SITE]: null },
			others: 'allow',
			errors: [{ messageId: 'noSite', severity: 'error' }],
		},
	],
});

it('file-layout: noSite names site.yaml relative to cwd', () => {
	checkInvalid(rule, {
		name: 'no site.yaml',
		edits: { [SITE]: null },
		others: 'allow',
		errors: [{ messageId: 'noSite', file: 'site.yaml' }],
	});
});
