/**
 * Each active page has a recent security attestation in the internal folder (data/internal/, or
 * the folder --internal names): two-factor authentication on, password accounted for (Khasyn
 * разд. I: «учет логинов и паролей … обеспечение двухфакторной аутентификации»; Altai п. 4,
 * Ivanteevka п. 4: protection from unauthorised access).
 * Confidential: findings say where security is weak, so published outputs only count them.
 */
import { z } from 'zod';
import { addDays, ruDate } from '../lib/dates.ts';
import { applicablePolicies } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';
import { dataFile } from '../loaders/tree.ts';

const Options = z.object({ maxAgeDays: z.number().int().min(1).max(3650) }).strict();

export default defineRule<z.infer<typeof Options>>({
	meta: {
		id: 'security-attestation',
		title: 'Безопасность страницы подтверждена',
		description:
			'Для действующей страницы есть свежая отметка о проверке: двухфакторная аутентификация включена, пароль учтён и сменён в срок.',
		enforces: { kind: 'policy', requirement: 'security' },
		defaultLevel: 'required',
		confidential: true,
		defaultOptions: { maxAgeDays: 180 },
		optionsSchema: Options,
		messages: {
			missing: 'Аккаунт «{{account}}»: нет отметки о безопасности в {{internal}} (security.{{account}}) — её требует {{clause}}.',
			twoFactor: 'Аккаунт «{{account}}»: двухфакторная аутентификация не включена — этого требует {{clause}}.',
			stale: 'Аккаунт «{{account}}»: отметка о безопасности от {{attested}} старше {{days}} дн. — проверьте и обновите.',
			rotation: 'Аккаунт «{{account}}»: пароль не меняли с {{rotated}} — {{clause}} требует менять его каждые {{days}} дн.',
			manager: 'Аккаунт «{{account}}»: пароль не учтён в менеджере паролей — этого требует {{clause}}.',
		},
	},
	checkDataset(ctx) {
		const { dataset, today, options } = ctx;
		for (const { value: account } of dataset.accounts.values()) {
			if (account.status !== 'active') continue;
			const org = dataset.orgs.get(account.org)?.value;
			if (!org) continue;
			const policies = applicablePolicies(dataset, org, today);
			const duty = policies.find((p) => p.security.twoFactor || p.security.protection);
			if (!duty) continue;
			const internal = dataset.internal.get(org.id);
			const internalFile = internal?.file ?? dataFile(dataset.internalDisplayDir, `${org.id}.yaml`);
			const attestation = internal?.value.security[account.id];
			const basis = duty.security.twoFactor ?? duty.security.protection!;
			const base = { account: account.id, internal: internalFile };
			if (!attestation) {
				ctx.report({
					file: internalFile,
					...(internal ? { path: ['security'] } : { line: 1, column: 1 }),
					messageId: 'missing',
					level: basis.level,
					citation: { policy: duty.id, clause: basis.clause },
					data: base,
				});
				continue;
			}
			const path = ['security', account.id];
			const twoFactor = policies.find((p) => p.security.twoFactor);
			if (!attestation.twoFactor && twoFactor?.security.twoFactor) {
				ctx.report({
					file: internalFile,
					path: [...path, 'twoFactor'],
					messageId: 'twoFactor',
					level: twoFactor.security.twoFactor.level,
					citation: { policy: twoFactor.id, clause: twoFactor.security.twoFactor.clause },
					data: base,
				});
			}
			const accounting = policies.find((p) => p.security.passwordAccounting);
			if (attestation.passwordInManager === false && accounting?.security.passwordAccounting) {
				ctx.report({
					file: internalFile,
					path: [...path, 'passwordInManager'],
					messageId: 'manager',
					level: accounting.security.passwordAccounting.level,
					citation: { policy: accounting.id, clause: accounting.security.passwordAccounting.clause },
					data: base,
				});
			}
			if (attestation.attested < addDays(today, -options.maxAgeDays)) {
				ctx.report({
					file: internalFile,
					path: [...path, 'attested'],
					messageId: 'stale',
					level: basis.level,
					citation: { policy: duty.id, clause: basis.clause },
					data: { ...base, attested: ruDate(attestation.attested), days: options.maxAgeDays },
				});
			}
			const rotation = policies.find((p) => p.security.passwordRotationDays);
			const period = rotation?.security.passwordRotationDays;
			if (rotation && period && (!attestation.passwordRotated || attestation.passwordRotated < addDays(today, -period.days))) {
				ctx.report({
					file: internalFile,
					path: [...path, 'passwordRotated'],
					messageId: 'rotation',
					level: period.level,
					citation: { policy: rotation.id, clause: period.clause },
					data: { ...base, rotated: attestation.passwordRotated ? ruDate(attestation.passwordRotated) : '—', days: period.days },
				});
			}
		}
	},
});
