import { describe, it } from 'vitest';
import reviewAge from '../../src/rules/review-age.ts';
import rule from '../../src/rules/schema-valid.ts';
import { append, checkInvalid, checkValid, COMPLIANCE, ORG, PLANS, REPLIES, replace, ruleTester, SITE, STATS, VK } from './rule-tester.ts';

const TG = 'orgs/test-admin/accounts/test-admin-tg.yaml';
/** A minimal valid Telegram account; `lines` replace or add fields. */
const tg = (...lines: string[]) =>
	[
		'id: test-admin-tg',
		'org: test-admin',
		'network: tg',
		'url: https://t.me/test_admin',
		'name: Администрация района',
		'status: active',
		...lines,
		'',
	].join('\n');

ruleTester(rule, {
	valid: [
		{ name: 'the fixture' },
		{ name: 'a minimal account (optional fields left out)', edits: { [TG]: tg() } },
		{
			name: 'Russian headers and values in a CSV',
			edits: { [STATS]: replace('account,week_start,posts,views', 'Аккаунт,Неделя с,Публикаций,Просмотры') },
		},
		{ name: 'a known rule in compliance.yaml', edits: { [COMPLIANCE]: 'rules:\n  parse-error: { severity: error }\n' } },
	],
	invalid: [
		{
			name: 'a value outside the enum',
			edits: { [ORG]: replace('kind: local-administration', 'kind: local-admin') },
			others: 'allow',
			errors: [
				{
					messageId: 'shape',
					severity: 'error',
					file: ORG,
					line: 4,
					column: 7,
					data: {
						detail:
							'поле «kind»: ожидалось одно из: regional-government, executive-body, local-administration, local-government-body, subordinate; указано «local-admin»',
					},
				},
			],
		},
		{
			name: 'a required field missing: points at the record',
			edits: { [TG]: tg().replace('name: Администрация района\n', '') },
			errors: [
				{
					messageId: 'shape',
					file: TG,
					line: 1,
					column: 1,
					data: { detail: 'поле «name»: обязательное поле не заполнено (ожидалось: текст)' },
				},
			],
		},
		{
			name: 'an unknown field: points at the key, not its value',
			edits: { [TG]: tg('colour: red') },
			errors: [
				{
					messageId: 'shape',
					file: TG,
					line: 7,
					column: 1,
					data: { detail: 'неизвестное поле «colour»: проверьте написание или удалите его' },
				},
			],
		},
		{
			name: 'an unknown field in a flow map: points at the key',
			edits: { [TG]: tg('responsible: { position: Начальник отдела, telefon: 1 }') },
			errors: [
				{
					messageId: 'shape',
					file: TG,
					line: 7,
					column: 44,
					data: { detail: 'неизвестное поле «telefon»: проверьте написание или удалите его' },
				},
			],
		},
		{
			name: 'a misspelt field appended to an account',
			edits: { [VK]: append('linksToStatment: true\n') },
			others: 'allow',
			errors: [{ messageId: 'shape', file: VK, line: 24, column: 1, messageIncludes: ['linksToStatment'] }],
		},
		{
			name: 'an INN with a wrong check digit',
			edits: { [ORG]: replace("inn: '7701234560'", "inn: '7701234561'") },
			others: 'allow',
			errors: [
				{ messageId: 'shape', file: ORG, line: 6, column: 6, messageIncludes: ['ИНН: ожидалось 10 цифр с верной контрольной цифрой'] },
			],
		},
		{
			name: 'a date that is not in the calendar',
			edits: { [TG]: tg('opened: 2026-02-30') },
			errors: [
				{
					messageId: 'shape',
					file: TG,
					line: 7,
					column: 9,
					data: { detail: 'поле «opened»: такой даты нет в календаре: проверьте число и месяц' },
				},
			],
		},
		{
			// One finding, at the value, with the value converted: not a second «no such date» about the same value.
			name: 'a date written ДД.ММ.ГГГГ: one error with the date converted',
			edits: { [TG]: tg('registered: 12.12.2022') },
			errors: [
				{
					messageId: 'shape',
					file: TG,
					line: 7,
					column: 13,
					data: { detail: 'поле «registered»: дата записана как 12.12.2022, а нужно ГГГГ-ММ-ДД: пишите 2022-12-12' },
				},
			],
		},
		{
			name: 'a date written Д.М.ГГГГ in a nested field',
			edits: { [TG]: tg().replace('status: active', 'status: closed') + 'closed:\n  date: 1.2.2024\n  reason: Страница закрыта\n' },
			errors: [
				{
					messageId: 'shape',
					file: TG,
					line: 8,
					column: 9,
					data: { detail: 'поле «closed.date»: дата записана как 1.2.2024, а нужно ГГГГ-ММ-ДД: пишите 2024-02-01' },
				},
			],
		},
		{
			name: 'a date written ДД/ММ/ГГГГ that is not in the calendar either',
			edits: { [TG]: tg('opened: 30/02/2022') },
			errors: [
				{
					messageId: 'shape',
					file: TG,
					line: 7,
					column: 9,
					data: {
						detail:
							'поле «opened»: дата записана как 30/02/2022, а нужно ГГГГ-ММ-ДД, и такой даты нет в календаре: проверьте число и месяц',
					},
				},
			],
		},
		{
			// The syntax error is parse-error's finding; the date on a line that was read is reported in
			// the same run. Fields on the broken line, and whatever might stand there, are not claimed missing.
			name: 'a file with a YAML syntax error: the rest of it is still checked',
			edits: {
				[TG]: tg('registered: 12.12.2022', 'kind: organization').replace('name: Администрация района', 'name: "Администрация района'),
			},
			others: 'allow',
			errors: [
				{ messageId: 'shape', file: TG, line: 7, column: 13, messageIncludes: ['пишите 2022-12-12'] },
				{ messageId: 'shape', file: TG, line: 8, column: 7, messageIncludes: ['поле «kind»: ожидалось одно из: organisation, head'] },
			],
		},
		{
			name: 'a name published without consent',
			edits: { [TG]: tg('responsible:', '  position: Начальник отдела', '  name: Иванова Мария Петровна') },
			errors: [{ messageId: 'shape', file: TG, line: 9, column: 9, messageIncludes: ['publishName: true'] }],
		},
		{
			name: 'a closed page without the date and reason of closing',
			edits: { [TG]: tg().replace('status: active', 'status: closed') },
			errors: [{ messageId: 'shape', file: TG, line: 1, column: 1, messageIncludes: ['closed.date, closed.reason'] }],
		},
		{
			name: 'asOf in site.yaml of real (not demo) data',
			edits: { [SITE]: replace('demo: true', 'demo: false') },
			others: 'allow',
			errors: [{ messageId: 'shape', file: SITE, line: 8, column: 7, messageIncludes: ['demo: true'] }],
		},
		{
			name: 'CSV: posts not an integer (line, column, header)',
			edits: { [STATS]: replace('test-admin-vk,2026-07-13,4,1000', 'test-admin-vk,2026-07-13,четыре,1000') },
			errors: [
				{
					messageId: 'shape',
					file: STATS,
					line: 4,
					column: 26,
					header: 'posts',
					messageIncludes: ['ожидалось целое неотрицательное число'],
				},
			],
		},
		{
			name: 'CSV: the header as the file titles it (Russian)',
			edits: {
				[STATS]: (t) =>
					t
						.replace('account,week_start,posts,views', 'Аккаунт,Неделя с,Публикаций,Просмотры')
						.replace('test-admin-vk,2026-07-13,4,1000', 'test-admin-vk,2026-07-13,много,1000'),
			},
			errors: [{ messageId: 'shape', file: STATS, line: 4, column: 26, header: 'Публикаций' }],
		},
		{
			name: 'CSV: week_start not a Monday',
			edits: { [STATS]: replace('test-admin-vk,2026-07-13,4,1000', 'test-admin-vk,2026-07-14,4,1000') },
			errors: [{ messageId: 'shape', file: STATS, line: 4, column: 15, header: 'week_start', messageIncludes: ['понедельник'] }],
		},
		{
			name: 'CSV: an account not in the registry',
			edits: { [STATS]: replace('test-admin-vk,2026-07-13,4,1000', 'test-admin-vkk,2026-07-13,4,1000') },
			errors: [{ messageId: 'unknownAccount', file: STATS, line: 4, column: 1, header: 'account', data: { value: 'test-admin-vkk' } }],
		},
		{
			name: 'CSV: a link to a page not in the registry',
			edits: { [STATS]: replace('test-admin-vk,2026-07-13,4,1000', 'https://vk.com/club7654321,2026-07-13,4,1000') },
			errors: [{ messageId: 'unknownAccount', file: STATS, line: 4, column: 1, data: { value: 'https://vk.com/club7654321' } }],
		},
		{
			name: 'CSV: a plan row with neither account nor network',
			edits: { [PLANS]: replace('2026-07-06,,vk,Новости района 1,photo,published', '2026-07-06,,,Новости района 1,photo,published') },
			errors: [{ messageId: 'shape', file: PLANS, line: 2, header: 'account', messageIncludes: ['укажите аккаунт или сеть'] }],
		},
		{
			name: 'compliance.yaml: a severity that does not exist',
			edits: { [COMPLIANCE]: 'rules:\n  parse-error: { severity: fatal }\n' },
			errors: [{ messageId: 'shape', file: COMPLIANCE, line: 2, column: 28 }],
		},
		{
			name: 'compliance.yaml: an unknown rule',
			edits: { [COMPLIANCE]: 'rules:\n  weekly-minimun: { severity: error }\n' },
			errors: [{ messageId: 'unknownRule', severity: 'error', data: { id: 'weekly-minimun' } }],
		},
		{
			name: 'compliance.yaml: options the rule does not accept',
			withRules: [reviewAge],
			edits: { [COMPLIANCE]: 'rules:\n  review-age:\n    options:\n      months: 0\n' },
			errors: [{ messageId: 'badOptions', severity: 'error', line: 4, column: 15, data: { id: 'review-age' } }],
		},
		{
			name: 'compliance.yaml: an option the rule does not know',
			withRules: [reviewAge],
			edits: { [COMPLIANCE]: 'rules:\n  review-age: { options: { weeks: 3 } }\n' },
			errors: [{ messageId: 'badOptions', data: { id: 'review-age' }, messageIncludes: ['weeks'] }],
		},
	],
});

