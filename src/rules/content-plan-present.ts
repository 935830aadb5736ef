/**
 * Publishing follows a content plan («на основании … графика выхода и содержания публикаций
 * (контент-плана)»: Altai п. 2, Ivanteevka п. 2, Khasyn разд. I). A quarter with statistics but no
 * plan means the plan was not kept, or not filed. A plan is owed for a quarter if, in some week of it
 * that has ended (as the quota rules judge weeks: engine/weekly.ts), an act in force that week asks
 * for one and the organisation is not exempt (an exemption such as the Khasyn annex releases it from
 * keeping pages, and so from planning them). The first such week's act is cited: an act that comes
 * into force mid-quarter (Khasyn, 01.12.2022) owes a plan for that quarter too.
 */
import { isExempt } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';
import { endedWeeks, policiesInWeek } from '../engine/weekly.ts';
import type { Policy } from '../schemas/policy.ts';

export default defineRule({
	meta: {
		id: 'content-plan-present',
		title: 'Контент-план за квартал есть',
		description: 'Если за квартал есть статистика, рядом лежит и контент-план этого квартала (plans/ГГГГ-qN.csv).',
		enforces: { kind: 'policy', requirement: 'contentPlan' },
		defaultLevel: 'required',
		messages: {
			missing:
				'Нет контент-плана за {{quarter}} кв. {{year}} г. (ожидался файл plans/{{year}}-q{{quarter}}.csv): его ведения требует {{clause}}.',
		},
	},
	checkPeriod(ctx, period) {
		if (!period.stats || period.plans) return;
		const org = period.org.value;
		let policy: Policy | undefined;
		for (const monday of endedWeeks(period, ctx.today)) {
			if (isExempt(org, monday)) continue;
			policy = policiesInWeek(ctx.dataset, period, monday).find((p) => p.contentPlan);
			if (policy) break;
		}
		if (!policy?.contentPlan) return;
		ctx.report({
			file: period.stats.file,
			line: 1,
			column: 1,
			messageId: 'missing',
			level: policy.contentPlan.level,
			citation: { policy: policy.id, clause: policy.contentPlan.clause },
			data: { year: period.year, quarter: period.quarter },
		});
	},
});
