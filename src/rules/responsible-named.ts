/** The position responsible for each page is named (Khasyn разд. I; Zhatai п. 2, 3.1, 5.1). */
import { applicablePolicies } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';

export default defineRule({
	meta: {
		id: 'responsible-named',
		title: 'Назначен ответственный',
		description: 'У действующей страницы указана должность ответственного за её ведение (ФИО — только с согласия).',
		enforces: { kind: 'policy', requirement: 'responsible' },
		defaultLevel: 'required',
		messages: {
			missing: 'Не указана должность ответственного за страницу (responsible.position): этого требует {{clause}}.',
		},
	},
	checkDataset(ctx) {
		const { dataset, today } = ctx;
		for (const { value: account, file } of dataset.accounts.values()) {
			if (account.status !== 'active' || account.responsible) continue;
			const org = dataset.orgs.get(account.org)?.value;
			const policy = org && applicablePolicies(dataset, org, today).find((p) => p.responsible);
			if (!policy?.responsible) continue;
			ctx.report({
				file,
				path: ['id'],
				messageId: 'missing',
				level: policy.responsible.level,
				citation: { policy: policy.id, clause: policy.responsible.clause },
			});
		}
	},
});
