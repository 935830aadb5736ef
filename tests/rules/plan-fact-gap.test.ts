import { describe, it } from 'vitest';
import rule from '../../src/rules/plan-fact-gap.ts';
import {
	accountYaml,
	chain,
	checkInvalid,
	checkValid,
	COMPLIANCE,
	EXEMPT,
	mondaysOf,
	OK,
	ORG,
	orgEdit,
	PLANS,
	plansCsv,
	Q3_MONDAYS,
	replace,
	ruleTester,
	STATS,
	statsCsv,
} from './rule-tester.ts';

const ACCOUNTS = ['test-admin-vk', 'test-admin-ok'];
const VK2 = 'orgs/test-admin/accounts/test-admin-vk2.yaml';
const TG = 'orgs/test-admin/accounts/test-admin-tg.yaml';
/** Q3 2026 stats; the fixture plans 4 a week for each page. */
const stats = (posts: (account: string, monday: string) => number | null) => statsCsv(ACCOUNTS, Q3_MONDAYS, posts);
const low = (account: string, week: string, n: number | null) => stats((a, m) => (a === account && m === week ? n : 4));

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: 4 planned, 4 published' },
		{ name: 'published more than planned', edits: { [STATS]: stats(() => 9) } },
		{
			name: 'exactly 80 % of a larger plan',
			edits: { [PLANS]: plansCsv(['*vk', 'test-admin-ok'], Q3_MONDAYS, () => 5), [STATS]: stats(() => 4) },
		},
		{
			name: 'cancelled items do not count: 2 planned (2 cancelled), 2 published',
			edits: {
				[PLANS]: chain(
					replace('2026-07-06,,vk,Новости района 1,photo,published', '2026-07-06,,vk,Новости района 1,photo,cancelled'),
					replace('2026-07-07,,vk,Новости района 2,photo,published', '2026-07-07,,vk,Новости района 2,photo,cancelled'),
				),
				[STATS]: low('test-admin-vk', '2026-07-06', 2),
			},
		},
		{
			name: 'a suspended page without stats',
			edits: { [OK]: replace('status: active', 'status: suspended'), [STATS]: stats((a) => (a === 'test-admin-ok' ? null : 4)) },
		},
		{
			name: 'a page opened mid-quarter: plan rows before it opened are not compared',
			edits: {
				[TG]: accountYaml({ id: 'test-admin-tg', network: 'tg', url: 'https://t.me/test_admin', opened: '2026-08-19' }),
				[PLANS]: plansCsv(['*vk', 'test-admin-ok', 'test-admin-tg'], Q3_MONDAYS, () => 4),
				[STATS]: statsCsv([...ACCOUNTS, 'test-admin-tg'], Q3_MONDAYS, (a, m) => (a === 'test-admin-tg' && m < '2026-08-24' ? null : 4)),
			},
		},
		{
			name: 'option minShare 0.5: 2 of 4 is enough',
			edits: { [STATS]: low('test-admin-vk', '2026-07-06', 2), [COMPLIANCE]: 'rules:\n  plan-fact-gap: { options: { minShare: 0.5 } }\n' },
		},
		{ name: 'no plan file: nothing to compare (content-plan-present reports it)', edits: { [PLANS]: null, [STATS]: stats(() => 0) } },
		{
			name: 'no act requires a content plan (federal-baseline only)',
			edits: { [ORG]: orgEdit({ policies: ['federal-baseline'] }), [STATS]: stats(() => 0) },
		},
	],
	invalid: [
		{
			name: '3 published of 4 planned (< 80 %)',
			edits: { [STATS]: low('test-admin-vk', '2026-07-06', 3) },
			errors: [
				{
					messageId: 'gap',
					severity: 'warn',
					file: STATS,
					line: 2,
					column: 26,
					header: 'posts',
					data: { account: 'test-admin-vk', percent: 80, count: 1, weeks: '06.07 (3)' },
					citation: { policy: 'khasyn-undated', clause: 's1-p6-1' },
				},
			],
		},
		{
			name: 'a missing stats row counts as zero published',
			edits: { [STATS]: low('test-admin-ok', '2026-07-13', null) },
			errors: [{ messageId: 'gap', line: 1, column: 1, data: { account: 'test-admin-ok', count: 1, weeks: '13.07 (0)' } }],
		},
		{
			name: 'a missing week first, a low week later: points at the row that exists',
			edits: { [STATS]: stats((a, m) => (a !== 'test-admin-ok' ? 4 : m === '2026-07-06' ? null : m === '2026-07-13' ? 1 : 4)) },
			errors: [{ messageId: 'gap', line: 4, column: 26, data: { count: 2, weeks: '06.07 (0), 13.07 (1)' } }],
		},
		{
			name: 'network-wide plan rows count for every VK page',
			edits: {
				[VK2]: accountYaml({ id: 'test-admin-vk2', network: 'vk', url: 'https://vk.com/test_admin_2' }),
				[STATS]: statsCsv([...ACCOUNTS, 'test-admin-vk2'], Q3_MONDAYS, (a) => (a === 'test-admin-vk2' ? 2 : 4)),
			},
			errors: [{ messageId: 'gap', data: { account: 'test-admin-vk2', count: 13 } }],
		},
		{
			name: 'option minShare 1: every planned post must be published',
			edits: { [STATS]: low('test-admin-ok', '2026-09-28', 3), [COMPLIANCE]: 'rules:\n  plan-fact-gap: { options: { minShare: 1 } }\n' },
			errors: [{ messageId: 'gap', line: 27, data: { account: 'test-admin-ok', percent: 100, weeks: '28.09 (3)' } }],
		},
		{
			name: 'compliance.yaml severity error',
			edits: { [STATS]: low('test-admin-vk', '2026-07-06', 0), [COMPLIANCE]: 'rules:\n  plan-fact-gap: { severity: error }\n' },
			errors: [{ messageId: 'gap', severity: 'error' }],
		},
	],
});

