import { it } from 'vitest';
import rule from '../../src/rules/security-attestation.ts';
import { checkInvalid, COMPLIANCE, INTERNAL, OK, ORG, orgEdit, replace, ruleTester } from './rule-tester.ts';

const VK_LINE =
	'  test-admin-vk: { twoFactor: true, passwordInManager: true, passwordRotated: 2026-08-01, attested: 2026-09-01, attestedBy: Начальник отдела информационной политики }\n';
const OK_LINE = VK_LINE.replace('test-admin-vk', 'test-admin-ok');
const vk = (search: string, replacement: string) => replace(VK_LINE, VK_LINE.replace(search, replacement));
const ROTATION_POLICY = `id: test-security
title: Порядок обеспечения безопасности аккаунтов Администрации Тестового района
shortTitle: порядка безопасности аккаунтов Администрации Тестового района
issuer: Администрация Тестового района
actKind: order
number: '1'
date: '2026-01-01'
effectiveFrom: '2026-01-01'
scope: [local-administration]
summary: Пароли от аккаунтов меняются не реже чем раз в 90 дней.
clauses:
  - id: p-1
    label: п. 1
    summary: Пароли от аккаунтов меняются не реже чем раз в 90 дней.
security:
  passwordRotationDays: { days: 90, clause: p-1, level: required }
`;
const WITH_ROTATION = {
	'policies/test-security.yaml': ROTATION_POLICY,
	[ORG]: orgEdit({ policies: ['federal-baseline', 'khasyn-undated', 'test-security'] }),
};
const ALTAI = orgEdit({ kind: 'executive-body', policies: ['federal-baseline', 'altai-2020-133'] });

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: fresh attestations, 2FA on, passwords in the manager' },
		{
			name: 'a suspended page needs no attestation',
			edits: { [INTERNAL]: replace(OK_LINE, ''), [OK]: replace('status: active', 'status: suspended') },
		},
		{
			name: 'no act with a security duty (federal-baseline only), no internal file',
			edits: { [ORG]: orgEdit({ policies: ['federal-baseline'] }), [INTERNAL]: null },
		},
		{ name: 'attested exactly 180 days ago', edits: { [INTERNAL]: vk('attested: 2026-09-01', 'attested: 2026-04-08') } },
		{
			name: 'option maxAgeDays: 365',
			edits: {
				[INTERNAL]: vk('attested: 2026-09-01', 'attested: 2026-01-01'),
				[COMPLIANCE]: 'rules:\n  security-attestation: { options: { maxAgeDays: 365 } }\n',
			},
		},
		{ name: 'passwordInManager not stated is not «false»', edits: { [INTERNAL]: vk(' passwordInManager: true,', '') } },
		{
			name: 'Altai asks for protection, not for 2FA',
			today: '2024-06-01',
			edits: { [ORG]: ALTAI, [INTERNAL]: vk('twoFactor: true', 'twoFactor: false') },
		},
		{ name: 'a password rotated within the period', edits: { ...WITH_ROTATION } },
	],
	invalid: [
		{
			name: 'no attestation for a page: points at security',
			edits: { [INTERNAL]: replace(OK_LINE, '') },
			errors: [
				{
					messageId: 'missing',
					severity: 'error',
					file: INTERNAL,
					line: 8,
					column: 3,
					confidential: true,
					data: { account: 'test-admin-ok', internal: INTERNAL },
					citation: { policy: 'khasyn-undated', clause: 's1-p6-3' },
				},
			],
		},
		{
			name: 'no internal file at all: one finding per page',
			edits: { [INTERNAL]: null },
			errors: [
				{ messageId: 'missing', line: 1, column: 1, confidential: true, data: { account: 'test-admin-ok' } },
				{ messageId: 'missing', line: 1, column: 1, confidential: true, data: { account: 'test-admin-vk' } },
			],
		},
		{
			name: 'two-factor authentication off',
			edits: { [INTERNAL]: vk('twoFactor: true', 'twoFactor: false') },
			errors: [
				{
					messageId: 'twoFactor',
					severity: 'error',
					file: INTERNAL,
					line: 8,
					column: 31,
					confidential: true,
					data: { account: 'test-admin-vk' },
					citation: { clause: 's1-p6-3' },
				},
			],
		},
		{
			name: 'an attestation older than 180 days',
			edits: { [INTERNAL]: vk('attested: 2026-09-01', 'attested: 2026-01-01') },
			errors: [{ messageId: 'stale', confidential: true, data: { account: 'test-admin-vk', attested: '01.01.2026', days: 180 } }],
		},
		{
			name: 'a password not in the password manager',
			edits: { [INTERNAL]: vk('passwordInManager: true', 'passwordInManager: false') },
			errors: [{ messageId: 'manager', confidential: true, data: { account: 'test-admin-vk' } }],
		},
		{
			name: 'Altai (protection duty, in force in 2024): no attestation',
			today: '2024-06-01',
			edits: { [ORG]: ALTAI, [INTERNAL]: replace(OK_LINE, '') },
			errors: [{ messageId: 'missing', data: { account: 'test-admin-ok' }, citation: { policy: 'altai-2020-133', clause: 'p-4' } }],
		},
		{
			name: 'option maxAgeDays: 30',
			edits: { [COMPLIANCE]: 'rules:\n  security-attestation: { options: { maxAgeDays: 30 } }\n' },
			errors: [
				{ messageId: 'stale', line: 8, data: { account: 'test-admin-vk', days: 30 } },
				{ messageId: 'stale', line: 9, data: { account: 'test-admin-ok', days: 30 } },
			],
		},
		{
			name: 'a site policy with a rotation period: password not changed for 126 days',
			edits: { ...WITH_ROTATION, [INTERNAL]: vk('passwordRotated: 2026-08-01', 'passwordRotated: 2026-06-01') },
			errors: [
				{
					messageId: 'rotation',
					data: { account: 'test-admin-vk', rotated: '01.06.2026', days: 90 },
					citation: { policy: 'test-security', clause: 'p-1' },
					messageIncludes: ['п. 1 порядка безопасности аккаунтов'],
				},
			],
		},
		{
			name: 'a rotation period and no rotation date',
			edits: { ...WITH_ROTATION, [INTERNAL]: vk(' passwordRotated: 2026-08-01,', '') },
			errors: [{ messageId: 'rotation', data: { rotated: '—' } }],
		},
		{
			name: 'compliance.yaml severity warn',
			edits: {
				[INTERNAL]: vk('twoFactor: true', 'twoFactor: false'),
				[COMPLIANCE]: 'rules:\n  security-attestation: { severity: warn }\n',
			},
			errors: [{ messageId: 'twoFactor', severity: 'warn' }],
		},
	],
});

it('security-attestation: a missing internal file is named relative to cwd', () => {
	checkInvalid(rule, {
		name: 'no internal file',
		edits: { [INTERNAL]: null },
		errors: [
			{ messageId: 'missing', file: INTERNAL, data: { internal: INTERNAL } },
			{ messageId: 'missing', file: INTERNAL, data: { internal: INTERNAL } },
		],
	});
});
