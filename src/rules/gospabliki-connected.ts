/**
 * Official pages in VK and OK are connected to «Госпаблики» (8-FZ art. 10 p. 1.3; decree 2560;
 * Khasyn разд. I): the date of connection is recorded in the registry.
 */
import { applicablePolicies, GOSPABLIKI_NETWORKS } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';

export default defineRule({
	meta: {
		id: 'gospabliki-connected',
		title: 'Страница подключена к «Госпабликам»',
		description: 'Действующие страницы во «ВКонтакте» и «Одноклассниках» подключены к системе «Госпаблики», дата подключения указана.',
		enforces: { kind: 'policy', requirement: 'gospabliki' },
		defaultLevel: 'required',
		messages: {
			missing: 'Не указана дата подключения страницы к «Госпабликам» (поле gospabliki): этого требует {{clause}}.',
		},
	},
	checkDataset(ctx) {
		const { dataset, today } = ctx;
		for (const { value: account, file } of dataset.accounts.values()) {
			if (account.status !== 'active' || !GOSPABLIKI_NETWORKS.has(account.network) || account.gospabliki) continue;
			const org = dataset.orgs.get(account.org)?.value;
			const policy = org && applicablePolicies(dataset, org, today).find((p) => p.gospabliki);
			if (!policy?.gospabliki) continue;
			ctx.report({
				file,
				path: account.gospabliki === null ? ['gospabliki'] : ['id'],
				messageId: 'missing',
				level: policy.gospabliki.level,
				citation: { policy: policy.id, clause: policy.gospabliki.clause },
			});
		}
	},
});
