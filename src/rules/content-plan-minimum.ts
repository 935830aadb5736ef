/**
 * The content plan itself schedules at least the weekly minimum for every page: a plan that does
 * not meet the quota cannot lead to meeting it (the acts base publishing on the content plan:
 * Altai п. 2, Ivanteevka п. 2, Khasyn разд. I). Cancelled items do not count. A plan row naming a
 * network counts for every page of the organisation in that network. A row counts for the week of
 * its date, and that week for the quarter of its Monday: the quarter's file holds it even when the
 * date is already in the next quarter (src/schemas/content-plan.ts).
 */
import { z } from 'zod';
import { defineRule } from '../engine/rule.ts';
import { describeWeeks, shortfalls } from '../engine/weekly.ts';
import { mondayOf, mondaysOfQuarter } from '../lib/dates.ts';

const Options = z.object({ regularMinimum: z.number().int().min(1).max(50) }).strict();

export default defineRule<z.infer<typeof Options>>({
	meta: {
		id: 'content-plan-minimum',
		title: 'Контент-план покрывает недельную норму',
		description: 'В контент-плане на каждую неделю квартала запланировано не меньше публикаций, чем норма для каждой страницы.',
		enforces: { kind: 'policy', requirement: 'tiers' },
		defaultLevel: 'required',
		defaultOptions: { regularMinimum: 1 },
		optionsSchema: Options,
		messages: {
			below:
				'Аккаунт «{{account}}»: в контент-плане меньше {{min}} публикаций в неделю в {{count}} нед. — недели (запланировано): {{weeks}}; {{clause}} {{verb}} не менее {{min}}.',
		},
	},
	checkPeriod(ctx, period) {
		const table = period.plans;
		if (!table) return;
		const planned = new Map<string, number>();
		for (const { value } of table.rows) {
			if (value.status === 'cancelled') continue;
			const key = `${value.account ?? `*${value.network}`}|${mondayOf(value.date)}`;
			planned.set(key, (planned.get(key) ?? 0) + 1);
		}
		// Every week of the quarter, ended or not: a plan is made ahead of the weeks it plans.
		const mondays = mondaysOfQuarter(period.year, period.quarter);
		for (const { account, minimum, weeks } of shortfalls(ctx.dataset, period, ctx.options.regularMinimum, mondays, (acc, monday) => ({
			count: (planned.get(`${acc.id}|${monday}`) ?? 0) + (planned.get(`*${acc.network}|${monday}`) ?? 0),
		}))) {
			ctx.report({
				file: table.file,
				line: 1,
				column: 1,
				messageId: 'below',
				level: minimum.level,
				citation: { policy: minimum.policy.id, clause: minimum.clause },
				data: {
					account: account.value.id,
					min: minimum.min,
					count: weeks.length,
					weeks: describeWeeks(weeks),
					verb: minimum.level === 'required' ? 'требует' : 'рекомендует',
				},
			});
		}
	},
});
