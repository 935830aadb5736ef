/**
 * Publishing follows a content plan («на основании … графика выхода и содержания публикаций
 * (контент-плана)»: Altai п. 2, Ivanteevka п. 2, Khasyn разд. I). A quarter with statistics but no
 * plan means the plan was not kept, or not filed.
 */
import { applicablePolicies } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';
import { mondaysOfQuarter } from '../lib/dates.ts';

export default defineRule({
	meta: {
		id: 'content-plan-present',
		title: 'Контент-план за квартал есть',
		description: 'Если за квартал есть статистика, рядом лежит и контент-план этого квартала (plans/ГГГГ-qN.csv).',
		enforces: { kind: 'policy', requirement: 'contentPlan' },
		defaultLevel: 'required',
		messages: {
			missing: 'Нет контент-плана за {{quarter}} кв. {{year}} г. (ожидался файл plans/{{year}}-q{{quarter}}.csv): его ведения требует {{clause}}.',
		},
	},
	checkPeriod(ctx, period) {
		if (!period.stats || period.plans) return;
		const monday = mondaysOfQuarter(period.year, period.quarter)[0]!;
		const policy = applicablePolicies(ctx.dataset, period.org.value, monday).find((p) => p.contentPlan);
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