it('schema-valid: compliance.yaml findings name the file relative to cwd', () => {
	checkInvalid(rule, {
		name: 'unknown rule',
		edits: { [COMPLIANCE]: 'rules:\n  weekly-minimun: { severity: error }\n' },
		errors: [{ messageId: 'unknownRule', file: COMPLIANCE }],
	});
});

describe('schema-valid: counts are plain integers up to 1 000 000 000', () => {
	const views = (value: string) => ({ [STATS]: replace('test-admin-vk,2026-07-13,4,1000', `test-admin-vk,2026-07-13,4,${value}`) });

	it.each([
		['one more than the bound', '1000000001', 'число 1000000001 больше допустимого: ожидалось не больше 1 000 000 000'],
		['22 digits (would be published as 1e+21)', '1'.padEnd(22, '0'), 'больше допустимого: ожидалось не больше 1 000 000 000'],
		['400 digits (would be Infinity)', '9'.repeat(400), 'больше допустимого'],
		['2^53 + 1 (would be stored as …992)', '9007199254740993', 'больше допустимого'],
		['an exponent', '1e21', 'ожидалось целое неотрицательное число не больше 1 000 000 000'],
	])('%s', (_name, value, detail) => {
		checkInvalid(rule, {
			name: value,
			edits: views(value),
			errors: [{ messageId: 'shape', file: STATS, line: 4, column: 28, header: 'views', messageIncludes: [detail] }],
		});
	});

	it('the bound itself is accepted', () => {
		checkValid(rule, { name: 'bound', edits: views('1000000000') });
	});
});

