/**
 * A body keeps a page in every network its acts require: VK and OK for every state and municipal
 * body and subordinate organisation since 01.12.2022 (8-FZ art. 10; order 2523-r), unless an act
 * exempts it (e.g. the Khasyn annex).
 */
import { applicablePolicies, isExempt } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';
import { inNetwork } from '../lib/network-words.ts';

export default defineRule({
	meta: {
		id: 'required-networks',
		title: 'Есть страницы во всех обязательных сетях',
		description: 'У организации есть действующая страница в каждой сети, которую требует действующий акт, если организация не освобождена.',
		enforces: { kind: 'policy', requirement: 'networks' },
		defaultLevel: 'required',
		messages: {
			missing:
				'У организации нет действующей страницы {{inNetwork}}: {{clause}} требует её с {{from}}. Заведите страницу и внесите её в реестр (npm run new) или, если она есть, укажите в её записи status: active.',
		},
	},
	checkDataset(ctx) {
		const { dataset, today } = ctx;
		for (const { value: org, file } of dataset.orgs.values()) {
			// A page file of the organisation that could not be read may be the page this rule looks
			// for: its own error is the finding, not a claim that the page is missing.
			if (isExempt(org, today) || dataset.rejected.accountFilesByOrg.has(org.id)) continue;
			const live = new Set(
				(dataset.accountsByOrg.get(org.id) ?? [])
					.filter((a) => a.value.status === 'active' || a.value.status === 'suspended')
					.map((a) => a.value.network),
			);
			const reported = new Set<string>();
			for (const policy of applicablePolicies(dataset, org, today)) {
				for (const rule of policy.networks) {
					if (rule.status !== 'required' || live.has(rule.network) || reported.has(rule.network)) continue;
					if ((rule.from && rule.from > today) || (rule.to && rule.to < today)) continue;
					reported.add(rule.network);
					ctx.report({
						file,
						path: ['id'],
						messageId: 'missing',
						level: rule.level,
						citation: { policy: policy.id, clause: rule.clause },
						data: { network: rule.network, inNetwork: inNetwork(rule.network), from: rule.from ?? policy.effectiveFrom },
					});
				}
			}
		}
	},
});
