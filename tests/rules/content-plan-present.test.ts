import { it } from 'vitest';
import rule from '../../src/rules/content-plan-present.ts';
import { checkValid, COMPLIANCE, EXEMPT, mondaysOf, ORG, orgEdit, PLANS, ruleTester, STATS, statsCsv } from './rule-tester.ts';

const ACCOUNTS = ['test-admin-vk', 'test-admin-ok'];
const STATS_Q2 = 'orgs/test-admin/stats/2026-q2.csv';
const STATS_2024_Q3 = 'orgs/test-admin/stats/2024-q3.csv';
const STATS_2024_Q4 = 'orgs/test-admin/stats/2024-q4.csv';
const ALTAI = orgEdit({ kind: 'executive-body', policies: ['federal-baseline', 'altai-2020-133'] });

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: stats and plans for 2026 Q3' },
		{ name: 'a plan without stats (quarter not over yet)', edits: { [STATS]: null } },
		{ name: 'only a reply log for the quarter (stats and plans removed)', edits: { [STATS]: null, [PLANS]: null } },
		{
			name: 'no act requires a content plan (federal-baseline only)',
			edits: { [ORG]: orgEdit({ policies: ['federal-baseline'] }), [PLANS]: null },
		},
		{ name: 'Altai requires a plan but is not in force in 2026', edits: { [ORG]: ALTAI, [PLANS]: null } },
		{
			name: 'the current quarter before its first week has ended',
			today: '2026-10-09',
			edits: { 'orgs/test-admin/stats/2026-q4.csv': statsCsv(ACCOUNTS, ['2026-10-05'], () => 4) },
		},
	],
	invalid: [
		{
			name: 'stats without a plan',
			edits: { [PLANS]: null },
			errors: [
				{
					messageId: 'missing',
					severity: 'error',
					file: STATS,
					line: 1,
					column: 1,
					data: { year: 2026, quarter: 3 },
					citation: { policy: 'khasyn-undated', clause: 's1-p6-1' },
					messageIncludes: ['plans/2026-q3.csv'],
				},
			],
		},
		{
			name: 'one finding per quarter without a plan',
			edits: { [STATS_Q2]: statsCsv(ACCOUNTS, mondaysOf(2026, 2), () => 4) },
			errors: [{ messageId: 'missing', file: STATS_Q2, data: { year: 2026, quarter: 2 } }],
		},
		{
			name: 'Altai in force in 2024 Q3',
			edits: { [ORG]: ALTAI, [STATS_2024_Q3]: statsCsv(ACCOUNTS, mondaysOf(2024, 3), () => 6) },
			errors: [
				{
					messageId: 'missing',
					severity: 'error',
					file: STATS_2024_Q3,
					citation: { policy: 'altai-2020-133', clause: 'p-2' },
					messageIncludes: ['п. 2 постановления Правительства Алтайского края от 27.03.2020 № 133'],
				},
			],
		},
		{
			// Altai lapsed on 24.10.2024, but was in force when 2024 Q4 began.
			name: 'Altai in force at the start of 2024 Q4',
			edits: { [ORG]: ALTAI, [STATS_2024_Q4]: statsCsv(ACCOUNTS, mondaysOf(2024, 4), () => 6) },
			errors: [{ messageId: 'missing', file: STATS_2024_Q4, citation: { policy: 'altai-2020-133' } }],
		},
		{
			// Khasyn came into force on 01.12.2022: its weeks in December owe a plan for the quarter.
			name: 'an act in force from mid-quarter: Khasyn in 2022 Q4',
			edits: { 'orgs/test-admin/stats/2022-q4.csv': statsCsv(ACCOUNTS, mondaysOf(2022, 4), () => 4) },
			errors: [{ messageId: 'missing', file: 'orgs/test-admin/stats/2022-q4.csv', citation: { policy: 'khasyn-undated' } }],
		},
		{
			name: 'an exemption that ends mid-quarter',
			edits: { [ORG]: orgEdit({ extra: 'exemption: { policy: khasyn-undated, clause: annex, until: 2026-08-15 }' }), [PLANS]: null },
			errors: [{ messageId: 'missing', file: STATS }],
		},
		{
			name: 'compliance.yaml severity warn',
			edits: { [PLANS]: null, [COMPLIANCE]: 'rules:\n  content-plan-present: { severity: warn }\n' },
			errors: [{ messageId: 'missing', severity: 'warn' }],
		},
	],
});

it('content-plan-present: an exempt organisation is not asked for a plan', () => {
	checkValid(rule, { name: 'exempt, stats without plan', edits: { [ORG]: orgEdit({ extra: EXEMPT }), [PLANS]: null } });
});
