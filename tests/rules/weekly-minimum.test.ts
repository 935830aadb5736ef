import { it } from 'vitest';
import rule from '../../src/rules/weekly-minimum.ts';
import {
	accountYaml,
	checkInvalid,
	checkValid,
	COMPLIANCE,
	EXEMPT,
	mondaysOf,
	OK,
	ORG,
	orgEdit,
	Q3_MONDAYS,
	replace,
	ruleTester,
	STATS,
	statsCsv,
	type InvalidCase,
	type ValidCase,
} from './rule-tester.ts';

const ACCOUNTS = ['test-admin-vk', 'test-admin-ok'];
const TG = 'orgs/test-admin/accounts/test-admin-tg.yaml';
const tg = (fields: { status?: string; opened?: string } = {}) =>
	accountYaml({ id: 'test-admin-tg', network: 'tg', url: 'https://t.me/test_admin', ...fields });
/** Q3 2026 stats, 4 posts a week for both pages unless `posts` says otherwise. */
const stats = (posts: (account: string, monday: string) => number | null) => statsCsv(ACCOUNTS, Q3_MONDAYS, posts);
const STATS_2024_Q3 = 'orgs/test-admin/stats/2024-q3.csv';
const STATS_2024_Q4 = 'orgs/test-admin/stats/2024-q4.csv';
const ALTAI_GOVERNMENT = orgEdit({ kind: 'regional-government', policies: ['federal-baseline', 'altai-2020-133'] });
const LYAMBIR = orgEdit({ policies: ['federal-baseline', 'lyambir-2020-224'] });

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: 4 posts a week under Khasyn (≥ 3)' },
		{ name: 'exactly the minimum every week', edits: { [STATS]: stats(() => 3) } },
		{
			name: 'an exempt organisation (Khasyn annex) posting nothing',
			edits: { [ORG]: orgEdit({ extra: EXEMPT }), [STATS]: stats((a) => (a === 'test-admin-ok' ? 0 : 4)) },
		},
		{
			name: 'an exemption that runs past the quarter',
			edits: {
				[ORG]: orgEdit({ extra: 'exemption: { policy: khasyn-undated, clause: annex, until: 2026-12-31 }' }),
				[STATS]: stats((a) => (a === 'test-admin-ok' ? null : 4)),
			},
		},
		{ name: 'a planned page has no rows and is not counted', edits: { [TG]: tg({ status: 'planned' }) } },
		{
			name: 'a suspended page has no rows and is not counted',
			edits: { [OK]: replace('status: active', 'status: suspended'), [STATS]: stats((a) => (a === 'test-admin-ok' ? null : 4)) },
		},
		{
			// Opened on Wednesday 19.08: its first full week starts on 24.08.
			name: 'a page opened mid-quarter is counted from its first full week',
			edits: {
				[TG]: tg({ opened: '2026-08-19' }),
				[STATS]: statsCsv([...ACCOUNTS, 'test-admin-tg'], Q3_MONDAYS, (a, m) => (a === 'test-admin-tg' && m < '2026-08-24' ? null : 4)),
			},
		},
		{
			// Closed on Saturday 01.08: the week of 27.07 is not a full publishing week.
			name: 'a page closed mid-quarter is not counted from the week it closed',
			edits: {
				[OK]: replace('status: active', 'status: closed\nclosed: { date: 2026-08-01, reason: страница перенесена в новую группу }'),
				[STATS]: stats((a, m) => (a === 'test-admin-ok' && m >= '2026-07-27' ? null : 4)),
			},
		},
		{
			// altai-2020-133 lapsed on 24.10.2024; federal-baseline sets no weekly minimum.
			name: 'a policy not in force: Altai government in 2026 posting once a week',
			edits: { [ORG]: ALTAI_GOVERNMENT, [STATS]: stats(() => 1) },
		},
		{
			name: 'compliance.yaml severity off silences the rule',
			edits: { [COMPLIANCE]: 'rules:\n  weekly-minimum: { severity: off }\n', [STATS]: stats(() => 0) },
		},
		{
			name: 'an exempt organisation whose pages published nothing all quarter is not dormant',
			edits: { [ORG]: orgEdit({ extra: EXEMPT }), [STATS]: stats(() => 0) },
		},
		{
			name: "regularMinimum applies only to «regularly» acts, not to Khasyn's number",
			edits: { [COMPLIANCE]: 'rules:\n  weekly-minimum: { options: { regularMinimum: 10 } }\n' },
		},
	],
	invalid: [
		{
			name: 'below the minimum in two weeks: count, weeks and the first row',
			edits: { [STATS]: stats((a, m) => (a !== 'test-admin-ok' ? 4 : m === '2026-07-06' ? 2 : m === '2026-07-13' ? 1 : 4)) },
			errors: [
				{
					messageId: 'below',
					severity: 'error',
					file: STATS,
					line: 3,
					column: 26,
					header: 'posts',
					data: { account: 'test-admin-ok', min: 3, count: 2, total: 13, weeks: '06.07 (2), 13.07 (1)', verb: 'требует' },
					citation: { policy: 'khasyn-undated', clause: 's2-p2' },
					messageIncludes: ['разд. II, п. 2 порядка Администрации Хасынского муниципального округа'],
				},
			],
		},
		{
			name: 'a missing row counts as zero (no row to point at: line 1)',
			edits: { [STATS]: stats((a, m) => (a === 'test-admin-ok' && m === '2026-07-20' ? null : 4)) },
			errors: [
				{
					messageId: 'below',
					file: STATS,
					line: 1,
					column: 1,
					data: { account: 'test-admin-ok', count: 1, total: 13, weeks: '20.07 (0)' },
				},
			],
		},
		{
			name: 'a missing week first, a low week later: points at the first row that exists',
			edits: { [STATS]: stats((a, m) => (a !== 'test-admin-ok' ? 4 : m === '2026-07-06' ? null : m === '2026-07-13' ? 1 : 4)) },
			errors: [{ messageId: 'below', line: 4, column: 26, data: { count: 2, weeks: '06.07 (0), 13.07 (1)' } }],
		},
		{
			name: 'a page opened mid-quarter with no statistics: only its own weeks',
			edits: { [TG]: tg({ opened: '2026-08-19' }) },
			errors: [
				{
					messageId: 'below',
					line: 1,
					data: { account: 'test-admin-tg', count: 6, weeks: '24.08 (0), 31.08 (0), 07.09 (0), 14.09 (0), 21.09 (0), 28.09 (0)' },
				},
			],
		},
		{
			// On Wednesday 12.08.2026 five weeks have ended (06.07 … 03.08); the week of 10.08 is under way.
			name: 'mid-quarter: only ended weeks are judged, and total counts them',
			today: '2026-08-12',
			edits: { [STATS]: statsCsv(ACCOUNTS, Q3_MONDAYS.slice(0, 5), (a, m) => (a === 'test-admin-ok' && m === '2026-07-13' ? 1 : 4)) },
			errors: [{ messageId: 'below', data: { account: 'test-admin-ok', count: 1, total: 5, weeks: '13.07 (1)' } }],
		},
		{
			name: 'an exemption that expired before the quarter',
			edits: {
				[ORG]: orgEdit({ extra: 'exemption: { policy: khasyn-undated, clause: annex, until: 2026-06-30 }' }),
				[STATS]: stats((a) => (a === 'test-admin-ok' ? 1 : 4)),
			},
			errors: [{ messageId: 'below', data: { account: 'test-admin-ok', count: 13 } }],
		},
		{
			// 2024 Q3 has 14 Mondays (01.07 … 30.09); Altai п. 6 «рекомендуется» ≥ 10 for the Government.
			name: 'a policy in force: Altai government in 2024 Q3 with 6 posts a week → warning',
			edits: { [ORG]: ALTAI_GOVERNMENT, [STATS_2024_Q3]: statsCsv(ACCOUNTS, mondaysOf(2024, 3), () => 6) },
			errors: [
				{
					messageId: 'below',
					severity: 'warn',
					file: STATS_2024_Q3,
					line: 2,
					column: 26,
					data: {
						account: 'test-admin-vk',
						min: 10,
						count: 14,
						total: 14,
						verb: 'рекомендует',
						weeks: '01.07 (6), 08.07 (6), 15.07 (6), 22.07 (6), 29.07 (6), 05.08 (6) и ещё 8',
					},
					citation: { policy: 'altai-2020-133', clause: 'p-6' },
					messageIncludes: ['п. 6 постановления Правительства Алтайского края от 27.03.2020 № 133 рекомендует не менее 10'],
				},
				{ messageId: 'below', severity: 'warn', line: 3, data: { account: 'test-admin-ok', min: 10 } },
			],
		},
		{
			name: 'Altai executive body: the tier by organisation kind (≥ 5)',
			edits: {
				[ORG]: orgEdit({ kind: 'executive-body', policies: ['federal-baseline', 'altai-2020-133'] }),
				[STATS_2024_Q3]: statsCsv(ACCOUNTS, mondaysOf(2024, 3), (a) => (a === 'test-admin-ok' ? 4 : 5)),
			},
			errors: [{ messageId: 'below', severity: 'warn', data: { account: 'test-admin-ok', min: 5, count: 14 } }],
		},
		{
			// In force until 24.10.2024: only the weeks of 07.10, 14.10 and 21.10 are checked.
			name: 'a policy that lapses mid-quarter: Altai in 2024 Q4',
			edits: {
				[ORG]: ALTAI_GOVERNMENT,
				[STATS_2024_Q4]:
					statsCsv(['test-admin-vk'], mondaysOf(2024, 4), () => 6) +
					statsCsv(['test-admin-ok'], mondaysOf(2024, 4), () => 10).replace(/^account.*\n/, ''),
			},
			errors: [
				{ messageId: 'below', severity: 'warn', data: { account: 'test-admin-vk', count: 3, weeks: '07.10 (6), 14.10 (6), 21.10 (6)' } },
			],
		},
		{
			name: 'compliance.yaml severity error makes a recommended finding an error',
			edits: {
				[ORG]: ALTAI_GOVERNMENT,
				[STATS_2024_Q3]: statsCsv(ACCOUNTS, mondaysOf(2024, 3), (a) => (a === 'test-admin-ok' ? 10 : 6)),
				[COMPLIANCE]: 'rules:\n  weekly-minimum: { severity: error }\n',
			},
			errors: [{ messageId: 'below', severity: 'error', data: { account: 'test-admin-vk', verb: 'рекомендует' } }],
		},
		{
			// Lyambir разд. 2 п. 1 says «регулярно» without a number: read as ≥ regularMinimum (default 1).
			name: '«regularly» (Lyambir) with the default regularMinimum: a week without posts',
			edits: { [ORG]: LYAMBIR, [STATS]: stats((a, m) => (a === 'test-admin-vk' && m === '2026-09-28' ? 0 : 4)) },
			errors: [
				{
					messageId: 'below',
					severity: 'error',
					line: 26,
					data: { account: 'test-admin-vk', min: 1, count: 1, weeks: '28.09 (0)' },
					citation: { policy: 'lyambir-2020-224', clause: 's2-p6' },
				},
			],
		},
		{
			name: 'option regularMinimum: 5 under Lyambir',
			edits: { [ORG]: LYAMBIR, [COMPLIANCE]: 'rules:\n  weekly-minimum: { options: { regularMinimum: 5 } }\n' },
			errors: [
				{ messageId: 'below', line: 2, data: { account: 'test-admin-vk', min: 5, count: 13 } },
				{ messageId: 'below', line: 3, data: { account: 'test-admin-ok', min: 5, count: 13 } },
			],
		},
		{
			name: 'two acts with minimums: one finding per act',
			edits: {
				[ORG]: orgEdit({ policies: ['federal-baseline', 'khasyn-undated', 'lyambir-2020-224'] }),
				[STATS]: stats((a, m) => (a === 'test-admin-vk' && m === '2026-07-06' ? 0 : 4)),
			},
			errors: [
				{ messageId: 'below', line: 2, data: { min: 3 }, citation: { policy: 'khasyn-undated' } },
				{ messageId: 'below', line: 2, data: { min: 1 }, citation: { policy: 'lyambir-2020-224' } },
			],
		},
	],
});

