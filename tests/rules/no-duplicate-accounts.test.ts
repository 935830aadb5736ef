import rule from '../../src/rules/no-duplicate-accounts.ts';
import { accountYaml, OK, orgYaml, replace, ruleTester, VK } from './rule-tester.ts';

const VK2 = 'orgs/test-admin/accounts/test-admin-vk2.yaml';
const OTHER_VK = 'orgs/test-other/accounts/test-other-vk.yaml';
const vk2 = (url: string, extra?: string) => accountYaml({ id: 'test-admin-vk2', network: 'vk', url, ...(extra ? { extra } : {}) });

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: one VK page under two forms, one OK group' },
		{
			name: 'a second, different VK page',
			edits: { [VK2]: vk2('https://vk.com/test_admin_2', "aliases: ['https://vk.com/club7654321']") },
		},
		{
			name: 'the same name in another network is another page',
			edits: {
				'orgs/test-admin/accounts/test-admin-tg.yaml': accountYaml({ id: 'test-admin-tg', network: 'tg', url: 'https://t.me/test_admin' }),
			},
		},
	],
	invalid: [
		{
			// The fixture's VK record lists vk.com/test_admin and its club id; a second record registers the
			// same page under its public… form. Citizens paste either form, so both lead to one page.
			name: 'the same page: club id alias in one file, public… url in another',
			edits: { [VK2]: vk2('https://vk.com/public1234567') },
			errors: [
				{
					messageId: 'duplicate',
					severity: 'error',
					file: VK2,
					line: 4,
					column: 6,
					data: { canonical: 'vk:club1234567', other: VK, otherId: 'test-admin-vk' },
					messageIncludes: ['Страница https://vk.com/club1234567 уже внесена'],
					messageExcludes: ['vk:'],
				},
			],
		},
		{
			name: 'the same page by screen name, written differently (m. host, trailing slash)',
			edits: { [VK2]: vk2('https://m.vk.com/test_admin/') },
			errors: [{ messageId: 'duplicate', file: VK2, data: { canonical: 'vk:test_admin', otherId: 'test-admin-vk' } }],
		},
		{
			name: 'the same page registered by another organisation',
			edits: {
				'orgs/test-other/org.yaml': orgYaml({ id: 'test-other' }),
				[OTHER_VK]: accountYaml({ id: 'test-other-vk', org: 'test-other', network: 'vk', url: 'https://vk.com/club1234567' }),
			},
			errors: [{ messageId: 'duplicate', file: OTHER_VK, data: { canonical: 'vk:club1234567', other: VK } }],
		},
		{
			name: 'the same url twice in one record',
			edits: {
				[VK]: replace("aliases: ['https://vk.com/club1234567']", "aliases: ['https://vk.com/club1234567', 'https://vk.com/club1234567']"),
			},
			errors: [{ messageId: 'repeated', file: VK, line: 5, column: 41, data: { canonical: 'vk:club1234567' } }],
		},
		{
			name: 'the url repeated among the aliases',
			edits: { [OK]: replace('aliases: []', "aliases: ['https://ok.ru/group/70000001234567/']") },
			errors: [
				{
					messageId: 'repeated',
					file: OK,
					line: 5,
					data: { canonical: 'ok:group/70000001234567' },
					messageIncludes: ['https://ok.ru/group/70000001234567'],
					messageExcludes: ['ok:'],
				},
			],
		},
	],
});
