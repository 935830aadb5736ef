import { describe, it } from 'vitest';
import rule from '../../src/rules/no-secrets.ts';
import { encodeCp1251 } from '../unit/csv/cp1251.ts';
import { append, checkInvalid, checkValid, fixture, INTERNAL, PLANS, replace, ruleTester, SITE, VK } from './rule-tester.ts';

const CITATION = { policy: 'khasyn-undated', clause: 's1-p5-2' };
const PLAN_ROW = '2026-07-06,,vk,Новости района 1,photo,published';
/** Replaces the topic of the plan's first row (line 2); the topic starts at column 16. */
const topic = (text: string) => replace(PLAN_ROW, `2026-07-06,,vk,${text},photo,published`);
const BOT_TOKEN = `123456789:AAH${'x'.repeat(32)}`;

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: flow-style attestations with passwordInManager and passwordRotated' },
		{
			name: 'block style: passwordRotated date, passwordInManager true/false',
			edits: {
				[INTERNAL]: replace(
					'  test-admin-ok: { twoFactor: true, passwordInManager: true, passwordRotated: 2026-08-01, attested: 2026-09-01, attestedBy: Начальник отдела информационной политики }',
					'  test-admin-ok:\n    twoFactor: true\n    passwordInManager: false\n    passwordRotated: 2026-08-01\n    attested: 2026-09-01\n    attestedBy: Начальник отдела информационной политики',
				),
			},
		},
		{
			name: 'flow style { passwordInManager: true, passwordRotated: 2026-08-01 }',
			edits: {
				[INTERNAL]: replace(
					'{ twoFactor: true, passwordInManager: true, passwordRotated: 2026-08-01,',
					'{ passwordInManager: true, passwordRotated: 2026-08-01, twoFactor: true,',
				),
			},
		},
		{
			name: 'a YouTube channel id (24 characters)',
			edits: {
				'orgs/test-admin/accounts/test-admin-yt.yaml':
					'id: test-admin-yt\norg: test-admin\nnetwork: youtube\nurl: https://youtube.com/channel/UCabcdefghijklmnopqrstuv\nname: Администрация\nstatus: active\n',
			},
		},
		{
			name: 'a topic about passwords, with no value',
			edits: { [PLANS]: topic('Как придумать надёжный пароль и включить двухфакторную аутентификацию') },
		},
		{ name: 'a comment saying where passwords are kept', edits: { [VK]: append('# пароль хранится в менеджере паролей отдела\n') } },
		{ name: 'an e-mail address without a password', edits: { [PLANS]: topic('Пишите нам: priem@test-rayon.example') } },
		{ name: 'a long OK group id', edits: { [VK]: append('# см. также https://ok.ru/group/70000001234567890\n') } },
		{ name: 'a word that only begins with a key word: «Секретарь: Иванова»', edits: { [PLANS]: topic('Секретарь: Иванова') } },
		{ name: 'a lone Russian word after the key: «Пароли: советы»', edits: { [PLANS]: topic('Пароли: советы') } },
		// The administration's public key (docs/signing.md): published on purpose, and its base64 is a
		// 68-character run with letters of both cases and digits, the shape of a token.
		{
			name: 'an OpenSSH public key in site.yaml (signingKey)',
			edits: { [SITE]: append('signingKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGmyrivTrAu1b18XygI2bM3O2sautciyiGUOWNILc17j admin\n') },
		},
		{
			name: 'a JSON schema in a draft folder: keys that open nested objects',
			edits: { '_schemas/internal.schema.json': '{\n\t"passwordRotated": {\n\t\t"type": "string"\n\t}\n}\n' },
		},
	],
	invalid: [
		{
			name: 'password: hunter2 in an account file (the value is never repeated)',
			edits: { [VK]: append('password: hunter2\n') },
			others: 'allow',
			errors: [
				{
					messageId: 'key',
					severity: 'error',
					file: VK,
					line: 24,
					column: 1,
					data: { key: 'password' },
					citation: CITATION,
					messageExcludes: ['hunter2'],
				},
			],
		},
		{
			// Only the public key is blanked: a token pasted after it on the same line is still one.
			name: 'a token after a public key on the same line',
			edits: {
				[SITE]: append(
					'signingKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGmyrivTrAu1b18XygI2bM3O2sautciyiGUOWNILc17j ghp_AbCdEf0123456789xyz\n',
				),
			},
			others: 'allow',
			errors: [{ messageId: 'value', file: SITE, data: { what: 'токен доступа' }, citation: CITATION }],
		},
		{
			name: 'a Russian key in the internal file',
			edits: { [INTERNAL]: append('# пароль: Qwerty123\n') },
			errors: [{ messageId: 'key', file: INTERNAL, line: 10, column: 3, data: { key: 'пароль' }, messageExcludes: ['Qwerty123'] }],
		},
		{
			name: 'a VK access token in a CSV topic cell',
			edits: { [PLANS]: topic(`токен vk1.a.${'AbCdEf0123'.repeat(3)}`) },
			errors: [
				{
					messageId: 'value',
					file: PLANS,
					line: 2,
					column: 22,
					data: { what: 'токен доступа VK' },
					citation: CITATION,
					messageExcludes: ['vk1.a.'],
				},
			],
		},
		{
			name: 'login: x password: y in a topic',
			edits: { [PLANS]: topic('login: admin password: Qwerty123') },
			errors: [{ messageId: 'key', file: PLANS, line: 2, column: 29, data: { key: 'password' }, messageExcludes: ['Qwerty123'] }],
		},
		{
			name: 'логин … пароль … without colons',
			edits: { [PLANS]: topic('доступ логин admin пароль Qwerty123') },
			errors: [{ messageId: 'value', file: PLANS, line: 2, column: 23, data: { what: 'пара «логин и пароль»' } }],
		},
		{
			name: 'user@example.com:Secr3tPass',
			edits: { [PLANS]: topic('доступ user@example.com:Secr3tPass') },
			errors: [
				{ messageId: 'value', file: PLANS, line: 2, column: 23, data: { what: 'пара «почта:пароль»' }, messageExcludes: ['Secr3tPass'] },
			],
		},
		{
			name: 'a Telegram bot token in a YAML comment',
			edits: { [VK]: append(`# бот ${BOT_TOKEN}\n`) },
			errors: [{ messageId: 'value', file: VK, line: 24, column: 7, data: { what: 'токен бота Telegram' } }],
		},
		{
			name: 'login and password inside a link',
			edits: {
				[VK]: replace(
					"aliases: ['https://vk.com/club1234567']",
					"aliases: ['https://vk.com/club1234567', 'https://admin:Secr3t@vk.com/test_admin']",
				),
			},
			errors: [{ messageId: 'value', file: VK, line: 5, data: { what: 'логин и пароль в ссылке' } }],
		},
		{
			name: 'a YAML key that ends in a key word, with a passphrase',
			edits: { [VK]: append('db_password: correct horse battery staple\n') },
			others: 'allow',
			errors: [{ messageId: 'key', file: VK, line: 24, column: 4, data: { key: 'password' } }],
		},
		{
			name: 'a key inside a flow map',
			edits: { [VK]: append('# { token: abc123def }\n') },
			errors: [{ messageId: 'key', file: VK, line: 24, column: 5, data: { key: 'token' } }],
		},
		{
			name: 'a configuration file (read before the rules are configured)',
			edits: { [SITE]: append('# api_key: abc123def\n') },
			errors: [{ messageId: 'key', file: SITE, data: { key: 'api_key' } }],
		},
		{
			name: 'one finding per line, several lines',
			edits: { [VK]: append('# token: abcdef123456\n# secret = Qwerty123\n') },
			others: 'allow',
			errors: [
				{ messageId: 'key', line: 24, data: { key: 'token' } },
				{ messageId: 'key', line: 25, data: { key: 'secret' } },
			],
		},
	],
});

