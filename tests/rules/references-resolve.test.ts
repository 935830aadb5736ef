import { readFileSync } from 'node:fs';
import rule from '../../src/rules/references-resolve.ts';
import {
	accountYaml,
	append,
	INTERNAL,
	ORG,
	orgEdit,
	orgYaml,
	PLANS,
	REPLIES,
	replace,
	ruleTester,
	SITE,
	STATS,
	VK,
} from './rule-tester.ts';

const PLANS_Q4 = 'orgs/test-admin/plans/2026-q4.csv';
const PLAN_HEADER = 'date,account,network,topic,format,status\n';

const OTHER = 'orgs/test-other/org.yaml';
const OTHER_VK = 'orgs/test-other/accounts/test-other-vk.yaml';
const otherVk = accountYaml({ id: 'test-other-vk', org: 'test-other', network: 'vk', url: 'https://vk.com/test_other' });
const CLOSED_TG = 'orgs/test-admin/accounts/test-admin-tg.yaml';
/** A closed Telegram page of the fixture's organisation, naming `successor` as the page that continues it. */
const closedTg = (successor: string) =>
	accountYaml({
		id: 'test-admin-tg',
		network: 'tg',
		url: 'https://t.me/test_admin',
		status: 'closed',
		extra: ['closed:', '  date: 2024-01-01', '  reason: Страница перенесена во ВКонтакте', `  successor: ${successor}`].join('\n'),
	});
const khasynPreset = readFileSync(new URL('../../src/policies/presets/khasyn-undated.yaml', import.meta.url), 'utf8');

