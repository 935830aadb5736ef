import rule from '../../src/rules/account-link-valid.ts';
import { accountYaml, OK, replace, ruleTester, VK } from './rule-tester.ts';

const TG = 'orgs/test-admin/accounts/test-admin-tg.yaml';

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: screen name and club id of one VK page, an OK group' },
		{
			name: 'a Telegram page with a t.me link',
			edits: { [TG]: accountYaml({ id: 'test-admin-tg', network: 'tg', url: 'https://t.me/test_admin' }) },
		},
		{
			name: 'other spellings of a real address: no scheme, trailing slash, query, m. host',
			edits: {
				[VK]: replace(
					"aliases: ['https://vk.com/club1234567']",
					"aliases: ['vk.com/club1234567/', 'https://m.vk.com/club1234567?from=groups']",
				),
			},
		},
		{
			name: 'the correct numeric form public177238460 (no misspelling)',
			edits: {
				[VK]: replace(
					"aliases: ['https://vk.com/club1234567']",
					"aliases: ['https://vk.com/club1234567', 'https://vk.com/public177238460']",
				),
			},
		},
		{
			// Once the likely correct form is registered beside the misspelt one, the hint is answered.
			name: 'the misspelt form kept beside the correct one',
			edits: {
				[VK]: replace(
					"aliases: ['https://vk.com/club1234567']",
					"aliases: ['https://vk.com/club1234567', 'https://vk.com/publik177238460', 'https://vk.com/club177238460']",
				),
			},
		},
	],
	invalid: [
		{
			name: 'look-alike host vk.corn',
			edits: { [VK]: replace('url: https://vk.com/test_admin', 'url: https://vk.corn/x') },
			errors: [
				{
					messageId: 'lookalike',
					severity: 'error',
					file: VK,
					line: 4,
					column: 6,
					data: { input: 'https://vk.corn/x', network: 'vk' },
					messageIncludes: ['это не сайт ВКонтакте'],
					messageExcludes: ['homoglyph'],
				},
			],
		},
		{
			name: 'a Telegram link on a VK account',
			edits: { [VK]: replace('url: https://vk.com/test_admin', 'url: https://t.me/test_admin') },
			errors: [
				{
					messageId: 'wrongNetwork',
					severity: 'error',
					file: VK,
					line: 4,
					column: 6,
					data: { input: 'https://t.me/test_admin', network: 'vk', actual: 'tg' },
					messageIncludes: ['ведёт в сеть Telegram, а в записи указана сеть «ВКонтакте»: исправьте'],
				},
			],
		},
		{
			name: 'a VK link on an OK account',
			edits: { [OK]: replace('url: https://ok.ru/group/70000001234567', 'url: https://vk.com/test_admin_ok') },
			errors: [{ messageId: 'wrongNetwork', file: OK, line: 4, column: 6, data: { network: 'ok', actual: 'vk' } }],
		},
		{
			name: 'a link to a post, not the page (alias)',
			edits: { [VK]: replace("aliases: ['https://vk.com/club1234567']", "aliases: ['https://vk.com/wall-1234567_10']") },
			errors: [{ messageId: 'post', severity: 'error', file: VK, line: 5, column: 11, data: { input: 'https://vk.com/wall-1234567_10' } }],
		},
		{
			name: 'a link shortener',
			edits: { [VK]: replace('url: https://vk.com/test_admin', 'url: https://clck.ru/abc') },
			errors: [
				{
					messageId: 'invalid',
					severity: 'error',
					file: VK,
					line: 4,
					data: { input: 'https://clck.ru/abc', reason: 'shortener' },
					messageIncludes: ['сокращённая ссылка'],
					messageExcludes: ['shortener'],
				},
			],
		},
		{
			name: 'not a link at all',
			edits: { [VK]: replace('url: https://vk.com/test_admin', 'url: test admin') },
			errors: [{ messageId: 'invalid', file: VK, line: 4, data: { reason: 'not-a-link' } }],
		},
		{
			// The Lyambir act itself names vk.com/publik177238460: kept, with a warning and the likely id.
			name: 'misspelt numeric form publik177238460 → warning with the likely page',
			edits: {
				[VK]: replace(
					"aliases: ['https://vk.com/club1234567']",
					"aliases: ['https://vk.com/club1234567', 'https://vk.com/publik177238460']",
				),
			},
			errors: [
				{
					messageId: 'misspelt',
					severity: 'warn',
					file: VK,
					line: 5,
					column: 41,
					data: { input: 'https://vk.com/publik177238460', hint: 'https://vk.com/club177238460' },
					messageIncludes: ['club177238460'],
				},
			],
		},
		{
			name: 'several bad forms in one file are each reported, in file order',
			edits: {
				[VK]: (text) =>
					text
						.replace('url: https://vk.com/test_admin', 'url: https://vk.corn/test_admin')
						.replace("aliases: ['https://vk.com/club1234567']", "aliases: ['https://clck.ru/abc', 'https://t.me/test_admin']"),
			},
			errors: [
				{ messageId: 'lookalike', line: 4 },
				{ messageId: 'invalid', line: 5, column: 11 },
				{ messageId: 'wrongNetwork', line: 5, column: 34 },
			],
		},
	],
});
