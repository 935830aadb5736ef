/**
 * What was published keeps up with what was planned: a page that publishes much less than its
 * content plan says is not run «на основании» that plan (Altai п. 2, Ivanteevka п. 2, Khasyn разд.
 * I). Compared per page and week; the tolerated share is an option (default: at least 80 %).
 */
import { z } from 'zod';
import { applicablePolicies, publishingDuring } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';
import { describeWeeks, type Shortfall } from '../engine/weekly.ts';
import { mondayOf, mondaysOfQuarter } from '../lib/dates.ts';

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
		const mondays = mondaysOfQuarter(period.year, period.quarter);
		const policy = applicablePolicies(ctx.dataset, period.org.value, mondays[0]!).find((p) => p.contentPlan);
		if (!policy?.contentPlan) return;
		const planned = new Map<string, number>();
		for (const { value } of plans.rows) {
			if (value.status === 'cancelled') continue;
			const key = `${value.account ?? `*${value.network}`}|${mondayOf(value.date)}`;
			planned.set(key, (planned.get(key) ?? 0) + 1);
		}
		const posted = new Map(stats.rows.map((row) => [`${row.value.account}|${row.value.week_start}`, row]));
		for (const entry of ctx.dataset.accountsByOrg.get(period.org.value.id) ?? []) {
			const weeks: Shortfall['weeks'] = [];
			for (const monday of mondays) {
				if (!publishingDuring(entry.value, monday)) continue;
				const plan = (planned.get(`${entry.value.id}|${monday}`) ?? 0) + (planned.get(`*${entry.value.network}|${monday}`) ?? 0);
				const row = posted.get(`${entry.value.id}|${monday}`);
				const count = row?.value.posts ?? 0;
				if (plan > 0 && count < plan * ctx.options.minShare) weeks.push({ monday, count, ...(row ? { line: row.line, column: row.columns.posts ?? 1 } : {}) });
			}
			if (!weeks.length) continue;
			const first = weeks.find((w) => w.line !== undefined);
			ctx.report({
				file: stats.file,
				line: first?.line ?? 1,
				column: first?.column ?? 1,
				header: 'posts',
				messageId: 'gap',
				level: 'recommended',
				citation: { policy: policy.id, clause: policy.contentPlan.clause },
				data: { account: entry.value.id, percent: Math.round(ctx.options.minShare * 100), count: weeks.length, weeks: describeWeeks(weeks) },
			});
		}
	},
});
