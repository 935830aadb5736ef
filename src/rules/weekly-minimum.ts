/**
 * Each page publishes at least the weekly minimum its act sets: ≥ 10 (Altai п. 6 for the
 * Government, Ivanteevka п. 5, both «рекомендуется»), ≥ 5 (Altai п. 6, other bodies), ≥ 3 (Khasyn
 * разд. II п. 2, «необходимо»). Acts that say «regularly» without a number (Zhatai п. 3.2, Lyambir
 * разд. 2 п. 1) are read as at least `regularMinimum` posts a week (an option, default 1).
 * A week with no row in the statistics counts as zero posts — once it has ended: a week is judged
 * when its Sunday is before the check date (engine/weekly.ts), so the current quarter is checked
 * as far as it has gone, and «из {{total}} нед.» counts the quarter's weeks judged so far.
 */
import { z } from 'zod';
import { defineRule } from '../engine/rule.ts';
import { describeWeeks, endedWeeks, shortfalls } from '../engine/weekly.ts';

const Options = z.object({ regularMinimum: z.number().int().min(1).max(50) }).strict();

export default defineRule<z.infer<typeof Options>>({
	meta: {
		id: 'weekly-minimum',
		title: 'Публикаций в неделю не меньше нормы',
		description:
			'По статистике каждая действующая страница публикует не меньше, чем требует или рекомендует акт, в каждую неделю квартала.',
		enforces: { kind: 'policy', requirement: 'tiers' },
		defaultLevel: 'required',
		defaultOptions: { regularMinimum: 1 },
		optionsSchema: Options,
		messages: {
			below:
				'Аккаунт «{{account}}»: меньше {{min}} публикаций в неделю в {{count}} из {{total}} нед. квартала — недели (публикаций): {{weeks}}; {{clause}} {{verb}} не менее {{min}}.',
		},
	},
	checkPeriod(ctx, period) {
		const table = period.stats;
		if (!table) return;
		const mondays = endedWeeks(period, ctx.today);
		if (!mondays.length) return;
		const byKey = new Map(table.rows.map((row) => [`${row.value.account}|${row.value.week_start}`, row]));
		const total = mondays.length;
		for (const { account, minimum, weeks } of shortfalls(ctx.dataset, period, ctx.options.regularMinimum, mondays, (acc, monday) => {
			const row = byKey.get(`${acc.id}|${monday}`);
			return row ? { count: row.value.posts, line: row.line, column: row.columns.posts ?? 1 } : { count: 0 };
		})) {
			const first = weeks.find((w) => w.line !== undefined);
			ctx.report({
				file: table.file,
				line: first?.line ?? 1,
				column: first?.column ?? 1,
				header: 'posts',
				messageId: 'below',
				level: minimum.level,
				citation: { policy: minimum.policy.id, clause: minimum.clause },
				data: {
					account: account.value.id,
					min: minimum.min,
					count: weeks.length,
					total,
					weeks: describeWeeks(weeks),
					verb: minimum.level === 'required' ? 'требует' : 'рекомендует',
				},
			});
		}
	},
});