/** Both pages post nothing in the weeks `silent` holds, 4 posts a week otherwise. */
const silentIn = (silent: string[], empty: 0 | null = 0) => stats((_a, m) => (silent.includes(m) ? empty : 4));
const JULY_AUGUST = ['2026-07-20', '2026-07-27', '2026-08-03', '2026-08-10'];
const belowBoth = (count: number, order = ['test-admin-vk', 'test-admin-ok']) =>
	order.map((account) => ({ messageId: 'below', data: { account, count } }));
/** Findings without a row to point at are all at line 1, in the order of the account files. */
const AT_LINE_1 = ['test-admin-ok', 'test-admin-vk'];

ruleTester(rule, {
	valid: [],
	invalid: [
		{
			name: 'dormant: no page published anything for 4 weeks in a row (the default)',
			edits: { [STATS]: silentIn(JULY_AUGUST) },
			errors: [
				{
					messageId: 'dormant',
					severity: 'error',
					file: STATS,
					// The first row of the silent weeks: test-admin-vk, week of 20.07.
					line: 6,
					column: 26,
					header: 'posts',
					data: { org: 'test-admin', weeks: 4, from: '20.07.2026', to: '16.08.2026', min: 3, verb: 'требует' },
					citation: { policy: 'khasyn-undated', clause: 's2-p2' },
					messageIncludes: ['Нет публикаций 4 нед. подряд', 'разд. II, п. 2 порядка Администрации Хасынского', 'status: suspended'],
				},
				...belowBoth(4),
			],
		},
		{
			name: 'dormant: silent weeks without a single row count as zero (no row to point at: line 1)',
			edits: { [STATS]: silentIn([...JULY_AUGUST, '2026-08-17'], null) },
			errors: [
				{ messageId: 'dormant', line: 1, column: 1, data: { weeks: 5, from: '20.07.2026', to: '23.08.2026' } },
				...belowBoth(5, AT_LINE_1),
			],
		},
		{
			name: 'not dormant: 3 silent weeks are under the default of 4',
			edits: { [STATS]: silentIn(JULY_AUGUST.slice(0, 3)) },
			errors: belowBoth(3),
		},
		{
			name: 'not dormant: 4 silent weeks broken by a week with posts',
			edits: { [STATS]: silentIn(['2026-07-20', '2026-07-27', '2026-08-10', '2026-08-17']) },
			errors: belowBoth(4),
		},
		{
			name: 'not dormant: one page kept publishing while the other was silent',
			edits: { [STATS]: stats((a, m) => (a === 'test-admin-ok' && JULY_AUGUST.includes(m) ? 0 : 4)) },
			errors: [{ messageId: 'below', data: { account: 'test-admin-ok', count: 4 } }],
		},
		{
			name: 'option dormantWeeks: 3 flags 3 silent weeks',
			edits: { [STATS]: silentIn(JULY_AUGUST.slice(0, 3)), [COMPLIANCE]: 'rules:\n  weekly-minimum: { options: { dormantWeeks: 3 } }\n' },
			errors: [{ messageId: 'dormant', data: { weeks: 3, to: '09.08.2026' } }, ...belowBoth(3)],
		},
		{
			// On Wednesday 12.08.2026 the weeks of 20.07, 27.07 and 03.08 have ended without posts; the
			// week of 10.08 is under way and later weeks are still to come: not silent yet.
			name: 'not dormant mid-quarter: weeks not yet ended are not silent',
			today: '2026-08-12',
			edits: { [STATS]: statsCsv(ACCOUNTS, Q3_MONDAYS.slice(0, 2), () => 4) },
			errors: belowBoth(3, AT_LINE_1),
		},
	],
});

it('weekly-minimum: total is the number of weeks in the quarter, not weeks with rows', () => {
	const testCase: InvalidCase = {
		name: 'last three weeks missing',
		edits: { [STATS]: stats((_a, m) => (m >= '2026-09-14' ? null : 4)) },
		errors: [
			{ messageId: 'below', data: { account: 'test-admin-ok', count: 3, total: 13 } },
			{ messageId: 'below', data: { account: 'test-admin-vk', count: 3, total: 13 } },
		],
	};
	checkInvalid(rule, testCase);
});

it('weekly-minimum: weeks after the check date are not counted as zero', () => {
	const testCase: ValidCase = {
		name: 'current quarter, first week filed',
		today: '2026-10-12',
		edits: { 'orgs/test-admin/stats/2026-q4.csv': statsCsv(ACCOUNTS, ['2026-10-05'], () => 4) },
	};
	checkValid(rule, testCase);
});
