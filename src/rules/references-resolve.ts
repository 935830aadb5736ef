/**
 * Every reference points at something that exists: account → organisation → parent, the policies
 * named by the site and organisations, exemption clauses, tiers, internal files and CSV accounts,
 * and the page a closed one names as its successor: the statement of a closed page sends readers
 * there, and an id the registry does not hold would send them nowhere.
 */
import { defineRule } from '../engine/rule.ts';
import { mondayOf, quarterOf } from '../lib/dates.ts';

export default defineRule({
	meta: {
		id: 'references-resolve',
		title: 'Ссылки между записями верны',
		description: 'Организации, акты, пункты актов, категории и аккаунты, на которые ссылаются записи, существуют.',
		enforces: { kind: 'data' },
		defaultLevel: 'required',
		messages: {
			org: 'Организация «{{id}}» не найдена: нет файла data/orgs/{{id}}/org.yaml.',
			successor:
				'Страница-преемник «{{id}}» не найдена в реестре: укажите в closed.successor идентификатор зарегистрированной страницы (поле id её файла) или удалите строку.',
			successorSelf: 'Закрытая страница названа преемником самой себя: укажите в closed.successor другую страницу или удалите строку.',
			parent: 'Вышестоящая организация «{{id}}» не найдена.',
			parentCycle: 'Организация входит сама в себя через цепочку вышестоящих: {{chain}}.',
			policy: 'Акт «{{id}}» не найден: встроенные акты — {{known}}.',
			clause: 'В акте «{{policy}}» нет пункта «{{clause}}».',
			tier: 'Категория «{{tier}}» не описана ни в одном акте, которому подчиняется организация.',
			internalAccount: 'Аккаунт «{{id}}» не найден у организации «{{org}}».',
			seriesOrg: 'Таблица относится к организации «{{org}}», но её карточки нет (data/orgs/{{org}}/org.yaml).',
			foreignAccount: 'Аккаунт «{{account}}» принадлежит организации «{{owner}}», а таблица — организации «{{org}}».',
			quarterRow: 'Дата {{date}} не относится к кварталу {{quarter}} кв. {{year}} г., которому посвящён файл.',
			planWeek:
				'Публикация {{date}} приходится на неделю с {{monday}}, а неделя относится к кварталу своего понедельника — {{weekQuarter}} кв. {{weekYear}} г., не к {{quarter}} кв. {{year}} г.: перенесите строку в plans/{{weekYear}}-q{{weekQuarter}}.csv.',
		},
	},
	checkDataset(ctx) {
		const { dataset } = ctx;
		const known = [...dataset.policies.keys()].sort().join(', ');
		const checkPolicy = (id: string, file: string, path: (string | number)[]) => {
			if (!dataset.policies.has(id)) ctx.report({ file, path, messageId: 'policy', data: { id, known } });
		};
		if (dataset.site) dataset.site.value.policies.forEach((id, i) => checkPolicy(id, dataset.site!.file, ['policies', i]));
		for (const { value: org, file } of dataset.orgs.values()) {
			org.policies?.forEach((id, i) => checkPolicy(id, file, ['policies', i]));
			if (org.parent !== null && !dataset.orgs.has(org.parent) && !dataset.rejected.orgs.has(org.parent))
				ctx.report({ file, path: ['parent'], messageId: 'parent', data: { id: org.parent } });
			const chain = [org.id];
			for (let at = org.parent; at !== null; at = dataset.orgs.get(at)?.value.parent ?? null) {
				chain.push(at);
				if (at === org.id) {
					ctx.report({ file, path: ['parent'], messageId: 'parentCycle', data: { chain: chain.join(' → ') } });
					break;
				}
				if (chain.length > dataset.orgs.size + 1) break;
			}
			if (org.exemption) {
				const policy = dataset.policies.get(org.exemption.policy)?.value;
				if (!policy) checkPolicy(org.exemption.policy, file, ['exemption', 'policy']);
				else if (!policy.clauses.some((c) => c.id === org.exemption!.clause)) {
					ctx.report({
						file,
						path: ['exemption', 'clause'],
						messageId: 'clause',
						data: { policy: policy.id, clause: org.exemption.clause },
					});
				}
			}
			const policies = (org.policies ?? dataset.site?.value.policies ?? []).map((id) => dataset.policies.get(id)?.value);
			const hasTier = (tier: string) => policies.some((p) => p?.tiers.some((t) => t.id === tier));
			if (org.tier !== undefined && !hasTier(org.tier)) ctx.report({ file, path: ['tier'], messageId: 'tier', data: { tier: org.tier } });
			for (const { value: account, file: accountFile } of dataset.accountsByOrg.get(org.id) ?? []) {
				if (account.tier !== undefined && !hasTier(account.tier))
					ctx.report({ file: accountFile, path: ['tier'], messageId: 'tier', data: { tier: account.tier } });
			}
		}
		for (const { value: account, file } of dataset.accounts.values()) {
			if (!dataset.orgs.has(account.org) && !dataset.rejected.orgs.has(account.org))
				ctx.report({ file, path: ['org'], messageId: 'org', data: { id: account.org } });
			const successor = account.closed?.successor;
			if (successor === account.id) ctx.report({ file, path: ['closed', 'successor'], messageId: 'successorSelf', data: {} });
			// A successor whose own file failed its schema is reported there, not again here.
			else if (successor !== undefined && !dataset.accounts.has(successor) && !dataset.rejected.accounts.has(successor))
				ctx.report({ file, path: ['closed', 'successor'], messageId: 'successor', data: { id: successor } });
		}
		for (const { value: internal, file } of dataset.internal.values()) {
			if (!dataset.orgs.has(internal.org)) {
				if (!dataset.rejected.orgs.has(internal.org)) ctx.report({ file, path: ['org'], messageId: 'org', data: { id: internal.org } });
				continue;
			}
			for (const id of Object.keys(internal.security)) {
				if (dataset.accounts.get(id)?.value.org !== internal.org && !dataset.rejected.accounts.has(id))
					ctx.report({ file, path: ['security', id], messageId: 'internalAccount', data: { id, org: internal.org } });
			}
			internal.staff.forEach((person, i) =>
				person.accounts.forEach((id, j) => {
					if (dataset.accounts.get(id)?.value.org !== internal.org && !dataset.rejected.accounts.has(id))
						ctx.report({ file, path: ['staff', i, 'accounts', j], messageId: 'internalAccount', data: { id, org: internal.org } });
				}),
			);
		}
	},
	checkPeriod(ctx, period) {
		const org = period.org.value.id;
		const quarterOk = (date: string) =>
			Number(date.slice(0, 4)) === period.year && Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 === period.quarter;
		for (const table of [period.stats, period.plans, period.replies]) {
			if (!table) continue;
			// A publication belongs to the quarter of its week's Monday (src/schemas/content-plan.ts), as
			// a stats week does: the week of 28.09 is planned in the Q3 file, days in October included.
			const byWeek = table === period.plans;
			for (const row of table.rows) {
				const value = row.value as { account?: string; week_start?: string; date?: string; received?: string };
				const owner = value.account === undefined ? org : ctx.dataset.accounts.get(value.account)?.value.org;
				if (owner !== undefined && owner !== org) {
					ctx.report({
						file: table.file,
						line: row.line,
						column: row.columns.account ?? 1,
						header: 'account',
						messageId: 'foreignAccount',
						data: { account: value.account!, owner, org },
					});
				}
				if (byWeek) {
					const monday = mondayOf(value.date!);
					if (!quarterOk(monday)) {
						const week = quarterOf(monday);
						ctx.report({
							file: table.file,
							line: row.line,
							column: row.columns.date ?? 1,
							header: 'date',
							messageId: 'planWeek',
							data: {
								date: value.date!,
								monday,
								weekQuarter: week.quarter,
								weekYear: week.year,
								quarter: period.quarter,
								year: period.year,
							},
						});
					}
					continue;
				}
				const date = value.week_start ?? value.date ?? value.received?.slice(0, 10);
				if (date !== undefined && !quarterOk(date)) {
					const header = value.week_start ? 'week_start' : value.date ? 'date' : 'received';
					ctx.report({
						file: table.file,
						line: row.line,
						column: row.columns[header] ?? 1,
						header,
						messageId: 'quarterRow',
						data: { date, quarter: period.quarter, year: period.year },
					});
				}
			}
		}
	},
});
