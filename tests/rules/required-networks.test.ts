import rule from '../../src/rules/required-networks.ts';
import { COMPLIANCE, EXEMPT, OK, ORG, orgEdit, replace, ruleTester, VK } from './rule-tester.ts';

const status = (s: string) =>
	replace(
		'status: active',
		s === 'closed' ? 'status: closed\nclosed: { date: 2026-09-30, reason: страница удалена по ошибке }' : `status: ${s}`,
	);

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: VK and OK pages' },
		{ name: 'a suspended page still counts', edits: { [OK]: status('suspended') } },
		{
			name: 'an exempt organisation without pages (Khasyn annex)',
			edits: { [ORG]: orgEdit({ extra: EXEMPT }), [OK]: status('closed'), [VK]: status('closed') },
		},
		{ name: 'before the VK/OK duty (01.12.2022)', today: '2022-11-30', edits: { [OK]: status('planned') } },
		{
			// The broken file's own error is the finding; «no VK page» about its organisation would be false.
			name: 'a VK page whose file has a YAML syntax error: nothing said about the organisation',
			edits: { [VK]: replace('name: Администрация Тестового района', "name: 'Администрация Тестового района") },
			others: 'allow',
		},
		{
			name: 'no act requires networks (Ivanteevka only)',
			edits: { [ORG]: orgEdit({ policies: ['ivanteevka-2020-135'] }), [OK]: status('closed') },
		},
	],
	invalid: [
		{
			name: 'no OK page (closed)',
			edits: { [OK]: status('closed') },
			errors: [
				{
					messageId: 'missing',
					severity: 'error',
					file: ORG,
					line: 1,
					column: 5,
					data: { network: 'ok', from: '2022-12-01' },
					messageExcludes: ['«ok»'],
					citation: { policy: 'federal-baseline', clause: 'r2523' },
					messageIncludes: [
						'нет действующей страницы в сети «Одноклассники»',
						'npm run new',
						'распоряжение Правительства Российской Федерации от 02.09.2022 № 2523-р',
					],
				},
			],
		},
		{
			name: 'a planned OK page does not count',
			edits: { [OK]: status('planned') },
			errors: [{ messageId: 'missing', data: { network: 'ok' } }],
		},
		{
			name: "neither page: one finding per network, in the act's order",
			edits: { [OK]: status('planned'), [VK]: status('closed') },
			errors: [
				{ messageId: 'missing', data: { network: 'vk' } },
				{ messageId: 'missing', data: { network: 'ok' } },
			],
		},
		{
			name: 'an exemption that has expired',
			edits: {
				[ORG]: orgEdit({ extra: 'exemption: { policy: khasyn-undated, clause: annex, until: 2026-01-01 }' }),
				[OK]: status('closed'),
			},
			errors: [{ messageId: 'missing', data: { network: 'ok' } }],
		},
		{
			name: 'under Khasyn only: cites its разд. I п. 1',
			edits: { [ORG]: orgEdit({ policies: ['khasyn-undated'] }), [OK]: status('closed') },
			errors: [
				{ messageId: 'missing', data: { network: 'ok', from: '2022-12-01' }, citation: { policy: 'khasyn-undated', clause: 's1-p1' } },
			],
		},
		{ name: 'on the first day of the duty', today: '2022-12-01', edits: { [OK]: status('planned') }, errors: [{ messageId: 'missing' }] },
		{
			name: 'compliance.yaml severity warn',
			edits: { [OK]: status('planned'), [COMPLIANCE]: 'rules:\n  required-networks: { severity: warn }\n' },
			errors: [{ messageId: 'missing', severity: 'warn' }],
		},
	],
});
