/**
 * The page shows what the acts require: official status (Zhatai п. 3.5), description and design
 * (Altai п. 8, Ivanteevka п. 7, Khasyn разд. II п. 4), contacts (Khasyn разд. II п. 1.1).
 */
import { applicablePolicies } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';

const ELEMENT_RU: Record<string, string> = {
	'official-status': 'указание на официальный статус',
	description: 'текстовое описание',
	design: 'дизайнерское оформление',
	address: 'адрес',
	geolocation: 'геолокация',
	email: 'адрес электронной почты',
	phones: 'телефоны справочных служб',
	website: 'официальный сайт',
};

export default defineRule({
	meta: {
		id: 'profile-complete',
		title: 'Оформление страницы полное',
		description: 'На действующей странице есть всё, что требует акт: указание на официальный статус, описание, оформление, контакты.',
		enforces: { kind: 'policy', requirement: 'profile' },
		defaultLevel: 'required',
		messages: {
			missing: 'На странице не отмечено: {{element}} (profile.{{key}}: true) — этого требует {{clause}}.',
		},
	},
	checkDataset(ctx) {
		const { dataset, today } = ctx;
		for (const { value: account, file } of dataset.accounts.values()) {
			if (account.status !== 'active') continue;
			const org = dataset.orgs.get(account.org)?.value;
			if (!org) continue;
			const reported = new Set<string>();
			for (const policy of applicablePolicies(dataset, org, today)) {
				for (const requirement of policy.profile) {
					if (account.profile[requirement.element] === true || reported.has(requirement.element)) continue;
					// Khasyn разд. II п. 1.1: the website is shown «при наличии» — only if the body has one.
					if (requirement.element === 'website' && org.website === undefined) continue;
					reported.add(requirement.element);
					ctx.report({
						file,
						path: account.profile[requirement.element] === false ? ['profile', requirement.element] : ['profile'],
						messageId: 'missing',
						level: requirement.level,
						citation: { policy: policy.id, clause: requirement.clause },
						data: { element: ELEMENT_RU[requirement.element] ?? requirement.element, key: requirement.element },
					});
				}
			}
		}
	},
});
