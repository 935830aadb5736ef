/**
 * Each page publishes at least the weekly minimum its act sets: ≥ 10 (Altai п. 6 for the
 * Government, Ivanteevka п. 5, both «рекомендуется»), ≥ 5 (Altai п. 6, other bodies), ≥ 3 (Khasyn
 * разд. II п. 2, «необходимо»). Acts that say «regularly» without a number (Zhatai п. 3.2, Lyambir
 * разд. 2 п. 1) are read as at least `regularMinimum` posts a week (an option, default 1).
 * A week with no row in the statistics counts as zero posts — once it has ended: a week is judged
 * when its Sunday is before the check date (engine/weekly.ts), so the current quarter is checked
 * as far as it has gone, and «из {{total}} нед.» counts the quarter's weeks judged so far.
 *
 * An organisation none of whose pages published anything for `dormantWeeks` consecutive ended
 * weeks of a quarter (an option, default 4) is also reported once as dormant, citing the minimum
 * of the first silent week: a body whose pages went quiet is what a coordinator looks for first,
 * and per-page shortfalls bury it among weeks that were merely short.
 */
import { z } from 'zod';
import { defineRule } from '../engine/rule.ts';
import { DEFAULT_DORMANT_WEEKS, describeWeeks, endedWeeks, shortfalls, silentRun } from '../engine/weekly.ts';
import { addDays, ruDate } from '../lib/dates.ts';

const Options = z
	.object({
		regularMinimum: z.number().int().min(1).max(50),
		// A quarter has 13 or 14 weeks; one silent week is a shortfall, not dormancy.
		dormantWeeks: z.number().int().min(2).max(14),
	})
	.strict();

export default defineRule<z.infer<typeof Options>>({
	meta: {
		id: 'weekly-minimum',
		title: 'Публикаций в неделю не меньше нормы',
		description:
			'По статистике каждая действующая страница публикует не меньше, чем требует или рекомендует акт, в каждую неделю квартала.',
		enforces: { kind: 'policy', requirement: 'tiers' },
		defaultLevel: 'required',
		defaultOptions: { regularMinimum: 1, dormantWeeks: DEFAULT_DORMANT_WEEKS },
		optionsSchema: Options,
		messages: {
			below:
				'Аккаунт «{{account}}»: меньше {{min}} публикаций в неделю в {{count}} из {{total}} нед. квартала — недели (публикаций): {{weeks}}; {{clause}} {{verb}} не менее {{min}}.',
			dormant:
				'Нет публикаций {{weeks}} нед. подряд: ни одна страница организации «{{org}}» ничего не опубликовала с {{from}} по {{to}}, а {{clause}} {{verb}} не менее {{min}} в неделю. Если публикации были, внесите их в статистику; если страницы не ведутся, отметьте это в их записях (status: suspended или closed).',
		},
	},
	checkPeriod(ctx, period) {
		const table = period.stats;
		if (!table) return;
		const mondays = endedWeeks(period, ctx.today);
		if (!mondays.length) return;
		const byKey = new Map(table.rows.map((row) => [`${row.value.account}|${row.value.week_start}`, row]));
		const total = mondays.length;
		const silent = silentRun(
			ctx.dataset,
			period,
			ctx.options.regularMinimum,
			mondays,
			(acc, monday) => byKey.get(`${acc.id}|${monday}`)?.value.posts ?? 0,
		);
		if (silent && silent.weeks >= ctx.options.dormantWeeks) {
			const ids = new Set((ctx.dataset.accountsByOrg.get(period.org.value.id) ?? []).map((entry) => entry.value.id));
			// The first row of the run, if any was filed (a week of zeros); else the file's first line.
			const first = table.rows.find(
				(row) => ids.has(row.value.account) && row.value.week_start >= silent.from && row.value.week_start <= silent.to,
			);
			const { minimum } = silent;
			ctx.report({
				file: table.file,
				line: first?.line ?? 1,
				column: first?.columns.posts ?? 1,
				header: 'posts',
				messageId: 'dormant',
				level: minimum.level,
				citation: { policy: minimum.policy.id, clause: minimum.clause },
				data: {
					org: period.org.value.id,
					weeks: silent.weeks,
					from: ruDate(silent.from),
					to: ruDate(addDays(silent.to, 6)),
					min: minimum.min,
					verb: minimum.level === 'required' ? 'требует' : 'рекомендует',
				},
			});
		}
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
