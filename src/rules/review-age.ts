/**
 * A registry entry is reviewed at least once a year: the registry must hold current information
 * (Altai п. 5 «содержащий актуальную информацию»; Khasyn разд. I «актуальной информации»). The
 * interval is an option; the finding cites the registry clause of the act in force, if any.
 */
import { z } from 'zod';
import { addDays, ruDate } from '../lib/dates.ts';
import { applicablePolicies } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';

const Options = z.object({ months: z.number().int().min(1).max(60) }).strict();

export default defineRule<z.infer<typeof Options>>({
	meta: {
		id: 'review-age',
		title: 'Запись проверялась в течение года',
		description: 'Запись о действующей странице проверяли не позднее чем 12 месяцев назад (дата в поле reviewed).',
		enforces: { kind: 'policy', requirement: 'registry' },
		defaultLevel: 'recommended',
		defaultOptions: { months: 12 },
		optionsSchema: Options,
		messages: {
			stale: 'Запись не проверялась с {{reviewed}} — больше {{months}} мес.: проверьте страницу и обновите поле reviewed.',
			never: 'Нет даты последней проверки записи (поле reviewed).',
		},
	},
	checkDataset(ctx) {
		const { dataset, today, options } = ctx;
		const limit = addDays(today, -Math.round(options.months * 30.44));
		for (const { value: account, file } of dataset.accounts.values()) {
			if (account.status !== 'active') continue;
			if (account.reviewed !== undefined && account.reviewed >= limit) continue;
			const org = dataset.orgs.get(account.org)?.value;
			const policy = org && applicablePolicies(dataset, org, today).find((p) => p.registry);
			ctx.report({
				file,
				path: account.reviewed === undefined ? ['id'] : ['reviewed'],
				messageId: account.reviewed === undefined ? 'never' : 'stale',
				level: 'recommended',
				...(policy?.registry ? { citation: { policy: policy.id, clause: policy.registry.clause } } : {}),
				data: { reviewed: account.reviewed ? ruDate(account.reviewed) : '', months: options.months },
			});
		}
	},
});
