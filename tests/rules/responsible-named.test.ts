import rule from '../../src/rules/responsible-named.ts';
import { chain, COMPLIANCE, OK, ORG, orgEdit, replace, ruleTester, VK } from './rule-tester.ts';

const noResponsible = replace('responsible:\n  position: Начальник отдела информационной политики\n', '');

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: both pages name a position' },
		{ name: 'a suspended page is not checked', edits: { [VK]: chain(noResponsible, replace('status: active', 'status: suspended')) } },
		{
			name: 'no act requires it (federal-baseline only)',
			edits: { [ORG]: orgEdit({ policies: ['federal-baseline'] }), [VK]: noResponsible },
		},
		{
			name: 'a name published with consent',
			edits: {
				[VK]: replace(
					'  position: Начальник отдела информационной политики',
					'  position: Начальник отдела информационной политики\n  name: Иванова Мария Петровна\n  publishName: true',
				),
			},
		},
	],
	invalid: [
		{
			name: 'no responsible position',
			edits: { [VK]: noResponsible },
			errors: [
				{
					messageId: 'missing',
					severity: 'error',
					file: VK,
					line: 1,
					column: 5,
					citation: { policy: 'khasyn-undated', clause: 's1-p6' },
					messageIncludes: ['responsible.position'],
				},
			],
		},
		{
			name: 'both pages, in file order',
			edits: { [VK]: noResponsible, [OK]: noResponsible },
			errors: [
				{ messageId: 'missing', file: OK },
				{ messageId: 'missing', file: VK },
			],
		},
		{
			name: 'under zhatai-2020: cites п. 2 of its decree',
			edits: { [ORG]: orgEdit({ policies: ['zhatai-2020'] }), [OK]: noResponsible },
			errors: [{ messageId: 'missing', file: OK, citation: { policy: 'zhatai-2020', clause: 'decree-p-2' } }],
		},
		{
			name: 'compliance.yaml severity warn',
			edits: { [VK]: noResponsible, [COMPLIANCE]: 'rules:\n  responsible-named: { severity: warn }\n' },
			errors: [{ messageId: 'missing', severity: 'warn' }],
		},
	],
});
