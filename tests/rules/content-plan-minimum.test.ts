import { it } from 'vitest';
import rule from '../../src/rules/content-plan-minimum.ts';
import {
	accountYaml,
	checkValid,
	COMPLIANCE,
	EXEMPT,
	mondaysOf,
	ORG,
	orgEdit,
	PLANS,
	plansCsv,
	Q3_MONDAYS,
	replace,
	ruleTester,
	chain,
} from './rule-tester.ts';

const TG = 'orgs/test-admin/accounts/test-admin-tg.yaml';
const VK2 = 'orgs/test-admin/accounts/test-admin-vk2.yaml';
const PLANS_2024_Q3 = 'orgs/test-admin/plans/2024-q3.csv';
const HEADER_ONLY = 'date,account,network,topic,format,status\n';
const vk2 = accountYaml({ id: 'test-admin-vk2', network: 'vk', url: 'https://vk.com/test_admin_2' });
/** VK rows by network, OK rows by account: `n(key, monday)` a week. */
const plans = (n: (key: string, monday: string) => number) => plansCsv(['*vk', 'test-admin-ok'], Q3_MONDAYS, n);

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: 4 planned a week per page (Khasyn ≥ 3)' },
		{
			name: 'rows by account id rather than by network',
			edits: { [PLANS]: plansCsv(['test-admin-vk', 'test-admin-ok'], Q3_MONDAYS, () => 3) },
		},
		{ name: 'network-wide rows count for every page of that network', edits: { [VK2]: vk2 } },
		{
			name: 'cancelled rows on top of enough planned ones',
			edits: {
				[PLANS]:
					plans(() => 3) +
					plans(() => 2)
						.replace(HEADER_ONLY, '')
						.replaceAll(',planned', ',cancelled'),
			},
		},
		{
			name: 'a planned page needs no plan rows',
			edits: { [TG]: accountYaml({ id: 'test-admin-tg', network: 'tg', url: 'https://t.me/test_admin', status: 'planned' }) },
		},
		{ name: 'an exempt organisation with an empty plan', edits: { [ORG]: orgEdit({ extra: EXEMPT }), [PLANS]: HEADER_ONLY } },
		{
			name: 'no act with a weekly minimum (federal-baseline only)',
			edits: { [ORG]: orgEdit({ policies: ['federal-baseline'] }), [PLANS]: HEADER_ONLY },
		},
		{
			name: 'a policy not in force: Altai government in 2026, one planned a week',
			edits: { [ORG]: orgEdit({ kind: 'regional-government', policies: ['federal-baseline', 'altai-2020-133'] }), [PLANS]: plans(() => 1) },
		},
	],
	invalid: [
		{
			name: 'weeks without plan rows count as zero',
			edits: { [PLANS]: plans((k, m) => (k === 'test-admin-ok' && m < '2026-07-20' ? 0 : 4)) },
			errors: [
				{
					messageId: 'below',
					severity: 'error',
					file: PLANS,
					line: 1,
					column: 1,
					data: { account: 'test-admin-ok', min: 3, count: 2, weeks: '06.07 (0), 13.07 (0)', verb: 'требует' },
					citation: { policy: 'khasyn-undated', clause: 's2-p2' },
				},
			],
		},
		{
			name: 'cancelled items do not count',
			edits: {
				[PLANS]: chain(
					replace('2026-07-06,,vk,Новости района 1,photo,published', '2026-07-06,,vk,Новости района 1,photo,cancelled'),
					replace('2026-07-07,,vk,Новости района 2,photo,published', '2026-07-07,,vk,Новости района 2,photo,cancelled'),
				),
			},
			errors: [{ messageId: 'below', data: { account: 'test-admin-vk', count: 1, weeks: '06.07 (2)' } }],
		},
		{
			// Two network-wide VK rows count for both VK pages; test-admin-vk also has one of its own.
			name: 'network-wide rows plus per-page rows: only the page short of the minimum',
			edits: {
				[VK2]: vk2,
				[PLANS]: plansCsv(['*vk', 'test-admin-vk', 'test-admin-ok'], Q3_MONDAYS, (k) => (k === '*vk' ? 2 : k === 'test-admin-vk' ? 1 : 3)),
			},
			errors: [{ messageId: 'below', data: { account: 'test-admin-vk2', count: 13 } }],
		},
		{
			name: 'a page opened mid-quarter with no plan rows: only its own weeks',
			edits: { [TG]: accountYaml({ id: 'test-admin-tg', network: 'tg', url: 'https://t.me/test_admin', opened: '2026-08-19' }) },
			errors: [
				{
					messageId: 'below',
					data: { account: 'test-admin-tg', count: 6, weeks: '24.08 (0), 31.08 (0), 07.09 (0), 14.09 (0), 21.09 (0), 28.09 (0)' },
				},
			],
		},
		{
			name: 'Altai government in 2024 Q3: 6 planned a week → warning (≥ 10 recommended)',
			edits: {
				[ORG]: orgEdit({ kind: 'regional-government', policies: ['federal-baseline', 'altai-2020-133'] }),
				[PLANS_2024_Q3]: plansCsv(['*vk', 'test-admin-ok'], mondaysOf(2024, 3), (k) => (k === '*vk' ? 6 : 10)),
			},
			errors: [
				{
					messageId: 'below',
					severity: 'warn',
					file: PLANS_2024_Q3,
					data: { account: 'test-admin-vk', min: 10, count: 14, verb: 'рекомендует' },
					citation: { policy: 'altai-2020-133', clause: 'p-6' },
				},
			],
		},
		{
			name: 'compliance.yaml severity warn',
			edits: {
				[PLANS]: plans((k, m) => (k === 'test-admin-ok' && m === '2026-07-06' ? 2 : 4)),
				[COMPLIANCE]: 'rules:\n  content-plan-minimum: { severity: warn }\n',
			},
			errors: [{ messageId: 'below', severity: 'warn', data: { account: 'test-admin-ok', count: 1, weeks: '06.07 (2)' } }],
		},
		{
			name: 'option regularMinimum: 5 under Lyambir («regularly»)',
			edits: {
				[ORG]: orgEdit({ policies: ['federal-baseline', 'lyambir-2020-224'] }),
				[COMPLIANCE]: 'rules:\n  content-plan-minimum: { options: { regularMinimum: 5 } }\n',
			},
			errors: [
				{
					messageId: 'below',
					data: { account: 'test-admin-ok', min: 5, count: 13 },
					citation: { policy: 'lyambir-2020-224', clause: 's2-p6' },
				},
				{ messageId: 'below', data: { account: 'test-admin-vk', min: 5, count: 13 } },
			],
		},
	],
});

// The week of 28.09.2026 belongs to Q3, its Monday's quarter: it is planned in full in the Q3 file,
// its days in October included (src/schemas/content-plan.ts; references-resolve accepts those rows
// there and reports them in the Q4 file, where no week of Q4 would count them).
it("content-plan-minimum: a week straddling two quarters is planned in full in its Monday's quarter", () => {
	const week = ['2026-09-28', '2026-09-29', '2026-10-01', '2026-10-02'].flatMap((date) => [
		`${date},,vk,Новости района,photo,planned`,
		`${date},test-admin-ok,,Новости района,text,planned`,
	]);
	checkValid(rule, {
		name: 'week of 28.09 in the Q3 file, October days included',
		edits: {
			[PLANS]: plans((_k, m) => (m === '2026-09-28' ? 0 : 4)) + `${week.join('\n')}\n`,
			'orgs/test-admin/plans/2026-q4.csv': plansCsv(['*vk', 'test-admin-ok'], mondaysOf(2026, 4), () => 4),
		},
	});
});
