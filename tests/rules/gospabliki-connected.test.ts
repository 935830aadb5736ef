import rule from '../../src/rules/gospabliki-connected.ts';
import { accountYaml, OK, ORG, orgEdit, replace, ruleTester, VK } from './rule-tester.ts';

const noGospabliki = replace('gospabliki: 2023-02-01\n', '');

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: both pages connected' },
		{
			name: 'a suspended page need not be connected',
			edits: { [OK]: (t) => noGospabliki(t).replace('status: active', 'status: suspended') },
		},
		{
			name: 'a Telegram page is not in «Госпаблики»',
			edits: {
				'orgs/test-admin/accounts/test-admin-tg.yaml': noGospabliki(
					accountYaml({ id: 'test-admin-tg', network: 'tg', url: 'https://t.me/test_admin' }),
				),
			},
		},
		{
			name: 'no act in force requires it (Ivanteevka only)',
			edits: { [ORG]: orgEdit({ policies: ['ivanteevka-2020-135'] }), [VK]: noGospabliki },
		},
		{ name: 'before federal-baseline and Khasyn came into force', today: '2022-03-01', edits: { [VK]: noGospabliki } },
	],
	invalid: [
		{
			name: 'no gospabliki field: points at the record',
			edits: { [VK]: noGospabliki },
			errors: [
				{
					messageId: 'missing',
					severity: 'error',
					file: VK,
					line: 1,
					column: 5,
					citation: { policy: 'federal-baseline', clause: 'fz8-art10-p1-3' },
					messageIncludes: ['ч. 1.3 ст. 10 Федерального закона от 09.02.2009 № 8-ФЗ'],
				},
			],
		},
		{
			name: 'gospabliki: null (not connected): points at the field',
			edits: { [VK]: replace('gospabliki: 2023-02-01', 'gospabliki: null') },
			errors: [{ messageId: 'missing', file: VK, line: 19, column: 13 }],
		},
		{
			name: 'both pages, in file order',
			edits: { [VK]: noGospabliki, [OK]: noGospabliki },
			errors: [
				{ messageId: 'missing', file: OK },
				{ messageId: 'missing', file: VK },
			],
		},
		{
			name: 'under Khasyn only: cites its п. 6.5',
			edits: { [ORG]: orgEdit({ policies: ['khasyn-undated'] }), [OK]: noGospabliki },
			errors: [{ messageId: 'missing', file: OK, citation: { policy: 'khasyn-undated', clause: 's1-p6-5' } }],
		},
		{
			name: 'a second VK page of the organisation',
			edits: {
				'orgs/test-admin/accounts/test-admin-vk2.yaml': noGospabliki(
					accountYaml({ id: 'test-admin-vk2', network: 'vk', url: 'https://vk.com/test_admin_2' }),
				),
			},
			errors: [{ messageId: 'missing', file: 'orgs/test-admin/accounts/test-admin-vk2.yaml' }],
		},
	],
});
