/**
 * schema-valid on published text and links: names and other free text refuse control characters
 * and the invisible or direction-changing characters of Unicode (src/schemas/plain-text.ts), and
 * every published link is https (HttpsUrlSchema). Each finding points at the character or the link
 * itself and says what to do.
 */
import rule from '../../src/rules/schema-valid.ts';
import { ORG, replace, ruleTester, SITE, VK } from './rule-tester.ts';

const ACT = 'policies/test-act.yaml';
/** A minimal valid act of the site's own; `url` and `summary` are what the cases change. */
const act = ({ url = 'https://test-rayon.example/docs/5', summary = 'Порядок ведения официальных страниц.' } = {}) =>
	[
		'id: test-act',
		'title: Порядок ведения официальных страниц',
		'shortTitle: постановления Администрации Тестового района от 01.02.2023 № 5',
		'issuer: Администрация Тестового района',
		'actKind: order',
		"number: '5'",
		'date: 2023-02-01',
		`url: ${url}`,
		'effectiveFrom: 2023-02-01',
		'scope: [local-administration]',
		`summary: ${summary}`,
		'clauses:',
		'  - id: p-1',
		'    label: п. 1',
		'    summary: Общие положения.',
		'',
	].join('\n');

const RLO_ADVICE =
	'символ U+202E (смена направления текста) — он не виден, но меняет порядок букв на странице и в таблицах; удалите его (такие символы попадают в текст при копировании из документов и браузера)';
const ORG_NAME = 'name: Администрация Тестового муниципального района';

