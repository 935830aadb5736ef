import { it } from 'vitest';
import rule from '../../src/rules/parse-error.ts';
import { encodeCp1251 } from '../unit/csv/cp1251.ts';
import { append, checkInvalid, fixture, OK, ORG, PLANS, replace, ruleTester, STATS, VK } from './rule-tester.ts';

/** The fixture file's UTF-8 bytes with `search` replaced by `before`, raw bytes, `after`. */
function bytesWith(path: string, search: string, before: string, raw: number[], after: string): Uint8Array {
	const [head, tail] = fixture(path).split(search) as [string, string];
	if (tail === undefined) throw new Error(`bytesWith: «${search}» not found`);
	const utf8 = (text: string) => [...new TextEncoder().encode(text)];
	return new Uint8Array([...utf8(head + before), ...raw, ...utf8(after + tail)]);
}

const UNCLOSED = replace('name: Администрация Тестового района', "name: 'Администрация Тестового района");

ruleTester(rule, {
	valid: [
		{ name: 'the fixture' },
		{ name: 'YAML with a UTF-8 BOM and comments', edits: { [ORG]: (t) => `\ufeff# карточка организации\n${t}# конец\n` } },
		{ name: 'a CSV separated by «;» (not canonical, but readable)', edits: { [STATS]: (t) => t.replaceAll(',', ';') } },
		{
			name: 'a CSV in Windows-1251 with Russian headers',
			edits: {
				[PLANS]: encodeCp1251(fixture(PLANS).replace('date,account,network,topic,format,status', 'Дата,Аккаунт,Сеть,Тема,Формат,Статус')),
			},
		},
		{ name: 'YAML starting with an explicit «---»', edits: { [ORG]: (t) => `---\n${t}` } },
		{ name: 'YAML ending with «...»', edits: { [ORG]: (t) => `${t}...\n` } },
		{
			name: 'a quoted CSV cell with a comma and a line break',
			edits: { [PLANS]: replace('2026-07-06,,vk,Новости района 1,', '2026-07-06,,vk,"Новости района, часть 1\nи часть 2",') },
		},
	],
	invalid: [
		{
			name: 'broken YAML indentation: a key one space left of its siblings',
			edits: {
				[OK]: replace(
					'  position: Начальник отдела информационной политики',
					'  position: Начальник отдела информационной политики\n name: Иванов Иван',
				),
			},
			others: 'allow',
			errors: [
				{
					messageId: 'yaml',
					severity: 'error',
					file: OK,
					line: 24,
					column: 2,
					data: {
						reason:
							'неверный отступ: поля одного уровня должны начинаться в одном столбце — выровняйте строку по соседним полям того же уровня (отступы — только пробелами)',
					},
				},
			],
		},
		{
			// js-yaml notices the indentation at the colon, so the column is that of «:» (15), not of the key.
			name: 'broken YAML indentation: a key one space right of its siblings',
			edits: { [VK]: replace('  description: true', '   description: true') },
			others: 'allow',
			errors: [
				{
					messageId: 'yaml',
					file: VK,
					line: 12,
					column: 15,
					data: {
						reason:
							'неверный отступ: поля одного уровня должны начинаться в одном столбце — выровняйте строку по соседним полям того же уровня (отступы — только пробелами)',
					},
				},
			],
		},
		{
			name: 'a tab in the indentation',
			edits: { [OK]: replace('  official-status: true', '\tofficial-status: true') },
			others: 'allow',
			errors: [
				{
					messageId: 'yaml',
					file: OK,
					line: 11,
					column: 1,
					data: { reason: 'табуляция в отступе: отступы делаются только пробелами — замените табуляцию пробелами' },
				},
			],
		},
		{
			name: 'an unclosed quote',
			edits: { [VK]: UNCLOSED },
			others: 'allow',
			errors: [{ messageId: 'yaml', file: VK, data: { reason: 'не закрыта кавычка: поставьте такую же кавычку в конце значения' } }],
		},
		{
			name: 'three syntax errors in one file: each reported at its line, none hidden by the first',
			edits: {
				[VK]: (t) =>
					t
						.replace('name: Администрация Тестового района', "name: 'Администрация Тестового района")
						.replace('  official-status: true', '\tofficial-status: true')
						.replace('reviewed: 2026-09-01', 'reviewed: 2026-09-01\nstatus: closed'),
			},
			others: 'allow',
			errors: [
				{ messageId: 'yaml', file: VK, line: 6, column: 7, messageIncludes: ['не закрыта кавычка'] },
				{ messageId: 'yaml', file: VK, line: 11, column: 1, messageIncludes: ['табуляция в отступе'] },
				{ messageId: 'yaml', file: VK, line: 22, column: 1, messageIncludes: ['поле «status» указано дважды'] },
			],
		},
		{
			name: 'the same key twice',
			edits: { [VK]: append('status: closed\n') },
			others: 'allow',
			errors: [
				{
					messageId: 'yaml',
					file: VK,
					line: 24,
					data: { reason: 'поле «status» указано дважды: оставьте одно, с верным значением, другое удалите' },
				},
			],
		},
		{
			name: 'a YAML file not in UTF-8',
			edits: { [VK]: encodeCp1251(fixture(VK)) },
			others: 'allow',
			// Its first Cyrillic letter, line 6 «name: Администрация…», is where it stops being UTF-8.
			errors: [{ messageId: 'encoding', severity: 'error', file: VK, line: 6, column: 7, data: { byte: '0xC0' } }],
		},
		{
			name: 'a NUL byte on line 8 of a YAML file',
			edits: { [OK]: bytesWith(OK, 'opened: 2022-11-01', 'opened: 2022-', [0x00], '11-01') },
			others: 'allow',
			errors: [{ messageId: 'nul', severity: 'error', file: OK, line: 8, column: 14 }],
		},
		{
			name: 'an invalid UTF-8 byte on line 8 of a YAML file that is UTF-8 elsewhere',
			edits: { [OK]: bytesWith(OK, 'opened: 2022-11-01', 'opened: 2022-', [0xff], '11-01') },
			others: 'allow',
			errors: [{ messageId: 'encoding', file: OK, line: 8, column: 14, data: { byte: '0xFF' } }],
		},
		{
			name: 'a NUL byte inside a cell on line 8 of a CSV',
			edits: { [PLANS]: bytesWith(PLANS, '2026-07-09,,vk,Новости района 4,', '2026-07-09,,vk,Ново', [0x00], 'сти района 4,') },
			errors: [{ messageId: 'csv', file: PLANS, line: 8, column: 20, header: 'topic', messageIncludes: ['нулевой байт'] }],
		},
		{
			name: 'an invalid UTF-8 byte inside a cell on line 8 of a UTF-8 CSV',
			edits: { [PLANS]: bytesWith(PLANS, '2026-07-09,,vk,Новости района 4,', '2026-07-09,,vk,Ново', [0xff], 'сти района 4,') },
			errors: [
				{ messageId: 'csv', file: PLANS, line: 8, column: 20, header: 'topic', messageIncludes: ['байт 0xFF не читается как UTF-8'] },
			],
		},
		{
			name: 'a truncated UTF-8 sequence after a BOM, on line 8 of a CSV',
			edits: {
				[PLANS]: new Uint8Array([
					0xef,
					0xbb,
					0xbf,
					...bytesWith(PLANS, '2026-07-09,,vk,Новости района 4,', '2026-07-09,,vk,Ново', [0xd1], 'сти района 4,'),
				]),
			},
			errors: [
				{ messageId: 'csv', file: PLANS, line: 8, column: 20, header: 'topic', messageIncludes: ['байт 0xD1 не читается как UTF-8'] },
			],
		},
		{
			name: 'an empty YAML file (comments only)',
			edits: { [OK]: '# заполнить\n' },
			others: 'allow',
			errors: [{ messageId: 'empty', file: OK, line: 1, column: 1 }],
		},
		{
			name: 'a second YAML document after «---»',
			edits: { [VK]: append('---\nid: test-admin-vk-2\n') },
			others: 'allow',
			errors: [{ messageId: 'yaml', file: VK, line: 24, column: 1, messageIncludes: ['в файле должен быть один документ'] }],
		},
		{
			name: 'an empty YAML document («---» alone)',
			edits: { [OK]: '---\n' },
			others: 'allow',
			errors: [{ messageId: 'empty', file: OK, line: 1, column: 1 }],
		},
		{
			name: 'a CSV row with an extra field',
			edits: { [STATS]: replace('test-admin-vk,2026-07-06,4,1000', 'test-admin-vk,2026-07-06,4,1000,5') },
			errors: [
				{
					messageId: 'csv',
					file: STATS,
					line: 2,
					column: 33,
					header: '',
					messageIncludes: ['лишнее значение «5»', 'полей в строке 5, а столбцов в заголовке 4'],
				},
			],
		},
		{
			name: 'a CSV row with a field missing',
			edits: { [STATS]: replace('test-admin-ok,2026-07-06,4,1000', 'test-admin-ok,2026-07-06,4') },
			errors: [
				{
					messageId: 'csv',
					file: STATS,
					line: 3,
					column: 27,
					header: 'views',
					messageIncludes: ['не хватает значений: полей в строке 3, а столбцов в заголовке 4'],
				},
			],
		},
		{
			name: 'an impossible date 31.02.2026 in a CSV',
			edits: { [PLANS]: replace('2026-07-06,,vk,Новости района 1,photo,published', '31.02.2026,,vk,Новости района 1,photo,published') },
			errors: [
				{ messageId: 'csv', file: PLANS, line: 2, column: 1, header: 'date', data: { reason: 'такой даты нет в календаре: 31.02.2026' } },
			],
		},
		{
			name: 'a fractional count',
			edits: { [STATS]: replace('test-admin-vk,2026-07-13,4,1000', 'test-admin-vk,2026-07-13,4.5,1000') },
			errors: [
				{
					messageId: 'csv',
					file: STATS,
					line: 4,
					column: 26,
					header: 'posts',
					data: { reason: 'ожидалось целое число, а не «4.5»: впишите целое число, например 12' },
				},
			],
		},
		{
			name: 'an unclosed quote in the last CSV column',
			edits: {
				[PLANS]: replace(
					'2026-09-28,test-admin-ok,,Новости района 4,text,published',
					'2026-09-28,test-admin-ok,,Новости района 4,text,"published',
				),
			},
			errors: [{ messageId: 'csv', file: PLANS, line: 105, column: 49, messageIncludes: ['кавычка не закрыта'] }],
		},
		{
			name: 'an empty CSV',
			edits: { [STATS]: '' },
			errors: [{ messageId: 'csv', file: STATS, line: 1, column: 1, messageIncludes: ['нет строки заголовков'] }],
		},
	],
});

it('parse-error: an unclosed CSV quote is reported once', () => {
	checkInvalid(rule, {
		name: 'unclosed quote mid-row',
		edits: {
			[PLANS]: replace(
				'2026-09-28,test-admin-ok,,Новости района 4,text,published',
				'2026-09-28,test-admin-ok,,"Новости района 4,text,published',
			),
		},
		errors: [{ messageId: 'csv', file: PLANS, line: 105, column: 27, messageIncludes: ['кавычка не закрыта'] }],
	});
});

it('parse-error: an unclosed quote points at the opening quote', () => {
	checkInvalid(rule, {
		name: 'unclosed quote',
		edits: { [VK]: UNCLOSED },
		others: 'allow',
		errors: [{ messageId: 'yaml', file: VK, line: 6, column: 7 }],
	});
});