describe('no-secrets: prose, quoted keys, and every committed file', () => {
	it('a topic «Пароли: пять правил безопасности» is not a secret', () => {
		checkValid(rule, { name: 'topic', edits: { [PLANS]: topic('Пароли: пять правил безопасности') } });
	});

	it('a quoted key "password": "hunter2" is found', () => {
		checkInvalid(rule, {
			name: 'quoted key',
			edits: { [VK]: append('"password": "hunter2"\n') },
			others: 'allow',
			errors: [{ messageId: 'key', line: 24, data: { key: 'password' } }],
		});
	});

	it('a password in a Windows-1251 YAML file is found', () => {
		const text = `${fixture(VK)}пароль: Qwerty123\n`;
		checkInvalid(rule, {
			name: 'cp1251',
			edits: { [VK]: encodeCp1251(text) },
			others: 'allow',
			errors: [{ messageId: 'key', line: 24, data: { key: 'пароль' } }],
		});
	});

	it('a password in a stray file is found', () => {
		checkInvalid(rule, {
			name: 'stray files',
			edits: {
				'orgs/test-admin/accounts/test-admin-vk.yml': 'password: hunter2\n',
				'orgs/test-admin/notes.txt': 'логин admin пароль Qwerty123\n',
			},
			others: 'allow',
			errors: [
				{ messageId: 'key', file: 'orgs/test-admin/accounts/test-admin-vk.yml' },
				{ messageId: 'value', file: 'orgs/test-admin/notes.txt' },
			],
		});
	});

	it('a password in a _draft file is found', () => {
		checkInvalid(rule, {
			name: 'draft',
			edits: { 'orgs/test-admin/_draft.yaml': 'password: hunter2\n' },
			errors: [{ messageId: 'key', file: 'orgs/test-admin/_draft.yaml' }],
		});
	});
});