describe('plan-fact-gap: exemptions, acts and weeks judged week by week', () => {
	it('an exempt organisation is not compared', () => {
		checkValid(rule, { name: 'exempt', edits: { [ORG]: orgEdit({ extra: EXEMPT }), [STATS]: stats(() => 0) } });
	});

	it('weeks after the act lapsed are not compared (Altai, 2024 Q4)', () => {
		const q4 = mondaysOf(2024, 4);
		checkValid(rule, {
			name: 'gap after 24.10.2024',
			edits: {
				[ORG]: orgEdit({ kind: 'executive-body', policies: ['federal-baseline', 'altai-2020-133'] }),
				'orgs/test-admin/plans/2024-q4.csv': plansCsv(['*vk', 'test-admin-ok'], q4, () => 5),
				'orgs/test-admin/stats/2024-q4.csv': statsCsv(ACCOUNTS, q4, (a, m) => (a === 'test-admin-vk' && m === '2024-11-04' ? 0 : 5)),
			},
		});
	});

	it('weeks after the act came into force are compared (Khasyn, 2022 Q4)', () => {
		const q4 = mondaysOf(2022, 4);
		checkInvalid(rule, {
			name: 'gap after 01.12.2022',
			edits: {
				'orgs/test-admin/plans/2022-q4.csv': plansCsv(['*vk', 'test-admin-ok'], q4, () => 4),
				'orgs/test-admin/stats/2022-q4.csv': statsCsv(ACCOUNTS, q4, (a, m) => (a === 'test-admin-vk' && m === '2022-12-05' ? 0 : 4)),
			},
			errors: [{ messageId: 'gap', data: { account: 'test-admin-vk', weeks: '05.12 (0)' }, citation: { policy: 'khasyn-undated' } }],
		});
	});

	it('weeks after the check date are not compared', () => {
		const q4 = mondaysOf(2026, 4);
		checkValid(rule, {
			name: 'current quarter',
			today: '2026-10-12',
			edits: {
				'orgs/test-admin/plans/2026-q4.csv': plansCsv(['*vk', 'test-admin-ok'], q4, () => 4),
				'orgs/test-admin/stats/2026-q4.csv': statsCsv(ACCOUNTS, ['2026-10-05'], () => 4),
			},
		});
	});
});