describe('schema-valid: page links are https', () => {
	it('an http:// url is refused at the value, with the https form to write', () => {
		checkInvalid(rule, {
			name: 'http url',
			edits: { [VK]: replace('url: https://vk.com/test_admin', 'url: http://vk.com/test_admin') },
			others: 'allow',
			errors: [
				{
					messageId: 'shape',
					file: VK,
					line: 4,
					column: 6,
					messageIncludes: ['начинается с http://', 'напишите «https://vk.com/test_admin»'],
				},
			],
		});
	});

	it('an http:// alias is refused at the alias', () => {
		checkInvalid(rule, {
			name: 'http alias',
			edits: { [VK]: replace("aliases: ['https://vk.com/club1234567']", "aliases: ['HTTP://vk.com/club1234567']") },
			others: 'allow',
			errors: [{ messageId: 'shape', file: VK, line: 5, messageIncludes: ['поле «aliases', 'напишите «https://vk.com/club1234567»'] }],
		});
	});
});

describe('schema-valid: a key repeated in a quarterly table (what `npm run import` refuses as a duplicate)', () => {
	const REPLY_1 =
		'1,test-admin-vk,2026-07-07T09:00+03:00,2026-07-07T10:00+03:00,2026-07-07T15:00+03:00,2026-07-07T15:30+03:00,2026-07-07T16:00+03:00';

	it('statistics: a second row for the same account and week points at the first', () => {
		checkInvalid(rule, {
			name: 'stats',
			edits: { [STATS]: append('test-admin-vk,2026-07-06,5,2000\n') },
			errors: [
				{
					messageId: 'duplicateRow',
					file: STATS,
					line: 28,
					column: 15,
					header: 'week_start',
					data: { first: 2, key: 'аккаунт test-admin-vk, неделя с 06.07.2026' },
				},
			],
		});
	});

	it('statistics: the same account written as its link is the same account', () => {
		checkInvalid(rule, {
			name: 'stats via link',
			edits: { [STATS]: append('https://vk.com/test_admin,2026-07-13,5,2000\n') },
			errors: [{ messageId: 'duplicateRow', file: STATS, line: 28, data: { first: 4 } }],
		});
	});

	it('reply log: a message number used twice', () => {
		checkInvalid(rule, {
			name: 'replies',
			edits: { [REPLIES]: append(REPLY_1.replace('2026-07-07T09:00', '2026-07-07T08:00') + '\n') },
			errors: [
				{
					messageId: 'duplicateRow',
					file: REPLIES,
					line: 3,
					column: 1,
					header: 'message_id',
					data: { first: 2, key: 'номер сообщения 1' },
				},
			],
		});
	});

	it('content plan: a row identical in every cell', () => {
		checkInvalid(rule, {
			name: 'plans',
			edits: { [PLANS]: append('2026-07-06,,vk,Новости района 1,photo,published\n') },
			errors: [
				{
					messageId: 'duplicateRow',
					file: PLANS,
					header: 'date',
					data: { first: 2 },
					messageIncludes: ['Строка повторяет строку 2', 'тема «Новости района 1»'],
				},
			],
		});
	});

	it('content plan: the same topic on the same day, cancelled and replaced, is two rows', () => {
		checkValid(rule, { name: 'plans pair', edits: { [PLANS]: append('2026-07-06,,vk,Новости района 1,video,cancelled\n') } });
	});
});