ruleTester(rule, {
	valid: [
		{
			name: 'an act of the site with an https link and a summary over several lines',
			edits: { [ACT]: act({ summary: '|\n  Первая строка.\n  Вторая строка.' }) },
		},
		{
			name: 'a Cyrillic domain (its xn-- form passes)',
			edits: { [ORG]: replace('website: https://test-rayon.example', 'website: https://администрация-тестового-района.рф') },
		},
		{
			name: 'a narrow no-break space and «ё» are ordinary text',
			edits: {
				[VK]: replace('name: Администрация Тестового района', 'name: Администрация Тестового района — 2\u202F000 подписчиков, всё'),
			},
		},
	],
	invalid: [
		{
			name: 'an organisation name with U+202E: points at the character',
			edits: { [ORG]: replace(ORG_NAME, 'name: Администрация \u202EТестового муниципального района') },
			others: 'allow',
			errors: [
				{ messageId: 'shape', severity: 'error', file: ORG, line: 2, column: 21, data: { detail: `поле «name», знак 15: ${RLO_ADVICE}` } },
			],
		},
		{
			name: 'an organisation name with U+0007 written as a YAML escape: points at the escape',
			edits: { [ORG]: replace(ORG_NAME, 'name: "Администрация\\a Тестового муниципального района"') },
			others: 'allow',
			errors: [
				{
					messageId: 'shape',
					file: ORG,
					line: 2,
					column: 21,
					data: {
						detail:
							'поле «name», знак 14: символ U+0007 (звуковой сигнал) — это управляющий символ, он не виден и портит текст на странице и в таблицах; удалите его (такие символы попадают в текст при копировании из документов и браузера)',
					},
				},
			],
		},
		{
			name: 'a zero-width space in a page name',
			edits: { [VK]: replace('name: Администрация Тестового района', 'name: Администрация\u200B Тестового района') },
			errors: [
				{
					messageId: 'shape',
					file: VK,
					line: 6,
					column: 20,
					messageIncludes: ['поле «name», знак 14: символ U+200B (пробел нулевой ширины)', 'поиск'],
				},
			],
		},
		{
			name: 'a line break in a one-line field (a literal block)',
			edits: { [VK]: replace('name: Администрация Тестового района', 'name: |\n  Администрация\n  Тестового района') },
			errors: [
				{
					messageId: 'shape',
					file: VK,
					line: 7,
					column: 16,
					messageIncludes: ['символ U+000A (перевод строки) — значение пишется в одну строку'],
				},
			],
		},
		{
			name: 'a tab in a position',
			edits: {
				[VK]: replace('position: Начальник отдела информационной политики', 'position: "Начальник\\tотдела информационной политики"'),
			},
			errors: [
				{
					messageId: 'shape',
					file: VK,
					line: 23,
					column: 23,
					messageIncludes: ['поле «responsible.position», знак 10: символ U+0009 (табуляция) — замените табуляцию пробелом'],
				},
			],
		},
		{
			name: 'a C1 control in an act summary (multi-line text refuses it too)',
			edits: { [ACT]: act({ summary: '"Порядок\\x85ведения"' }) },
			errors: [
				{
					messageId: 'shape',
					file: ACT,
					line: 11,
					column: 18,
					messageIncludes: ['поле «summary», знак 8: символ U+0085 (следующая строка) — замените его обычным переносом строки'],
				},
			],
		},
		{
			name: 'a bidi isolate in the name of the portal',
			edits: { [SITE]: replace('name: Тестовый реестр', 'name: Тестовый \u2067реестр') },
			others: 'allow',
			errors: [{ messageId: 'shape', file: SITE, line: 1, column: 16, messageIncludes: ['символ U+2067 (изоляция справа налево)'] }],
		},
		{
			name: 'an act link with javascript:',
			edits: { [ACT]: act({ url: 'javascript:alert(1)' }) },
			errors: [
				{
					messageId: 'shape',
					file: ACT,
					line: 8,
					column: 6,
					data: {
						detail:
							'поле «url»: ссылка «javascript:…» — не адрес сайта: публикуются только адреса https://…; напишите адрес страницы, например https://primer-rayon.ru',
					},
				},
			],
		},
		{
			name: 'an act link with data:',
			edits: { [ACT]: act({ url: "'data:text/html,<b>x</b>'" }) },
			errors: [{ messageId: 'shape', file: ACT, line: 8, column: 6, messageIncludes: ['«data:…»', 'https://'] }],
		},
		{
			name: 'an act link with http:',
			edits: { [ACT]: act({ url: 'http://test-rayon.example/docs/5' }) },
			errors: [
				{
					messageId: 'shape',
					file: ACT,
					line: 8,
					column: 6,
					data: {
						detail:
							'поле «url»: адрес начинается с http:// — публикуются только защищённые адреса: напишите его с https:// (проверьте, что сайт так открывается)',
					},
				},
			],
		},
		{
			name: 'an act link without the // (a relative link on a page)',
			edits: { [ACT]: act({ url: 'https:test-rayon.example' }) },
			errors: [{ messageId: 'shape', file: ACT, line: 8, column: 6, messageIncludes: ['ожидался адрес, начинающийся с https://'] }],
		},
		{
			name: 'an organisation website with http:',
			edits: { [ORG]: replace('website: https://test-rayon.example', 'website: http://test-rayon.example') },
			others: 'allow',
			errors: [{ messageId: 'shape', file: ORG, line: 12, column: 10, messageIncludes: ['поле «website»: адрес начинается с http://'] }],
		},
		{
			name: 'an organisation website with a password in it',
			edits: { [ORG]: replace('website: https://test-rayon.example', 'website: https://admin:secret@test-rayon.example') },
			others: 'allow',
			errors: [{ messageId: 'shape', file: ORG, line: 12, column: 10, messageIncludes: ['имя пользователя или пароль'] }],
		},
		{
			name: 'the operator website with javascript:',
			edits: { [SITE]: replace('website: https://test-rayon.example', 'website: javascript:void(0)') },
			others: 'allow',
			errors: [
				{ messageId: 'shape', file: SITE, line: 4, column: 12, messageIncludes: ['поле «operator.website»: ссылка «javascript:…»'] },
			],
		},
		{
			name: 'a value echoed in a message shows a hidden character by its code',
			edits: { [ORG]: replace('kind: local-administration', 'kind: "local-\u202Eadmin"') },
			others: 'allow',
			errors: [{ messageId: 'shape', file: ORG, line: 4, messageIncludes: ['указано «local-[U+202E]admin»'], messageExcludes: ['\u202E'] }],
		},
	],
});
