/**
 * What was published keeps up with what was planned: a page that publishes much less than its
 * content plan says is not run «на основании» that plan (Altai п. 2, Ivanteevka п. 2, Khasyn разд.
 * I). Compared per page and week; the tolerated share is an option (default: at least 80 %).
 * Week by week, as the quota rules judge (engine/weekly.ts): only weeks that have ended (Sunday
 * before the check date), only under an act in force that week that requires a plan, and not while
 * the organisation is exempt (e.g. the Khasyn annex releases it from keeping pages at all).
 */
import { z } from 'zod';
import { isExempt, publishingDuring } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';
import { describeWeeks, endedWeeks, policiesInWeek, type Shortfall } from '../engine/weekly.ts';
import { mondayOf } from '../lib/dates.ts';
import type { Policy } from '../schemas/policy.ts';

const Options = z.object({ minShare: z.number().min(0).max(1) }).strict();

export default defineRule<z.infer<typeof Options>>({
	meta: {
		id: 'plan-fact-gap',
		title: 'Факт не отстаёт от плана',
		description: 'Опубликовано не меньше 80 % запланированного на неделю (доля настраивается).',
		enforces: { kind: 'policy', requirement: 'contentPlan' },
		defaultLevel: 'recommended',
		defaultOptions: { minShare: 0.8 },
		optionsSchema: Options,
		messages: {
			gap: 'Аккаунт «{{account}}»: опубликовано меньше {{percent}} % запланированного в {{count}} нед. — недели (опубликовано): {{weeks}}; план ведётся по {{clause}}.',
		},
	},
	checkPeriod(ctx, period) {
		const { stats, plans } = period;
		if (!stats || !plans) return;
		const org = period.org.value;
		// The weeks to compare, each with the act that asks for a plan that week.
		const weeks: { monday: string; policy: Policy; clause: string }[] = [];
		for (const monday of endedWeeks(period, ctx.today)) {
			if (isExempt(org, monday)) continue;
			const policy = policiesInWeek(ctx.dataset, period, monday).find((p) => p.contentPlan);
			if (policy?.contentPlan) weeks.push({ monday, policy, clause: policy.contentPlan.clause });
		}
		if (!weeks.length) return;
		const planned = new Map<string, number>();
		for (const { value } of plans.rows) {
			if (value.status === 'cancelled') continue;
			const key = `${value.account ?? `*${value.network}`}|${mondayOf(value.date)}`;
			planned.set(key, (planned.get(key) ?? 0) + 1);
		}
		const posted = new Map(stats.rows.map((row) => [`${row.value.account}|${row.value.week_start}`, row]));
		for (const entry of ctx.dataset.accountsByOrg.get(org.id) ?? []) {
			// One finding per page and act: an act that lapses mid-quarter is cited for its own weeks.
			let gaps: Map<Policy, { clause: string; weeks: Shortfall['weeks'] }> | undefined;
			for (const { monday, policy, clause } of weeks) {
				if (!publishingDuring(entry.value, monday)) continue;
				const plan = (planned.get(`${entry.value.id}|${monday}`) ?? 0) + (planned.get(`*${entry.value.network}|${monday}`) ?? 0);
				const row = posted.get(`${entry.value.id}|${monday}`);
				const count = row?.value.posts ?? 0;
				if (plan === 0 || count >= plan * ctx.options.minShare) continue;
				gaps ??= new Map();
				const gap = gaps.get(policy) ?? { clause, weeks: [] };
				gap.weeks.push({ monday, count, ...(row ? { line: row.line, column: row.columns.posts ?? 1 } : {}) });
				gaps.set(policy, gap);
			}
			for (const [policy, { clause, weeks: list }] of gaps ?? []) {
				const first = list.find((w) => w.line !== undefined);
				ctx.report({
					file: stats.file,
					line: first?.line ?? 1,
					column: first?.column ?? 1,
					header: 'posts',
					messageId: 'gap',
					level: 'recommended',
					citation: { policy: policy.id, clause },
					data: {
						account: entry.value.id,
						percent: Math.round(ctx.options.minShare * 100),
						count: list.length,
						weeks: describeWeeks(list),
					},
				});
			}
		}
	},
});