describe('schema-valid: reply-log stages in order (each one at or after the earlier ones)', () => {
	const STAGES = ['received', 'routed', 'draft_ready', 'returned', 'resubmitted', 'approved', 'published'] as const;
	type Stages = Partial<Record<(typeof STAGES)[number], string>>;
	const HEADER = `message_id,account,${STAGES.join(',')}`;
	/** `09:00` means 09:00 Moscow time; a full timestamp is written as given. */
	const at = (time: string | undefined) => (time === undefined ? '' : time.length > 5 ? time : `2026-07-07T${time}+03:00`);
	const log = (stages: Stages) => `${HEADER}\n1,test-admin-vk,${STAGES.map((stage) => at(stages[stage])).join(',')}\n`;
	/** The 1-based column where `header`'s cell starts on line 2. */
	const columnOf = (text: string, header: string) => {
		const index = HEADER.split(',').indexOf(header);
		return text
			.split('\n')[1]!
			.split(',')
			.slice(0, index)
			.reduce((sum, cell) => sum + cell.length + 1, 1);
	};

	it.each([
		[
			'published before the message was received',
			{ received: '09:00', published: '08:00' },
			'published',
			['«Комментарий размещён» (2026-07-07T08:00+03:00) раньше, чем «Сообщение выявлено» (2026-07-07T09:00+03:00)'],
		],
		[
			'routed before received',
			{ received: '09:00', routed: '08:00', draft_ready: '10:00' },
			'routed',
			['«Направлено исполнителю»', 'раньше, чем «Сообщение выявлено»'],
		],
		[
			'draft ready before routed',
			{ received: '09:00', routed: '10:00', draft_ready: '09:30', approved: '10:00', published: '10:30' },
			'draft_ready',
			['раньше, чем «Направлено исполнителю»'],
		],
		[
			'approved before the rework was resubmitted',
			{ received: '09:00', routed: '10:00', draft_ready: '11:00', returned: '11:30', resubmitted: '12:00', approved: '11:45' },
			'approved',
			['«Согласован»', 'раньше, чем «Доработанный проект направлен повторно»'],
		],
		// Offsets are compared as moments: 10:00+05:00 is 08:00 Moscow time, before the 09:00 receipt.
		[
			'a later-looking time in another zone that is in fact earlier',
			{ received: '09:00', routed: '2026-07-07T10:00+05:00' },
			'routed',
			['раньше, чем «Сообщение выявлено»'],
		],
	] as const)('%s', (name, stages, header, includes) => {
		const text = log(stages);
		checkInvalid(rule, {
			name,
			edits: { [REPLIES]: text },
			errors: [{ messageId: 'shape', file: REPLIES, line: 2, column: columnOf(text, header), header, messageIncludes: [...includes] }],
		});
	});

	it.each([
		['every stage at the same minute', { received: '09:00', routed: '09:00', draft_ready: '09:00', approved: '09:00', published: '09:00' }],
		[
			'a rework round in order',
			{
				received: '09:00',
				routed: '10:00',
				draft_ready: '11:00',
				returned: '11:30',
				resubmitted: '12:00',
				approved: '12:10',
				published: '12:20',
			},
		],
		['only the receipt recorded', { received: '09:00' }],
		['a later time written in another zone', { received: '09:00', routed: '2026-07-07T12:00+05:00' }],
	] as const)('in order: %s', (name, stages) => {
		checkValid(rule, { name, edits: { [REPLIES]: log(stages) } });
	});
});
