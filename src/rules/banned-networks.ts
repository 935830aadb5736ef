/**
 * No active official page in a network an act in force bans: Facebook and Instagram were banned in
 * Russia on 21.03.2022, so pages there that older acts name must be closed (kept as tombstones).
 */
import { applicablePolicies } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';
import { inNetwork } from '../lib/network-words.ts';

export default defineRule({
	meta: {
		id: 'banned-networks',
		title: 'Нет действующих страниц в запрещённых сетях',
		description: 'Страница в сети, запрещённой действующим актом, должна быть закрыта: в реестре она остаётся с датой и причиной закрытия.',
		enforces: { kind: 'policy', requirement: 'networks' },
		defaultLevel: 'required',
		messages: {
			banned:
				'Страница {{inNetwork}} значится действующей, но сеть запрещена с {{from}} ({{clause}}): закройте запись — status: closed, closed.date и closed.reason.',
		},
	},
	checkDataset(ctx) {
		const { dataset, today } = ctx;
		for (const { value: account, file } of dataset.accounts.values()) {
			if (account.status === 'closed' || account.status === 'planned') continue;
			const org = dataset.orgs.get(account.org)?.value;
			if (!org) continue;
			for (const policy of applicablePolicies(dataset, org, today)) {
				const rule = policy.networks.find(
					(r) => r.network === account.network && r.status === 'banned' && (!r.from || r.from <= today) && (!r.to || today <= r.to),
				);
				if (!rule) continue;
				ctx.report({
					file,
					path: ['status'],
					messageId: 'banned',
					level: rule.level,
					citation: { policy: policy.id, clause: rule.clause },
					data: { network: account.network, inNetwork: inNetwork(account.network), from: rule.from ?? policy.effectiveFrom },
				});
				break;
			}
		}
	},
});