ruleTester(rule, {
	valid: [
		{ name: 'the fixture' },
		{
			name: 'a parent that exists',
			edits: { [OTHER]: orgYaml({ id: 'test-other', extra: 'parent: test-admin' }).replace('parent: null\n', '') },
		},
		{
			name: 'an exemption citing a real clause',
			edits: { [ORG]: orgEdit({ extra: 'exemption: { policy: khasyn-undated, clause: annex }' }) },
		},
		{ name: 'a tier one of its acts describes', edits: { [ORG]: orgEdit({ extra: 'tier: all' }), [VK]: append('tier: all\n') } },
		{
			name: 'a site policy from data/policies/',
			edits: {
				'policies/test-act.yaml': khasynPreset.replace('id: khasyn-undated', 'id: test-act'),
				[ORG]: orgEdit({ policies: ['federal-baseline', 'test-act'] }),
			},
		},
		{
			name: 'a CSV cell with a link to a registered page',
			edits: { [STATS]: replace('test-admin-vk,2026-07-06,4,1000', 'https://vk.com/club1234567,2026-07-06,4,1000') },
		},
		// A publication belongs to the quarter of its week's Monday (src/schemas/content-plan.ts).
		{
			name: 'a plan row dated 02.10 in the Q3 file: its week began on 28.09',
			edits: { [PLANS]: append('2026-10-02,,vk,Новости района 5,photo,planned\n') },
		},
		{
			name: 'a plan row dated 01.01.2027 in the 2026 Q4 file: its week began on 28.12',
			edits: { [PLANS_Q4]: `${PLAN_HEADER}2026-12-28,,vk,Итоги года,photo,planned\n2027-01-01,,vk,С Новым годом,card,planned\n` },
		},
		{ name: 'a closed page whose successor is a registered page', edits: { [CLOSED_TG]: closedTg('test-admin-vk') } },
	],
	invalid: [
		{
			name: 'a closed page whose successor is not in the registry',
			edits: { [CLOSED_TG]: closedTg('test-admin-max') },
			errors: [{ messageId: 'successor', severity: 'error', file: CLOSED_TG, line: 16, column: 14, data: { id: 'test-admin-max' } }],
		},
		{
			name: 'a closed page named as its own successor',
			edits: { [CLOSED_TG]: closedTg('test-admin-tg') },
			errors: [{ messageId: 'successorSelf', file: CLOSED_TG, line: 16, column: 14 }],
		},
		{
			name: 'an account of an organisation with no org.yaml',
			edits: {
				'orgs/ghost/accounts/ghost-vk.yaml': accountYaml({ id: 'ghost-vk', org: 'ghost', network: 'vk', url: 'https://vk.com/ghost' }),
			},
			errors: [
				{ messageId: 'org', severity: 'error', file: 'orgs/ghost/accounts/ghost-vk.yaml', line: 2, column: 6, data: { id: 'ghost' } },
			],
		},
		{
			name: 'an unknown parent',
			edits: { [ORG]: replace('parent: null', 'parent: ghost-ministry') },
			errors: [{ messageId: 'parent', file: ORG, line: 5, column: 9, data: { id: 'ghost-ministry' } }],
		},
		{
			name: 'a parent cycle of two',
			edits: {
				[ORG]: replace('parent: null', 'parent: test-other'),
				[OTHER]: orgYaml({ id: 'test-other' }).replace('parent: null', 'parent: test-admin'),
			},
			errors: [
				{ messageId: 'parentCycle', file: ORG, line: 5, data: { chain: 'test-admin → test-other → test-admin' } },
				{ messageId: 'parentCycle', file: OTHER, line: 5, data: { chain: 'test-other → test-admin → test-other' } },
			],
		},
		{
			name: 'an organisation that is its own parent',
			edits: { [ORG]: replace('parent: null', 'parent: test-admin') },
			errors: [{ messageId: 'parentCycle', data: { chain: 'test-admin → test-admin' } }],
		},
		{
			name: 'an unknown policy id in site.yaml',
			edits: {
				[SITE]: replace('policies: [federal-baseline, khasyn-undated]', 'policies: [federal-baseline, khasyn-undated, khasyn-2023]'),
			},
			errors: [
				{
					messageId: 'policy',
					file: SITE,
					line: 6,
					column: 46,
					data: { id: 'khasyn-2023' },
					messageIncludes: ['federal-baseline', 'lyambir-2020-224'],
				},
			],
		},
		{
			name: 'an unknown policy id in an organisation',
			edits: { [ORG]: orgEdit({ policies: ['federal-baseline', 'altai-2024-405'] }) },
			errors: [{ messageId: 'policy', file: ORG, line: 13, data: { id: 'altai-2024-405' } }],
		},
		{
			name: 'an exemption citing a clause the act does not have',
			edits: { [ORG]: orgEdit({ extra: 'exemption: { policy: khasyn-undated, clause: annex-p-4 }' }) },
			errors: [{ messageId: 'clause', file: ORG, line: 13, data: { policy: 'khasyn-undated', clause: 'annex-p-4' } }],
		},
		{
			name: 'an exemption under an unknown act',
			edits: { [ORG]: orgEdit({ extra: 'exemption: { policy: ghost-act, clause: annex }' }) },
			errors: [{ messageId: 'policy', file: ORG, data: { id: 'ghost-act' } }],
		},
		{
			name: 'an unknown tier (organisation and account)',
			edits: { [ORG]: orgEdit({ extra: 'tier: government' }), [VK]: append('tier: gold\n') },
			errors: [
				{ messageId: 'tier', file: VK, line: 24, column: 7, data: { tier: 'gold' } },
				{ messageId: 'tier', file: ORG, line: 13, column: 7, data: { tier: 'government' } },
			],
		},
		{
			name: "an internal security key for another organisation's account",
			edits: {
				[OTHER]: orgYaml({ id: 'test-other' }),
				[OTHER_VK]: otherVk,
				[INTERNAL]: append('  test-other-vk: { twoFactor: true, attested: 2026-09-01, attestedBy: Начальник отдела }\n'),
			},
			errors: [{ messageId: 'internalAccount', file: INTERNAL, line: 10, column: 18, data: { id: 'test-other-vk', org: 'test-admin' } }],
		},
		{
			name: 'a staff member responsible for an account that does not exist',
			edits: { [INTERNAL]: replace('accounts: [test-admin-vk, test-admin-ok]', 'accounts: [test-admin-vk, test-admin-tg]') },
			errors: [{ messageId: 'internalAccount', file: INTERNAL, line: 6, column: 31, data: { id: 'test-admin-tg' } }],
		},
		{
			name: 'an internal file of an unknown organisation',
			edits: { 'internal/ghost.yaml': 'org: ghost\n' },
			errors: [{ messageId: 'org', file: 'internal/ghost.yaml', line: 1, column: 6, data: { id: 'ghost' } }],
		},
		{
			name: "a CSV row for another organisation's account",
			edits: { [OTHER]: orgYaml({ id: 'test-other' }), [OTHER_VK]: otherVk, [STATS]: append('test-other-vk,2026-07-06,4,1000\n') },
			errors: [
				{
					messageId: 'foreignAccount',
					file: STATS,
					line: 28,
					column: 1,
					header: 'account',
					data: { account: 'test-other-vk', owner: 'test-other', org: 'test-admin' },
				},
			],
		},
		{
			name: "a CSV date outside the file's quarter",
			edits: { [STATS]: append('test-admin-vk,2026-10-05,4,1000\n') },
			errors: [
				{
					messageId: 'quarterRow',
					file: STATS,
					line: 28,
					column: 15,
					header: 'week_start',
					data: { date: '2026-10-05', quarter: 3, year: 2026 },
				},
			],
		},
		{
			name: 'a plan row dated 01.10 in the Q4 file: its week began on 28.09, in Q3',
			edits: { [PLANS_Q4]: `${PLAN_HEADER}2026-10-01,,vk,Новости района,photo,planned\n2026-10-05,,vk,Новости района,photo,planned\n` },
			errors: [
				{
					messageId: 'planWeek',
					file: PLANS_Q4,
					line: 2,
					column: 1,
					header: 'date',
					data: { date: '2026-10-01', monday: '2026-09-28', weekQuarter: 3, weekYear: 2026, quarter: 4, year: 2026 },
					messageIncludes: ['plans/2026-q3.csv'],
				},
			],
		},
		{
			name: 'a plan row dated 03.07 in the Q3 file: its week began on 29.06, in Q2',
			edits: { [PLANS]: append('2026-07-03,,vk,Новости района 5,photo,planned\n') },
			errors: [
				{ messageId: 'planWeek', file: PLANS, line: 106, header: 'date', data: { monday: '2026-06-29', weekQuarter: 2, quarter: 3 } },
			],
		},
		{
			name: "a reply received outside the file's quarter",
			edits: { [REPLIES]: append('2,test-admin-vk,2026-06-30T09:00+03:00,2026-06-30T10:00+03:00,,,\n') },
			errors: [{ messageId: 'quarterRow', file: REPLIES, line: 3, column: 17, header: 'received', data: { date: '2026-06-30' } }],
		},
		{
			name: 'tables of an organisation with no org.yaml',
			edits: { 'orgs/ghost/stats/2026-q3.csv': 'account,week_start,posts\n' },
			errors: [{ messageId: 'seriesOrg', file: 'orgs/ghost/stats/2026-q3.csv', line: 1, column: 1, data: { org: 'ghost' } }],
		},
	],
});
